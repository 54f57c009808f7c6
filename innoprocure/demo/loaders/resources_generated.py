# ruff: noqa: E501 - prose, one sentence per line
"""Demo resources built from structured facts — buyers, challenges, procedures — with varied sentences in eight
languages, so that the Resource Centre has a realistic spread without a hundred copies of one text.

Everything is deterministic: the same call returns the same entries, so the loader stays idempotent.
"""

import random
from datetime import date

from innoprocure.demo.loaders import resources_attachments as demo_attachments
from innoprocure.demo.loaders.resources_data import PLATFORM, entry

# (buyer, city, country code, kind) — fictional public buyers in fictional places, one per real country and kind,
# named in the language of the texts. Every generated entry is labelled "Illustrative example": nothing in it may be
# read as a fact about a real organisation.
BUYERS = {
    "en": [
        ("City of Tulpenmeer", "Tulpenmeer", "NL", "city"),
        ("City of Revontula", "Revontula", "FI", "city"),
        ("Montalvera City Council", "Montalvera", "ES", "city"),
        ("Alvorada do Mar City Council", "Alvorada do Mar", "PT", "city"),
        ("Tammeranna City Government", "Tammeranna", "EE", "city"),
        ("City of Almbrunn", "Almbrunn", "AT", "city"),
        ("City of Havnelund", "Havnelund", "DK", "city"),
        ("City of Scheldemonde", "Scheldemonde", "BE", "city"),
        ("City of Zelengrad", "Zelengrad", "SI", "city"),
        ("City of Wisłogród", "Wisłogród", "PL", "city"),
        ("Glenmarra City Council", "Glenmarra", "IE", "city"),
        ("City of Älvhamn", "Älvhamn", "SE", "city"),
        ("Dzintarpils City Council", "Dzintarpils", "LV", "city"),
        ("Gintarvilė City Municipality", "Gintarvilė", "LT", "city"),
        ("Vltavín City Municipality", "Vltavín", "CZ", "city"),
        ("City of Fjordvik", "Fjordvik", "NO", "city"),
        ("Valea Luminii City Hall", "Valea Luminii", "RO", "city"),
        ("Balkanovo Municipality", "Balkanovo", "BG", "city"),
        ("City of Jadransko Polje", "Jadransko Polje", "HR", "city"),
        ("Dunajská Zora City", "Dunajská Zora", "SK", "city"),
        ("Danubia Metropolitan Transport Centre", "Danubia", "HU", "transport authority"),
        ("Norrsken University Hospital", "Norrsken", "SE", "hospital"),
        ("Øresundsvig University Hospital", "Øresundsvig", "DK", "hospital"),
        ("Pohjantähti University Hospital", "Pohjantähti", "FI", "hospital"),
        ("Waalzicht University Medical Centre", "Waalzicht", "NL", "hospital"),
        ("Ħal Kittien General Hospital", "Ħal Kittien", "MT", "hospital"),
        ("Norrdal County Road Administration", "Norrdal", "SE", "road authority"),
        ("Glenmarra Roads Agency", "Glenmarra", "IE", "road authority"),
        ("Revontula Regional Purchasing Centre", "Revontula", "FI", "central purchasing body"),
        ("Almtal Joint Purchasing Agency", "Almbrunn", "AT", "central purchasing body"),
        ("City of Mosellange", "Mosellange", "LU", "city"),
        ("Ayia Limni Municipality", "Ayia Limni", "CY", "city"),
    ],
    "de": [
        ("Stadt Auenbrück", "Auenbrück", "DE", "city"),
        ("Stadt Murbrunn", "Murbrunn", "AT", "city"),
        ("Hansestadt Nordhaven", "Nordhaven", "DE", "city"),
        ("Universitätsklinikum Tannwald", "Tannwald", "DE", "hospital"),
        ("Stadt Alpenwil", "Alpenwil", "CH", "city"),
        ("Stadt Lindenbrunn", "Lindenbrunn", "AT", "city"),
    ],
    "fr": [
        ("Ville de Belrivage", "Belrivage", "FR", "city"),
        ("Métropole de Val-Lumière", "Val-Lumière", "FR", "city"),
        ("CHU de Sainte-Aurore", "Sainte-Aurore", "FR", "hospital"),
        ("Ville de Mosanville", "Mosanville", "BE", "city"),
        ("Ville de Mosellange", "Mosellange", "LU", "city"),
        ("Région Val-d'Aurore", "Sainte-Aurore", "FR", "region"),
    ],
    "es": [
        ("Ayuntamiento de Riberasol", "Riberasol", "ES", "city"),
        ("Hospital Universitario de Guadalmira", "Guadalmira", "ES", "hospital"),
        ("Ayuntamiento de Montalvera", "Montalvera", "ES", "city"),
        ("Gobierno Regional de Costaverde", "Costaverde", "ES", "region"),
        ("Ayuntamiento de Puertoalto", "Puertoalto", "ES", "city"),
        ("Ayuntamiento de Villaserena del Ebro", "Villaserena del Ebro", "ES", "city"),
    ],
    "it": [
        ("Comune di Borgoluce", "Borgoluce", "IT", "city"),
        ("Comune di Valfiorita", "Valfiorita", "IT", "city"),
        ("Azienda Ospedaliera di Montesereno", "Montesereno", "IT", "hospital"),
        ("Comune di Castelrondo", "Castelrondo", "IT", "city"),
        ("Regione Marelunga", "Portolungo", "IT", "region"),
        ("Comune di Pietrachiara", "Pietrachiara", "IT", "city"),
    ],
    "nl": [
        ("Gemeente Tulpenmeer", "Tulpenmeer", "NL", "city"),
        ("Gemeente Havenwaard", "Havenwaard", "NL", "city"),
        ("Stad Scheldemonde", "Scheldemonde", "BE", "city"),
        ("Provincie Heidedal", "Heidedal", "NL", "region"),
        ("Stad Leiemeer", "Leiemeer", "BE", "city"),
        ("Gemeente Grachtendal", "Grachtendal", "NL", "city"),
    ],
    "el": [
        ("Δήμος Ελαιόπολης", "Ελαιόπολη", "GR", "city"),
        ("Δήμος Λιμενούπολης", "Λιμενούπολη", "GR", "city"),
        ("Περιφέρεια Νήσων Αυγής", "Αυγή", "GR", "region"),
        ("Δήμος Πορτοκαλιάς", "Πορτοκαλιά", "CY", "city"),
        ("Δήμος Ανεμούπολης", "Ανεμούπολη", "GR", "city"),
        ("Δήμος Κυπαρισσοχωρίου", "Κυπαρισσοχώρι", "CY", "city"),
    ],
    "pt": [
        ("Câmara Municipal de Pedraluz", "Pedraluz", "PT", "city"),
        ("Serviços Partilhados de Saúde de Vale Dourado", "Vale Dourado", "PT", "hospital"),
        ("Câmara Municipal de Montesol", "Montesol", "PT", "city"),
        ("Câmara Municipal de Alvorada do Mar", "Alvorada do Mar", "PT", "city"),
        ("Câmara Municipal de Vila Serena", "Vila Serena", "PT", "city"),
        ("Câmara Municipal de Vale Dourado", "Vale Dourado", "PT", "city"),
    ],
}

# Challenges in every language. topic: a title phrase; problem: a noun phrase with its article, as the subject
# of a sentence; solution: a plural noun phrase usable as subject or object; benefit: a noun phrase.
CHALLENGES = [
    {
        "sectors": ["energy", "smart-cities"],
        "stages": ["market-engagement", "tender-design", "contract-management"],
        "tags": ["street lighting", "energy efficiency"],
        "en": (
            "adaptive street lighting",
            "the high energy use of street lighting",
            "LED lights that dim when nobody is around",
            "lower energy bills and darker skies",
        ),
        "de": (
            "Adaptive Straßenbeleuchtung",
            "der hohe Energieverbrauch der Straßenbeleuchtung",
            "LED-Leuchten, die sich bei leeren Straßen herunterdimmen",
            "niedrigere Energiekosten und weniger Lichtverschmutzung",
        ),
        "fr": (
            "Éclairage public adaptatif",
            "la forte consommation d'énergie de l'éclairage public",
            "des luminaires LED qui baissent d'intensité en l'absence de passants",
            "une facture d'énergie réduite et moins de pollution lumineuse",
        ),
        "es": (
            "Alumbrado público adaptativo",
            "el alto consumo energético del alumbrado público",
            "luminarias LED que se atenúan cuando no pasa nadie",
            "una factura energética menor y menos contaminación lumínica",
        ),
        "it": (
            "Illuminazione pubblica adattiva",
            "l'elevato consumo energetico dell'illuminazione pubblica",
            "lampioni LED che si abbassano quando non passa nessuno",
            "bollette più leggere e meno inquinamento luminoso",
        ),
        "nl": (
            "Slimme straatverlichting",
            "het hoge energieverbruik van de straatverlichting",
            "ledlampen die dimmen als er niemand op straat is",
            "een lagere energierekening en minder lichtvervuiling",
        ),
        "el": (
            "Έξυπνος οδοφωτισμός",
            "η υψηλή κατανάλωση ενέργειας του οδοφωτισμού",
            "φωτιστικά LED που χαμηλώνουν όταν δεν περνά κανείς",
            "χαμηλότερο ενεργειακό κόστος και λιγότερη φωτορύπανση",
        ),
        "pt": (
            "Iluminação pública adaptativa",
            "o elevado consumo de energia da iluminação pública",
            "luminárias LED que reduzem a intensidade quando não passa ninguém",
            "uma fatura de energia mais baixa e menos poluição luminosa",
        ),
    },
    {
        "sectors": ["mobility", "environment"],
        "stages": ["needs-assessment", "tender-design", "award"],
        "tags": ["electric buses", "zero emission"],
        "en": (
            "zero-emission buses",
            "the noise and exhaust of an ageing diesel bus fleet",
            "battery-electric buses with charging at the depot and at terminal stops",
            "cleaner air on busy corridors",
        ),
        "de": (
            "Emissionsfreie Busse",
            "der Lärm und die Abgase einer alternden Dieselbusflotte",
            "Elektrobusse mit Ladepunkten im Betriebshof und an Endhaltestellen",
            "sauberere Luft an stark befahrenen Straßen",
        ),
        "fr": (
            "Bus à zéro émission",
            "le bruit et les gaz d'échappement d'une flotte de bus diesel vieillissante",
            "des bus électriques rechargés au dépôt et aux terminus",
            "un air plus sain sur les axes très fréquentés",
        ),
        "es": (
            "Autobuses de cero emisiones",
            "el ruido y los gases de una flota de autobuses diésel envejecida",
            "autobuses eléctricos con carga en cocheras y en cabeceras de línea",
            "un aire más limpio en las calles con más tráfico",
        ),
        "it": (
            "Autobus a emissioni zero",
            "il rumore e lo scarico di una flotta di autobus diesel ormai vecchia",
            "autobus elettrici con ricarica in deposito e ai capolinea",
            "aria più pulita lungo le strade più trafficate",
        ),
        "nl": (
            "Emissievrije bussen",
            "het lawaai en de uitstoot van een verouderde dieselbusvloot",
            "elektrische bussen die laden in de stalling en bij eindhaltes",
            "schonere lucht langs drukke routes",
        ),
        "el": (
            "Λεωφορεία μηδενικών εκπομπών",
            "ο θόρυβος και τα καυσαέρια ενός γερασμένου στόλου λεωφορείων ντίζελ",
            "ηλεκτρικά λεωφορεία με φόρτιση στο αμαξοστάσιο και στις αφετηρίες",
            "καθαρότερος αέρας στους πολυσύχναστους δρόμους",
        ),
        "pt": (
            "Autocarros de emissões zero",
            "o ruído e os gases de uma frota de autocarros a gasóleo envelhecida",
            "autocarros elétricos com carregamento no parque e nos terminais",
            "ar mais limpo nas avenidas com mais tráfego",
        ),
    },
    {
        "sectors": ["health-care", "ict"],
        "stages": ["needs-assessment", "market-engagement", "contract-management"],
        "tags": ["telemonitoring", "chronic care"],
        "en": (
            "remote monitoring of chronic patients",
            "the growing number of patients with heart failure who are readmitted to hospital",
            "home monitoring kits that alert a nurse when symptoms worsen",
            "fewer readmissions and more time at home",
        ),
        "de": (
            "Telemonitoring für chronisch Kranke",
            "die steigende Zahl von Herzinsuffizienz-Patienten, die erneut ins Krankenhaus müssen",
            "Messgeräte für zu Hause, die bei einer Verschlechterung das Pflegeteam alarmieren",
            "weniger Wiederaufnahmen und mehr Zeit zu Hause",
        ),
        "fr": (
            "Télésurveillance des patients chroniques",
            "le nombre croissant de patients insuffisants cardiaques réhospitalisés",
            "des kits de suivi à domicile qui alertent l'infirmière en cas d'aggravation",
            "moins de réhospitalisations et plus de temps à la maison",
        ),
        "es": (
            "Telemonitorización de pacientes crónicos",
            "el número creciente de pacientes con insuficiencia cardiaca que reingresan",
            "kits de seguimiento en casa que avisan a enfermería si empeoran los síntomas",
            "menos reingresos y más tiempo en casa",
        ),
        "it": (
            "Telemonitoraggio dei pazienti cronici",
            "il numero crescente di pazienti con scompenso cardiaco che tornano in ospedale",
            "kit di monitoraggio domiciliare che avvisano l'infermiere quando i sintomi peggiorano",
            "meno ricoveri ripetuti e più tempo a casa",
        ),
        "nl": (
            "Thuismonitoring van chronische patiënten",
            "het groeiende aantal hartfalenpatiënten dat opnieuw wordt opgenomen",
            "meetsets voor thuis die de verpleegkundige waarschuwen als klachten toenemen",
            "minder heropnames en meer tijd thuis",
        ),
        "el": (
            "Τηλεπαρακολούθηση χρόνιων ασθενών",
            "ο αυξανόμενος αριθμός ασθενών με καρδιακή ανεπάρκεια που επανεισάγονται στο νοσοκομείο",
            "συσκευές παρακολούθησης στο σπίτι που ειδοποιούν τη νοσηλεύτρια όταν τα συμπτώματα χειροτερεύουν",
            "λιγότερες επανεισαγωγές και περισσότερος χρόνος στο σπίτι",
        ),
        "pt": (
            "Telemonitorização de doentes crónicos",
            "o número crescente de doentes com insuficiência cardíaca que voltam a ser internados",
            "kits de monitorização em casa que alertam a enfermagem quando os sintomas pioram",
            "menos reinternamentos e mais tempo em casa",
        ),
    },
    {
        "sectors": ["construction", "energy", "education"],
        "stages": ["needs-assessment", "tender-design", "award", "impact"],
        "tags": ["renovation", "schools", "energy efficiency"],
        "en": (
            "deep renovation of school buildings",
            "the poor insulation and stuffy classrooms of post-war school buildings",
            "prefabricated façade and ventilation modules fitted during the holidays",
            "comfortable classrooms and much lower heating costs",
        ),
        "de": (
            "Sanierung von Schulgebäuden",
            "die schlechte Dämmung und die stickigen Klassenzimmer der Nachkriegsschulen",
            "vorgefertigte Fassaden- und Lüftungsmodule, die in den Ferien montiert werden",
            "angenehme Klassenräume und deutlich geringere Heizkosten",
        ),
        "fr": (
            "Rénovation des bâtiments scolaires",
            "la mauvaise isolation et l'air confiné des écoles de l'après-guerre",
            "des modules de façade et de ventilation préfabriqués posés pendant les vacances",
            "des salles de classe confortables et des coûts de chauffage bien plus bas",
        ),
        "es": (
            "Rehabilitación de edificios escolares",
            "el mal aislamiento y el aire viciado de las escuelas de posguerra",
            "módulos prefabricados de fachada y ventilación instalados en vacaciones",
            "aulas confortables y un gasto en calefacción mucho menor",
        ),
        "it": (
            "Riqualificazione degli edifici scolastici",
            "lo scarso isolamento e l'aria viziata delle scuole del dopoguerra",
            "moduli prefabbricati di facciata e ventilazione montati durante le vacanze",
            "aule confortevoli e costi di riscaldamento molto più bassi",
        ),
        "nl": (
            "Renovatie van schoolgebouwen",
            "de slechte isolatie en benauwde lokalen van naoorlogse scholen",
            "geprefabriceerde gevel- en ventilatiemodules die in de vakantie worden geplaatst",
            "prettige klaslokalen en veel lagere stookkosten",
        ),
        "el": (
            "Ανακαίνιση σχολικών κτιρίων",
            "η κακή μόνωση και ο αποπνικτικός αέρας στα μεταπολεμικά σχολεία",
            "προκατασκευασμένα στοιχεία πρόσοψης και αερισμού που τοποθετούνται στις διακοπές",
            "άνετες αίθουσες και πολύ χαμηλότερο κόστος θέρμανσης",
        ),
        "pt": (
            "Reabilitação de edifícios escolares",
            "o mau isolamento e o ar abafado das escolas do pós-guerra",
            "módulos pré-fabricados de fachada e ventilação instalados nas férias",
            "salas de aula confortáveis e custos de aquecimento muito mais baixos",
        ),
    },
    {
        "sectors": ["food", "environment", "education"],
        "stages": ["needs-assessment", "market-engagement", "tender-design"],
        "tags": ["school meals", "food waste"],
        "en": (
            "school meals with less waste",
            "the large share of school meals that ends up in the bin",
            "catering services that plan portions with pupils and track leftovers",
            "less food waste and meals children actually eat",
        ),
        "de": (
            "Schulessen mit weniger Abfall",
            "der große Anteil des Schulessens, der im Müll landet",
            "Caterer, die Portionen mit den Kindern planen und Reste messen",
            "weniger Lebensmittelabfall und Essen, das den Kindern schmeckt",
        ),
        "fr": (
            "Cantines scolaires anti-gaspillage",
            "la grande part des repas scolaires qui finit à la poubelle",
            "des prestataires qui adaptent les portions avec les élèves et mesurent les restes",
            "moins de gaspillage et des repas que les enfants mangent vraiment",
        ),
        "es": (
            "Comedores escolares sin desperdicio",
            "la gran parte de los menús escolares que acaba en la basura",
            "servicios de comedor que planifican raciones con el alumnado y miden las sobras",
            "menos desperdicio y comidas que los niños sí comen",
        ),
        "it": (
            "Mense scolastiche senza sprechi",
            "la grande quota dei pasti scolastici che finisce nella spazzatura",
            "servizi di ristorazione che definiscono le porzioni con gli alunni e misurano gli avanzi",
            "meno spreco e pasti che i bambini mangiano davvero",
        ),
        "nl": (
            "Schoolmaaltijden zonder verspilling",
            "het grote deel van de schoolmaaltijden dat in de afvalbak verdwijnt",
            "cateraars die porties met leerlingen afstemmen en restjes meten",
            "minder voedselverspilling en maaltijden die kinderen echt opeten",
        ),
        "el": (
            "Σχολικά γεύματα χωρίς σπατάλη",
            "το μεγάλο μέρος των σχολικών γευμάτων που καταλήγει στα σκουπίδια",
            "υπηρεσίες εστίασης που σχεδιάζουν τις μερίδες με τους μαθητές και μετρούν τα υπολείμματα",
            "λιγότερη σπατάλη τροφίμων και γεύματα που τα παιδιά τρώνε",
        ),
        "pt": (
            "Refeições escolares sem desperdício",
            "a grande parte das refeições escolares que acaba no lixo",
            "serviços de refeições que ajustam as porções com os alunos e medem as sobras",
            "menos desperdício e refeições que as crianças comem mesmo",
        ),
    },
    {
        "sectors": ["water", "smart-cities"],
        "stages": ["market-engagement", "tender-design", "contract-management"],
        "tags": ["leak detection", "water networks"],
        "en": (
            "leak detection in drinking water networks",
            "the water lost through leaks in old pipes",
            "acoustic sensors and data analytics that locate leaks before they surface",
            "less water lost and fewer emergency repairs",
        ),
        "de": (
            "Leckortung im Trinkwassernetz",
            "der Wasserverlust durch undichte alte Leitungen",
            "akustische Sensoren und Datenanalysen, die Lecks finden, bevor sie sichtbar werden",
            "weniger Wasserverluste und weniger Notreparaturen",
        ),
        "fr": (
            "Détection des fuites dans les réseaux d'eau potable",
            "l'eau perdue par les fuites des vieilles canalisations",
            "des capteurs acoustiques et des analyses de données qui localisent les fuites avant qu'elles n'apparaissent",
            "moins d'eau perdue et moins de réparations d'urgence",
        ),
        "es": (
            "Detección de fugas en redes de agua potable",
            "el agua que se pierde por las fugas de tuberías antiguas",
            "sensores acústicos y analítica de datos que localizan las fugas antes de que afloren",
            "menos agua perdida y menos reparaciones urgentes",
        ),
        "it": (
            "Ricerca perdite nelle reti idriche",
            "l'acqua persa dalle perdite delle vecchie tubature",
            "sensori acustici e analisi dei dati che localizzano le perdite prima che affiorino",
            "meno acqua dispersa e meno riparazioni d'urgenza",
        ),
        "nl": (
            "Lekdetectie in drinkwaternetten",
            "het water dat weglekt uit oude leidingen",
            "akoestische sensoren en data-analyse die lekken vinden voordat ze zichtbaar worden",
            "minder waterverlies en minder spoedreparaties",
        ),
        "el": (
            "Εντοπισμός διαρροών στο δίκτυο ύδρευσης",
            "το νερό που χάνεται από διαρροές στους παλιούς αγωγούς",
            "ακουστικοί αισθητήρες και ανάλυση δεδομένων που εντοπίζουν τις διαρροές πριν φανούν",
            "λιγότερες απώλειες νερού και λιγότερες έκτακτες επισκευές",
        ),
        "pt": (
            "Deteção de fugas nas redes de água",
            "a água perdida em fugas nas condutas antigas",
            "sensores acústicos e análise de dados que localizam as fugas antes de aparecerem",
            "menos água perdida e menos reparações de urgência",
        ),
    },
    {
        "sectors": ["public-administration", "ict"],
        "stages": ["needs-assessment", "market-engagement", "award"],
        "tags": ["digital services", "citizen services"],
        "en": (
            "simpler digital services for residents",
            "the long queues and paper forms at the service desk",
            "online services designed and tested with residents in short cycles",
            "shorter waiting times and fewer forms",
        ),
        "de": (
            "Einfachere digitale Bürgerdienste",
            "die langen Warteschlangen und Papierformulare im Bürgerbüro",
            "Online-Dienste, die in kurzen Zyklen mit Bürgerinnen und Bürgern entwickelt und getestet werden",
            "kürzere Wartezeiten und weniger Formulare",
        ),
        "fr": (
            "Des services numériques plus simples",
            "les longues files d'attente et les formulaires papier au guichet",
            "des services en ligne conçus et testés avec les habitants par cycles courts",
            "moins d'attente et moins de formulaires",
        ),
        "es": (
            "Servicios digitales más sencillos",
            "las largas colas y los formularios en papel en las oficinas de atención",
            "servicios en línea diseñados y probados con la ciudadanía en ciclos cortos",
            "menos esperas y menos formularios",
        ),
        "it": (
            "Servizi digitali più semplici",
            "le lunghe code e i moduli cartacei allo sportello",
            "servizi online progettati e provati con i cittadini in cicli brevi",
            "attese più brevi e meno moduli",
        ),
        "nl": (
            "Eenvoudiger digitale dienstverlening",
            "de lange wachtrijen en papieren formulieren aan de balie",
            "onlinediensten die in korte rondes met inwoners worden ontworpen en getest",
            "kortere wachttijden en minder formulieren",
        ),
        "el": (
            "Απλούστερες ψηφιακές υπηρεσίες",
            "οι μεγάλες ουρές και τα έντυπα στα γκισέ εξυπηρέτησης",
            "ηλεκτρονικές υπηρεσίες που σχεδιάζονται και δοκιμάζονται με τους πολίτες σε σύντομους κύκλους",
            "λιγότερη αναμονή και λιγότερα έντυπα",
        ),
        "pt": (
            "Serviços digitais mais simples",
            "as longas filas e os formulários em papel no balcão de atendimento",
            "serviços online desenhados e testados com os munícipes em ciclos curtos",
            "menos tempo de espera e menos formulários",
        ),
    },
    {
        "sectors": ["environment", "smart-cities"],
        "stages": ["tender-design", "contract-management", "impact"],
        "tags": ["waste collection", "sensors"],
        "en": (
            "smarter waste collection",
            "the half-empty bins emptied on fixed rounds while others overflow",
            "fill-level sensors and route planning that send trucks only where they are needed",
            "fewer truck kilometres and cleaner streets",
        ),
        "de": (
            "Intelligente Abfallsammlung",
            "die halbleeren Tonnen, die nach festem Plan geleert werden, während andere überlaufen",
            "Füllstandssensoren und Tourenplanung, die Fahrzeuge nur dorthin schicken, wo es nötig ist",
            "weniger gefahrene Kilometer und sauberere Straßen",
        ),
        "fr": (
            "Une collecte des déchets plus intelligente",
            "les bacs à moitié vides vidés selon des tournées fixes pendant que d'autres débordent",
            "des capteurs de remplissage et une planification des tournées qui n'envoient les camions que là où il faut",
            "moins de kilomètres parcourus et des rues plus propres",
        ),
        "es": (
            "Recogida de residuos inteligente",
            "los contenedores medio vacíos que se recogen en rutas fijas mientras otros rebosan",
            "sensores de llenado y planificación de rutas que envían los camiones solo donde hace falta",
            "menos kilómetros recorridos y calles más limpias",
        ),
        "it": (
            "Raccolta dei rifiuti intelligente",
            "i cassonetti mezzi vuoti svuotati a giri fissi mentre altri traboccano",
            "sensori di riempimento e pianificazione dei percorsi che mandano i mezzi solo dove serve",
            "meno chilometri percorsi e strade più pulite",
        ),
        "nl": (
            "Slimmere afvalinzameling",
            "de halflege containers die volgens vaste rondes worden geleegd terwijl andere overlopen",
            "vulgraadsensoren en routeplanning die wagens alleen sturen waar het nodig is",
            "minder gereden kilometers en schonere straten",
        ),
        "el": (
            "Έξυπνη αποκομιδή απορριμμάτων",
            "οι μισοάδειοι κάδοι που αδειάζουν με σταθερά δρομολόγια ενώ άλλοι ξεχειλίζουν",
            "αισθητήρες πλήρωσης και σχεδιασμός διαδρομών που στέλνουν τα οχήματα μόνο όπου χρειάζεται",
            "λιγότερα χιλιόμετρα και καθαρότεροι δρόμοι",
        ),
        "pt": (
            "Recolha de resíduos inteligente",
            "os contentores meio vazios despejados em circuitos fixos enquanto outros transbordam",
            "sensores de enchimento e planeamento de rotas que enviam os camiões só onde é preciso",
            "menos quilómetros percorridos e ruas mais limpas",
        ),
    },
    {
        "sectors": ["security", "public-administration"],
        "stages": ["needs-assessment", "market-engagement", "tender-design"],
        "tags": ["emergency services", "firefighters"],
        "en": (
            "safer equipment for firefighters",
            "the heat stress and poor visibility firefighters face inside burning buildings",
            "protective suits with sensors that report body temperature and position to the commander",
            "fewer injuries and faster, better informed decisions",
        ),
        "de": (
            "Sicherere Ausrüstung für die Feuerwehr",
            "die Hitzebelastung und schlechte Sicht der Einsatzkräfte in brennenden Gebäuden",
            "Schutzanzüge mit Sensoren, die Körpertemperatur und Position an die Einsatzleitung melden",
            "weniger Verletzungen und schnellere, besser informierte Entscheidungen",
        ),
        "fr": (
            "Des équipements plus sûrs pour les pompiers",
            "le stress thermique et la mauvaise visibilité des pompiers dans les bâtiments en feu",
            "des tenues de protection à capteurs qui transmettent température corporelle et position au commandement",
            "moins de blessures et des décisions plus rapides et mieux informées",
        ),
        "es": (
            "Equipos más seguros para bomberos",
            "el estrés térmico y la escasa visibilidad de los bomberos dentro de edificios en llamas",
            "trajes de protección con sensores que envían la temperatura corporal y la posición al mando",
            "menos lesiones y decisiones más rápidas y mejor informadas",
        ),
        "it": (
            "Dotazioni più sicure per i vigili del fuoco",
            "lo stress termico e la scarsa visibilità dei vigili del fuoco negli edifici in fiamme",
            "tute protettive con sensori che trasmettono temperatura corporea e posizione al comando",
            "meno infortuni e decisioni più rapide e informate",
        ),
        "nl": (
            "Veiliger uitrusting voor brandweerlieden",
            "de hittestress en het slechte zicht van brandweerlieden in brandende gebouwen",
            "beschermende pakken met sensoren die lichaamstemperatuur en positie doorgeven aan de bevelvoerder",
            "minder letsel en snellere, beter geïnformeerde beslissingen",
        ),
        "el": (
            "Ασφαλέστερος εξοπλισμός για πυροσβέστες",
            "η θερμική καταπόνηση και η κακή ορατότητα των πυροσβεστών μέσα σε φλεγόμενα κτίρια",
            "στολές προστασίας με αισθητήρες που στέλνουν θερμοκρασία σώματος και θέση στον επικεφαλής",
            "λιγότεροι τραυματισμοί και ταχύτερες, καλύτερα τεκμηριωμένες αποφάσεις",
        ),
        "pt": (
            "Equipamento mais seguro para bombeiros",
            "o stress térmico e a fraca visibilidade dos bombeiros dentro de edifícios em chamas",
            "fatos de proteção com sensores que enviam a temperatura corporal e a posição ao comando",
            "menos lesões e decisões mais rápidas e mais bem informadas",
        ),
    },
    {
        "sectors": ["health-care", "construction"],
        "stages": ["needs-assessment", "tender-design", "contract-management"],
        "tags": ["hospitals", "infection prevention"],
        "en": (
            "cleaner air in operating theatres",
            "the risk of infections carried by air in older operating theatres",
            "ventilation systems paid for by the air quality they deliver",
            "fewer infections after surgery",
        ),
        "de": (
            "Saubere Luft im Operationssaal",
            "das Risiko luftgetragener Infektionen in älteren Operationssälen",
            "Lüftungsanlagen, die nach der gelieferten Luftqualität bezahlt werden",
            "weniger Infektionen nach Operationen",
        ),
        "fr": (
            "Un air plus sain au bloc opératoire",
            "le risque d'infections transmises par l'air dans les blocs opératoires anciens",
            "des systèmes de ventilation rémunérés selon la qualité d'air obtenue",
            "moins d'infections après une opération",
        ),
        "es": (
            "Aire más limpio en los quirófanos",
            "el riesgo de infecciones transmitidas por el aire en quirófanos antiguos",
            "sistemas de ventilación que se pagan según la calidad del aire que consiguen",
            "menos infecciones tras la cirugía",
        ),
        "it": (
            "Aria più pulita in sala operatoria",
            "il rischio di infezioni trasmesse per via aerea nelle sale operatorie più vecchie",
            "impianti di ventilazione pagati in base alla qualità dell'aria ottenuta",
            "meno infezioni dopo gli interventi",
        ),
        "nl": (
            "Schonere lucht in de operatiekamer",
            "het risico op infecties via de lucht in oudere operatiekamers",
            "ventilatiesystemen die worden betaald naar de luchtkwaliteit die ze leveren",
            "minder infecties na operaties",
        ),
        "el": (
            "Καθαρότερος αέρας στα χειρουργεία",
            "ο κίνδυνος αερογενών λοιμώξεων στα παλαιότερα χειρουργεία",
            "συστήματα αερισμού που πληρώνονται με βάση την ποιότητα αέρα που εξασφαλίζουν",
            "λιγότερες λοιμώξεις μετά από χειρουργικές επεμβάσεις",
        ),
        "pt": (
            "Ar mais limpo nos blocos operatórios",
            "o risco de infeções transmitidas pelo ar em blocos operatórios antigos",
            "sistemas de ventilação pagos pela qualidade do ar que garantem",
            "menos infeções depois das cirurgias",
        ),
    },
]

# Further challenges written in English only.
CHALLENGES_EN = [
    {
        "sectors": ["space", "environment"],
        "stages": ["market-engagement", "tender-design", "contract-management"],
        "tags": ["earth observation", "climate adaptation"],
        "en": (
            "satellite monitoring of ground movement",
            "the slow subsidence that damages dikes, roads and buildings",
            "radar satellite services that map ground movement every few days",
            "early warnings before damage becomes expensive",
        ),
    },
    {
        "sectors": ["textiles", "environment"],
        "stages": ["needs-assessment", "tender-design", "contract-management"],
        "tags": ["circular economy", "workwear"],
        "en": (
            "circular workwear",
            "the tonnes of uniforms and workwear thrown away every year",
            "workwear leased as a service, repaired and finally recycled into new fibre",
            "less textile waste and lower costs per wearer",
        ),
    },
    {
        "sectors": ["education", "ict"],
        "stages": ["needs-assessment", "market-engagement", "award"],
        "tags": ["digital learning", "schools"],
        "en": (
            "adaptive learning software for schools",
            "the wide gap in mathematics between pupils in the same class",
            "learning software that adapts exercises to each pupil and gives teachers an overview",
            "more time for teachers to help those who need it",
        ),
    },
    {
        "sectors": ["smart-cities", "mobility"],
        "stages": ["market-engagement", "tender-design", "impact"],
        "tags": ["parking", "traffic"],
        "en": (
            "real-time parking information",
            "the traffic caused by drivers circling in search of a parking space",
            "sensors and apps that show free spaces in real time",
            "less circling traffic in the centre",
        ),
    },
    {
        "sectors": ["security", "ict"],
        "stages": ["needs-assessment", "tender-design", "award"],
        "tags": ["cybersecurity", "municipalities"],
        "en": (
            "cybersecurity for small municipalities",
            "the ransomware attacks that have paralysed town halls without their own security staff",
            "shared security operation services that watch the networks of several municipalities",
            "faster detection of attacks at a cost small towns can bear",
        ),
    },
    {
        "sectors": ["food", "health-care"],
        "stages": ["needs-assessment", "market-engagement", "tender-design"],
        "tags": ["hospital food", "nutrition"],
        "en": (
            "better food for hospital patients",
            "the malnutrition of older patients during long hospital stays",
            "meal services that let patients choose and track what they eat",
            "patients who recover strength sooner",
        ),
    },
]

APPROACHES = ["ppi", "pcp", "both", "ppi", "other", "ppi", "pcp"]

# Per language: words and sentence patterns. Placeholders: buyer, city, topic, Topic, problem, solution, benefit,
# year, approach, procedure, n.
LANG = {
    "en": {
        "approach": {
            "ppi": "public procurement of innovative solutions",
            "pcp": "pre-commercial procurement",
            "both": "a PCP followed by a PPI",
            "other": "a challenge-based procurement",
        },
        "procedures": [
            "a competitive procedure with negotiation",
            "an innovation partnership",
            "a competitive dialogue",
            "an open procedure with functional requirements",
            "a design contest followed by negotiation",
        ],
        "consultation": [
            "an open information day",
            "one-to-one meetings with a fixed agenda",
            "a written market survey",
            "a reverse pitch",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {topic} through {approach}",
                "How {buyer} procured {topic}",
                "{city} pilots {topic}",
                "Lessons from {city} on buying {topic}",
            ],
            "guidance": [
                "Buying {topic}: a practical guide",
                "Procuring {topic}: questions to ask before you tender",
                "A buyer's guide to {topic}",
            ],
            "report": [
                "{Topic} in public procurement: market review {year}",
                "The market for {topic}: what public buyers can expect ({year})",
                "State of play: {topic} in European cities",
            ],
            "tool": [
                "Specification template for {topic}",
                "Checklist: outcome-based requirements for {topic}",
                "Evaluation grid for tenders on {topic}",
            ],
            "training": [
                "Workshop kit: procuring {topic}",
                "Webinar recording: {topic} from need to contract",
                "Case exercise: {topic}",
            ],
            "policy": ["{city}'s roadmap for {topic}", "Procurement strategy for {topic} ({year}–{year_end})"],
            "project": ["Buyer group for {topic}", "Joint {approach_short} on {topic}"],
        },
        "summaries": {
            "case-study": [
                "{buyer} used {approach} to tackle {problem}. The aim: {benefit}.",
                "Faced with {problem}, {buyer} asked the market for {solution}.",
            ],
            "guidance": [
                "What public buyers should know before tendering for {topic}, drawing on the experience of {buyer}: the need, the market, the requirements and the contract.",
                "Practical advice, tested in {city}, for buyers who want {solution} and need a tender that lets new suppliers in.",
            ],
            "report": [
                "A {year} review of what suppliers offer for {topic}, what it costs over its life and where development is still needed.",
                "Based on interviews with buyers in {city} and elsewhere, the review maps the market for {topic} in {year}.",
            ],
            "tool": [
                "A ready-to-adapt template with functional requirements, award criteria and contract clauses for {topic}, first used by {buyer} in {year}.",
                "Use this tool from {city} to turn the need behind {topic} into requirements that suppliers can meet in different ways.",
            ],
            "training": [
                "Material for a half-day session in which procurement and service staff work through a tender for {topic}, based on a case from {city}.",
                "A {year} training on {topic} with a case from {buyer}, group exercises and model answers.",
            ],
            "policy": [
                "How {buyer} plans to use its purchasing power to address {problem} between {year} and {year_end}.",
                "The strategy of {buyer} sets targets and first tenders for {topic} until {year_end}.",
            ],
            "project": [
                "Public buyers from {n} countries, led by {buyer}, joined forces to address {problem} and procure {solution}.",
                "A joint procurement started in {year} in which several buyers share the cost and the risk of developing {solution}.",
            ],
        },
        "context": [
            "In {city}, {problem} had become a concern for residents and staff alike. Replacing like with like would not have changed much.",
            "For years {buyer} had lived with {problem}. When the old contract came to an end, the team decided to ask the market for something better.",
            "The starting point was not a product but a problem: {problem}.",
            "Many public buyers share the same difficulty: {problem}. Solutions exist, but they rarely fit the way public tenders are written.",
        ],
        "market": [
            "Before writing the tender the team organised {consultation}. {n} companies took part, several of them small firms that had never bid for a public contract.",
            "A market consultation showed that {solution} were available or close to it, but no supplier had yet tested them at this scale.",
            "Talking to suppliers early changed the plan: requirements that would have excluded newer solutions were dropped, and the contract length was adapted to the investment suppliers had to make.",
        ],
        "procedure": [
            "The buyer chose {procedure} and described the required performance instead of a product. Quality counted for more than half of the score.",
            "The tender asked for {solution} and scored bids on life-cycle cost, measured performance in a pilot and the supplier's plan for maintenance.",
            "Bidders could propose variants. The evaluation combined a written proposal, a demonstration and the total cost over ten years.",
        ],
        "result": [
            "The pilot started in {year}. The target is clear: {benefit}.",
            "First results are encouraging, and the contract allows the buyer to extend the solution to the rest of its services if the targets are met.",
            "Staff who use the solution every day were part of the evaluation team, which made the results easier to accept.",
        ],
        "lesson": [
            "The main lesson: involve the people who will use the solution from day one.",
            "Looking back, the team would plan more time for the pilot's evaluation and agree the baseline before the start.",
            "Other buyers can reuse the tender documents, which are attached to this page.",
        ],
        "guidance": [
            "Start with the need. Ask the people who use the service what problem they want solved, and agree how you will measure success.",
            "Talk to the market before fixing the requirements. Announce the consultation publicly and share the same information with everyone.",
            "Describe performance, not products: the requirement is {benefit}, not a particular technology.",
            "Give quality a real weight in the award and compare offers on their life-cycle cost.",
            "Plan the pilot, the indicators and the option to scale up in the contract itself.",
        ],
        "report": [
            "The review found that {solution} are offered by a growing number of suppliers, many of them small and medium-sized companies.",
            "Prices have fallen, but buyers still find it hard to compare offers because suppliers measure performance in different ways.",
            "The review recommends common performance indicators and joint market consultations among buyers with the same need.",
        ],
        "project": [
            "The partners share the cost of developing and testing {solution}, and each will pilot the results in its own services.",
            "A joint needs assessment showed that {problem} is common to all partners, and that together they form a market large enough to interest suppliers.",
        ],
    },
    "de": {
        "approach": {
            "ppi": "innovative Beschaffung (PPI)",
            "pcp": "vorkommerzielle Auftragsvergabe (PCP)",
            "both": "PCP und anschließende PPI",
            "other": "einen Innovationswettbewerb",
        },
        "procedures": [
            "Verhandlungsverfahren mit Teilnahmewettbewerb",
            "Innovationspartnerschaft",
            "wettbewerblicher Dialog",
            "offenes Verfahren mit funktionaler Leistungsbeschreibung",
        ],
        "consultation": [
            "einen offenen Informationstag",
            "Einzelgespräche mit einheitlicher Agenda",
            "eine schriftliche Marktabfrage",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {Topic} durch {approach}",
                "{Topic} in {city}: Erfahrungen aus der Beschaffung",
                "Praxisbeispiel {city}: {Topic}",
            ],
            "guidance": ["{Topic} beschaffen: ein Leitfaden", "Leitfaden für Beschaffungsstellen: {Topic}"],
            "report": ["Marktanalyse {year}: {Topic}", "{Topic} im öffentlichen Einkauf: Bestandsaufnahme {year}"],
            "tool": ["Mustervorlage Leistungsbeschreibung: {Topic}", "Bewertungsmatrix: {Topic}"],
            "training": ["Schulungsunterlagen: {Topic}", "Workshop: {Topic} von der Bedarfsanalyse bis zum Vertrag"],
            "policy": ["Beschaffungsstrategie {year}–{year_end}: {Topic}"],
            "project": ["Einkaufsgemeinschaft: {Topic}"],
        },
        "summaries": {
            "default": [
                "Ausgangspunkt in {city} war ein bekanntes Problem: {problem}. Gesucht wurden {solution}.",
                "Ziel der Beschaffung: {benefit}. Die Unterlage zeigt Schritt für Schritt, wie die Vergabestelle ({buyer}) vorgegangen ist.",
            ],
        },
        "context": [
            "In {city} war {problem} seit Jahren ein Thema.",
            "Das Problem war nicht neu: {problem}. Ein einfacher Ersatz der alten Lösung hätte daran wenig geändert.",
        ],
        "market": [
            "Vor der Ausschreibung organisierte die Vergabestelle {consultation}. {n} Unternehmen nahmen teil, darunter mehrere junge Firmen.",
            "Die Markterkundung zeigte, dass {solution} bereits angeboten werden, aber noch selten in diesem Umfang erprobt sind.",
        ],
        "procedure": [
            "Gewählt wurde folgendes Verfahren: {procedure}. Beschrieben wurde die gewünschte Leistung, nicht ein bestimmtes Produkt.",
            "Die Zuschlagskriterien gewichteten Qualität und Lebenszykluskosten stärker als den Anschaffungspreis.",
        ],
        "result": [
            "Die Erprobung begann {year}. Das Ziel: {benefit}.",
            "Die Beschäftigten, die täglich mit der Lösung arbeiten, waren an der Bewertung beteiligt.",
        ],
    },
    "fr": {
        "approach": {
            "ppi": "un achat de solutions innovantes",
            "pcp": "un achat public avant commercialisation",
            "both": "un achat avant commercialisation suivi d'un achat innovant",
            "other": "un concours d'innovation",
        },
        "procedures": [
            "la procédure avec négociation",
            "le partenariat d'innovation",
            "le dialogue compétitif",
            "l'appel d'offres ouvert avec des exigences fonctionnelles",
        ],
        "consultation": [
            "une journée d'information ouverte",
            "des rencontres individuelles avec un ordre du jour commun",
            "un questionnaire écrit",
        ],
        "titles": {
            "case-study": [
                "{buyer} : {topic_lc} grâce à {approach}",
                "{Topic} : l'expérience de {city}",
                "Retour d'expérience à {city} : {topic_lc}",
            ],
            "guidance": ["Guide pratique : {topic_lc}", "Guide de l'acheteur : {topic_lc}"],
            "report": ["Étude de marché {year} : {topic_lc}", "{Topic} dans la commande publique : état des lieux {year}"],
            "tool": ["Modèle de cahier des charges : {topic_lc}", "Grille d'évaluation des offres : {topic_lc}"],
            "training": ["Kit de formation : {topic_lc}", "Atelier : {topic_lc}, du besoin au contrat"],
            "policy": ["Stratégie d'achat {year}–{year_end} : {topic_lc}"],
            "project": ["Groupement d'acheteurs : {topic_lc}"],
        },
        "summaries": {
            "default": [
                "Le point de départ à {city} : {problem}. L'acheteur a recherché {solution}.",
                "L'objectif : {benefit}. Ce document montre comment l'acheteur ({buyer}) a procédé, étape par étape.",
            ],
        },
        "context": [
            "À {city}, un problème revenait sans cesse : {problem}.",
            "Remplacer l'ancienne solution à l'identique n'aurait rien changé au problème principal : {problem}.",
        ],
        "market": [
            "Avant la consultation, l'acheteur a organisé {consultation}. {n} entreprises y ont participé, dont plusieurs jeunes pousses.",
            "Le sourçage a montré que des solutions existaient déjà : {solution}. Elles n'avaient toutefois jamais été testées à cette échelle.",
        ],
        "procedure": [
            "La procédure retenue : {procedure}. Le cahier des charges décrivait la performance attendue et non un produit.",
            "Les critères d'attribution donnaient plus de poids à la qualité et au coût du cycle de vie qu'au prix d'achat.",
        ],
        "result": [
            "L'expérimentation a commencé en {year}. L'objectif : {benefit}.",
            "Les agents qui utilisent la solution au quotidien ont participé à l'évaluation.",
        ],
    },
    "es": {
        "approach": {
            "ppi": "compra pública de tecnología innovadora",
            "pcp": "compra pública precomercial",
            "both": "compra precomercial seguida de compra de tecnología innovadora",
            "other": "un reto de innovación abierta",
        },
        "procedures": [
            "el procedimiento con negociación",
            "la asociación para la innovación",
            "el diálogo competitivo",
            "el procedimiento abierto con requisitos funcionales",
        ],
        "consultation": [
            "una jornada informativa abierta",
            "reuniones individuales con un orden del día común",
            "un cuestionario escrito",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {topic_lc} mediante {approach}",
                "{Topic}: la experiencia de {city}",
                "Caso práctico en {city}: {topic_lc}",
            ],
            "guidance": ["Cómo contratar {topic_lc}: guía práctica", "Guía para órganos de contratación: {topic_lc}"],
            "report": ["Análisis de mercado {year}: {topic_lc}", "{Topic} en la contratación pública: situación en {year}"],
            "tool": ["Modelo de pliego: {topic_lc}", "Matriz de evaluación de ofertas: {topic_lc}"],
            "training": ["Material formativo: {topic_lc}", "Taller: {topic_lc}, de la necesidad al contrato"],
            "policy": ["Estrategia de compra {year}–{year_end}: {topic_lc}"],
            "project": ["Grupo de compradores: {topic_lc}"],
        },
        "summaries": {
            "default": [
                "El punto de partida en {city}: {problem}. El comprador buscó {solution}.",
                "El objetivo: {benefit}. El documento explica paso a paso cómo actuó el órgano de contratación ({buyer}).",
            ],
        },
        "context": [
            "En {city}, un problema se repetía año tras año: {problem}.",
            "Sustituir la solución antigua por otra igual no habría resuelto lo principal: {problem}.",
        ],
        "market": [
            "Antes de licitar, el comprador organizó {consultation}. Participaron {n} empresas, varias de ellas startups.",
            "La consulta preliminar del mercado mostró que ya existían soluciones: {solution}. Sin embargo, nunca se habían probado a esta escala.",
        ],
        "procedure": [
            "El procedimiento elegido: {procedure}. El pliego describía el rendimiento esperado y no un producto concreto.",
            "Los criterios de adjudicación daban más peso a la calidad y al coste del ciclo de vida que al precio de compra.",
        ],
        "result": [
            "El piloto comenzó en {year}. El objetivo: {benefit}.",
            "El personal que usa la solución a diario participó en la evaluación.",
        ],
    },
    "it": {
        "approach": {
            "ppi": "un appalto di soluzioni innovative",
            "pcp": "un appalto pre-commerciale",
            "both": "un appalto pre-commerciale seguito da un appalto innovativo",
            "other": "una sfida di innovazione aperta",
        },
        "procedures": [
            "la procedura competitiva con negoziazione",
            "il partenariato per l'innovazione",
            "il dialogo competitivo",
            "la procedura aperta con requisiti funzionali",
        ],
        "consultation": [
            "una giornata informativa aperta",
            "incontri individuali con un ordine del giorno comune",
            "un questionario scritto",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {topic_lc} con {approach}",
                "{Topic}: l'esperienza di {city}",
                "Caso di studio a {city}: {topic_lc}",
            ],
            "guidance": ["Acquistare {topic_lc}: guida pratica", "Guida per le stazioni appaltanti: {topic_lc}"],
            "report": ["Analisi di mercato {year}: {topic_lc}", "{Topic} negli appalti pubblici: il quadro nel {year}"],
            "tool": ["Modello di capitolato: {topic_lc}", "Griglia di valutazione delle offerte: {topic_lc}"],
            "training": ["Materiale formativo: {topic_lc}", "Laboratorio: {topic_lc}, dal fabbisogno al contratto"],
            "policy": ["Strategia di acquisto {year}–{year_end}: {topic_lc}"],
            "project": ["Gruppo di acquirenti: {topic_lc}"],
        },
        "summaries": {
            "default": [
                "Il punto di partenza a {city}: {problem}. L'amministrazione ha cercato {solution}.",
                "L'obiettivo: {benefit}. Il documento spiega passo per passo come ha operato l'amministrazione ({buyer}).",
            ],
        },
        "context": [
            "A {city} un problema si ripresentava ogni anno: {problem}.",
            "Sostituire la vecchia soluzione con una uguale non avrebbe risolto il problema principale: {problem}.",
        ],
        "market": [
            "Prima della gara l'amministrazione ha organizzato {consultation}. Hanno partecipato {n} imprese, tra cui diverse startup.",
            "La consultazione preliminare di mercato ha mostrato che esistevano già soluzioni: {solution}. Non erano però mai state provate su questa scala.",
        ],
        "procedure": [
            "La procedura scelta: {procedure}. Il capitolato descriveva le prestazioni attese e non un prodotto.",
            "I criteri di aggiudicazione davano più peso alla qualità e al costo del ciclo di vita che al prezzo d'acquisto.",
        ],
        "result": [
            "La sperimentazione è iniziata nel {year}. L'obiettivo: {benefit}.",
            "Il personale che usa la soluzione ogni giorno ha partecipato alla valutazione.",
        ],
    },
    "nl": {
        "approach": {
            "ppi": "innovatiegericht inkopen",
            "pcp": "precommercieel inkopen",
            "both": "precommercieel inkopen gevolgd door innovatiegericht inkopen",
            "other": "een open innovatie-uitdaging",
        },
        "procedures": [
            "de mededingingsprocedure met onderhandeling",
            "het innovatiepartnerschap",
            "de concurrentiegerichte dialoog",
            "de openbare procedure met functionele eisen",
        ],
        "consultation": [
            "een open informatiebijeenkomst",
            "een-op-eengesprekken met een vaste agenda",
            "een schriftelijke marktverkenning",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {topic_lc} via {approach}",
                "{Topic}: de ervaring van {city}",
                "Praktijkvoorbeeld {city}: {topic_lc}",
            ],
            "guidance": ["{Topic} inkopen: een handreiking", "Handreiking voor inkopers: {topic_lc}"],
            "report": ["Marktanalyse {year}: {topic_lc}", "{Topic} bij overheidsinkoop: de stand van zaken in {year}"],
            "tool": ["Model programma van eisen: {topic_lc}", "Beoordelingsmatrix voor inschrijvingen: {topic_lc}"],
            "training": ["Trainingsmateriaal: {topic_lc}", "Workshop: {topic_lc}, van behoefte tot contract"],
            "policy": ["Inkoopstrategie {year}–{year_end}: {topic_lc}"],
            "project": ["Inkoopcombinatie: {topic_lc}"],
        },
        "summaries": {
            "default": [
                "Het vertrekpunt in {city}: {problem}. De inkoper zocht {solution}.",
                "Het doel: {benefit}. Het document laat stap voor stap zien hoe de aanbestedende dienst ({buyer}) te werk ging.",
            ],
        },
        "context": [
            "In {city} speelde al jaren hetzelfde probleem: {problem}.",
            "De oude oplossing één op één vervangen zou het kernprobleem niet hebben opgelost: {problem}.",
        ],
        "market": [
            "Voor de aanbesteding organiseerde de inkoper {consultation}. Er deden {n} bedrijven mee, waaronder enkele start-ups.",
            "De marktconsultatie liet zien dat er al oplossingen bestonden: {solution}. Ze waren alleen nog nooit op deze schaal getest.",
        ],
        "procedure": [
            "De gekozen procedure: {procedure}. De uitvraag beschreef de gewenste prestatie en geen product.",
            "De gunningscriteria wogen kwaliteit en levensduurkosten zwaarder dan de aanschafprijs.",
        ],
        "result": [
            "De pilot begon in {year}. Het doel: {benefit}.",
            "Medewerkers die dagelijks met de oplossing werken, beoordeelden mee.",
        ],
    },
    "el": {
        "approach": {
            "ppi": "δημόσια προμήθεια καινοτόμων λύσεων",
            "pcp": "προεμπορική προμήθεια",
            "both": "προεμπορική προμήθεια και στη συνέχεια προμήθεια καινοτόμων λύσεων",
            "other": "ανοιχτός διαγωνισμός καινοτομίας",
        },
        "procedures": [
            "ανταγωνιστική διαδικασία με διαπραγμάτευση",
            "σύμπραξη καινοτομίας",
            "ανταγωνιστικός διάλογος",
            "ανοικτή διαδικασία με λειτουργικές προδιαγραφές",
        ],
        "consultation": ["μια ανοιχτή ενημερωτική ημερίδα", "ατομικές συναντήσεις με κοινή ατζέντα", "ένα γραπτό ερωτηματολόγιο"],
        "titles": {
            "case-study": [
                "{buyer}: {topic_lc}",
                "{Topic}: η εμπειρία της πόλης {city}",
                "Μελέτη περίπτωσης ({city}): {topic_lc}",
            ],
            "guidance": ["Οδηγός προμήθειας: {topic_lc}", "Πρακτικός οδηγός για αναθέτουσες αρχές: {topic_lc}"],
            "report": ["Ανάλυση αγοράς {year}: {topic_lc}", "{Topic} στις δημόσιες προμήθειες: η κατάσταση το {year}"],
            "tool": ["Υπόδειγμα τεχνικών προδιαγραφών: {topic_lc}", "Πίνακας αξιολόγησης προσφορών: {topic_lc}"],
            "training": ["Εκπαιδευτικό υλικό: {topic_lc}", "Εργαστήριο: {topic_lc}, από την ανάγκη στη σύμβαση"],
            "policy": ["Στρατηγική προμηθειών {year}–{year_end}: {topic_lc}"],
            "project": ["Ομάδα αγοραστών: {topic_lc}"],
        },
        "summaries": {
            "default": [
                "Αφετηρία ({city}): {problem}. Ζητούμενο: {solution}.",
                "Στόχος: {benefit}. Το έγγραφο εξηγεί βήμα προς βήμα πώς εργάστηκε ο φορέας {buyer}.",
            ],
        },
        "context": [
            "Στην πόλη {city} ένα πρόβλημα επανερχόταν κάθε χρόνο: {problem}.",
            "Η απλή αντικατάσταση της παλιάς λύσης δεν θα έλυνε το βασικό πρόβλημα: {problem}.",
        ],
        "market": [
            "Πριν από τον διαγωνισμό, η αναθέτουσα αρχή οργάνωσε {consultation}. Συμμετείχαν {n} επιχειρήσεις, ανάμεσά τους αρκετές νεοφυείς.",
            "Η διαβούλευση με την αγορά έδειξε ότι υπήρχαν ήδη λύσεις: {solution}. Δεν είχαν όμως δοκιμαστεί ποτέ σε αυτή την κλίμακα.",
        ],
        "procedure": [
            "Επιλεγμένη διαδικασία: {procedure}. Οι προδιαγραφές περιέγραφαν την επιθυμητή απόδοση και όχι ένα προϊόν.",
            "Τα κριτήρια ανάθεσης έδιναν μεγαλύτερο βάρος στην ποιότητα και στο κόστος κύκλου ζωής από ό,τι στην τιμή αγοράς.",
        ],
        "result": [
            "Η πιλοτική εφαρμογή ξεκίνησε το {year}. Στόχος: {benefit}.",
            "Οι εργαζόμενοι που χρησιμοποιούν τη λύση καθημερινά συμμετείχαν στην αξιολόγηση.",
        ],
    },
    "pt": {
        "approach": {
            "ppi": "contratação pública de soluções inovadoras",
            "pcp": "contratação pré-comercial",
            "both": "contratação pré-comercial seguida de aquisição de soluções inovadoras",
            "other": "um desafio de inovação aberta",
        },
        "procedures": [
            "o procedimento de negociação",
            "a parceria para a inovação",
            "o diálogo concorrencial",
            "o concurso público com especificações funcionais",
        ],
        "consultation": [
            "uma sessão de informação aberta",
            "reuniões individuais com uma agenda comum",
            "um questionário escrito",
        ],
        "titles": {
            "case-study": [
                "{buyer}: {topic_lc} através de {approach}",
                "{Topic}: a experiência de {city}",
                "Caso prático em {city}: {topic_lc}",
            ],
            "guidance": ["Como contratar {topic_lc}: guia prático", "Guia para entidades adjudicantes: {topic_lc}"],
            "report": ["Análise de mercado {year}: {topic_lc}", "{Topic} na contratação pública: ponto de situação em {year}"],
            "tool": ["Modelo de caderno de encargos: {topic_lc}", "Grelha de avaliação de propostas: {topic_lc}"],
            "training": ["Material de formação: {topic_lc}", "Oficina: {topic_lc}, da necessidade ao contrato"],
            "policy": ["Estratégia de compras {year}–{year_end}: {topic_lc}"],
            "project": ["Agrupamento de compradores: {topic_lc}"],
        },
        "summaries": {
            "default": [
                "O ponto de partida em {city}: {problem}. A entidade procurou {solution}.",
                "O objetivo: {benefit}. O documento explica passo a passo como atuou a entidade {buyer}.",
            ],
        },
        "context": [
            "Em {city}, um problema repetia-se todos os anos: {problem}.",
            "Substituir a solução antiga por outra igual não resolveria o problema principal: {problem}.",
        ],
        "market": [
            "Antes do concurso, a entidade organizou {consultation}. Participaram {n} empresas, entre elas várias startups.",
            "A consulta preliminar ao mercado mostrou que já existiam soluções: {solution}. Nunca tinham, porém, sido testadas a esta escala.",
        ],
        "procedure": [
            "O procedimento escolhido: {procedure}. O caderno de encargos descrevia o desempenho pretendido e não um produto.",
            "Os critérios de adjudicação davam mais peso à qualidade e ao custo do ciclo de vida do que ao preço de compra.",
        ],
        "result": [
            "O piloto começou em {year}. O objetivo: {benefit}.",
            "Os trabalhadores que usam a solução todos os dias participaram na avaliação.",
        ],
    },
}

# Attachments of generated resources: (sector of the resource it belongs to, format, title, model, finding); each
# goes to the first generated resource of that sector that has none yet and is built from that resource's own text
# (resources/demo_attachments.py). Each finding holds one word from ATTACHMENT_ONLY_WORDS, and only there.
GENERATED_ATTACHMENTS = [
    (
        "food",
        "pdf",
        "Pilot evaluation report",
        "evaluation",
        "One supplier also tested aquaponics units on the roof of the central kitchen, growing herbs for the menus; "
        "the idea was noted for a later phase.",
    ),
    (
        "mobility",
        "docx",
        "Functional specification (extract)",
        "specification",
        "Moving parts such as bearings and hinges must be designed with current tribology knowledge so that they "
        "last ten years without replacement.",
    ),
    (
        "energy",
        "rtf",
        "Minutes of the market consultation",
        "consultation",
        "One participant described inspecting overhead lines and masts from a gyroplane, which is cheaper to fly than "
        "a helicopter; the buyer will allow such methods for the condition survey.",
    ),
    (
        "water",
        "txt",
        "Data dictionary for the open data export",
        "data",
        "Flow sensors are calibrated against the thermoacoustic reference method once a year; the date of the last "
        "calibration is part of each sensor's metadata.",
    ),
    (
        "construction",
        "ods",
        "Budget overview",
        "budget",
        ["Laboratory tests of quasicrystal coatings for wear-resistant surfaces", 1, 18000],
    ),
    (
        "energy",
        "pdf",
        "Site visit report",
        "site-visit",
        "On the way back the team saw an agrivoltaic field, with solar panels raised above crops, which showed how "
        "the installation could share land with other uses.",
    ),
    (
        "food",
        "docx",
        "Supplier questionnaire",
        "questionnaire",
        "Q7. Do you also supply fermented drinks such as kombucha, or other low-sugar alternatives to soft drinks?",
    ),
    (
        "environment",
        "pdf",
        "Environmental baseline study",
        "evaluation",
        "For the trees along the routes concerned, tree-ring analysis (dendrochronology) gave their age, so that "
        "works can avoid the oldest ones.",
    ),
    (
        "mobility",
        "pptx",
        "Information day slides",
        "slides",
        ["Data we can share", "Anonymised tachograph and route data of the municipal fleet", "Open interfaces required"],
    ),
    (
        "environment",
        "pdf",
        "Lessons learned",
        "lessons",
        "A side discussion raised phytoremediation with willows for the contaminated strip behind the depot; it lies "
        "outside this project and was passed to the environment department.",
    ),
    (
        "health-care",
        "xlsx",
        "Price schedule",
        "budget",
        ["Validation of ultrasonic cleaning by sonoluminescence measurement (laboratory)", 2, 950],
    ),
    (
        "construction",
        "docx",
        "Lessons learned",
        "lessons",
        "Insulation panels with aerogel performed best during the cold spell, at a higher price that the life-cycle "
        "cost calculation justified.",
    ),
    (
        "health-care",
        "pdf",
        "Technical annex",
        "specification",
        "For comparison, one prototype cooling unit uses magnetocaloric heat pumping instead of a refrigerant gas.",
    ),
]

TYPES_EN = ["case-study", "guidance", "report", "tool", "training", "policy", "project", "case-study"]
TYPES_OTHER = ["case-study", "guidance", "report", "tool", "training", "policy", "project"]
ENGLISH_COUNT = 72
PER_OTHER_LANGUAGE = 7


def _slug(text, used):
    from django.utils.text import slugify

    base = slugify(text, allow_unicode=False)[:80].strip("-") or "resource"
    slug, number = base, 2
    while slug in used:
        slug = f"{base}-{number}"
        number += 1
    used.add(slug)
    return slug


def _fill(template, facts):
    return template.format(**facts)


def _facts(language, challenge, buyer, year, rng, n_countries=3):
    topic, problem, solution, benefit = challenge[language]
    words = LANG[language]
    approach_code = rng.choice(APPROACHES)
    return approach_code, {
        "buyer": buyer[0],
        "city": buyer[1],
        "topic": topic,
        "Topic": topic[:1].upper() + topic[1:],
        "topic_lc": topic[:1].lower() + topic[1:] if language not in ("de",) else topic,
        "problem": problem,
        "solution": solution,
        "benefit": benefit,
        "year": year,
        "year_end": year + rng.choice([3, 4, 5]),
        "approach": words["approach"][approach_code],
        "approach_short": {"ppi": "PPI", "pcp": "PCP", "both": "PCP and PPI", "other": "innovation challenge"}[approach_code],
        "procedure": rng.choice(words["procedures"]),
        "consultation": rng.choice(words["consultation"]),
        "n": rng.randint(6, 38),
    }


def _english_body(kind, facts, rng):
    words = LANG["en"]
    paragraphs = []
    if kind == "case-study":
        paragraphs = [
            rng.choice(words["context"]),
            rng.choice(words["market"]),
            rng.choice(words["procedure"]),
            rng.choice(words["result"]),
            rng.choice(words["lesson"]),
        ]
    elif kind == "guidance":
        paragraphs = rng.sample(words["guidance"], 4)
    elif kind == "report":
        paragraphs = [rng.choice(words["context"][2:])] + words["report"]
    elif kind == "tool":
        paragraphs = [
            "The template follows the steps of a tender: a description of the need, functional requirements, award "
            "criteria with their weights, and contract clauses for the pilot and for scaling up.",
            "Requirements are written as outcomes — {benefit} — so that bidders can propose {solution} or any other "
            "approach that achieves the result.",
            "Adapt the figures in square brackets to your situation and delete the explanatory notes before publishing.",
        ]
    elif kind == "training":
        paragraphs = [
            "The session starts with the problem: {problem}. Participants then map who is affected and how success "
            "would be measured.",
            "In groups they draft the questions for a market consultation and rewrite a product-based requirement as a "
            "functional one.",
            "The last part is a role play of a negotiation with bidders, followed by a discussion of the contract's pilot phase.",
        ]
    elif kind == "policy":
        paragraphs = [
            rng.choice(words["context"]),
            "The strategy commits the organisation to consult the market before every tender above the EU thresholds "
            "in this field, to use life-cycle costing, and to reserve budget for pilots.",
            "Progress will be reported every year, with indicators on the share of tenders using functional "
            "requirements and on the results achieved: {benefit}.",
        ]
    else:  # a project
        paragraphs = [rng.choice(words["project"]), rng.choice(words["market"]), rng.choice(words["result"])]
    return [_fill(paragraph, facts) for paragraph in paragraphs]


def _other_body(language, facts, rng):
    words = LANG[language]
    paragraphs = [
        rng.choice(words["context"]),
        rng.choice(words["market"]),
        rng.choice(words["procedure"]),
        rng.choice(words["result"]),
    ]
    return [_fill(paragraph, facts) for paragraph in paragraphs]


def _title(language, kind, facts, rng):
    titles = LANG[language]["titles"]
    return _fill(rng.choice(titles.get(kind) or titles["case-study"]), facts)


def _summary(language, kind, facts, rng):
    summaries = LANG[language]["summaries"]
    return _fill(rng.choice(summaries.get(kind) or summaries["default"]), facts)


def _suitable_buyers(buyers, challenge):
    """Hospitals for health challenges, transport bodies also for mobility, cities and regions for the rest."""
    sectors = set(challenge["sectors"])
    if "health-care" in sectors:
        kinds = {"hospital", "region"}
    elif "mobility" in sectors:
        kinds = {"city", "region", "transport authority", "road authority"}
    else:
        kinds = {"city", "region", "central purchasing body"}
    return [buyer for buyer in buyers if buyer[3] in kinds] or buyers


def _project_fields(buyers, rng, year, language):
    partners = rng.sample(buyers, min(3, len(buyers)))
    start = date(year, rng.choice([1, 3, 9]), 1)
    end = date(year + rng.choice([2, 3, 4]), rng.choice([6, 12]), 28)
    return partners, start, end


def generated_entries(used_slugs):
    """About 120 entries, reproducible: the same list every time."""
    rng = random.Random(20240611)
    entries = []
    years = list(range(2008, 2027))
    all_challenges = CHALLENGES + CHALLENGES_EN

    plan = [("en", index) for index in range(ENGLISH_COUNT)]
    for language in ("de", "fr", "es", "it", "nl", "el", "pt"):
        plan += [(language, index) for index in range(PER_OTHER_LANGUAGE)]

    for position, (language, index) in enumerate(plan):
        if language == "en":
            # The type shifts with every round through the challenges, so no challenge repeats with the same type.
            kind = TYPES_EN[(index + index // len(all_challenges)) % len(TYPES_EN)]
            challenge = all_challenges[(index * 7) % len(all_challenges)]
        else:
            kind = TYPES_OTHER[index % len(TYPES_OTHER)]
            challenge = CHALLENGES[(index * 3 + len(language)) % len(CHALLENGES)]
        buyers = _suitable_buyers(BUYERS[language], challenge)
        buyer = buyers[(index * 5 + position + index // len(all_challenges)) % len(buyers)]
        year = years[(position * 7) % len(years)]
        approach, facts = _facts(language, challenge, buyer, year, rng)

        countries = [buyer[2]]
        partners, start, end = (), None, None
        if kind == "project":
            pool = _suitable_buyers(BUYERS["en"] if language == "en" else BUYERS[language] + BUYERS["en"], challenge)
            partner_buyers, start, end = _project_fields([item for item in pool if item != buyer], rng, year, language)
            partner_buyers = [buyer] + partner_buyers
            partners = [f"{name} ({code})" for name, _city, code, _kind in partner_buyers]
            countries = sorted({code for _name, _city, code, _kind in partner_buyers})
            facts["n"] = len(countries)
        elif kind in ("guidance", "report", "tool", "training") and rng.random() < 0.4:
            countries = sorted({buyer[2], rng.choice(BUYERS[language])[2], "EU"})

        title = _title(language, kind, facts, rng)
        summary = _summary(language, kind, facts, rng)
        body = _english_body(kind, facts, rng) if language == "en" else _other_body(language, facts, rng)

        stages = list(challenge["stages"])
        if rng.random() < 0.5:
            extra = rng.choice(
                ["needs-assessment", "market-engagement", "tender-design", "award", "contract-management", "impact"]
            )
            if extra not in stages:
                stages.append(extra)
        languages = [language] + (["en"] if language != "en" and rng.random() < 0.3 else [])
        publisher = buyer[0] if kind in ("case-study", "policy", "project") else rng.choice([buyer[0], PLATFORM])
        entries.append(
            entry(
                _slug(title, used_slugs),
                kind,
                approach,
                year,
                language,
                title,
                summary,
                body,
                sectors=challenge["sectors"],
                stages=stages,
                countries=countries,
                languages=languages,
                publisher=publisher,
                tags=challenge["tags"][: 1 + position % 2],
                licence="cc-by-4.0",  # the platform wrote every illustrative case
                partners=partners,
                start=start,
                end=end,
                attachments=[],
                illustrative=True,
            )
        )
    _attach_documents(entries)
    return entries


def _attach_documents(entries):
    for sector, kind, title, model, finding in GENERATED_ATTACHMENTS:
        for item in entries:
            if sector in item["sectors"] and not item["attachments"] and item["resource_type"] != "project":
                item["attachments"].append((kind, title, demo_attachments.document(item, kind, title, model, finding)))
                break
