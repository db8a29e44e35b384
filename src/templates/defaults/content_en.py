
"""Text of the English default data processing agreement (own wording; Jinja tags for the context).

Same structure as :mod:`templates.defaults.content_nl`.
"""

from __future__ import annotations

LANGUAGE = "en"
DOC_TITLE = "Data Processing Agreement"
CORE_TITLE = "Data Processing Agreement {{ agreement.reference }}"
HEADER = "{{ controller.name }} · {{ supplier.name }}"
FOOTER = ("Data Processing Agreement {{ agreement.reference }} · page ", " of ")
ARTICLE = "Article"

COVER_ROWS: list[tuple[str, str]] = [
    ("Reference", "{{ agreement.reference }}"),
    ("Main contract", "{{ agreement.main_contract }}"),
    ("Controller", "{{ controller.name }}"),
    ("Processor", "{{ supplier.name }}"),
    ("Effective date", "{{ agreement.start_date|date_en }}"),
    ("Term until", '{{ agreement.end_date|date_en("indefinite") }}'),
    ("Prepared on", "{{ generated_at|datetime_en }}"),
]

PARTIES_HEADING = "Parties"
PARTIES: list[str] = [
    "{{ controller.name }}, "
    '{% if controller.kind == "arrangement" %}a joint arrangement under the Dutch Joint '
    "Arrangements Act (Wet gemeenschappelijke regelingen){% else %}a Dutch municipality"
    "{% endif %}{% if controller.kvk_number %}, registered with the Dutch Chamber of Commerce "
    "under number {{ controller.kvk_number }}{% endif %}, represented by "
    "{{ controller.represented_by }} (the controller);",
    "{{ supplier.name }}, established in {{ supplier.country|country }}"
    "{% if supplier.kvk_number %}, registered with the Dutch Chamber of Commerce under number "
    "{{ supplier.kvk_number }}{% endif %} (the processor);",
    "together: the parties. The addresses of the parties are set out in Annex I.",
]
MEMBERS = (
    "The controller also enters into this agreement for the benefit of its member "
    "municipalities: {{ members|map(attribute='name')|enumeration }}."
)

RECITALS_HEADING = "Background"
RECITALS: list[str] = [
    "The parties have concluded the main contract {{ agreement.main_contract }}. In performing "
    "it, the processor processes personal data on behalf of the controller.",
    "Article 28 of the General Data Protection Regulation (GDPR) requires such processing to "
    "be governed by a written contract. The parties set out their arrangements in this "
    "agreement.",
    "As a public body the controller must account for the security of the data it has "
    "processed on its behalf. The processor gives it the assurance it needs for that.",
]

ARTICLES: list[tuple[str, list[str], list[str]]] = [
    (
        "Definitions",
        [],
        [
            "Terms defined in the GDPR, such as personal data, processing, data subject, personal "
            "data breach and supervisory authority, have the same meaning in this agreement.",
            "Breach: a personal data breach within the meaning of Article 4(12) GDPR, or a "
            "reasonable suspicion of one.",
            "Sub-processor: any other party engaged by the processor that obtains access to "
            "personal data for which the controller is responsible.",
            "Supervisory authority: the Dutch Data Protection Authority (Autoriteit "
            "Persoonsgegevens) or another competent supervisory authority.",
            "Annexes: Annex I (parties), II (description of the processing), III (technical and "
            "organisational measures) and IV (sub-processors). The annexes form part of this "
            "agreement.",
        ],
    ),
    (
        "Subject matter and description of the processing",
        ["processing-purpose", "personal-data-types", "data-subject-categories"],
        [
            "The processor processes personal data on behalf of the controller to the extent "
            "needed to perform the main contract. The subject matter is: "
            "{{ processing.subject_matter }}.",
            "The processing serves only the following purposes: "
            "{{ processing.purposes|enumeration }}. The nature of the processing is: "
            "{{ processing.nature|enumeration }}.",
            "The following types of personal data are processed: "
            "{{ processing.personal_data|enumeration }}. They relate to the following categories "
            "of data subjects: {{ processing.data_subjects|enumeration }}.",
            "The controller determines the purposes and means of the processing. The processor "
            "does not use the data for its own purposes and does not disclose them to third "
            "parties except as this agreement allows.",
            "Annex II contains the full description of the processing. Where this agreement and "
            "the main contract conflict on the protection of personal data, this agreement "
            "prevails.",
        ],
    ),
    (
        "Processing on instructions",
        ["instructions", "legal-requirement-notice", "unlawful-instruction-notice"],
        [
            "The processor processes the personal data only on documented instructions from the "
            "controller. This agreement and the main contract are such instructions. This also "
            "applies to transfers of data to a third country or an international organisation.",
            "Where Union or Member State law requires the processor to carry out processing that "
            "is not based on an instruction, the processor informs the controller of that legal "
            "requirement before the processing starts, unless that law prohibits such information "
            "on important grounds of public interest.",
            "If the processor considers that an instruction infringes the GDPR or other data "
            "protection rules, it informs the controller immediately. The processor may suspend "
            "carrying out that instruction until the controller has confirmed or changed it.",
        ],
    ),
    (
        "Confidentiality",
        ["confidentiality"],
        [
            "The processor ensures that everyone authorised to process personal data under its "
            "authority, such as employees, contractors and staff of sub-processors, has committed "
            "in writing to confidentiality or is under a statutory obligation of confidentiality.",
            "The processor grants access to personal data only to persons who need it for their "
            "tasks, and no further than needed. It withdraws access as soon as it is no longer "
            "needed.",
            "Confidentiality does not apply where the law requires disclosure; Article 3.2 "
            "applies to those cases.",
        ],
    ),
    (
        "Security",
        ["security-measures", "security-risk-assessment", "security-standard"],
        [
            "The processor takes appropriate technical and organisational measures to protect the "
            "personal data, as Article 32 GDPR requires. Annex III describes these measures.",
            "In choosing the measures the processor takes into account the state of the art, the "
            "costs of implementation, the nature, scope, context and purposes of the processing "
            "and the risks to data subjects. In assessing the appropriate level of security it "
            "weighs in particular the risk of accidental or unlawful destruction, loss or "
            "alteration of the data, and of unauthorised disclosure of or access to them. It "
            "repeats that assessment at least once every "
            "{{ agreement.review_interval_months|aantal('month', 'months') }} and whenever the "
            "service changes significantly.",
            "The processor organises its security in line with the {{ processing.security_standard }}"
            '{% if processing.security_standard == "BIO" %} (the Dutch government information '
            "security baseline){% endif %}, or with a standard it shows to be at least equivalent, "
            "for the part of its organisation that delivers the service.",
            "{% if processing.special_categories or processing.bsn or processing.criminal_data %}"
            "The processing includes data that call for extra protection: "
            "{{ [processing.special_categories and 'special categories of personal data', "
            "processing.bsn and 'the citizen service number (BSN)', processing.criminal_data and "
            "'criminal offence data']|select|enumeration }}. The processor encrypts these data in "
            "transit and at rest and logs every access to them.{% else %}The processing includes "
            "no special categories of personal data, criminal offence data or BSN. Should the "
            "controller wish to change that, the parties first amend Annexes II and III.{% endif %}",
            "The processor does not lower the level of security without the controller's prior "
            "written consent.",
        ],
    ),
    (
        "Assistance to the controller",
        [
            "data-subject-rights",
            "assist-security",
            "assist-dpia",
            "assist-prior-consultation",
            "assist-breach-authority",
            "assist-breach-subjects",
        ],
        [
            "The processor assists the controller, by appropriate technical and organisational "
            "measures, in responding to requests from data subjects exercising their rights, such "
            "as access, rectification, erasure, restriction, portability and objection. If the "
            "processor receives such a request itself, it forwards it without delay and does not "
            "answer it unless the controller instructs it to.",
            "The processor assists the controller in meeting its own obligation to secure the "
            "processing appropriately (Article 32 GDPR).",
            "The processor assists the controller in carrying out a data protection impact "
            "assessment (DPIA, Article 35 GDPR), among other things by providing the information "
            "needed about the service and the measures.",
            "The processor assists the controller where it must consult the supervisory "
            "authority in advance (Article 36 GDPR).",
            "The processor assists the controller in notifying a breach to the supervisory "
            "authority (Article 33 GDPR) and in communicating a breach to data subjects "
            "(Article 34 GDPR).",
            "Assistance needed because of a failure of the processor is free of charge. Other "
            "assistance is charged at the rates of the main contract.",
        ],
    ),
    (
        "Personal data breaches",
        ["breach-notification", "breach-information", "breach-deadline"],
        [
            "The processor notifies the controller of a breach without undue delay, and in any "
            "case within {{ processing.breach_notification_hours }} hours of discovering it, so "
            "that the controller can meet its own 72-hour deadline.",
            "The notification describes at least: the nature of the breach including, where "
            "possible, the categories and approximate number of data subjects and records "
            "concerned; the name and contact details of a contact point; the likely "
            "consequences; and the measures the processor has taken or proposes to address the "
            "breach and mitigate its effects. Where not everything is known yet, the processor "
            "supplements the notification in phases without further delay.",
            "The processor keeps a record of all breaches, with the facts, effects and measures "
            "taken, and gives the controller access to it on request.",
            "The processor does not itself notify a breach to the supervisory authority or to "
            "data subjects unless the controller asks it to or the law requires it.",
            "Contact point of the processor: {{ supplier.contact.name }}, "
            "{{ supplier.contact.email }}{% if supplier.contact.phone %}, telephone "
            "{{ supplier.contact.phone }}{% endif %}.",
        ],
    ),
    (
        "Sub-processors",
        [
            "subprocessor-authorisation",
            "subprocessor-changes",
            "subprocessor-objection",
            "subprocessor-flow-down",
            "subprocessor-liability",
        ],
        [
            "The processor does not engage a sub-processor without the controller's prior written "
            "authorisation. "
            '{% if processing.subprocessor_authorisation == "general" %}By entering into this '
            "agreement the controller gives general written authorisation for the sub-processors "
            "in Annex IV and for sub-processors added under Article 8.2 to which it does not "
            "object.{% else %}This authorisation is given for each sub-processor separately "
            "(specific authorisation); the sub-processors in Annex IV are approved.{% endif %}",
            "The processor informs the controller in writing of any intended addition or "
            "replacement of a sub-processor at least {{ processing.subprocessor_notice_days }} "
            "days in advance, stating the sub-processor's name, the service it provides and the "
            "countries where the data will be processed.",
            "The controller may object to the new sub-processor on reasonable grounds within that "
            "period. The processor then does not engage that sub-processor. If the parties find "
            "no solution, the controller may end the services concerned free of charge.",
            "The processor imposes on each sub-processor, by a written contract, the same data "
            "protection obligations as apply to the processor under this agreement, in particular "
            "on security. On request it gives the controller a copy of the relevant terms.",
            "The processor remains fully liable to the controller for the performance of the "
            "obligations of its sub-processors.",
        ],
    ),
    (
        "Location and transfers outside the EEA",
        ["international-transfers", "processing-location"],
        [
            "The processor processes the personal data only in "
            "{{ processing.locations|map(attribute='country')|map('country')|enumeration }}. "
            "Moving them to another country requires the controller's prior written consent.",
            "Personal data are transferred to a country outside the European Economic Area (EEA) "
            "or to an international organisation only on the controller's documented instructions "
            "and where Chapter V GDPR is complied with: an adequacy decision, standard "
            "contractual clauses of the European Commission, or binding corporate rules. "
            "{% if processing.transfer_mechanism %}For the transfers known when this agreement is "
            "concluded, the safeguard is: {{ processing.transfer_mechanism }}.{% else %}No "
            "transfers outside the EEA are foreseen when this agreement is concluded.{% endif %}",
            "If a public authority outside the EEA asks for access to the personal data, the "
            "processor informs the controller where it is allowed to, and discloses nothing "
            "before the request has been lawfully reviewed.",
        ],
    ),
    (
        "Information, assurance and audits",
        ["compliance-information", "audits", "assurance-report"],
        [
            "The processor makes available all information needed to demonstrate compliance with "
            "Article 28 GDPR and this agreement. It also delivers in good time what the controller "
            "needs for its yearly accountability cycle (ENSIA).",
            "At least once every "
            "{{ processing.assurance_frequency_months|aantal('month', 'months') }} the processor "
            "provides a report by an independent auditor "
            "{% if processing.assurance_required %}({{ processing.assurance_required|enumeration("
            "last='or') }}){% else %}(a TPM, an ISAE 3402 type II report or a SOC 2 type II report)"
            "{% endif %} on the design, existence and operating effectiveness of the measures. Its "
            "scope covers the contracted service and the relevant sub-processors; the processor "
            "states which complementary measures the controller must take itself.",
            "The processor allows for and contributes to audits and inspections by the controller "
            "or by an independent auditor it appoints. An audit is announced at least fourteen "
            "days in advance, unless a breach or a serious shortcoming is suspected.",
            "The controller bears the costs of an audit unless it reveals material shortcomings. "
            "The processor remedies shortcomings found within a reasonable period at its own "
            "expense.",
        ],
    ),
    (
        "Liability",
        ["liability"],
        [
            "Each party is liable for damage resulting from its own failure to comply with this "
            "agreement or the GDPR, as provided in Article 82 GDPR.",
            "The processor indemnifies the controller against claims of third parties, including "
            "data subjects, and against fines of the supervisory authority, to the extent they "
            "result from a failure of the processor or its sub-processors.",
            "Limitations of liability in the main contract do not apply to damage caused by "
            "intent or wilful recklessness, nor to fines attributable to a failure of the "
            "processor.",
        ],
    ),
    (
        "Term and termination",
        ["processing-duration", "termination"],
        [
            "This agreement takes effect on {{ agreement.start_date|date_en }} and runs for as "
            "long as the main contract{% if agreement.end_date %}, until "
            "{{ agreement.end_date|date_en }} at the latest{% else %}, for an indefinite term"
            "{% endif %}. The processing lasts no longer than this agreement, except for the acts "
            "required by Article 13.",
            "If the main contract ends for any reason, this agreement ends at the same time. The "
            "parties may terminate this agreement with "
            "{{ agreement.notice_period_months|aantal('month', 'months') }}' notice, together "
            "with the main contract.",
            "The controller may terminate this agreement and the main contract in whole or in part "
            "with immediate effect if the processor seriously or repeatedly fails to comply with "
            "this agreement or the GDPR, or cannot follow an instruction.",
            "The parties review this agreement and its annexes at least once every "
            "{{ agreement.review_interval_months|aantal('month', 'months') }}. Obligations that by "
            "their nature continue, such as confidentiality, return of data and liability, "
            "survive the end of this agreement.",
        ],
    ),
    (
        "Return and deletion",
        ["return-or-delete"],
        [
            "When the services end, the processor, at the controller's choice, returns all "
            "personal data in a common open file format or deletes them, within "
            "{{ processing.return_days }} days. This includes copies, backups and data held by "
            "sub-processors.",
            "The processor keeps nothing longer unless Union or Member State law requires storage; "
            "this agreement and confidentiality then continue to apply to those data. It confirms "
            "the deletion in writing.",
        ],
    ),
    (
        "Exit",
        ["exit"],
        [
            "The processor maintains an exit plan describing how the data and the service are "
            "handed over to the controller or to a successor supplier when the agreement ends.",
            "When the agreement ends, the processor cooperates in that handover without delay, "
            "delivers the data in a common machine-readable format with their description, and "
            "where needed continues the service until the handover is complete, at the rates of "
            "the main contract.",
        ],
    ),
    (
        "Final provisions",
        [],
        [
            "Changes to this agreement and its annexes are valid only if the parties record them "
            "in writing. Annex IV is updated with every change under Article 8.",
            "If a provision is void or voidable, the other provisions remain in force and the "
            "parties replace it with a valid provision that comes as close as possible to its "
            "purpose.",
            "This agreement is governed by Dutch law. Disputes are submitted to the competent "
            "court in the district where the controller is established.",
        ],
    ),
]

SIGNATURE_HEADING = "Signatures"
SIGNATURE_INTRO = "Agreed and signed in duplicate."
SIGNATURE_COLUMNS = ("For the controller", "For the processor")
SIGNATURE_LABELS = ("Name", "Position", "Place", "Date", "Signature")
SIGNING_DATE = '{{ agreement.signing_date|date_en("") }}'

ANNEX = "Annex"
ANNEX_I = "Parties"
ANNEX_I_ROWS = (
    ("Name", "Kind", "CBS code", "Chamber of Commerce no. or OIN", "Address", "Represented by"),
    ("Name", "Country", "Chamber of Commerce no.", "Address", "Website", "Privacy contact"),
)
CONTROLLER_KIND = (
    '{% if controller.kind == "arrangement" %}joint arrangement (Wgr){% else %}municipality'
    "{% endif %}"
)
MEMBERS_HEADING = "Member municipalities"
ANNEX_II = "Description of the processing"
ANNEX_II_ROWS: list[tuple[str, str]] = [
    ("Subject matter", "{{ processing.subject_matter }}"),
    (
        "Duration",
        "from {{ agreement.start_date|date_en }} until "
        "{{ agreement.end_date|date_en('the end of the main contract') }}",
    ),
    ("Purposes", '{{ processing.purposes|join("\\n") }}'),
    ("Nature of the processing", "{{ processing.nature|enumeration }}"),
    ("Types of personal data", '{{ processing.personal_data|join("\\n") }}'),
    ("Special categories (Art. 9 GDPR)", "{{ processing.special_categories|yesno }}"),
    ("Criminal offence data (Art. 10 GDPR)", "{{ processing.criminal_data|yesno }}"),
    ("Citizen service number (BSN)", "{{ processing.bsn|yesno }}"),
    ("Categories of data subjects", '{{ processing.data_subjects|join("\\n") }}'),
    ("Retention", "{{ processing.retention }}"),
    ("Locations", "{{ processing.locations|map(attribute='country')|map('country')|enumeration }}"),
    ("Transfer safeguard", '{{ processing.transfer_mechanism or "not applicable" }}'),
    ("Products and services", '{{ processing.products|join("\\n") }}'),
]
ANNEX_III = "Technical and organisational measures"
ANNEX_III_INTRO = (
    "The processor takes at least the following measures, organised in line with the "
    "{{ processing.security_standard }}. Breach notification deadline: "
    "{{ processing.breach_notification_hours }} hours. Independent assurance required: "
    "{{ processing.assurance_required|enumeration(empty='no additional requirements') }}, at "
    "least once every {{ processing.assurance_frequency_months|aantal('month', 'months') }}."
)
ANNEX_III_HEAD = ("Topic", "Measure")
ANNEX_III_ROWS: list[tuple[str, str]] = [
    (
        "Access",
        "Access based on role and need, with strong (multi-factor) authentication for "
        "administration and remote access; periodic review of rights.",
    ),
    (
        "Encryption",
        "Encryption of data in transit and at rest with current, recognised "
        "algorithms; key management separated from the data.",
    ),
    (
        "Logging",
        "Recording of access to and changes of personal data; logs protected against "
        "alteration and reviewed periodically.",
    ),
    (
        "Continuity",
        "Regular backups at a second location, tested recovery procedures and a fallback facility.",
    ),
    (
        "Vulnerabilities",
        "Timely patching, periodic vulnerability scans and a penetration test at least yearly.",
    ),
    (
        "Incidents",
        "A documented procedure for detecting, assessing and reporting incidents and breaches.",
    ),
    (
        "Staff",
        "Confidentiality undertakings, screening suited to the role and yearly awareness training.",
    ),
    ("Physical security", "Data centres with access control, surveillance and fire protection."),
    (
        "Suppliers",
        "Assessment of sub-processors beforehand and yearly, with these requirements flowed down.",
    ),
]
ANNEX_IV = "Sub-processors"
ANNEX_IV_HEAD = ("Name", "Service", "Country", "In the EEA")
ANNEX_IV_ROW = (
    "{{ s.name }}",
    "{{ s.service }}",
    "{{ s.country|country }}",
    "{{ s.in_eea|yesno }}",
)
ANNEX_IV_NONE = "There are no sub-processors."
SUPPLIER_COUNTRY = "{{ supplier.country|country }}"
