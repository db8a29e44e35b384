"""Build ``dpa-heldout-own.jsonl``: 8 agreements (4 English, 4 Dutch) in our own words.

Written after the first detector changes of issue 12 and measured once before any rule
was changed for it (mandatory tier, precision/recall of missing: 0.660/0.972, the detector
before issue 12: 0.544/0.861). Its errors were then read and fixed generically (the words
of Art. 28(2)/(4) "another processor", "andere verwerker"; "confidence"; "people";
"licht ... in"; defined terms for a breach), so it is development data now, like
dpa-nl-own. The figure that says something about unseen text comes from
dpa-heldout-own-2.jsonl (build_heldout_own_2.py).

    python tests/clauses/data/build_heldout_own.py
"""

from __future__ import annotations

from pathlib import Path

from corpus_writer import write_corpus

OUT = Path(__file__).with_name("dpa-heldout-own.jsonl")
A5 = "assist-security assist-prior-consultation assist-breach-authority assist-breach-subjects assist-dpia"

DOCUMENTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "fresh-en-saas": (
        "en",
        [
            ("This addendum governs how we handle personal data on your behalf when you use the Planner service.", "processing-purpose"),
            ("1. Your instructions", ""),
            ("We process your personal data solely as you instruct us in writing, including through the settings of the service.", "instructions"),
            ("Should we be compelled by EU or member state law to process the data for another purpose, we will let you know before doing so, unless that law prevents us from telling you.", "legal-requirement-notice"),
            ("If we think an instruction you give us breaks data protection law, we will tell you without delay.", "unlawful-instruction-notice"),
            ("2. Our people", ""),
            ("Everyone at our company who can access your data has signed a confidentiality undertaking.", "confidentiality"),
            ("3. Security", ""),
            ("We maintain technical and organisational safeguards appropriate to the risk, such as encryption at rest and role-based access.", "security-measures security-risk-assessment"),
            ("4. Sub-processors", ""),
            ("You give us general authorisation to use the sub-processors listed on our trust page.", "subprocessor-authorisation"),
            ("We will e-mail you at least 20 days before we add or replace a sub-processor, and you may object within that period.", "subprocessor-changes subprocessor-objection"),
            ("Each sub-processor is bound by a written contract containing data protection terms equivalent to these.", "subprocessor-flow-down"),
            ("Our total liability under this addendum is capped at the fees paid in the preceding twelve months.", "liability"),
            ("5. Helping you", ""),
            ("We will help you respond to people who exercise their rights over their data, for example by exporting or erasing their records.", "data-subject-rights"),
            ("Taking into account the nature of the processing, we will assist you with your obligations under Articles 32 to 36 of the GDPR.", A5),
            ("6. Breaches", ""),
            ("We will inform you of a personal data breach affecting your data within 48 (forty-eight) hours of becoming aware of it.", "breach-notification"),
            ("7. Audits", ""),
            ("We will make available to you all information necessary to demonstrate our compliance with this addendum.", "compliance-information"),
            ("You are not entitled to carry out on-site inspections of our data centres.", ""),
            ("8. End of service", ""),
            ("When the subscription ends, we delete all your personal data within 30 days unless you ask us to return it first.", "return-or-delete termination"),
        ],
    ),
    "fresh-en-public-body": (
        "en",
        [
            ("Definitions", ""),
            ("'Protective Measures' means the technical and organisational measures set out in Schedule 2.", ""),
            ("'Data Loss Event' means any event that results, or may result, in unauthorised access to Personal Data or in its accidental loss or destruction.", ""),
            ("The Contractor shall only process Personal Data in accordance with the Authority's documented instructions.", "instructions"),
            ("The Contractor shall put in place Protective Measures.", "security-measures"),
            ("The Contractor shall notify the Authority without undue delay on becoming aware of a Data Loss Event.", "breach-notification"),
            ("The Contractor shall provide the Authority with full assistance in relation to a Data Loss Event, including in notifying the Information Commissioner and the affected individuals where required.", "assist-breach-authority assist-breach-subjects"),
            ("The Contractor shall assist the Authority in preparing any Data Protection Impact Assessment before processing starts.", "assist-dpia"),
            ("The Contractor shall assist the Authority where it must consult the Information Commissioner before processing.", "assist-prior-consultation"),
            ("The Contractor shall ensure that its personnel who have access to Personal Data are subject to a duty of confidence.", "confidentiality"),
            ("The Contractor shall not engage any Sub-processor without the prior written consent of the Authority.", "subprocessor-authorisation"),
            ("Before allowing any Sub-processor to process Personal Data, the Contractor shall enter into a written agreement with it that imposes obligations on the Sub-processor equivalent to those in this Schedule.", "subprocessor-flow-down"),
            ("The Contractor shall remain fully liable for all acts or omissions of any Sub-processor.", "subprocessor-liability"),
            ("The Contractor shall assist the Authority in responding to any request from a Data Subject.", "data-subject-rights"),
            ("The Contractor shall immediately inform the Authority if it believes that an instruction infringes the Data Protection Legislation.", "unlawful-instruction-notice"),
            ("Where the Contractor is required by law to process Personal Data other than on instructions, it shall notify the Authority before processing unless prohibited by law.", "legal-requirement-notice"),
            ("The Contractor shall permit audits of its data processing activity by the Authority or its designated auditor.", "audits"),
            ("The Contractor shall maintain complete records and information to demonstrate its compliance with this Schedule and provide them on request.", "compliance-information"),
            ("At the written direction of the Authority, the Contractor shall delete or return Personal Data and copies on termination of the Contract.", "return-or-delete"),
        ],
    ),
    "fresh-en-short-negations": (
        "en",
        [
            ("Data Processing Terms", ""),
            ("Vendor processes Client Data only on the Client's documented instructions.", "instructions"),
            ("Vendor's staff are bound by written confidentiality obligations.", "confidentiality"),
            ("Vendor implements the security measures described in Annex B, taking into account the state of the art and the likelihood and severity of risks to individuals.", "security-measures security-risk-assessment"),
            ("Vendor may use sub-processors only with the Client's prior general written authorisation and will notify the Client of intended changes to them.", "subprocessor-authorisation subprocessor-changes"),
            ("Vendor imposes the same data protection obligations on each sub-processor by contract.", "subprocessor-flow-down"),
            ("Vendor is not liable for the acts or omissions of its sub-processors.", ""),
            ("Vendor is under no obligation to assist the Client with data protection impact assessments or consultations with the regulator.", ""),
            ("Vendor will reasonably assist the Client with data subject requests.", "data-subject-rights"),
            ("Vendor will assist the Client in meeting its obligations regarding the security of processing and the notification of personal data breaches to the supervisory authority and to data subjects.", "assist-security assist-breach-authority assist-breach-subjects"),
            ("Vendor will notify the Client of any personal data breach within 72 hours.", "breach-notification"),
            ("The Client shall ensure that its instructions comply with applicable law.", ""),
            ("On termination, Vendor will return all Client Data and then securely delete the remaining copies.", "return-or-delete"),
            ("Vendor will provide the Client with the information reasonably needed to show compliance with Article 28 GDPR and allow audits by the Client's independent auditor once a year.", "compliance-information audits"),
        ],
    ),
    "fresh-en-pdf-list": (
        "en",
        [
            ("The Processor undertakes to:", ""),
            ("(a) process the Personal Data only on the Controller's documented instruc- tions;", "instructions"),
            ("(b) ensure that persons authorised to process the Personal Data have committed themselves to confidentiality;", "confidentiality"),
            ("(c) take all measures required pursuant to Article 32 GDPR;", "security-measures"),
            ("(d) not engage another processor without prior specific or general written authorisation of the Controller;", "subprocessor-authorisation"),
            ("(e) provide assis- tance to the Controller in answering requests from data subjects;", "data-subject-rights"),
            ("(f) help the Controller ensure compliance with the obligations in Articles 32 to 36 GDPR;", A5),
            ("(g) at the Controller's choice, delete or return all Personal Data after the end of the services; and", "return-or-delete"),
            ("(h) make available all information necessary to demonstrate compliance and allow for and contribute to audits, including inspections.", "compliance-information audits"),
            ("Sub-processors", ""),
            ("A sub-processor means any further processor engaged by the Processor.", ""),
            ("The Processor shall inform the Controller immediately if an instruction, in its opinion, infringes the GDPR.", "unlawful-instruction-notice"),
            ("The Processor shall notify the Controller of a breach within thirty-six (36) hours.", "breach-notification"),
        ],
    ),
    "fresh-nl-gemeente": (
        "nl",
        [
            ("Artikel 1 Onderwerp", ""),
            ("De verwerker verwerkt persoonsgegevens ten behoeve van de gemeente voor de leerlingenadministratie.", "processing-purpose"),
            ("Artikel 2 Verplichtingen van de verwerker", ""),
            ("De verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van de gemeente.", "instructions"),
            ("Indien een op de verwerker toepasselijke Unierechtelijke of lidstatelijke bepaling hem tot verwerking verplicht, stelt de verwerker de gemeente voorafgaand aan die verwerking in kennis van dat voorschrift, tenzij die wetgeving deze kennisgeving verbiedt.", "legal-requirement-notice"),
            ("De verwerker waarborgt dat de tot het verwerken gemachtigde personen zich tot vertrouwelijkheid hebben verbonden.", "confidentiality"),
            ("De verwerker neemt alle overeenkomstig artikel 32 AVG vereiste maatregelen.", "security-measures"),
            ("De verwerker houdt bij het bepalen van het passende beveiligingsniveau rekening met de risico's van vernietiging, verlies of wijziging van gegevens.", "security-risk-assessment"),
            ("De verwerker neemt geen andere verwerker in dienst zonder voorafgaande specifieke of algemene schriftelijke toestemming van de gemeente.", "subprocessor-authorisation"),
            ("In het geval van algemene toestemming licht de verwerker de gemeente in over beoogde veranderingen inzake de toevoeging of vervanging van andere verwerkers.", "subprocessor-changes"),
            ("Wanneer de verwerker een andere verwerker inschakelt, worden aan die andere verwerker bij overeenkomst dezelfde verplichtingen inzake gegevensbescherming opgelegd.", "subprocessor-flow-down"),
            ("Wanneer die andere verwerker zijn verplichtingen niet nakomt, blijft de verwerker ten aanzien van de gemeente volledig aansprakelijk.", "subprocessor-liability"),
            ("De verwerker doet door middel van passende technische en organisatorische maatregelen wat redelijkerwijs mogelijk is om de gemeente te helpen bij het vervullen van haar plicht om verzoeken van betrokkenen te beantwoorden.", "data-subject-rights"),
            ("De verwerker helpt de gemeente de verplichtingen uit hoofde van de artikelen 32 tot en met 36 AVG na te komen.", A5),
            ("Na afloop van de verwerkingsdiensten wist de verwerker alle persoonsgegevens of bezorgt hij deze terug aan de gemeente.", "return-or-delete"),
            ("De verwerker stelt alle informatie ter beschikking die nodig is om de nakoming van deze verplichtingen aan te tonen.", "compliance-information"),
            ("De gemeente heeft geen recht om bij de verwerker controles uit te voeren.", ""),
        ],
    ),
    "fresh-nl-saas-jij": (
        "nl",
        [
            ("Wij verwerken gegevens van jouw klanten alleen zoals jij ons dat opdraagt.", "instructions"),
            ("Onze medewerkers hebben een geheimhoudingsverklaring getekend.", "confidentiality"),
            ("We beveiligen de gegevens met maatregelen die passen bij de risico's, zoals versleuteling en tweestapsverificatie.", "security-measures security-risk-assessment"),
            ("Je geeft ons toestemming om de subverwerkers op onze website in te schakelen.", "subprocessor-authorisation"),
            ("Een nieuwe subverwerker melden we je minstens 14 dagen van tevoren, en je mag daartegen bezwaar maken.", "subprocessor-changes subprocessor-objection"),
            ("Wij helpen je als iemand zijn gegevens wil inzien, verbeteren of laten verwijderen.", "data-subject-rights"),
            ("Bij een datalek laten we je dat binnen 24 uur weten en helpen we je met de melding aan de Autoriteit Persoonsgegevens en aan de betrokkenen.", "breach-notification assist-breach-authority assist-breach-subjects"),
            ("Ook bij een DPIA denken we met je mee en leveren we de informatie die je nodig hebt.", "assist-dpia"),
            ("Als je daarom vraagt, laten we met een rapport van een onafhankelijke auditor zien dat we ons aan deze afspraken houden.", "compliance-information"),
            ("Je mag ook zelf een audit laten doen, hooguit één keer per jaar.", "audits"),
            ("Zeg je je account op, dan verwijderen we je gegevens binnen 30 dagen.", "return-or-delete"),
            ("Vinden we dat een opdracht van jou in strijd is met de AVG, dan zeggen we je dat meteen.", "unlawful-instruction-notice"),
        ],
    ),
    "fresh-nl-passief-pdf": (
        "nl",
        [
            ("Persoonsgegevens worden door Opdrachtnemer uitsluitend verwerkt in opdracht van Opdrachtgever en op basis van diens schriftelijke instructies.", "instructions"),
            ("Aan personen die bij Opdrachtnemer toegang hebben tot de gegevens wordt een geheimhoudingsplicht opgelegd.", "confidentiality"),
            ("Door Opdrachtnemer worden passende technische en organisa- torische maatregelen genomen, afgestemd op de risico's van de verwerking.", "security-measures security-risk-assessment"),
            ("Subverwerkers worden slechts ingeschakeld na voorafgaande schriftelijke toestemming van Opdrachtgever.", "subprocessor-authorisation"),
            ("Aan subverwerkers worden schriftelijk dezelfde verplichtingen opgelegd als in deze overeenkomst.", "subprocessor-flow-down"),
            ("Opdrachtnemer is niet aansprakelijk voor tekortkomingen van subverwerkers.", ""),
            ("Verzoeken van betrokkenen worden door Opdrachtnemer onverwijld doorgestuurd naar Opdrachtgever, die daarbij door Opdrachtnemer wordt ondersteund.", "data-subject-rights"),
            ("Opdrachtgever wordt door Opdrachtnemer ondersteund bij de beveiliging van de verwerking, bij het melden van inbreuken aan de toezichthouder en aan betrokkenen, en bij gegevensbeschermingseffectbeoor- delingen.", "assist-security assist-breach-authority assist-breach-subjects assist-dpia"),
            ("Een inbreuk in verband met persoonsgegevens wordt binnen 48 (achtenveertig) uur aan Opdrachtgever gemeld.", "breach-notification"),
            ("Na beëindiging van de overeenkomst worden alle persoonsgegevens vernietigd of aan Opdrachtgever teruggegeven.", "return-or-delete"),
            ("Audits door of namens Opdrachtgever worden door Opdrachtnemer toegestaan en ondersteund.", "audits"),
        ],
    ),
    "fresh-nl-garantie-lijst": (
        "nl",
        [
            ("Inbreuk: elke inbreuk op de beveiliging die leidt tot verlies of onrechtmatige verwerking.", ""),
            ("Leverancier garandeert dat zij:", ""),
            ("a. persoonsgegevens alleen verwerkt volgens de gedocumenteerde instructies van de Klant;", "instructions"),
            ("b. de Klant vooraf informeert als een wettelijke verplichting haar tot andere verwerking dwingt, tenzij de wet dat verbiedt;", "legal-requirement-notice"),
            ("c. haar personeel tot geheimhouding verplicht;", "confidentiality"),
            ("d. passende beveiligingsmaatregelen treft;", "security-measures"),
            ("e. geen subverwerker inschakelt zonder schriftelijke toestemming van de Klant;", "subprocessor-authorisation"),
            ("f. de Klant bijstaat bij verzoeken van betrokkenen;", "data-subject-rights"),
            ("g. de Klant na afloop van de overeenkomst alle gegevens teruggeeft en daarna wist.", "return-or-delete"),
            ("Leverancier staat ervoor in dat de Klant tijdig wordt gewaarschuwd als een instructie naar haar oordeel onrechtmatig is.", "unlawful-instruction-notice"),
            ("Leverancier blijft volledig aansprakelijk voor haar subverwerkers.", "subprocessor-liability"),
            ("Leverancier verleent medewerking aan inspecties door de Klant en stelt de informatie beschikbaar die nodig is om naleving aan te tonen.", "audits compliance-information"),
            ("Leverancier verleent de Klant redelijke medewerking bij de naleving van de privacywetgeving.", ""),
        ],
    ),
}


def main() -> None:
    write_corpus(DOCUMENTS, OUT)


if __name__ == "__main__":
    main()
