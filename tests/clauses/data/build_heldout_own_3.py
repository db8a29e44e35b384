"""Build ``dpa-heldout-own-3.jsonl``: 5 agreements (2 English, 3 Dutch), never tuned on.

Written in our own words after the last rule change of issue 12, committed, then measured
once: mandatory tier, precision/recall of missing 0.809/0.950 (English 0.714/1.000, Dutch
0.885/0.920); the detector before issue 12: 0.760/0.950. Its errors have not been read.
Do not change a rule because of an error seen here; write a new held-out set.

    python tests/clauses/data/build_heldout_own_3.py
"""

from __future__ import annotations

from pathlib import Path

from corpus_writer import write_corpus

OUT = Path(__file__).with_name("dpa-heldout-own-3.jsonl")
A5 = "assist-security assist-prior-consultation assist-breach-authority assist-breach-subjects assist-dpia"

DOCUMENTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "h3-en-university": (
        "en",
        [
            ("Clause 4 Processing on behalf of the Partner", ""),
            ("4.1 The Institute will handle the Partner's personal data strictly within the limits of the Partner's written directions.", "instructions"),
            ("4.2 Where a statutory duty requires the Institute to disclose the data, the Institute will first tell the Partner, so far as the law allows.", "legal-requirement-notice"),
            ("4.3 The Institute will alert the Partner promptly if a direction appears to it to conflict with the GDPR.", "unlawful-instruction-notice"),
            ("4.4 Researchers and technicians who work with the data are under a written duty of secrecy.", "confidentiality"),
            ("4.5 The Institute applies the security controls described in its Information Security Policy, calibrated to the sensitivity of the data and the risks involved.", "security-measures security-risk-assessment"),
            ("4.6 The Institute may involve a sub-processor only after obtaining the Partner's written consent, and it remains fully responsible to the Partner for that sub-processor's work.", "subprocessor-authorisation subprocessor-liability"),
            ("4.7 The Institute will pass on to any sub-processor, in writing, the same data protection duties it has under this clause.", "subprocessor-flow-down"),
            ("4.8 The Institute will assist the Partner in answering requests from research participants who wish to exercise their rights.", "data-subject-rights"),
            ("4.9 The Institute will report any personal data breach to the Partner within 48 hours and support the Partner in notifying the supervisory authority.", "breach-notification assist-breach-authority"),
            ("4.10 On completion of the project, the Institute will destroy the data or return it, as the Partner chooses.", "return-or-delete"),
            ("4.11 The Institute will give the Partner all information needed to demonstrate compliance and will allow audits by the Partner.", "compliance-information audits"),
        ],
    ),
    "h3-en-msp": (
        "en",
        [
            ("Data protection commitments of the MSP", ""),
            ("a) The MSP must not process Client personal data except on the documented instructions of the Client.", "instructions"),
            ("b) The MSP must ensure that all persons it authorises to process the data are bound by confidentiality.", "confidentiality"),
            ("c) The MSP must implement appropriate technical and organisational measures in accordance with Article 32 GDPR.", "security-measures"),
            ("d) The MSP must obtain the Client's general written authorisation before engaging sub-processors and must give the Client 30 days' notice of any new sub-processor.", "subprocessor-authorisation subprocessor-changes"),
            ("e) The MSP must, at the Client's cost, help the Client with data protection impact assessments and prior consultations.", "assist-dpia assist-prior-consultation"),
            ("f) The MSP must notify the Client without undue delay after becoming aware of a personal data breach.", "breach-notification"),
            ("g) The MSP must delete all Client personal data at the end of the contract, unless the Client asks for its return.", "return-or-delete"),
            ("h) The MSP must submit to audits by the Client or an auditor appointed by the Client.", "audits"),
            ("The MSP is not required to help the Client with requests from data subjects.", ""),
        ],
    ),
    "h3-nl-provincie": (
        "nl",
        [
            ("Artikel 4 Verplichtingen", ""),
            ("4.1 Verwerker draagt zorg voor het verwerken van de persoonsgegevens conform de schriftelijke opdracht van de Provincie en niet voor eigen doeleinden.", "instructions"),
            ("4.2 Verwerker draagt er zorg voor dat zijn personeel de vertrouwelijkheid van de persoonsgegevens in acht neemt.", "confidentiality"),
            ("4.3 Verwerker treft een op de risico's afgestemd pakket van technische en organisatorische beveiligingsmaatregelen.", "security-measures security-risk-assessment"),
            ("4.4 Verwerker waarschuwt de Provincie onverwijld indien een opdracht naar zijn oordeel strijdig is met de AVG.", "unlawful-instruction-notice"),
            ("4.5 Is Verwerker op grond van een wettelijke plicht gehouden persoonsgegevens te verstrekken, dan informeert hij de Provincie voorafgaand aan de verstrekking, tenzij de wet dit verbiedt.", "legal-requirement-notice"),
            ("Artikel 5 Subverwerkers", ""),
            ("5.1 Verwerker betrekt slechts subverwerkers bij de verwerking na voorafgaande schriftelijke goedkeuring van de Provincie.", "subprocessor-authorisation"),
            ("5.2 Verwerker legt aan subverwerkers ten minste dezelfde verplichtingen op als die welke voor hemzelf uit deze overeenkomst voortvloeien.", "subprocessor-flow-down"),
            ("Artikel 6 Bijstand", ""),
            ("6.1 Verwerker verleent de Provincie bijstand bij het afhandelen van verzoeken van betrokkenen.", "data-subject-rights"),
            ("6.2 Verwerker verleent de Provincie bijstand bij het nakomen van haar verplichtingen op grond van de artikelen 32 tot en met 36 AVG.", A5),
            ("Artikel 7 Einde", ""),
            ("7.1 Bij beëindiging van de overeenkomst draagt Verwerker alle persoonsgegevens over aan de Provincie en verwijdert hij alle kopieën.", "return-or-delete"),
        ],
    ),
    "h3-nl-webshop": (
        "nl",
        [
            ("Wij verwerken de gegevens van uw klanten alleen om de webwinkel voor u te laten draaien en doen dat volgens uw instructies.", "instructions processing-purpose"),
            ("Medewerkers met toegang tot uw gegevens hebben een geheimhoudingsplicht.", "confidentiality"),
            ("Wij nemen passende maatregelen om uw gegevens te beschermen.", "security-measures"),
            ("Wij gebruiken alleen de subverwerkers die in onze privacyverklaring staan en waarmee u bij het aangaan van deze overeenkomst akkoord gaat.", "subprocessor-authorisation"),
            ("Wij laten u minstens vier weken vooraf weten welke nieuwe subverwerkers wij willen inzetten.", "subprocessor-changes"),
            ("Bij een datalek brengen wij u binnen 36 uur op de hoogte.", "breach-notification"),
            ("Wij helpen u bij het beantwoorden van verzoeken van uw klanten om hun gegevens in te zien of te wissen.", "data-subject-rights"),
            ("Na opzegging kunt u uw gegevens exporteren; 30 dagen later wissen wij ze definitief.", "return-or-delete"),
            ("U mag eenmaal per jaar een audit laten uitvoeren door een onafhankelijke partij.", "audits"),
        ],
    ),
    "h3-nl-passief-lijst": (
        "nl",
        [
            ("Door de Verwerker wordt gewaarborgd dat:", ""),
            ("a. persoonsgegevens slechts worden verwerkt op schriftelijke instructie van de Verantwoordelijke;", "instructions"),
            ("b. de Verantwoordelijke onverwijld wordt geïnformeerd wanneer een instructie in strijd is met de wet;", "unlawful-instruction-notice"),
            ("c. alle medewerkers een geheimhoudingsverklaring hebben ondertekend;", "confidentiality"),
            ("d. passende technische en organisatorische maatregelen worden getroffen, met inachtneming van de stand der techniek en de risico's van de verwerking;", "security-measures security-risk-assessment"),
            ("e. subverwerkers alleen worden ingeschakeld met voorafgaande schriftelijke toestemming van de Verantwoordelijke;", "subprocessor-authorisation"),
            ("f. de Verantwoordelijke wordt bijgestaan bij een gegevensbeschermingseffectbeoordeling en bij een voorafgaande raadpleging van de Autoriteit Persoonsgegevens;", "assist-dpia assist-prior-consultation"),
            ("g. inbreuken in verband met persoonsgegevens binnen 24 uur aan de Verantwoordelijke worden gemeld;", "breach-notification"),
            ("h. de persoonsgegevens na afloop van de overeenkomst worden teruggegeven of vernietigd.", "return-or-delete"),
            ("De Verwerker is niet aansprakelijk voor schade die door subverwerkers wordt veroorzaakt.", ""),
            ("Audits worden niet toegestaan.", ""),
        ],
    ),
}


def main() -> None:
    write_corpus(DOCUMENTS, OUT)


if __name__ == "__main__":
    main()
