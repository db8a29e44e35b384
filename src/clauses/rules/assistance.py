"""Assistance duties towards the controller (GDPR 28(3)(e), (f): Art. 12-23, 32-36).

Review rule shared by all ``assist-*`` keys: a general duty to help the controller meet
its data protection obligations (or Articles 32 to 36 as a range) counts for each of them.
"""

from __future__ import annotations

from clauses.rules.assist_terms import (
    ASSIST_WITH_BREACH,
    AUTHORITY,
    BREACH,
    ENABLE,
    ENABLE_OWNER,
    GENERAL_LIST,
    NOTICE,
    PEOPLE_REQUESTS,
    REQUEST,
    SIGNATURE_F,
    SUBJECTS,
    T_BREACH_NOTICE,
    T_CONSULT,
    T_DPIA,
    T_SECURITY,
    TO_AUTHORITY_ONLY,
    UMBRELLA_ANCHORS,
    article,
    scoped,
    umbrella,
)
from clauses.rules.base import (
    ASSIST,
    ASSIST_ANCHORS,
    ASSIST_VERB,
    DUTY_OR_ITEM,
    NOTIFY,
    OWNER,
    clause,
    near,
    rule,
)

# The obligations in the abstract (ACTOR = the processor under any contract name, see
# base.ACTOR; DUTY = base.DUTY, or a list item under a "The Processor shall:" lead-in):
#
# data-subject-rights (28(3)(e))
#   ACTOR DUTY assist/respond/forward  OBJECT requests of data subjects to exercise rights
#   framings: "taking into account the nature of the processing, assist the controller by
#   appropriate technical and organisational measures ... Chapter III"; "if processor
#   receives a request from a data subject, it will forward / redirect it"; passive
#   "requests shall be forwarded to the controller".
# assist-security / -prior-consultation / -breach-authority / -breach-subjects / -dpia
#   (28(3)(f); Art. 32, 36, 33, 34, 35)
#   ACTOR DUTY assist/support/co-operate/provide information  OBJECT the controller's
#   obligations on that topic
#   framings: the general duty ("assist the controller in ensuring compliance with its
#   obligations under Articles 32 to 36", "taking into account the nature of processing
#   and the information available to the processor" -- the 28(3)(f) signature), which
#   counts for every assist-* key (review judgement), and so does help with the
#   controller's obligations / duties under data protection law (assist_terms.UMBRELLA;
#   mere "compliance with the GDPR" counts for none); a scoped duty that names the topic
#   ("... obligations regarding the security of processing, breach notifications and
#   DPIAs" -> each topic named); help with a breach itself ("co-operate ... concerning
#   the breach"); enabling wording ("information to allow the controller to notify the
#   supervisory authority"); a lead-in whose list items name the topics.
#   not: the processor's own notice of a breach to the controller; a mention of a
#   notification to an authority without a duty to help; "in order to remediate".


ASSISTANCE_RULES = (
    clause(
        "data-subject-rights",
        (
            (
                "subject",
                "individual",
                "employees",
                "participants",
                "klanten",
                "leden",
                "medewerkers",
                "werknemers",
                "gebruikers",
                "staff",
                "workers",
                "customers",
                "clients",
                "members",
                "patients",
                "person",
                "user",
                "consumer",
                "betrokken",
                "burger",
                "inwoner",
                "cliënt",
                "people",
                "someone",
                "patiënt",
                "patient",
                "leerling",
                "pupil",
                "student",
                "iemand",
                "mensen",
                "chapter iii",
                "hoofdstuk iii",
                "rticle 1",
                "rticles 1",
                "rtikel 1",
                "rtikelen 1",
                "12 to",
            ),
            (
                "request",
                "inzien",
                "in te zien",
                "verbeter",
                "wissen",
                "asks",
                "ask",
                "wants",
                "right",
                "claim",
                "complaint",
                "enquir",
                "inquir",
                "exercis",
                "access",
                "rectif",
                "erasure",
                "portab",
                "verzoek",
                "recht",
                "klacht",
                "inzage",
                "correctie",
                "verwijdering",
                "bezwaar",
                "iii",
                "rticle",
                "rtikel",
                "12 to",
            ),
        ),
        rule(
            near(SUBJECTS, REQUEST, 120),
            rf"(?:{ASSIST}|respond|forward|redirect|refer|"
            rf"answer|fulfil|comply|doorsturen|doorgeleid|"
            rf"stuurt|beantwoord|doorgeven|afhandel)",
            # the rights and freedoms of Art. 32 are no requests
            unless=(r"(?:rights and freedoms|rechten en vrijheden)",),
        ),
        rule(
            r"(?:chapter iii|hoofdstuk iii|articles? 1[2-9]|artikelen 1[2-9]|12 to 2[0-3])", ASSIST
        ),
        rule(
            PEOPLE_REQUESTS,
            rf"(?:{ASSIST}|respond|forward|redirect|refer|answer|passed|beantwoord|doorsturen|"
            r"afhandel)",
        ),
    ),
    clause(
        "assist-security",
        (
            (*ASSIST_ANCHORS, "explain"),
            (
                "32",
                "secur",
                "beveilig",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
                *UMBRELLA_ANCHORS,
            ),
        ),
        rule(
            near(
                ASSIST_VERB,
                r"(?:security of (?:the )?processing|security of personal data|"
                r"beveilig\w* van de verwerking|" + article(32) + "|"
                r"security obligations|beveiligingsverplichting)",
                150,
            )
        ),
        rule(ASSIST, article(32), unless=(r"measures pursuant to article 32",)),
        rule(ASSIST_VERB, GENERAL_LIST),
        # "help the controller secure / protect the personal data"
        rule(
            near(
                ASSIST_VERB,
                rf"{OWNER}\s(?:(?:to|in|with|bij|om)\s)?(?:\w+\s)?(?:secur|protect|safeguard|"
                r"beveilig|bescherm)",
                40,
            )
        ),
        SIGNATURE_F,
        umbrella(32),
        scoped(T_SECURITY),
    ),
    clause(
        "assist-prior-consultation",
        (
            (
                "consult",
                "raadpleg",
                "talk",
                "36",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
                *UMBRELLA_ANCHORS,
            )
        ),
        rule(
            r"(?:prior consultation|voorafgaande? raadpleging|consult\w*\s(?:\w+\s){0,4}?"
            + AUTHORITY
            + r"|raadpleg\w*\s(?:\w+\s){0,3}?"
            + AUTHORITY
            + r"|"
            + AUTHORITY
            + r"\s(?:\w+\s){0,2}?raadpleg)"
        ),
        rule(ASSIST, article(36)),
        # plain words: "we'll give you what you need to talk to the regulator beforehand"
        rule(near(ASSIST, r"talk\w*\s(?:to|with)\s(?:the |a |your )?" + AUTHORITY, 150), DUTY_OR_ITEM),
        rule(ASSIST_VERB, GENERAL_LIST, r"(?:consult|raadpleg)"),
        SIGNATURE_F,
        umbrella(36),
        scoped(T_CONSULT),
    ),
    clause(
        "assist-breach-authority",
        (
            (*ASSIST_ANCHORS, "give"),
            (
                "authorit",
                "regulator",
                "toezicht",
                "autoriteit",
                "commissioner",
                "ap",
                "ico",
                "33",
                "notif",
                "meld",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
                *UMBRELLA_ANCHORS,
            ),
        ),
        rule(BREACH, near(NOTICE, AUTHORITY, 60), rf"(?:{ASSIST}|{ENABLE})"),
        rule(BREACH, article(33), rf"(?:{ASSIST}|{ENABLE}|comply)"),
        rule(ASSIST, article(33)),
        # help with notices to the authority, imposed as a duty (a bare mention of a
        # "notification to the commissioner" may be a registration)
        rule(
            near(NOTIFY, AUTHORITY, 80),
            ASSIST_VERB,
            rf"(?:{BREACH}|\b33\b|notifications?\b)",
            DUTY_OR_ITEM,
        ),
        rule(ASSIST_WITH_BREACH),
        rule(
            near(
                rf"(?:{ENABLE}|allow (?:the )?controller|enable (?:the )?controller)",
                r"(?:obligations? to (?:notify|report|inform)|notification obligations|"
                r"further notification|meldplicht|te melden|notify .{0,40}" + AUTHORITY + ")",
                100,
            ),
        ),
        rule(
            near(rf"(?:{ASSIST_VERB}|{ENABLE_OWNER})", BREACH, 100),
            r"(?:notification obligations|meldplicht|obligations? to notify|notifications?\b|"
            r"melding)",
        ),
        SIGNATURE_F,
        umbrella(33),
        scoped(T_BREACH_NOTICE),
    ),
    clause(
        "assist-breach-subjects",
        (
            (*ASSIST_ANCHORS, "give"),
            (
                "subject",
                "individual",
                "person",
                "user",
                "consumer",
                "betrokken",
                "burger",
                "inwoner",
                "cliënt",
                "people",
                "mensen",
                "34",
                "notif",
                "meld",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
                *UMBRELLA_ANCHORS,
            ),
        ),
        rule(BREACH, near(NOTIFY, SUBJECTS, 60), rf"(?:{ASSIST}|{ENABLE})"),
        rule(BREACH, article(34), rf"(?:{ASSIST}|{ENABLE}|comply)"),
        rule(ASSIST, article(34)),
        rule(
            near(NOTIFY, SUBJECTS, 100),
            ASSIST_VERB,
            rf"(?:{BREACH}|\b34\b|notifications?\b)",
            DUTY_OR_ITEM,
        ),
        rule(ASSIST_WITH_BREACH, unless=TO_AUTHORITY_ONLY),
        rule(
            near(
                rf"(?:{ENABLE}|allow (?:the )?controller|enable (?:the )?controller)",
                r"(?:obligations? to (?:notify|report|inform)|notification obligations|"
                r"further notification|meldplicht|te melden|notify .{0,40}" + SUBJECTS + ")",
                100,
            ),
            unless=TO_AUTHORITY_ONLY,
        ),
        rule(
            near(rf"(?:{ASSIST_VERB}|{ENABLE_OWNER})", BREACH, 100),
            r"(?:notification obligations|meldplicht|obligations? to notify|notifications?\b|"
            r"melding)",
            unless=TO_AUTHORITY_ONLY,
        ),
        SIGNATURE_F,
        umbrella(34),
        scoped(T_BREACH_NOTICE, unless=TO_AUTHORITY_ONLY),
    ),
    clause(
        "assist-dpia",
        (
            (*ASSIST_ANCHORS, "give"),
            (
                "impact",
                "dpia",
                "pia",
                "effectbeoordeling",
                "35",
                "assessment",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
                *UMBRELLA_ANCHORS,
            ),
        ),
        rule(
            r"(?:impact assessment|\bdpia|\bpia\b|effectbeoordeling|privacy assessment|"
            r"data protection assessment)",
            rf"(?:{ASSIST}|{ENABLE}|consult)",
        ),
        rule(ASSIST, article(35)),
        SIGNATURE_F,
        umbrella(35),
        scoped(T_DPIA),
    ),
)
