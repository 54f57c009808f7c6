"""Whether a TED notice buys innovation, and why: one flag per reason, each shown to users with its label (flags.py).

Real notices almost never fill BT-776 (innovative acquisition) or BT-06 (strategic procurement), so the notice is
also read for what it is and what it says:

- BT-776 / BT-06 codes (`innovative-acquisition:…`, `strategic-procurement:inn-pur`);
- the procedure: innovation partnership, competitive dialogue (`procedure:…`);
- a research and development CPV code, the 73000000 family (`cpv:research-development`);
- the title or description, in any EU language, naming pre-commercial procurement, an innovation partnership,
  procurement of innovation (innovative solutions) or research and development (`mentions:…`).

The multilingual terms below are the importer's own until the site-wide multilingual glossary (the search
section's, issue 12) exists; they should then be fed from that glossary instead of being kept here. Terms are
matched case-insensitively at the start of a word and may run on (inflections: "Innovationspartnerschaften",
"innovatiepartnerschappen"); the precision and recall measured on a labelled sample are in docs/ted-import.md.
"""

import re

# Codes of the eForms lists that mean innovation; environmental and social objectives are kept as flags only.
INNOVATIVE_STRATEGIC_CODES = {"inn-pur"}
INNOVATION_PROCEDURES = ("innovation", "comp-dial")
RESEARCH_CPV_DIVISION = "73"  # 73000000 Research and development services and related consultancy services

# concept → terms in the 24 official EU languages (the wording of Directive 2014/24/EU and the Commission's PCP
# communication where they have one), lower case.
TERMS = {
    "pcp": [
        "pre-commercial procurement",
        "precommercial procurement",
        "achat public avant commercialisation",
        "achats publics avant commercialisation",
        "achat pré-commercial",
        "vorkommerzielle auftragsvergabe",
        "vorkommerzielle beschaffung",
        "appalto pre-commerciale",
        "appalti pre-commerciali",
        "appalto precommerciale",
        "appalti precommerciali",
        "compra pública precomercial",
        "contratación precomercial",
        "contratação pré-comercial",
        "contratos pré-comerciais",
        "aquisição pré-comercial",
        "precommerciële inkoop",
        "pre-commerciële inkoop",
        "precommerciële aanbesteding",
        "prækommercielle indkøb",
        "prækommercielt indkøb",
        "förkommersiell upphandling",
        "förkommersiella upphandling",
        "esikaupallinen hankinta",
        "esikaupalliset hankinnat",
        "esikaupallise",
        "kommertsialiseerimiseelne hange",
        "kommertsialiseerimiseelse hanke",
        "pirmskomercializācijas iepirkum",
        "ikiprekybinis pirkimas",
        "ikiprekybiniai pirkimai",
        "ikiprekybini",
        "ikikomercini",
        "zamówienia przedkomercyjne",
        "zamówienie przedkomercyjne",
        "zamówień przedkomercyjnych",
        "předobchodní zadávání",
        "předobchodní veřejné zakázky",
        "predobchodné obstarávanie",
        "predobchodného obstarávania",
        "predkomercialno javno naročanje",
        "predkomercialna naročila",
        "predkomercialno naročanje",
        "kereskedelmi hasznosítást megelőző beszerzés",
        "achiziții înainte de comercializare",
        "achiziţii înainte de comercializare",
        "achiziții precomerciale",
        "предтърговски обществени поръчки",
        "предтърговска обществена поръчка",
        "προεμπορικές προμήθειες",
        "προεμπορική προμήθεια",
        "προεμπορικών προμηθειών",
        "pretkomercijalna nabava",
        "pretkomercijalne nabave",
        "akkwist prekummerċjali",
        "soláthar réamhthráchtála",
    ],
    "innovation-partnership": [
        "innovation partnership",
        "partenariat d'innovation",
        "partenariats d'innovation",
        "innovationspartnerschaft",
        "partenariato per l'innovazione",
        "asociación para la innovación",
        "parceria para a inovação",
        "parcerias para a inovação",
        "innovatiepartnerschap",
        "innovationspartnerskab",
        "innovationspartnerskap",
        "innovaatiokumppanuu",
        "innovatsioonipartnerlus",
        "inovācijas partnerīb",
        "inovacijų partneryst",
        "partnerstwo innowacyjne",
        "partnerstwa innowacyjnego",
        "inovační partnerství",
        "inovativní partnerství",
        "inovatívne partnerstvo",
        "inovatívneho partnerstva",
        "partnerstvo za inovacije",
        "partnerstva za inovacije",
        "innovációs partnerség",
        "parteneriat pentru inovare",
        "parteneriatul pentru inovare",
        "parteneriatului pentru inovare",
        "партньорство за иновации",
        "σύμπραξη καινοτομίας",
        "σύμπραξης καινοτομίας",
        "sħubija għall-innovazzjoni",
        "comhpháirtíocht nuálaíochta",
    ],
    "innovation-procurement": [
        "procurement of innovation",
        "innovation procurement",
        "innovative solution",
        "public procurement of innovative",
        "achat innovant",
        "achats innovants",
        "achat public innovant",
        "solutions innovantes",
        "solution innovante",
        "innovative beschaffung",
        "innovationsorientierte beschaffung",
        "beschaffung von innovation",
        "innovative lösung",
        "appalti innovativi",
        "appalto innovativo",
        "appalti di innovazione",
        "soluzioni innovative",
        "soluzione innovativa",
        "compra pública de innovación",
        "compra pública innovadora",
        "soluciones innovadoras",
        "solución innovadora",
        "contratação pública de inovação",
        "contratação de inovação",
        "soluções inovadoras",
        "solução inovadora",
        "innovatiegericht inkopen",
        "inkoop van innovatie",
        "innovatieve oplossing",
        "innovative løsning",
        "innovative indkøb",
        "indkøb af innovation",
        "innovationsupphandling",
        "innovativa lösningar",
        "innovativ lösning",
        "innovatiivinen hankinta",
        "innovatiiviset hankinnat",
        "innovatiivise",
        "innovatiivisia ratkaisu",
        "innovatiivne hange",
        "innovatiivse hanke",
        "innovatiivsed lahendused",
        "innovatiivse lahendus",
        "inovatīvs iepirkums",
        "inovatīvu iepirkum",
        "inovācijas iepirkum",
        "inovatīvus risinājumus",
        "inovatīvi risinājum",
        "inovacijų viešieji pirkimai",
        "inovacijų viešųjų pirkimų",
        "inovatyvūs sprendim",
        "inovatyvių sprendim",
        "innowacyjne rozwiązani",
        "innowacyjnych rozwiązań",
        "zamówienia innowacyjne",
        "zamówienie innowacyjne",
        "inovační řešení",
        "inovativní řešení",
        "zadávání inovací",
        "inovatívne riešeni",
        "inovatívnych riešení",
        "inovatívne obstarávanie",
        "inovativne rešitve",
        "inovativnih rešitev",
        "inovativno javno naročanje",
        "innovatív megoldás",
        "innovatív beszerzés",
        "soluții inovatoare",
        "soluţii inovatoare",
        "soluții inovative",
        "achiziții inovatoare",
        "achiziții de inovare",
        "иновативни решения",
        "иновативно решение",
        "обществени поръчки за иновации",
        "καινοτόμες λύσεις",
        "καινοτόμων λύσεων",
        "καινοτόμο λύση",
        "προμήθειες καινοτομίας",
        "inovativna rješenja",
        "inovativnih rješenja",
        "nabava inovacija",
        "soluzzjonijiet innovattivi",
        "akkwist ta' innovazzjoni",
        "réitigh nuálacha",
        "soláthar nuálaíochta",
    ],
    "research-development": [
        "research and development",
        "research & development",
        "research, development and innovation",
        "recherche et développement",
        "recherche-développement",
        "forschung und entwicklung",
        "forschungs- und entwicklungs",
        "ricerca e sviluppo",
        "investigación y desarrollo",
        "investigación, desarrollo e innovación",
        "investigação e desenvolvimento",
        "pesquisa e desenvolvimento",
        "onderzoek en ontwikkeling",
        "forskning og udvikling",
        "forskning och utveckling",
        "tutkimus- ja kehit",
        "teadus- ja arendustegevus",
        "pētniecība un izstrād",
        "pētniecības un izstrād",
        "moksliniai tyrimai ir plėtra",
        "mokslinių tyrimų ir plėtros",
        "badania i rozwój",
        "prace badawczo-rozwojowe",
        "prac badawczo-rozwojowych",
        "badawczo-rozwojow",
        "výzkum a vývoj",
        "výzkumu a vývoje",
        "výskum a vývoj",
        "výskumu a vývoja",
        "raziskave in razvoj",
        "raziskav in razvoja",
        "raziskovalno-razvojn",
        "kutatás-fejlesztés",
        "kutatási és fejlesztési",
        "cercetare și dezvoltare",
        "cercetare-dezvoltare",
        "cercetare şi dezvoltare",
        "научноизследователска и развойна",
        "научноизследователски и развойни",
        "изследвания и развитие",
        "έρευνα και ανάπτυξη",
        "έρευνας και ανάπτυξης",
        "istraživanje i razvoj",
        "istraživanja i razvoja",
        "riċerka u żvilupp",
        "taighde agus forbairt",
    ],
}
# Abbreviations that are matched as written (upper case), as whole words.
ABBREVIATIONS = {"pcp": ["PCP"], "research-development": ["R&D", "F&E", "FuE", "I+D", "I&D", "RDI"]}


def _trie_pattern(terms):
    """One regular expression for many literal terms, shaped as a trie so that the terms share their prefixes: far
    faster than an alternation of hundreds of phrases, which Python would try one by one at every position."""
    trie = {}
    for term in terms:
        node = trie
        for character in term:
            node = node.setdefault(character, {})
        node[""] = {}

    def build(node):
        ends = "" in node
        branches = [re.escape(character) + build(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


CONCEPT_OF_TERM = {term: concept for concept, terms in TERMS.items() for term in terms}
# Matched on the lower-cased text, at the start of a word (every term starts with a letter, so `\b` before it is
# "not after a letter or digit" once underscores are spaces); the term found tells its concept. `\b` is a quick
# test at every position, where the trie would otherwise be tried from inside every word.
TERM_PATTERN = re.compile(r"\b" + _trie_pattern(CONCEPT_OF_TERM))
ABBREVIATION_PATTERNS = {
    concept: re.compile(rf"(?<![\w&+])(?:{'|'.join(map(re.escape, terms))})(?![\w&+])")
    for concept, terms in ABBREVIATIONS.items()
}
APOSTROPHES = {"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"}


def mentioned_concepts(texts):
    """The concepts of TERMS that any of the texts names, in TERMS' order."""
    text = "\n".join(dict.fromkeys(texts))  # lots often repeat the notice's texts
    if not text.isascii():
        # str.replace of the few characters present: str.translate would look up every character of the text.
        for character, replacement in APOSTROPHES.items():
            if character in text:
                text = text.replace(character, replacement)
    lowered = text.lower().replace("_", " ")
    found = {CONCEPT_OF_TERM[match.group(0)] for match in TERM_PATTERN.finditer(lowered)}
    # An abbreviation's pattern (whole words only) is tried only where the abbreviation occurs at all.
    found.update(
        concept
        for concept, pattern in ABBREVIATION_PATTERNS.items()
        if any(term in text for term in ABBREVIATIONS[concept]) and pattern.search(text)
    )
    return [concept for concept in TERMS if concept in found]


def _texts(notice):
    yield from notice.titles.values()
    yield from notice.descriptions.values()
    for lot in notice.lots:
        yield from lot.titles.values()
        yield from lot.descriptions.values()


def innovation_flags(notice):
    """The flag codes of a parsed notice, sorted; each one is a reason, labelled in flags.py."""
    codes = set()
    for lot in notice.lots:
        codes.update(f"innovative-acquisition:{code}" for code in lot.innovative_acquisition)
        codes.update(f"strategic-procurement:{code}" for code in lot.strategic_procurement)
    if notice.procedure in INNOVATION_PROCEDURES:
        codes.add(f"procedure:{notice.procedure}")
    if any(code.startswith(RESEARCH_CPV_DIVISION) for code in notice.cpv_codes):
        codes.add("cpv:research-development")
    codes.update(f"mentions:{concept}" for concept in mentioned_concepts(_texts(notice)))
    return sorted(codes)


def is_innovation(codes):
    """Any flag but BT-06's environmental or social objectives makes a notice an innovation tender."""
    return any(
        not code.startswith("strategic-procurement:") or code.partition(":")[2] in INNOVATIVE_STRATEGIC_CODES for code in codes
    )
