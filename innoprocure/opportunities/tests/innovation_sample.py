"""A labelled sample of 60 notices for measuring the innovation detector (importers/innovation.py).

How it was built (no access to TED from the development machine, so no notices downloaded from it): every notice is
the eForms SDK example `cn_24_minimal.xml` (CC BY 4.0, © European Union, Publications Office) with the title,
description, language, main CPV code, procedure type and, in one case, BT-776 replaced by the values below. The
texts are our own, written in the manner of real TED notices across 22 EU languages: calls for pre-commercial
procurement, innovation partnerships and R&D services, and everyday purchases (cleaning, fuel, works, furniture),
including hard cases on purpose — a buyer of laboratory consumables "for research and development laboratories",
a competitive dialogue for a public-private partnership, R&D described without any of the usual words.

How it was labelled: by hand, before the detector was run, with one question — would a reader of an innovation
procurement platform want to see this tender? Yes for PCP, innovation partnerships, R&D services and calls that
ask for new (not yet marketed) solutions; no for everything else, however modern its wording. `why` gives the
reason for each label. Figures: `precision_recall()` (printed by `manage.py bench_eforms`, kept in
docs/ted-import.md).

Beside it, a sample of real notices: the 18 readable example notices of the eForms SDK, each labelled by reading it
(data/innovation-labels-sdk-examples.csv, with the reason); figures: `real_precision_recall()`.
"""

import csv
from dataclasses import dataclass

from innoprocure.opportunities.tests.samples import DATA_DIR, example

LANGUAGE_CODES = {
    "bg": "BUL", "cs": "CES", "da": "DAN", "de": "DEU", "el": "ELL", "en": "ENG", "es": "SPA", "et": "EST",
    "fi": "FIN", "fr": "FRA", "hr": "HRV", "hu": "HUN", "it": "ITA", "lt": "LIT", "lv": "LAV", "nl": "NLD",
    "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK", "sl": "SLV", "sv": "SWE",
}  # fmt: skip


@dataclass(frozen=True)
class Labelled:
    language: str
    title: str
    description: str
    cpv: str
    innovation: bool
    why: str
    procedure: str = "open"
    bt776: str = ""


SAMPLE = [
    # --- innovation: what the platform is for -------------------------------------------------------------
    Labelled("en", "Pre-commercial procurement of AI-based early warning for river flooding",
             "The council procures research and development services in three phases (solution design, prototyping, "
             "field testing) from several suppliers in competition.", "73000000", True, "PCP", "oth-mult"),
    Labelled("fr", "Achat public avant commercialisation – robots de désinfection des chambres d'hôpital",
             "Le CHU achète des services de R&D pour concevoir et tester des robots de désinfection.", "73100000",
             True, "PCP", "oth-mult"),
    Labelled("de", "Innovationspartnerschaft zur Entwicklung emissionsfreier Abfallsammelfahrzeuge",
             "Entwicklung und anschließender Erwerb von Fahrzeugen, die am Markt noch nicht verfügbar sind.",
             "34144510", True, "innovation partnership", "innovation"),
    Labelled("it", "Partenariato per l'innovazione per il monitoraggio delle reti idriche",
             "Sviluppo di sensori e piattaforma di analisi non ancora disponibili sul mercato.", "38420000", True,
             "innovation partnership", "innovation"),
    Labelled("es", "Compra pública precomercial de soluciones de I+D para la gestión de residuos orgánicos",
             "Fases de diseño, prototipo y prueba de tecnologías de compostaje urbano.", "73000000", True, "PCP"),
    Labelled("nl", "Innovatiepartnerschap voor circulaire renovatie van viaducten",
             "Ontwikkeling van herbruikbare brugdelen en aansluitende aankoop.", "45221110", True,
             "innovation partnership", "innovation"),
    Labelled("pl", "Zamówienie przedkomercyjne na prace badawczo-rozwojowe w zakresie magazynowania energii",
             "Zamawiający nabywa usługi badawczo-rozwojowe w trzech etapach.", "73110000", True, "PCP"),
    Labelled("fi", "Esikaupallinen hankinta: älykäs katuvalaistus",
             "Kaupunki hankkii tutkimus- ja kehittämispalveluja uusien valaistusratkaisujen kokeiluun.", "73000000",
             True, "PCP"),
    Labelled("sv", "Innovationsupphandling av fossilfria arbetsmaskiner",
             "Kommunen söker innovativa lösningar som ännu inte finns på marknaden.", "43200000", True,
             "procurement of innovation"),
    Labelled("pt", "Contratação pré-comercial de serviços de investigação e desenvolvimento em saúde digital",
             "Desenvolvimento de protótipos de telemonitorização de doentes crónicos.", "73000000", True, "PCP"),
    Labelled("cs", "Výzkum a vývoj nových metod recyklace baterií",
             "Zadavatel poptává služby výzkumu a vývoje pro ověření technologie.", "73110000", True, "R&D services"),
    Labelled("el", "Σύμπραξη καινοτομίας για έξυπνα δίκτυα ύδρευσης",
             "Ανάπτυξη και προμήθεια λύσεων που δεν διατίθενται στην αγορά.", "65100000", True,
             "innovation partnership", "innovation"),
    Labelled("en", "Research and development services for hydrogen-powered buses",
             "Feasibility study and prototype testing of hydrogen refuelling for the city fleet.", "73000000", True,
             "R&D services"),
    Labelled("da", "Innovationspartnerskab om digitale løsninger til hjemmeplejen",
             "Udvikling af nye velfærdsteknologier i samarbejde med kommunen.", "48000000", True,
             "innovation partnership", "innovation"),
    Labelled("ro", "Achiziții înainte de comercializare pentru monitorizarea calității aerului",
             "Servicii de cercetare-dezvoltare pentru senzori urbani cu cost redus.", "73000000", True, "PCP"),
    Labelled("hu", "Kutatás-fejlesztés: autonóm mezőgazdasági drónok",
             "Kutatási és fejlesztési szolgáltatás prototípus kidolgozására.", "73100000", True, "R&D services"),
    Labelled("en", "Redesign of the purchasing process for medical consumables",
             "Consultancy to redesign how the hospital buys consumables.", "79411000", True,
             "the buyer marks it as process innovation (BT-776)", bt776="proc-innov"),
    Labelled("en", "Market-ready innovative solutions to cut energy use in hospitals",
             "The trust invites suppliers to offer innovative solutions, new to the health service, for heating "
             "and cooling.", "09300000", True, "procurement of innovation"),
    Labelled("de", "Beschaffung innovativer Lösungen für die Zustandserfassung von Straßen",
             "Gesucht werden innovative Lösungen zur sensorgestützten Erfassung von Straßenschäden.", "71631450",
             True, "procurement of innovation"),
    Labelled("sk", "Predobchodné obstarávanie: inteligentné parkovanie",
             "Výskum a vývoj systému navigácie na voľné parkovacie miesta.", "73000000", True, "PCP"),
    Labelled("lt", "Ikiprekybinis pirkimas: dirbtinio intelekto sprendimai mokesčių administravimui",
             "Mokslinių tyrimų ir plėtros paslaugos trimis etapais.", "73000000", True, "PCP"),
    Labelled("bg", "Предтърговски обществени поръчки за системи за ранно предупреждение при пожари",
             "Научноизследователски и развойни услуги на три етапа.", "73000000", True, "PCP"),
    Labelled("hr", "Partnerstvo za inovacije – električni putnički brodovi",
             "Razvoj i nabava plovila koja još nisu dostupna na tržištu.", "34500000", True,
             "innovation partnership", "innovation"),
    Labelled("sl", "Predkomercialno javno naročanje rešitev za samostojno življenje starejših",
             "Raziskave in razvoj novih storitev na domu.", "73000000", True, "PCP"),
    Labelled("et", "Innovatsioonipartnerlus: ilmastikukindlad kergliiklusteed",
             "Uute katendite arendus ja katsetamine.", "45233000", True, "innovation partnership", "innovation"),
    Labelled("lv", "Pirmskomercializācijas iepirkums viedajai ūdens uzskaitei",
             "Pētniecības un izstrādes pakalpojumi trīs posmos.", "73000000", True, "PCP"),
    Labelled("it", "Dialogo competitivo per una piattaforma di mobilità come servizio",
             "Il comune cerca soluzioni innovative per integrare trasporto pubblico e condiviso.", "72000000", True,
             "asks for innovative solutions", "comp-dial"),
    Labelled("en", "Innovation partnership for an autonomous passenger ferry",
             "Development of a crewless ferry followed by the purchase of the first vessel.", "34512000", True,
             "innovation partnership", "innovation"),
    Labelled("it", "Servizi di ricerca e sviluppo in ambito ferroviario",
             "Studi sperimentali su nuovi materiali per le traversine.", "73000000", True, "R&D services"),
    # Innovation the detector has no way to see: no procedure, code or words it knows.
    Labelled("fr", "Développement d'un prototype de capteur de qualité de l'eau",
             "Conception, fabrication et essais d'un capteur autonome pour les réseaux d'eau potable.", "38000000",
             True, "prototype development, said without the usual terms"),
    Labelled("en", "Design and trials of novel bridge inspection drones, phase 1 feasibility",
             "Phase 1 of a staged programme to develop drones able to inspect bridge bearings.", "71300000", True,
             "staged development, said without the usual terms"),
    # --- not innovation --------------------------------------------------------------------------------------
    Labelled("en", "Supply of office furniture", "Desks, chairs and storage for the new civic offices.", "39130000",
             False, "standard supplies"),
    Labelled("fr", "Travaux de réfection de la toiture du gymnase", "Remplacement de la couverture et de l'isolation.",
             "45261000", False, "routine works"),
    Labelled("de", "Reinigung von Verwaltungsgebäuden", "Unterhaltsreinigung von vier Gebäuden.", "90910000", False,
             "routine services"),
    Labelled("it", "Fornitura di carburante per autotrazione", "Gasolio e benzina per il parco mezzi comunale.",
             "09130000", False, "standard supplies"),
    Labelled("es", "Servicio de limpieza viaria", "Barrido y baldeo de calles del casco urbano.", "90610000", False,
             "routine services"),
    Labelled("nl", "Levering van kantoorartikelen", "Papier, pennen en toebehoren voor alle locaties.", "30190000",
             False, "standard supplies"),
    Labelled("pl", "Dostawa sprzętu komputerowego", "Laptopy i monitory dla szkół podstawowych.", "30200000", False,
             "standard supplies"),
    Labelled("en", "School catering services", "Healthy, varied and innovative menus for twelve primary schools.",
             "55524000", False, "catering; 'innovative menus' is not procurement of innovation"),
    Labelled("en", "Provision of IT services for the document management systems",
             "Maintenance and evolution of existing systems.", "72230000", False, "routine IT services"),
    Labelled("en", "Competitive dialogue for the redevelopment of the town hall site",
             "A public-private partnership to design, build and operate new civic offices.", "45210000", False,
             "a complex works contract, not innovation", "comp-dial"),
    Labelled("de", "Wartung der Heizungsanlagen", "Wartung und Störungsdienst für 30 Heizungsanlagen.", "50720000",
             False, "routine services"),
    Labelled("sv", "Snöröjning och halkbekämpning", "Vinterväghållning inom kommunens centralort.", "90620000", False,
             "routine services"),
    Labelled("fi", "Siivouspalvelut", "Kouluja päiväkotien ylläpitosiivous.", "90919200", False, "routine services"),
    Labelled("en", "Market research services for the tourism strategy",
             "Visitor surveys and analysis for the regional tourism board.", "79310000", False,
             "market research, not R&D"),
    Labelled("cs", "Dodávka elektrické energie", "Sdružená dodávka elektřiny pro budovy města.", "09310000", False,
             "standard supplies"),
    Labelled("pt", "Aquisição de viaturas ligeiras", "Cinco viaturas ligeiras de passageiros.", "34110000", False,
             "standard supplies"),
    Labelled("en", "Framework agreement for legal services", "Advice on employment and property law.", "79100000",
             False, "routine services"),
    Labelled("ro", "Servicii de pază", "Pază și protecție pentru sediul primăriei.", "79710000", False,
             "routine services"),
    Labelled("el", "Προμήθεια φαρμάκων", "Φάρμακα για το νοσοκομείο για δώδεκα μήνες.", "33600000", False,
             "standard supplies"),
    Labelled("en", "Supply of laboratory consumables",
             "Pipettes, gloves and reagents for the university's research and development laboratories.", "33696500",
             False, "consumables; R&D is only where they are used"),
    Labelled("fr", "Maintenance du logiciel de gestion financière", "Maintenance corrective et évolutive.", "72267000",
             False, "routine IT services"),
    Labelled("hu", "Irodaszer beszerzés", "Irodai papír és írószerek szállítása.", "30192000", False,
             "standard supplies"),
    Labelled("en", "Organisation of a conference on public procurement",
             "Venue, catering and interpretation for a two-day conference.", "79952000", False, "event services"),
    Labelled("en", "Highway resurfacing works", "Resurfacing of 12 km of the ring road in three lots.", "45233000",
             False, "routine works", "restricted"),
    Labelled("da", "Levering af frugt til skoler", "Økologisk frugt til kommunens skoler.", "03222000", False,
             "standard supplies"),
    Labelled("en", "Digital transformation consultancy", "Advice on moving council services online.", "72220000",
             False, "consultancy on known solutions"),
    Labelled("en", "Testing and certification of medical devices", "Conformity assessment of infusion pumps.",
             "71630000", False, "routine services"),
    Labelled("de", "Lieferung von Streusalz", "Auftausalz für den Winterdienst.", "34927100", False,
             "standard supplies"),
    Labelled("nl", "Onderhoud groenvoorziening", "Maaien en snoeien in de openbare ruimte.", "77310000", False,
             "routine services"),
]  # fmt: skip

MINIMAL_TITLE = b"Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)"
BT776 = (
    b'<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="innovative-acquisition">{code}'
    b"</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType><cac:MainCommodityClassification>"
)


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").encode()


def notice_xml(entry):
    """The eForms notice of one sample entry."""
    data = example("cn_24_minimal.xml")
    start = data.index(b'<cbc:Description languageID="ENG">Provision of IT services')
    description = data[start : data.index(b"</cbc:Description>", start) + len(b"</cbc:Description>")]
    language = LANGUAGE_CODES[entry.language].encode()
    new_description = b'<cbc:Description languageID="ENG">' + _escape(entry.description) + b"</cbc:Description>"
    data = data.replace(description, new_description).replace(MINIMAL_TITLE, _escape(entry.title))
    data = data.replace(b'languageID="ENG"', b'languageID="' + language + b'"')
    data = data.replace(b"<cbc:NoticeLanguageCode>ENG<", b"<cbc:NoticeLanguageCode>" + language + b"<")
    data = data.replace(b">72230000<", f">{entry.cpv}<".encode())
    data = data.replace(b">open</cbc:ProcedureCode>", f">{entry.procedure}</cbc:ProcedureCode>".encode())
    if entry.bt776:
        lot = data.rindex(b"<cac:MainCommodityClassification>")
        data = data[:lot] + BT776.replace(b"{code}", entry.bt776.encode()) + data[lot + 34 :]
    return data


def precision_recall():
    """(precision, recall, counts) of the detector on SAMPLE; counts = {"tp": …, "fp": …, "fn": …, "tn": …}."""
    from innoprocure.opportunities.importers.eforms import parse_notice

    counts = dict.fromkeys(("tp", "fp", "fn", "tn"), 0)
    for entry in SAMPLE:
        found = parse_notice(notice_xml(entry)).is_innovation
        counts[("t" if found == entry.innovation else "f") + ("p" if found else "n")] += 1
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return precision, recall, counts


# --- real notices -----------------------------------------------------------------------------------------------

REAL_LABELS = DATA_DIR / "innovation-labels-sdk-examples.csv"


def real_labels():
    """[(file, innovative, evidence, reason)] of the labelled real notices: every readable example notice of the
    eForms SDK (published notices, or notices built by the Publications Office in their shape), labelled by reading
    it — see docs/ted-import.md. `evidence` is "text" when the title, description and lots say what is bought, and
    "codes" when they are placeholders or unrelated text and the label rests on the coded fields (procedure, CPV,
    BT-776) a reader of the notice on TED would look at."""
    with REAL_LABELS.open(newline="", encoding="utf-8") as handle:
        return [(row["file"], row["innovative"] == "yes", row["evidence"], row["reason"]) for row in csv.DictReader(handle)]


def real_precision_recall(evidence=None):
    """(precision, recall, counts, mistakes) of the detector on the labelled real notices (or those whose label
    rests on `evidence`); mistakes = [(file, "wrongly flagged" | "missed", reason)]."""
    from innoprocure.opportunities.importers.eforms import parse_notice

    counts, mistakes = dict.fromkeys(("tp", "fp", "fn", "tn"), 0), []
    for name, innovative, kind, reason in real_labels():
        if evidence and kind != evidence:
            continue
        found = parse_notice(example(name), source=name).is_innovation
        counts[("t" if found == innovative else "f") + ("p" if found else "n")] += 1
        if found != innovative:
            mistakes.append((name, "wrongly flagged" if found else "missed", reason))
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return precision, recall, counts, mistakes
