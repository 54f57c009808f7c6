"""The platform's codes as EU Vocabularies IRIs (https://op.europa.eu/en/web/eu-vocabularies), which DCAT-AP asks for.

Languages: ISO 639-1 → the Language authority table; countries: ISO 3166-1 alpha-2 → the Country table ("EU", the
platform's EU-wide, is the table's EUR, European Union); file types → the File type table and IANA media types;
sectors → the Data theme table (every resource is also about government: procurement is a public-sector matter).
"""

AUTHORITY = "http://publications.europa.eu/resource/authority/"
LANGUAGE_SCHEME = AUTHORITY + "language"
COUNTRY_SCHEME = AUTHORITY + "country"
FILE_TYPE_SCHEME = AUTHORITY + "file-type"
THEME_SCHEME = AUTHORITY + "data-theme"
IANA = "https://www.iana.org/assignments/media-types/"

LANGUAGES = {
    "bg": "BUL", "cs": "CES", "da": "DAN", "de": "DEU", "el": "ELL", "en": "ENG", "es": "SPA", "et": "EST",
    "fi": "FIN", "fr": "FRA", "ga": "GLE", "hr": "HRV", "hu": "HUN", "it": "ITA", "lt": "LIT", "lv": "LAV",
    "mt": "MLT", "nl": "NLD", "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK", "sl": "SLV", "sv": "SWE",
    "no": "NOR", "is": "ISL", "uk": "UKR",
}  # fmt: skip

COUNTRIES = {
    "EU": "EUR", "AT": "AUT", "BE": "BEL", "BG": "BGR", "HR": "HRV", "CY": "CYP", "CZ": "CZE", "DK": "DNK",
    "EE": "EST", "FI": "FIN", "FR": "FRA", "DE": "DEU", "GR": "GRC", "HU": "HUN", "IE": "IRL", "IT": "ITA",
    "LV": "LVA", "LT": "LTU", "LU": "LUX", "MT": "MLT", "NL": "NLD", "PL": "POL", "PT": "PRT", "RO": "ROU",
    "SK": "SVK", "SI": "SVN", "ES": "ESP", "SE": "SWE", "IS": "ISL", "LI": "LIE", "NO": "NOR", "CH": "CHE",
    "GB": "GBR", "UA": "UKR", "MD": "MDA", "AL": "ALB", "ME": "MNE", "MK": "MKD", "RS": "SRB", "BA": "BIH",
    "TR": "TUR", "GE": "GEO",
}  # fmt: skip

# file type → (File type table code, IANA media type)
FILE_TYPES = {
    "pdf": ("PDF", "application/pdf"),
    "docx": ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("ODT", "application/vnd.oasis.opendocument.text"),
    "ods": ("ODS", "application/vnd.oasis.opendocument.spreadsheet"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pptx": ("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    "txt": ("TXT", "text/plain"),
    "rtf": ("RTF", "application/rtf"),
    "html": ("HTML", "text/html"),
    "csv": ("CSV", "text/csv"),
    "json": ("JSON", "application/json"),
    "jsonl": ("JSON", ""),  # JSON Lines: no File type code nor registered media type of its own
    "ttl": ("RDF_TURTLE", "text/turtle"),
    "rdf": ("RDF_XML", "application/rdf+xml"),
    "jsonld": ("JSON_LD", "application/ld+json"),
}

# The English labels of the tables and themes used (as the EU Vocabularies publish them).
SCHEME_TITLES = {
    LANGUAGE_SCHEME: "Language",
    COUNTRY_SCHEME: "Country",
    FILE_TYPE_SCHEME: "File type",
    THEME_SCHEME: "Data theme",
    AUTHORITY + "access-right": "Access right",
}
THEME_LABELS = {
    "AGRI": "Agriculture, fisheries, forestry and food",
    "ECON": "Economy and finance",
    "EDUC": "Education, culture and sport",
    "ENER": "Energy",
    "ENVI": "Environment",
    "GOVE": "Government and public sector",
    "HEAL": "Health",
    "JUST": "Justice, legal system and public safety",
    "REGI": "Regions and cities",
    "TECH": "Science and technology",
    "TRAN": "Transport",
}

GOVERNMENT = "GOVE"
SECTOR_THEMES = {
    "health-care": "HEAL",
    "ict": "TECH",
    "energy": "ENER",
    "mobility": "TRAN",
    "construction": "REGI",
    "environment": "ENVI",
    "food": "AGRI",
    "security": "JUST",
    "water": "ENVI",
    "education": "EDUC",
    "public-administration": "GOVE",
    "smart-cities": "REGI",
    "space": "TECH",
    "textiles": "ECON",
}


def language_iri(code):
    return f"{LANGUAGE_SCHEME}/{LANGUAGES[code]}" if code in LANGUAGES else None


def country_iri(code):
    return f"{COUNTRY_SCHEME}/{COUNTRIES[code]}" if code in COUNTRIES else None


def file_type_iri(file_type):
    return f"{FILE_TYPE_SCHEME}/{FILE_TYPES[file_type][0]}" if file_type in FILE_TYPES else None


def media_type_iri(file_type):
    media_type = FILE_TYPES.get(file_type, ("", ""))[1]
    return IANA + media_type if media_type else None


def media_type(file_type):
    return FILE_TYPES.get(file_type, ("", ""))[1]


def theme_iris(sector_slugs):
    """The Data theme IRIs of these sectors, government first; unknown sectors (added by editors) add none."""
    codes = [GOVERNMENT] + [SECTOR_THEMES[slug] for slug in sector_slugs if slug in SECTOR_THEMES]
    return [f"{THEME_SCHEME}/{code}" for code in dict.fromkeys(codes)]
