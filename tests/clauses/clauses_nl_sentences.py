
"""Dutch test sentences, written for these tests: several phrasings per clause key."""

from __future__ import annotations

NL_SENTENCES: dict[str, list[str]] = {
    "subprocessor-authorisation": [
        "Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van de gemeente.",
        "De gemeente geeft hierbij algemene toestemming voor het inschakelen van de subverwerkers uit bijlage 3.",
        "Het is Verwerker slechts toegestaan een onderaannemer in te zetten na goedkeuring door Verwerkingsverantwoordelijke.",
    ],
    "subprocessor-changes": [
        "Verwerker informeert de gemeente ten minste dertig dagen vooraf over het voornemen een nieuwe subverwerker in te schakelen.",
        "Iedere voorgenomen vervanging van een subverwerker meldt Verwerker schriftelijk aan Verwerkingsverantwoordelijke.",
        "Bij toevoeging of wijziging van subverwerkers stelt Verwerker de gemeente daarvan tijdig op de hoogte.",
    ],
    "instructions": [
        "Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van de gemeente.",
        "Verwerker gebruikt de gegevens alleen in opdracht van Verwerkingsverantwoordelijke en voor geen ander doel.",
        "De verwerking vindt slechts plaats volgens de gedocumenteerde instructies van de gemeente.",
    ],
    "legal-requirement-notice": [
        "Is Verwerker op grond van een wettelijk voorschrift verplicht gegevens te verstrekken, dan meldt hij dit vooraf aan de gemeente, tenzij die wet dat verbiedt.",
        "Ontvangt Verwerker een vordering van een overheidsinstantie tot inzage in de gegevens, dan informeert hij de gemeente direct.",
        # the exception alone is no notice (set 6): the processor tells of the requirement
        "Verwerker verwerkt niet anders dan op instructie, tenzij hij daartoe verplicht is op grond van Unierecht of het recht van een lidstaat; in dat geval stelt hij de gemeente daarvan vooraf in kennis.",
    ],
    "confidentiality": [
        "Alle medewerkers van Verwerker die toegang hebben tot de persoonsgegevens zijn gebonden aan geheimhouding.",
        "Verwerker zorgt dat iedereen die onder zijn gezag gegevens verwerkt een geheimhoudingsverklaring heeft ondertekend.",
        "Personeel van Verwerker is verplicht tot vertrouwelijkheid ten aanzien van de gegevens die het onder ogen krijgt.",
    ],
    "security-measures": [
        "Verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen.",
        "De beveiligingsmaatregelen die Verwerker treft staan beschreven in bijlage 2.",
        "Verwerker richt zijn informatiebeveiliging zo in dat wordt voldaan aan artikel 32 AVG.",
    ],
    "data-subject-rights": [
        "Verwerker helpt de gemeente bij het afhandelen van verzoeken van betrokkenen om inzage, correctie of verwijdering.",
        "Ontvangt Verwerker rechtstreeks een verzoek van een betrokkene, dan stuurt hij dat onverwijld door naar de gemeente.",
        "Verwerker verleent medewerking wanneer burgers hun rechten uitoefenen, zoals het recht op bezwaar.",
    ],
    "assist-security": [
        "Verwerker ondersteunt de gemeente bij het nakomen van haar verplichtingen op grond van artikel 32 AVG.",
        "Verwerker verleent bijstand aan de gemeente bij het waarborgen van de beveiliging van de verwerking.",
        "Verwerker helpt de gemeente haar verplichtingen uit de artikelen 32 tot en met 36 AVG na te komen.",
    ],
    "assist-prior-consultation": [
        "Verwerker werkt mee aan een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
        "Moet de gemeente de toezichthouder raadplegen, dan levert Verwerker de benodigde informatie.",
        "Verwerker ondersteunt de gemeente bij verplichtingen die voortvloeien uit artikel 36 AVG.",
    ],
    "assist-breach-authority": [
        "Verwerker helpt de gemeente bij het melden van een datalek aan de Autoriteit Persoonsgegevens.",
        "Verwerker verstrekt alle informatie die de gemeente nodig heeft om een inbreuk in verband met persoonsgegevens bij de toezichthouder te melden.",
        "Verwerker ondersteunt de gemeente bij het nakomen van de meldplicht datalekken uit artikel 33 AVG.",
    ],
    "assist-breach-subjects": [
        "Verwerker helpt de gemeente de betrokkenen te informeren over een datalek wanneer dat nodig is.",
        "Moeten burgers over een beveiligingsincident worden ingelicht, dan verleent Verwerker daarbij bijstand aan de gemeente.",
        "Verwerker ondersteunt de gemeente bij de verplichtingen uit artikel 34 AVG na een datalek.",
    ],
    "assist-dpia": [
        "Verwerker verleent medewerking aan een gegevensbeschermingseffectbeoordeling door de gemeente.",
        "Voert de gemeente een DPIA uit, dan levert Verwerker alle informatie die daarvoor nodig is.",
        "Verwerker helpt de gemeente bij verplichtingen op grond van artikel 35 AVG.",
    ],
    "return-or-delete": [
        "Na het einde van de overeenkomst verwijdert Verwerker alle persoonsgegevens binnen dertig dagen.",
        "Bij beëindiging van de dienstverlening geeft Verwerker de gegevens terug aan de gemeente en vernietigt hij alle kopieën.",
        "Na afloop van de opdracht worden de gegevens op verzoek van de gemeente teruggegeven of gewist.",
    ],
    "unlawful-instruction-notice": [
        "Indien een instructie naar het oordeel van Verwerker in strijd is met de AVG, stelt hij de gemeente daarvan onmiddellijk op de hoogte.",
        "Verwerker waarschuwt de gemeente direct als hij meent dat een opdracht onrechtmatig is.",
        "Is Verwerker van mening dat een instructie inbreuk maakt op privacywetgeving, dan informeert hij de gemeente zonder vertraging.",
    ],
    "compliance-information": [
        "Verwerker stelt alle informatie beschikbaar die nodig is om aan te tonen dat hij zijn verplichtingen nakomt.",
        "Op verzoek verstrekt Verwerker de documentatie waarmee de gemeente de naleving van deze overeenkomst kan controleren.",
        "Verwerker geeft de gemeente inzage in rapporten en certificaten om naleving aan te tonen.",
    ],
    "audits": [
        "De gemeente mag eenmaal per jaar een audit laten uitvoeren door een onafhankelijke deskundige.",
        "Verwerker verleent medewerking aan inspecties door of namens de gemeente.",
        "De gemeente heeft het recht de naleving van deze overeenkomst te controleren door middel van een audit.",
    ],
    "subprocessor-flow-down": [
        "Verwerker legt aan iedere subverwerker schriftelijk dezelfde verplichtingen op als in deze overeenkomst.",
        "Verwerker sluit met subverwerkers een schriftelijke overeenkomst met ten minste gelijkwaardige eisen voor gegevensbescherming.",
        "Een onderaannemer wordt door Verwerker gebonden aan dezelfde afspraken over bescherming van persoonsgegevens.",
    ],
    "subprocessor-liability": [
        "Verwerker blijft volledig aansprakelijk jegens de gemeente voor het handelen van zijn subverwerkers.",
        "Voor de nakoming door subverwerkers blijft Verwerker tegenover de gemeente verantwoordelijk.",
        "Het inschakelen van een onderaannemer ontslaat Verwerker niet van zijn aansprakelijkheid voor diens handelen.",
    ],
    "security-risk-assessment": [
        "De maatregelen bieden een passend beveiligingsniveau gelet op de risico's, waaronder vernietiging, verlies, wijziging of ongeoorloofde toegang.",
        "Verwerker beschermt de gegevens tegen vernietiging, verlies en onbevoegde verstrekking.",
        "Verwerker voert periodiek een risicoanalyse uit en past de beveiligingsmaatregelen daarop aan.",
    ],
    "processing-duration": [
        "De duur van de verwerking is gelijk aan de looptijd van de hoofdovereenkomst.",
        "Verwerker verwerkt de gegevens zolang de overeenkomst loopt.",
        "De looptijd van deze verwerkersovereenkomst volgt die van de dienstverleningsovereenkomst.",
    ],
    "processing-purpose": [
        "Het doel van de verwerking is het uitvoeren van de salarisadministratie voor de gemeente.",
        "De aard van de verwerking bestaat uit het opslaan en raadplegen van dossiers.",
        "Verwerker verwerkt de gegevens uitsluitend ten behoeve van het doel dat in bijlage 1 is omschreven.",
    ],
    "personal-data-types": [
        "De soorten persoonsgegevens zijn naam, adres, geboortedatum en BSN.",
        "Categorieën persoonsgegevens: contactgegevens, inkomensgegevens en gegevens over gezondheid.",
        "Bijlage 1 noemt de typen gegevens die worden verwerkt.",
    ],
    "data-subject-categories": [
        "De categorieën betrokkenen zijn inwoners van de gemeente en medewerkers.",
        "Betrokkenen: aanvragers van een uitkering en hun gezinsleden.",
        "De groepen betrokkenen staan vermeld in bijlage 1.",
    ],
    "breach-notification": [
        "Verwerker meldt een datalek onverwijld en uiterlijk binnen 24 uur na ontdekking aan de gemeente.",
        "Bij een beveiligingsincident informeert Verwerker de gemeente zonder onredelijke vertraging.",
        "Een inbreuk in verband met persoonsgegevens wordt door Verwerker binnen 36 uur gemeld bij de gemeente.",
    ],
    "breach-information": [
        "De melding van een datalek bevat de aard van de inbreuk, de categorieën betrokkenen en de genomen maatregelen.",
        "Bij een incident beschrijft Verwerker de waarschijnlijke gevolgen en het aantal getroffen personen.",
        "Verwerker vermeldt bij een datalek de omvang, de contactpersoon en de maatregelen om de gevolgen te beperken.",
    ],
    "international-transfers": [
        "Doorgifte van persoonsgegevens naar een derde land is alleen toegestaan met toestemming van de gemeente.",
        "Verwerker geeft geen gegevens door buiten de EER, tenzij op basis van standaardcontractbepalingen.",
        "Voor doorgifte aan landen buiten de Europese Unie is een adequaatheidsbesluit of passende waarborg vereist.",
    ],
    "subprocessor-objection": [
        "De gemeente kan binnen veertien dagen bezwaar maken tegen een nieuwe subverwerker.",
        "Maakt de gemeente bezwaar tegen de wijziging, dan mag zij de overeenkomst kosteloos opzeggen.",
        "Tegen het inschakelen van een subverwerker kan Verwerkingsverantwoordelijke gemotiveerd bezwaar maken.",
    ],
    "liability": [
        "De aansprakelijkheid van partijen is geregeld in de hoofdovereenkomst.",
        "Verwerker vrijwaart de gemeente voor boetes die het gevolg zijn van zijn tekortkomingen.",
        "Schadevergoeding is beperkt tot het bedrag dat de verzekeraar uitkeert.",
    ],
    "termination": [
        "Deze overeenkomst eindigt van rechtswege op het moment dat de hoofdovereenkomst eindigt.",
        "De gemeente kan de overeenkomst met onmiddellijke ingang opzeggen bij een ernstige tekortkoming.",
        "Beëindiging van de overeenkomst laat verplichtingen die naar hun aard doorlopen onverlet.",
    ],
    "breach-deadline": [
        "Verwerker meldt een datalek binnen 24 uur aan de gemeente.",
        "Een beveiligingsincident wordt uiterlijk binnen 48 uur na ontdekking aan de gemeente gemeld.",
        "Verwerker informeert de gemeente binnen twaalf uur over een inbreuk in verband met persoonsgegevens.",
    ],
    "processing-location": [
        "De persoonsgegevens worden uitsluitend opgeslagen in datacenters in Nederland.",
        "Verwerker verwerkt de gegevens alleen binnen de Europese Economische Ruimte.",
        "De locatie van opslag is een datacentrum in Duitsland; wijziging daarvan meldt Verwerker vooraf.",
    ],
    "security-standard": [
        "Verwerker is gecertificeerd volgens ISO 27001 voor de geleverde dienst.",
        "Verwerker voldoet aan de Baseline Informatiebeveiliging Overheid (BIO).",
        "Voor de verwerking van gezondheidsgegevens beschikt Verwerker over een NEN 7510-certificaat.",
    ],
    "assurance-report": [
        "Verwerker levert jaarlijks een Third Party Mededeling over de dienst aan de gemeente.",
        "Ieder jaar overlegt Verwerker een ISAE 3402 type II-rapport waarvan de reikwijdte de dienst dekt.",
        "Verwerker stelt jaarlijks een SOC 2-rapport van een onafhankelijke auditor beschikbaar.",
    ],
    "exit": [
        "Bij het einde van de overeenkomst werkt Verwerker mee aan de overdracht van de gegevens aan een opvolgende leverancier.",
        "Verwerker beschikt over een exitplan dat de continuïteit van de dienst waarborgt.",
        "De migratie van gegevens naar de gemeente vindt plaats in een gangbaar formaat en tegen vooraf afgesproken kosten.",
    ],
}
