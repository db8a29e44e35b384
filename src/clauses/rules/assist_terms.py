"""The topics of the assistance duties, as patterns the assistance rules share."""

from __future__ import annotations

from clauses.rules.base import (
    ART_28_3_F,
    ASSIST_VERB,
    DUTY_OR_ITEM,
    GENERAL_ASSIST,
    NOTIFY,
    OWNER,
    PLAIN_BREACH,
    PRIVACY_LAW,
    Rule,
    article_range,
    near,
    rule,
)

SUBJECTS = (
    r"(?:data subjects?|individuals?|persons? (?:concerned|affected)|end[- ]users?|consumers?|"
    r"betrokkenen?|burgers?|inwoners?|cliënten|people|someone|iemand|mensen|patiënt|patient|"
    r"leerling|pupil|student)"
)
# requests of the controller's own people ("requests from your employees", "research
# participants who wish to exercise their rights", "verzoeken van uw klanten")
PEOPLE_REQUESTS = (
    r"(?:requests? (?:from|of|by) (?:your |its |the )?(?:own )?(?:\w+ )?(?:employees|staff|workers|"
    r"customers|clients|members|patients|participants)|(?:employees|staff|workers|members|"
    r"customers|clients|patients|participants) (?:exercising|who (?:exercise|want|wish|ask)|"
    r"(?:asks?|wants?|wish(?:es)?) to (?:see|know|correct|fix|delete|access|have))|"
    r"(?:verzoeken|vragen) van (?:uw|je|jouw|haar|zijn) (?:klanten|leden|medewerkers|werknemers|"
    r"gebruikers))"
)
REQUEST = (
    r"(?:request|rights?\b|claim|complaint|enquir|inquir|exercis|access|rectif|erasure|"
    r"portab|verzoek|rechten|recht\b|klacht|inzage|inzien|correctie|verbeter|verwijdering|bezwaar|"
    # plain words: "asks to see, fix or delete their data"
    r"asks? (?:us |you )?(?:to|for)\b|wants? to (?:see|know|correct|fix|delete))"
)
AUTHORITY = (
    r"(?:supervisory authorit|data protection authorit|regulator|competent authorit|"
    r"(?<!enforcement )authorities|(?:relevant|applicable) authorit|toezichthouder|"
    r"autoriteit persoonsgegevens|toezichthoudende autoriteit|\bap\b|information commissioner|\bico\b)"
)
BREACH = (
    r"(?:data breach|security breach|breach of (?:security|personal data)|breach notif|"
    r"personal data breach|incident|datalek|inbreuk in verband met persoonsgegevens|"
    r"inbreuk op de beveiliging|beveiligingsincident|"
    r"inbreuk(?:en)?\b(?!\s+(?:maakt|maken|op\s+(?:de\s+|het\s+)?(?:avg|wet|privacy|recht)))|"
    + PLAIN_BREACH
    + ")"
)
# assistance with a breach itself ("assistance ... in relation to any personal data
# breach"): help with its handling, not a mere notice to the controller
ASSIST_WITH_BREACH = (
    r"(?:assist|assistance|co-?operat|cooperat|support|help|bijstand|ondersteun|medewerking)"
    r"\w*\s(?:[\w,'’]+\s){0,10}?(?:in relation to|with respect to|in connection with|"
    r"regarding|concerning|in respect of|with|bij|in verband met)\s(?:any\s|a\s|the\s|een\s|"
    r"de\s)?(?:\w+\s)?(?:" + BREACH + r"|breach(?:es)?\b)"
)
ENABLE = (
    r"(?:to enable|to allow|to help|to permit|to assist|so that|in order for|in order to|"
    r"enabling|allowing|om .{0,40}in staat|zodat|opdat|waarmee)"
)
# enabling the controller, not any purpose ("in order to remediate the breach")
ENABLE_OWNER = (
    rf"(?:(?:enabl|allow|permit|help|assist)\w*\s(?:the\s)?{OWNER}|"
    rf"(?:so that|in order for|om)\s(?:the\s|de\s)?{OWNER}|stelt\s.{{0,40}}in staat|zodat|opdat)"
)
GENERAL_LIST = (
    r"(?:security of (?:the )?processing|beveiliging van de verwerking|security)"
    r"(?:\W+\w+){0,25}?\W+(?:impact assessment|dpia|effectbeoordeling)"
)


# a duty scoped to one task ("to fulfil the controller's obligation to respond to data
# subject requests", "... to carry out a DPIA") or narrowed by a list of the tasks
# ("including: ...") is not the general duty: the listed tasks count on their own
NOT_GENERAL = (
    # (a defined term's gloss in brackets counts as one word)
    r"(?:obligations?|duties|verplichting\w*)\s(?:\([^()]{0,200}\)\s|[\w’']+\s){0,6}?(?:to|regarding|"
    r"concerning|"
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
    r"(?:\w+\s){0,2}?(?:requests?|complaints?|verzoeken|notifications?|incidents?|breach(?:es)?|"
    r"meldingen|datalekken)",
)


# The umbrella (the labelling): help with the controller's OBLIGATIONS, duties or
# responsibilities under data protection law ("assist the customer in meeting its
# obligations under the GDPR", "obligations incumbent on the controller", "verplichtingen
# van de verwerkingsverantwoordelijke", "zijn verplichtingen op grond van de AVG") counts
# for all five assist-* keys. Mere "compliance with the law / GDPR" names no obligation of
# the controller and counts for none; a duty scoped to data-subject requests or listing its
# topics (NOT_GENERAL) counts only for what it names.
OWNER_OBLIGATIONS = (
    rf"(?:(?:{OWNER}(?:'s|’s|s’|s')?|its|their|your|haar|zijn|je|jouw|uw)\s(?:[\w-]+\s){{0,3}}?"
    r"(?:obligations?|duties|responsibilities|verplichtingen|plichten)\b|"
    r"(?:obligations?|duties|responsibilities|verplichtingen|plichten)\s(?:[\w-]+\s){0,4}?"
    r"(?:of|on|upon|by|for|van|die|voor|rusten op|rust op)\s(?:the\s|both\s|de\s|het\s)?"
    rf"(?:{OWNER}|parties|partijen)|"
    # "the duties that the data protection rules place on the customer", "de plichten die de
    # AVG aan de gemeente oplegt"
    r"(?:obligations?|duties|responsibilities)\s(?:[\w-]+\s){0,6}?(?:places?|placed|imposes?|"
    rf"imposed|lays?|puts?)\s(?:on|upon)\s(?:the\s)?(?:{OWNER}|it|you|them)|"
    r"(?:verplichtingen|plichten)\sdie\s(?:[\w-]+\s){0,6}?(?:aan|op)\s(?:de\s|het\s)?"
    rf"(?:{OWNER}|hem|haar|u|jou)\s(?:oplegt|opleggen|legt|leggen|stelt|stellen))"
)
UMBRELLA_PARTS = (near(ASSIST_VERB, OWNER_OBLIGATIONS, 200), PRIVACY_LAW, DUTY_OR_ITEM)
UMBRELLA = rule(*UMBRELLA_PARTS, unless=NOT_GENERAL, across=False)
# the umbrella's words and the first numbers of an article range ("artikelen 32 tot en met
# 36"), for the anchors of the assist-* keys
UMBRELLA_ANCHORS = (
    "obligation", "duties", "responsib", "plicht", "28", "29", "30", "31", "32", "33", "34", "35"
)


# the topic a general assist duty names ("assist ... with its obligations regarding the
# security of processing, breach notifications and DPIAs"): a scoped or listed duty still
# counts for the keys it names, even when it is not the general one
T_SECURITY = (
    r"(?:security of (?:the )?processing|secur(?:e|ity)\b(?! (?:breach|incident))|"
    r"implement\w*\s(?:\w+\s){0,2}?technical and organi[sz]ational|(?:article|art\.?)\s*32\b|"
    r"beveiliging(?!sincident)|technische en organisatorische)"
)
T_DPIA = (
    r"(?:impact assessment|\bdpia|data protection assessment|(?:article|art\.?)\s*35\b|"
    r"effectbeoordeling)"
)
T_CONSULT = r"(?:consult|raadpleg|(?:article|art\.?)\s*36\b)"
T_BREACH_NOTICE = (
    r"(?:(?:notif|report|communicat|inform|meld|kennisgev)\w*\W+(?:\w+\W+){0,4}?"
    r"(?:personal data breach|data breach|security breach|breach|incident|datalek)|"
    r"(?:breach|incident|datalek)\w*\W+(?:\w+\W+){0,2}?(?:notif|report|melding|meldplicht)|"
    r"(?:article|art\.?)\s*3[34]\b)"
)


# the Art. 28(3)(f) wording next to the assistance it qualifies makes a duty general,
# even when a list of examples follows
SIGNATURE_F = rule(near(ASSIST_VERB, ART_28_3_F, 120), *GENERAL_ASSIST, across=False)


def scoped(topic: str, unless: tuple[str, ...] = ()) -> Rule:
    """A general assist duty (with its modal) that names ``topic``."""
    return rule(*GENERAL_ASSIST, near(ASSIST_VERB, topic, 250), unless=unless, across=False)


# a breach notice addressed to the authority only: help with it is no help with informing
# the data subjects (Art. 33 and 34 are separate duties; "report" alone may mean either)
NOTICE = rf"(?:{NOTIFY}|melding|kennisgev|notification)"
TO_AUTHORITY_ONLY = (rf"^(?!.*{near(NOTICE, SUBJECTS, 80)}).*{near(NOTICE, AUTHORITY, 80)}",)


def article(number: int) -> str:
    return rf"(?:(?:articles?|art\.?|artikel|artikelen)\s*{number}\b|{article_range(number)})"


# an umbrella that cites one article of 32-36 counts for what that article covers
# ("verplichtingen uit artikel 32 AVG": security only); a range ("32 tot en met 36"), a
# list ("33 and 34") counts for the articles it names, no article at all for every key
_OTHER_ARTICLE = (
    r"(?:articles?|art\.?|artikel(?:en)?)\s*3[2-6]\b"
    r"(?!\s*(?:to|through|until|-|–|tot|t/m)\b)"
)
_ARTICLES = r"(?:articles?|art\.?|artikel(?:en)?)\s*"


def umbrella(number: int) -> Rule:
    """``UMBRELLA`` for the key of article ``number`` (Art. 32-36)."""
    listed = rf"{_ARTICLES}(?:\d+\w*(?:\(\w+\))*\s*(?:,|and|or|en|of|&)\s*)+{number}\b"
    cites_another = rf"^(?!.*(?:{article(number)}|{listed})).*{_OTHER_ARTICLE}"
    return rule(*UMBRELLA_PARTS, unless=(*NOT_GENERAL, cites_another), across=False)
