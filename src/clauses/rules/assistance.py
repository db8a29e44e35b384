"""Assistance duties towards the controller (GDPR 28(3)(e), (f): Art. 12-23, 32-36).

Review rule shared by all ``assist-*`` keys: a general duty to help the controller meet
its data protection obligations (or Articles 32 to 36 as a range) counts for each of them.
"""

from __future__ import annotations

from clauses.rules.base import (
    ART_28_3_F,
    ASSIST,
    ASSIST_ANCHORS,
    ASSIST_VERB,
    DUTY_OR_ITEM,
    GENERAL_ASSIST,
    NOTIFY,
    OWNER,
    Rule,
    article_range,
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
#   counts for every assist-* key (review judgement); a scoped duty that names the topic
#   ("... obligations regarding the security of processing, breach notifications and
#   DPIAs" -> each topic named); help with a breach itself ("co-operate ... concerning
#   the breach"); enabling wording ("information to allow the controller to notify the
#   supervisory authority"); a lead-in whose list items name the topics.
#   not: the processor's own notice of a breach to the controller; a mention of a
#   notification to an authority without a duty to help; "in order to remediate".

_SUBJECTS = (
    r"(?:data subjects?|individuals?|persons? (?:concerned|affected)|end[- ]users?|consumers?|"
    r"betrokkenen?|burgers?|inwoners?|cliënten|people|someone|iemand|mensen|patiënt|patient|"
    r"leerling|pupil|student)"
)
_REQUEST = (
    r"(?:request|rights?\b|claim|complaint|enquir|inquir|exercis|access|rectif|erasure|"
    r"portab|verzoek|rechten|recht\b|klacht|inzage|inzien|correctie|verbeter|verwijdering|bezwaar)"
)
_AUTHORITY = (
    r"(?:supervisory authorit|data protection authorit|regulator|competent authorit|"
    r"(?<!enforcement )authorities|(?:relevant|applicable) authorit|toezichthouder|"
    r"autoriteit persoonsgegevens|\bap\b|information commissioner)"
)
BREACH = (
    r"(?:data breach|security breach|breach of (?:security|personal data)|breach notif|"
    r"personal data breach|incident|datalek|inbreuk in verband met persoonsgegevens|"
    r"inbreuk op de beveiliging|beveiligingsincident|"
    r"inbreuk(?:en)?\b(?!\s+(?:maakt|maken|op\s+(?:de\s+|het\s+)?(?:avg|wet|privacy|recht))))"
)
# assistance with a breach itself ("assistance ... in relation to any personal data
# breach"): help with its handling, not a mere notice to the controller
_ASSIST_WITH_BREACH = (
    r"(?:assist|assistance|co-?operat|cooperat|support|help|bijstand|ondersteun|medewerking)"
    r"\w*\s(?:[\w,'’]+\s){0,10}?(?:in relation to|with respect to|in connection with|"
    r"regarding|concerning|in respect of|with|bij|in verband met)\s(?:any\s|a\s|the\s|een\s|"
    r"de\s)?(?:\w+\s)?(?:" + BREACH + r"|breach(?:es)?\b)"
)
_ENABLE = (
    r"(?:to enable|to allow|to help|to permit|to assist|so that|in order for|in order to|"
    r"enabling|allowing|om .{0,40}in staat|zodat|opdat|waarmee)"
)
# enabling the controller, not any purpose ("in order to remediate the breach")
_ENABLE_OWNER = (
    rf"(?:(?:enabl|allow|permit|help|assist)\w*\s(?:the\s)?{OWNER}|"
    rf"(?:so that|in order for|om)\s(?:the\s|de\s)?{OWNER}|stelt\s.{{0,40}}in staat|zodat|opdat)"
)
_GENERAL_LIST = (
    r"(?:security of (?:the )?processing|beveiliging van de verwerking|security)"
    r"(?:\W+\w+){0,25}?\W+(?:impact assessment|dpia|effectbeoordeling)"
)


# a duty scoped to one task ("to fulfil the controller's obligation to respond to data
# subject requests", "... to carry out a DPIA") or narrowed by a list of the tasks
# ("including: ...") is not the general duty: the listed tasks count on their own
_NOT_GENERAL = (
    r"(?:obligations?|duties|verplichting\w*)\s(?:[\w’']+\s){0,6}?(?:to|regarding|concerning|"
    r"relating to|in relation to|with respect to|om|inzake|met betrekking tot)\s(?:\w+\s){0,3}?"
    r"(?:respond|answer|carry|conduct|perform|notify|inform|communicat|consult|data subject|"
    r"dpia|secur|registrant|"
    r"impact|request|beantwoord|uitvoer|uit te voeren|melden|verzoek)",
    r"(?:including|in particular|such as|namely|waaronder|in het bijzonder|met name)"
    r"[^.]{0,100}?(?:breach|incident|impact assessment|dpia|secur|consult|data subject|"
    r"datalek|effectbeoordeling|beveilig|raadpleg|betrokkene|:)",
    r"(?:to carry out|to conduct|to perform|to respond|relating to respon|requests? from|"
    r"data subject request|controls that).{0,80}(?:obligation|compliance|comply|verplichting)",
    r"(?:obligations?|duties|verplichting\w*)[^.;]{0,80}?(?:impact assessment|dpia|"
    r"effectbeoordeling|data subject request|requests? (?:from|of) data subjects|chapter iii|"
    r"hoofdstuk iii)",
    # help with handling data subjects' requests is scoped to them
    r"(?:assist|support|help|co-?operat|ondersteun|helpt|bijstand)\w*\s[^.;]{0,80}?"
    r"(?:handling|responding to|respond to|dealing with|afhandel\w*)\s(?:and\s\w+\s(?:to\s)?)?"
    r"(?:\w+\s){0,2}?(?:requests?|complaints?|verzoeken)",
)


# the topic a general assist duty names ("assist ... with its obligations regarding the
# security of processing, breach notifications and DPIAs"): a scoped or listed duty still
# counts for the keys it names, even when it is not the general one
_T_SECURITY = (
    r"(?:security of (?:the )?processing|secur(?:e|ity)\b(?! (?:breach|incident))|"
    r"implement\w*\s(?:\w+\s){0,2}?technical and organi[sz]ational|(?:article|art\.?)\s*32\b|"
    r"beveiliging(?!sincident)|technische en organisatorische)"
)
_T_DPIA = (
    r"(?:impact assessment|\bdpia|data protection assessment|(?:article|art\.?)\s*35\b|"
    r"effectbeoordeling)"
)
_T_CONSULT = r"(?:consult|raadpleg|(?:article|art\.?)\s*36\b)"
_T_BREACH_NOTICE = (
    r"(?:(?:notif|report|communicat|inform|meld|kennisgev)\w*\W+(?:\w+\W+){0,4}?"
    r"(?:personal data breach|data breach|security breach|breach|incident|datalek)|"
    r"(?:breach|incident|datalek)\w*\W+(?:\w+\W+){0,2}?(?:notif|report|melding|meldplicht)|"
    r"(?:article|art\.?)\s*3[34]\b)"
)


# the Art. 28(3)(f) wording next to the assistance it qualifies makes a duty general,
# even when a list of examples follows
_SIGNATURE_F = rule(near(ASSIST_VERB, ART_28_3_F, 120), *GENERAL_ASSIST, across=False)


def _scoped(topic: str) -> Rule:
    """A general assist duty (with its modal) that names ``topic``."""
    return rule(*GENERAL_ASSIST, near(ASSIST_VERB, topic, 250), across=False)


def _article(number: int) -> str:
    return rf"(?:(?:articles?|art\.?|artikel|artikelen)\s*{number}\b|{article_range(number)})"


ASSISTANCE_RULES = (
    clause(
        "data-subject-rights",
        (
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
            near(_SUBJECTS, _REQUEST, 120),
            rf"(?:{ASSIST}|respond|forward|redirect|refer|"
            rf"answer|fulfil|comply|doorsturen|doorgeleid|"
            rf"stuurt|beantwoord|doorgeven|afhandel)",
            # the rights and freedoms of Art. 32 are no requests
            unless=(r"(?:rights and freedoms|rechten en vrijheden)",),
        ),
        rule(
            r"(?:chapter iii|hoofdstuk iii|articles? 1[2-9]|artikelen 1[2-9]|12 to 2[0-3])", ASSIST
        ),
    ),
    clause(
        "assist-security",
        (
            ASSIST_ANCHORS,
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
            ),
        ),
        rule(
            near(
                ASSIST_VERB,
                r"(?:security of (?:the )?processing|security of personal data|"
                r"beveilig\w* van de verwerking|" + _article(32) + "|"
                r"security obligations|beveiligingsverplichting)",
                150,
            )
        ),
        rule(ASSIST, _article(32), unless=(r"measures pursuant to article 32",)),
        rule(ASSIST_VERB, _GENERAL_LIST),
        # "help the controller secure / protect the personal data"
        rule(
            near(
                ASSIST_VERB,
                rf"{OWNER}\s(?:(?:to|in|with|bij|om)\s)?(?:\w+\s)?(?:secur|protect|safeguard|"
                r"beveilig|bescherm)",
                40,
            )
        ),
        rule(*GENERAL_ASSIST, unless=_NOT_GENERAL, across=False),
        _SIGNATURE_F,
        _scoped(_T_SECURITY),
    ),
    clause(
        "assist-prior-consultation",
        (
            (
                "consult",
                "raadpleg",
                "36",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
            )
        ),
        rule(
            r"(?:prior consultation|voorafgaande? raadpleging|consult\w*\s(?:\w+\s){0,4}?"
            + _AUTHORITY
            + r"|raadpleg\w*\s(?:\w+\s){0,3}?"
            + _AUTHORITY
            + r"|"
            + _AUTHORITY
            + r"\s(?:\w+\s){0,2}?raadpleg)"
        ),
        rule(ASSIST, _article(36)),
        rule(ASSIST_VERB, _GENERAL_LIST, r"(?:consult|raadpleg)"),
        rule(*GENERAL_ASSIST, unless=_NOT_GENERAL, across=False),
        _SIGNATURE_F,
        _scoped(_T_CONSULT),
    ),
    clause(
        "assist-breach-authority",
        (
            ASSIST_ANCHORS,
            (
                "authorit",
                "regulator",
                "toezicht",
                "autoriteit",
                "commissioner",
                "ap",
                "33",
                "notif",
                "meld",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
            ),
        ),
        rule(BREACH, near(NOTIFY, _AUTHORITY, 60), rf"(?:{ASSIST}|{_ENABLE})"),
        rule(BREACH, _article(33), rf"(?:{ASSIST}|{_ENABLE}|comply)"),
        rule(ASSIST, _article(33)),
        # help with notices to the authority, imposed as a duty (a bare mention of a
        # "notification to the commissioner" may be a registration)
        rule(
            near(NOTIFY, _AUTHORITY, 80),
            ASSIST_VERB,
            rf"(?:{BREACH}|\b33\b|notifications?\b)",
            DUTY_OR_ITEM,
        ),
        rule(_ASSIST_WITH_BREACH),
        rule(
            near(
                rf"(?:{_ENABLE}|allow (?:the )?controller|enable (?:the )?controller)",
                r"(?:obligations? to (?:notify|report|inform)|notification obligations|"
                r"further notification|meldplicht|te melden|notify .{0,40}" + _AUTHORITY + ")",
                100,
            )
        ),
        rule(
            near(rf"(?:{ASSIST_VERB}|{_ENABLE_OWNER})", BREACH, 100),
            r"(?:notification obligations|meldplicht|obligations? to notify|notifications?\b|"
            r"melding)",
        ),
        rule(*GENERAL_ASSIST, unless=_NOT_GENERAL, across=False),
        _SIGNATURE_F,
        _scoped(_T_BREACH_NOTICE),
    ),
    clause(
        "assist-breach-subjects",
        (
            ASSIST_ANCHORS,
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
                "34",
                "notif",
                "meld",
                "complian",
                "comply",
                "obligation",
                "verplicht",
                "nakom",
                "nalev",
            ),
        ),
        rule(BREACH, near(NOTIFY, _SUBJECTS, 60), rf"(?:{ASSIST}|{_ENABLE})"),
        rule(BREACH, _article(34), rf"(?:{ASSIST}|{_ENABLE}|comply)"),
        rule(ASSIST, _article(34)),
        rule(
            near(NOTIFY, _SUBJECTS, 80),
            ASSIST_VERB,
            rf"(?:{BREACH}|\b34\b|notifications?\b)",
            DUTY_OR_ITEM,
        ),
        rule(_ASSIST_WITH_BREACH),
        rule(
            near(
                rf"(?:{_ENABLE}|allow (?:the )?controller|enable (?:the )?controller)",
                r"(?:obligations? to (?:notify|report|inform)|notification obligations|"
                r"further notification|meldplicht|te melden|notify .{0,40}" + _SUBJECTS + ")",
                100,
            )
        ),
        rule(
            near(rf"(?:{ASSIST_VERB}|{_ENABLE_OWNER})", BREACH, 100),
            r"(?:notification obligations|meldplicht|obligations? to notify|notifications?\b|"
            r"melding)",
        ),
        rule(*GENERAL_ASSIST, unless=_NOT_GENERAL, across=False),
        _SIGNATURE_F,
        _scoped(_T_BREACH_NOTICE),
    ),
    clause(
        "assist-dpia",
        (
            ASSIST_ANCHORS,
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
            ),
        ),
        rule(
            r"(?:impact assessment|\bdpia|\bpia\b|effectbeoordeling|privacy assessment|"
            r"data protection assessment)",
            rf"(?:{ASSIST}|{_ENABLE}|consult)",
        ),
        rule(ASSIST, _article(35)),
        rule(*GENERAL_ASSIST, unless=_NOT_GENERAL, across=False),
        _SIGNATURE_F,
        _scoped(_T_DPIA),
    ),
)
