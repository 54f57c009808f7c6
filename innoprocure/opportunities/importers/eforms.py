"""Reading one TED eForms notice (UBL XML) into a plain `Notice` — no database, no Django models.

    notice = parse_notice(xml_bytes, source="cn_24_open.xml")   # raises NoticeError with a reason users can read

Where each value comes from is given by its business term (BT-…) in the eForms SDK's fields.json; the XPaths here
follow it. The parser is safe for untrusted input: a document type declaration (where entities live) is refused
outright, and lxml runs with entity resolution, network access, DTD loading and huge trees all off.
"""

import functools
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from lxml import etree

from innoprocure.opportunities.importers.countries import MAIN_ZONES, alpha2, country_name

# A notice is rarely above 1 MB; anything far larger is not a notice and is refused before parsing.
MAX_NOTICE_BYTES = 15 * 1024 * 1024

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
    "efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
}
UBL_ROOTS = {
    "ContractNotice",
    "PriorInformationNotice",
    "ContractAwardNotice",
    "BusinessRegistrationInformationNotice",
}
UBL_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:{}-2"
EXT = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension"

# What the importer does with each kind of notice (from the form type, BT-03).
COMPETITION = "competition"  # contract notices, PINs used as a call for competition → opportunities
RESULT = "result"  # contract award notices → close the opportunity they award
DIRECT_AWARD = "dir-awa-pre"  # voluntary ex-ante transparency: a direct award, no competition
PLANNING = "planning"  # PIN only, PIN to shorten time limits: no call for competition; a market consultation
CHANGE = "change"  # SDK 1.8 and earlier: change notices had their own form type (notice type "corr")
MODIFICATION = "cont-modif"
COMPLETION = "completion"
FORM_TYPES_BY_PREFIX = [
    ("pin-cfc", COMPETITION),
    ("cn-", COMPETITION),
    ("subco", COMPETITION),
    ("qu-sy", COMPETITION),
    ("can-modif", MODIFICATION),
    ("can-", RESULT),
    ("veat", DIRECT_AWARD),
    ("pin-", PLANNING),
    ("compl", COMPLETION),
]

# eForms languages are ISO 639-2 (both the /T and /B forms occur); the platform stores ISO 639-1.
LANGUAGES = {
    "BUL": "bg",
    "CES": "cs",
    "CZE": "cs",
    "DAN": "da",
    "DEU": "de",
    "GER": "de",
    "ELL": "el",
    "GRE": "el",
    "ENG": "en",
    "SPA": "es",
    "EST": "et",
    "FIN": "fi",
    "FRA": "fr",
    "FRE": "fr",
    "GLE": "ga",
    "HRV": "hr",
    "HUN": "hu",
    "ITA": "it",
    "LIT": "lt",
    "LAV": "lv",
    "MLT": "mt",
    "NLD": "nl",
    "DUT": "nl",
    "POL": "pl",
    "POR": "pt",
    "RON": "ro",
    "RUM": "ro",
    "SLK": "sk",
    "SLO": "sk",
    "SLV": "sl",
    "SWE": "sv",
    "NOR": "no",
    "NOB": "no",
    "NNO": "no",
    "ISL": "is",
    "ICE": "is",
    "UKR": "uk",
}

# BT-727: places without an address.
REGIONS = {
    "anyw": "Anywhere",
    "anyw-eea": "Anywhere in the European Economic Area",
    "anyw-cou": "Anywhere in the country",
}

# What a notice of SDK 1.8 or earlier with form type "change" (notice type "corr") changes, from its subtype
# (OPP-070): 1-9 planning, 10-24 competition, 25-28 direct award, 29-37 results, 38-40 modifications.
SUBTYPE_FORM_TYPES = [(range(1, 10), PLANNING), (range(10, 25), COMPETITION), (range(25, 29), DIRECT_AWARD)]
SUBTYPE_FORM_TYPES += [(range(29, 38), RESULT), (range(38, 41), MODIFICATION)]

# Test notices sent to TED by eSenders trying their systems (eForms has no field saying so): a title such as "Test",
# "Test notice 2" or "TEST - do not bid", or placeholder text anywhere. They are skipped, never shown as live.
TEST_TITLE = re.compile(
    r"\blorem ipsum\b|\btest(?:ing)? (?:notice|tender|publication|procedure)\b|\bfor testing purposes\b"
    r"|\bdo not (?:apply|respond|reply|bid)\b|^\W*test\W*\d*\W*$",
    re.IGNORECASE,
)
PLACEHOLDER_TEXT = re.compile(r"\blorem ipsum dolor\b", re.IGNORECASE)


class NoticeError(Exception):
    """A file that cannot be imported; str(error) says why, in words an editor understands."""


class NotXMLError(NoticeError):
    pass


class UnsafeXMLError(NoticeError):
    pass


class NotEFormsError(NoticeError):
    pass


class IncompleteNoticeError(NoticeError):
    pass


@dataclass
class Deadline:
    at: datetime  # aware, the instant as published
    kind: str  # "tenders" (BT-131), "requests" to participate (BT-1311) or "interest" expressions (BT-630)
    zone: str  # IANA name for the offset it was published with

    def as_data(self):
        return {"kind": self.kind, "at": self.at.astimezone(UTC).isoformat(), "zone": self.zone}


@dataclass
class Lot:
    lot_id: str
    titles: dict = field(default_factory=dict)
    descriptions: dict = field(default_factory=dict)
    cpv_codes: list = field(default_factory=list)
    estimated_value: Decimal | None = None
    currency: str = ""
    deadline: Deadline | None = None  # the first of `deadlines` in the order tenders, requests, interest
    deadlines: list = field(default_factory=list)  # every deadline the lot has, each of its kind
    framework_maximum: Decimal | None = None  # BT-271
    end_date: date | None = None  # BT-537 end of the contract (or of the qualification system)
    duration_days: int | None = None  # BT-36, in days
    innovative_acquisition: list = field(default_factory=list)  # BT-776 codes
    strategic_procurement: list = field(default_factory=list)  # BT-06 codes
    places: list = field(default_factory=list)


@dataclass
class LotResult:
    lot_id: str
    result_code: str  # BT-142: selec-w (winner chosen), clos-nw (no winner, closed), open-nw (still open)
    winners: list = field(default_factory=list)
    value: Decimal | None = None
    currency: str = ""


@dataclass
class Notice:
    source: str
    notice_id: str = ""  # BT-701
    version: str = ""
    procedure_id: str = ""  # BT-04
    notice_type: str = ""  # BT-02, e.g. cn-standard
    form_type: str = ""  # BT-03, e.g. competition
    subtype: str = ""  # OPP-070
    language: str = ""  # BT-702, ISO 639-1
    dispatch: datetime | None = None  # BT-05
    publication_number: str = ""  # OPP-010, e.g. 123456-2023 (only in notices as published by TED)
    publication_date: date | None = None  # OPP-012
    titles: dict = field(default_factory=dict)  # {iso 639-1: text}
    descriptions: dict = field(default_factory=dict)
    buyer_name: str = ""
    buyer_country: str = ""  # alpha-2
    buyer_country_code: str = ""  # as written (alpha-3)
    buyer_website: str = ""
    buyers: list = field(default_factory=list)  # every buyer's name (joint procurement), the lead buyer first
    contact_email: str = ""
    response_url: str = ""  # where to respond: the submission or tool address, else the documents
    planned_date: date | None = None  # BT-127 the notice a PIN announces is expected then
    procedure: str = ""  # BT-105
    cpv_codes: list = field(default_factory=list)  # main first
    estimated_value: Decimal | None = None
    currency: str = ""
    framework_maximum: Decimal | None = None  # BT-271 of the procedure, else the sum of the lots'
    places: list = field(default_factory=list)
    lots: list = field(default_factory=list)
    changed_notice_id: str = ""  # BT-758 without its version suffix: a notice id, or a publication number
    changed_notice_version: str = ""
    change_reason: str = ""
    referenced_notice_ids: list = field(default_factory=list)  # OPP-090 / BT-125: notice ids or publication numbers
    has_changes: bool = False  # an efac:Changes section, even one that does not name the changed notice
    is_test: bool = False
    digest: str = ""  # of the file it was read from (run.digest_of), so that an identical file is not read twice
    results: list = field(default_factory=list)
    award_date: date | None = None

    @property
    def is_change(self):
        return bool(self.changed_notice_id) or self.has_changes or self.notice_type == "corr"

    @property
    def is_consultation(self):
        """A prior information notice only: the buyer consults the market before a call for competition."""
        return self.form_type == PLANNING and (self.notice_type.startswith("pin-") or self.notice_type == "corr")

    @property
    def version_number(self):
        return int(self.version) if self.version.isdigit() else 0

    def order_key(self):
        """A total order of the notices of one procedure: dispatch time, then a change after what it changes, then
        the version, then the identifiers (ties on dispatch are common: many buyers dispatch at 00:00:00)."""
        dispatch = self.dispatch.astimezone(UTC).isoformat() if self.dispatch else ""
        return (dispatch, 1 if self.is_change else 0, self.version_number, self.publication_number, self.notice_id)

    def references(self):
        """Every way other notices may refer to this one: its id and its publication number."""
        return {reference for reference in (self.notice_id, self.publication_number) if reference}

    @property
    def title(self):
        return pick_language(self.titles, self.language)

    @property
    def description(self):
        return pick_language(self.descriptions, self.language)

    @property
    def deadline(self):
        """The latest lot deadline: the opportunity stays open until its last lot closes."""
        deadlines = [lot.deadline for lot in self.lots if lot.deadline]
        return max(deadlines, key=lambda deadline: deadline.at) if deadlines else None

    @functools.cached_property
    def flags(self):
        from innoprocure.opportunities.importers.innovation import innovation_flags

        return innovation_flags(self)

    @property
    def is_innovation(self):
        from innoprocure.opportunities.importers.innovation import is_innovation

        return is_innovation(self.flags)

    @property
    def place_of_performance(self):
        places = list(dict.fromkeys(self.places or [place for lot in self.lots for place in lot.places]))
        return "; ".join(places)

    @property
    def ted_url(self):
        """The notice on TED: its page when the publication number is known, else a search for the notice id."""
        if self.publication_number:
            return f"https://ted.europa.eu/en/notice/-/detail/{self.publication_number}"
        if self.notice_id:
            return f"https://ted.europa.eu/en/search/result?FT={self.notice_id}&search-scope=ALL"
        return ""


def pick_language(texts, notice_language):
    """English when present, else the notice's own language, else whatever there is."""
    for language in ("en", notice_language):
        if texts.get(language):
            return texts[language]
    return next(iter(texts.values()), "")


# --- parsing ---------------------------------------------------------------------------------------------------

DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


_parsers = threading.local()


def _parser():
    # One parser per thread (lxml parsers are not meant to be shared between threads), reused for every document
    # the thread reads: a fresh one per document made parsing a sixth slower. Notices' xml:id attributes are never
    # looked up, so they are not collected either.
    parser = getattr(_parsers, "parser", None)
    if parser is None:
        parser = _parsers.parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
        )
    return parser


def parse_xml(data):
    """The root element of a safe, well-formed XML document, or NoticeError."""
    if not data or data.isspace():
        raise NotXMLError(_("The file is empty."))
    if len(data) > MAX_NOTICE_BYTES:
        raise NotXMLError(_("The file is larger than any notice could be (%(size)d MB).") % {"size": len(data) // 2**20})
    # eForms notices never carry a document type declaration; one is how entity attacks (billion laughs, external
    # entities reading local files or the network) are smuggled in, so it is refused before any parsing happens.
    if DOCTYPE.search(data):
        raise UnsafeXMLError(_("The file declares a DTD or entities, which eForms notices never do; it was not read."))
    try:
        root = etree.fromstring(data, parser=_parser())  # entities, DTDs and network are all off
    except etree.XMLSyntaxError as error:
        raise NotXMLError(_("The file is not well-formed XML (%(error)s).") % {"error": error.msg or error}) from None
    except ValueError as error:
        raise NotXMLError(_("The file is not XML (%(error)s).") % {"error": error}) from None
    if root.getroottree().docinfo.doctype:
        raise UnsafeXMLError(_("The file declares a DTD or entities, which eForms notices never do; it was not read."))
    return root


_compiled = threading.local()


def _xpath(path):
    """A compiled XPath (several times faster than element.xpath(path)), one cache per thread to stay thread-safe."""
    cache = getattr(_compiled, "cache", None)
    if cache is None:
        cache = _compiled.cache = {}
    if path not in cache:
        cache[path] = etree.XPath(path, namespaces=NS)
    return cache[path]


def _texts(node, path):
    return [text for text in (_clean(value) for value in _xpath(path)(node)) if text]


def _text(node, path):
    values = _texts(node, path)
    return values[0] if values else ""


# Control characters (other than line breaks and tabs) that some eSenders leave in texts.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean(value):
    text = value if isinstance(value, str) else (value.text or "")
    return " ".join(CONTROL_CHARACTERS.sub("", text).split())


def _clean_block(element):
    """A description: whitespace tidied within lines, line breaks kept."""
    lines = [" ".join(line.split()) for line in CONTROL_CHARACTERS.sub("", element.text or "").splitlines()]
    return "\n".join(line for line in lines if line)


def _language(code):
    code = (code or "").strip().upper()
    return LANGUAGES.get(code, code.lower() if code else "")


def _by_language(node, path, block=False, default_language=""):
    texts = {}
    for element in _xpath(path)(node):
        text = _clean_block(element) if block else _clean(element)
        if not text:
            continue
        language = _language(element.get("languageID")) or default_language
        texts.setdefault(language, text)
    return texts


OFFSET = re.compile(r"(Z|[+-]\d{2}:\d{2})$")


def _split_zone(value):
    value = (value or "").strip()
    match = OFFSET.search(value)
    if not match:
        return value, None
    zone = match.group(1)
    if zone == "Z":
        return value[: match.start()], UTC
    sign = 1 if zone[0] == "+" else -1
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    return value[: match.start()], timezone(sign * timedelta(hours=hours, minutes=minutes))


# Notices without an offset are read as TED's own (Brussels) time.
DEFAULT_ZONE = ZoneInfo("Europe/Brussels")


def parse_date(value):
    """An eForms date ("2020-02-04+02:00", "2019-06-24Z", "2020-02-04") as (date, tzinfo or None)."""
    text, zone = _split_zone(value)
    try:
        return date.fromisoformat(text), zone
    except ValueError:
        return None, None


def parse_datetime(date_value, time_value=""):
    """Date and separate time (BT-…(d) / BT-…(t)) as an aware datetime; the time's offset wins."""
    day, date_zone = parse_date(date_value)
    if day is None:
        return None
    clock, time_zone = time(23, 59, 59), None
    if time_value:
        text, time_zone = _split_zone(time_value)
        try:
            clock = time.fromisoformat(text)
        except ValueError:
            clock = time(23, 59, 59)
    zone = time_zone or date_zone or DEFAULT_ZONE
    return datetime.combine(day, clock.replace(tzinfo=None), tzinfo=zone)


def zone_name(moment, country=""):
    """An IANA zone for the offset a time was published with: the buyer country's zone when it matches, else a
    fixed-offset zone (Etc/GMT-1 is UTC+01:00), so that the instant and the published wall-clock time both survive."""
    tzinfo = moment.tzinfo
    if isinstance(tzinfo, ZoneInfo):
        return tzinfo.key
    offset = moment.utcoffset()
    candidate = MAIN_ZONES.get(country)
    if candidate and ZoneInfo(candidate).utcoffset(moment.replace(tzinfo=None)) == offset:
        return candidate
    if offset == timedelta(0):
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    if minutes % 60 == 0 and -12 <= minutes // 60 <= 14:
        hours = minutes // 60
        # POSIX sign convention: Etc/GMT-2 is two hours ahead of UTC.
        return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return "UTC"


def _decimal(value):
    try:
        number = Decimal(value.strip())
    except (InvalidOperation, AttributeError):
        return None
    if not number.is_finite() or number < 0 or number >= Decimal(10) ** 16:
        return None
    return number.quantize(Decimal("0.01"))


def _amount(node, path):
    for element in _xpath(path)(node):
        number = _decimal(element.text or "")
        if number is not None:
            return number, (element.get("currencyID") or "").strip().upper()[:3]
    return None, ""


PUBLICATION_NUMBER = re.compile(r"^0*(\d{1,8})-(\d{4})$")  # OPP-010 "00123456-2024"
OJS_REFERENCE = re.compile(r"^(\d{4})\s*/\s*S\s*\d{1,3}\s*-\s*0*(\d{1,8})$", re.IGNORECASE)  # "2024/S 123-456789"


def publication_number(value):
    """ "00123456-2024" or the OJ S reference "2024/S 045-123456" → "123456-2024"; "" when it is neither."""
    value = (value or "").strip()
    match = PUBLICATION_NUMBER.match(value)
    if match:
        return f"{match.group(1)}-{match.group(2)}"
    match = OJS_REFERENCE.match(value)
    if match:
        return f"{match.group(2)}-{match.group(1)}"
    return ""


def _base_notice_id(reference):
    """A reference to another notice as a key: "c4c415ee-…-57568cf69462-01" → ("c4c415ee-…-57568cf69462", "01")
    (BT-758 / BT-125 add the version); a publication number in any of its forms → ("123456-2024", "")."""
    reference = (reference or "").strip()
    number = publication_number(reference)
    if number:
        return number, ""
    match = re.match(r"^(.*[0-9a-fA-F]{12})-(\d{2})$", reference)
    if match:
        return match.group(1), match.group(2)
    return reference, ""


def _places(project):
    places = []
    for location in _xpath("cac:RealizedLocation")(project):
        address = location.find("cac:Address", NS)
        if address is None:
            continue
        country = _text(address, "cac:Country/cbc:IdentificationCode")
        name = country_name(country) or country
        region = _text(address, "cbc:Region")
        if region == "anyw-cou" and name:
            places.append(f"Anywhere in {name}")
            continue
        parts = [
            _text(address, "cbc:CityName"),
            _text(address, "cbc:CountrySubentityCode"),
            REGIONS.get(region, region),
            name,
        ]
        text = ", ".join(dict.fromkeys(part for part in parts if part))
        if text:
            places.append(text)
    return places


def _cpv_codes(project):
    codes = _texts(project, "cac:MainCommodityClassification/cbc:ItemClassificationCode[@listName='cpv']")
    codes += _texts(project, "cac:AdditionalCommodityClassification/cbc:ItemClassificationCode[@listName='cpv']")
    return list(dict.fromkeys(codes))


DEADLINE_PATHS = [
    ("tenders", "cac:TenderSubmissionDeadlinePeriod"),  # BT-131
    ("requests", "cac:ParticipationRequestReceptionPeriod"),  # BT-1311
    ("interest", f"{EXT}/efac:InterestExpressionReceptionPeriod"),  # BT-630
]
DURATION_DAYS = {"DAY": 1, "WEEK": 7, "MONTH": 30, "YEAR": 365}


def _deadlines(lot_element, country):
    """Every deadline of a lot, one per kind, in the order tenders, requests to participate, expressions of interest."""
    process = lot_element.find("cac:TenderingProcess", NS)
    if process is None:
        return []
    deadlines = []
    for kind, path in DEADLINE_PATHS:
        for period in _xpath(path)(process):
            moment = parse_datetime(_text(period, "cbc:EndDate"), _text(period, "cbc:EndTime"))
            if moment is not None:
                deadlines.append(Deadline(at=moment, kind=kind, zone=zone_name(moment, country)))
                break
    return deadlines


def _duration_days(period):
    for element in _xpath("cbc:DurationMeasure")(period):
        amount = _decimal(element.text or "")
        unit = DURATION_DAYS.get((element.get("unitCode") or "").upper())
        if amount is not None and unit:
            return int(amount * unit)
    return None


def _lot(element, language, country):
    project = element.find("cac:ProcurementProject", NS)
    lot = Lot(lot_id=_text(element, "cbc:ID"))
    if project is not None:
        lot.titles = _by_language(project, "cbc:Name", default_language=language)
        lot.descriptions = _by_language(project, "cbc:Description", block=True, default_language=language)
        lot.cpv_codes = _cpv_codes(project)
        lot.estimated_value, lot.currency = _amount(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
        types = "cac:ProcurementAdditionalType/cbc:ProcurementTypeCode[@listName='{}']"
        lot.innovative_acquisition = [
            code for code in dict.fromkeys(_texts(project, types.format("innovative-acquisition"))) if code != "none"
        ]
        lot.strategic_procurement = [
            code for code in dict.fromkeys(_texts(project, types.format("strategic-procurement"))) if code != "none"
        ]
        lot.places = _places(project)
        lot.framework_maximum = _amount(project, f"cac:RequestedTenderTotal/{EXT}/efbc:FrameworkMaximumAmount")[0]
        for period in _xpath("cac:PlannedPeriod")(project):
            lot.end_date = parse_date(_text(period, "cbc:EndDate"))[0]
            lot.duration_days = _duration_days(period)
    lot.deadlines = _deadlines(element, country)
    lot.deadline = lot.deadlines[0] if lot.deadlines else None
    return lot


def _organisations(root):
    organisations = {}
    for company in _xpath(f"{EXT}/efac:Organizations/efac:Organization/efac:Company")(root):
        org_id = _text(company, "cac:PartyIdentification/cbc:ID")
        if org_id:
            organisations[org_id] = company
    return organisations


def _company_name(company, language):
    names = _by_language(company, "cac:PartyName/cbc:Name", default_language=language)
    return pick_language(names, language)


def _form_type(root, notice_type, subtype):
    element = root.find("cbc:NoticeTypeCode", NS)
    listed = (element.get("listName") or "").strip() if element is not None else ""
    if listed == CHANGE or notice_type == "corr":
        # SDK 1.8 and earlier: the change has a form type of its own; what it changes is told by the subtype.
        number = int(subtype) if subtype.isdigit() else 0
        return next((form_type for numbers, form_type in SUBTYPE_FORM_TYPES if number in numbers), COMPETITION)
    if listed:
        return listed
    for prefix, form_type in FORM_TYPES_BY_PREFIX:
        if notice_type.startswith(prefix):
            return form_type
    return ""


def _results(root, organisations, language):
    result_root = _xpath(f"{EXT}/efac:NoticeResult")(root)
    if not result_root:
        return []
    result_root = result_root[0]
    parties = {}
    for party in _xpath("efac:TenderingParty")(result_root):
        names = []
        for org_id in _texts(party, "efac:Tenderer/cbc:ID"):
            company = organisations.get(org_id)
            name = _company_name(company, language) if company is not None else ""
            if name:
                names.append(name)
        parties[_text(party, "cbc:ID")] = names
    tenders = {}
    for tender in _xpath("efac:LotTender")(result_root):
        value, currency = _amount(tender, "cac:LegalMonetaryTotal/cbc:PayableAmount")
        tenders[_text(tender, "cbc:ID")] = (parties.get(_text(tender, "efac:TenderingParty/cbc:ID"), []), value, currency)
    results = []
    for lot_result in _xpath("efac:LotResult")(result_root):
        result = LotResult(
            lot_id=_text(lot_result, "efac:TenderLot/cbc:ID"), result_code=_text(lot_result, "cbc:TenderResultCode")
        )
        total = Decimal(0)
        for tender_id in _texts(lot_result, "efac:LotTender/cbc:ID"):
            winners, value, currency = tenders.get(tender_id, ([], None, ""))
            result.winners.extend(name for name in winners if name not in result.winners)
            if value is not None:
                total += value
                result.currency = result.currency or currency
        result.value = total if result.currency else None
        results.append(result)
    return results


def parse_notice(data, source=""):
    """A Notice from the bytes of one eForms XML file; NoticeError (with the reason) when it cannot be one."""
    root = parse_xml(data)
    local_name = etree.QName(root).localname
    if local_name not in UBL_ROOTS or etree.QName(root).namespace != UBL_NAMESPACE.format(local_name):
        raise NotEFormsError(
            _("Not an eForms notice: the document is a “%(root)s”, not a contract, prior information or award notice.")
            % {"root": local_name}
        )

    notice = Notice(source=source)
    notice.notice_id = _text(root, "cbc:ID[@schemeName='notice-id']") or _text(root, "cbc:ID")
    notice.version = _text(root, "cbc:VersionID")
    notice.procedure_id = _text(root, "cbc:ContractFolderID")
    notice.notice_type = _text(root, "cbc:NoticeTypeCode")
    notice.subtype = _text(root, f"{EXT}/efac:NoticeSubType/cbc:SubTypeCode")
    notice.form_type = _form_type(root, notice.notice_type, notice.subtype)
    notice.language = _language(_text(root, "cbc:NoticeLanguageCode"))
    notice.dispatch = parse_datetime(_text(root, "cbc:IssueDate"), _text(root, "cbc:IssueTime"))
    published_as = _text(root, f"{EXT}/efac:Publication/efbc:NoticePublicationID[@schemeName='ojs-notice-id']")
    notice.publication_number = publication_number(published_as) or published_as
    notice.publication_date = parse_date(_text(root, f"{EXT}/efac:Publication/efbc:PublicationDate"))[0]

    notice.has_changes = bool(_xpath(f"{EXT}/efac:Changes")(root))
    changed = _text(root, f"{EXT}/efac:Changes/efbc:ChangedNoticeIdentifier")
    if changed:
        notice.changed_notice_id, notice.changed_notice_version = _base_notice_id(changed)
        notice.change_reason = _text(root, f"{EXT}/efac:Changes/efac:ChangeReason/cbc:ReasonCode")
    references = _texts(root, "cac:TenderingProcess/cac:NoticeDocumentReference/cbc:ID")
    references += _texts(root, "cac:ProcurementProjectLot/cac:TenderingProcess/cac:NoticeDocumentReference/cbc:ID")
    notice.referenced_notice_ids = list(dict.fromkeys(_base_notice_id(reference)[0] for reference in references))
    notice.planned_date = parse_date(_text(root, "cbc:PlannedDate"))[0]

    project = root.find("cac:ProcurementProject", NS)
    if project is not None:
        notice.titles = _by_language(project, "cbc:Name", default_language=notice.language)
        notice.descriptions = _by_language(project, "cbc:Description", block=True, default_language=notice.language)
        notice.cpv_codes = _cpv_codes(project)
        notice.estimated_value, notice.currency = _amount(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
        notice.framework_maximum = _amount(project, f"cac:RequestedTenderTotal/{EXT}/efbc:FrameworkMaximumAmount")[0]
        notice.places = _places(project)

    organisations = _organisations(root)
    # Joint procurement: one ContractingParty per buyer (OPT-300), the lead buyer first.
    buyer_ids = _texts(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID")
    buyers = [organisations[org_id] for org_id in dict.fromkeys(buyer_ids) if org_id in organisations]
    notice.buyers = [name for name in dict.fromkeys(_company_name(buyer, notice.language) for buyer in buyers) if name]
    if buyers:
        buyer = buyers[0]
        notice.buyer_name = _company_name(buyer, notice.language)
        notice.buyer_country_code = _text(buyer, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")
        notice.buyer_country = alpha2(notice.buyer_country_code)
        notice.buyer_website = _text(buyer, "cbc:WebsiteURI")
        notice.contact_email = _text(buyer, "cac:Contact/cbc:ElectronicMail")
    notice.buyer_website = notice.buyer_website or _text(root, "cac:ContractingParty/cbc:BuyerProfileURI")
    notice.procedure = _text(root, "cac:TenderingProcess/cbc:ProcedureCode")
    notice.response_url = next(
        iter(
            _texts(root, "cac:ProcurementProjectLot/cac:TenderingTerms/cac:TenderRecipientParty/cbc:EndpointID")  # BT-18
            + _texts(root, "cac:ProcurementProjectLot/cac:TenderingProcess/cbc:AccessToolsURI")  # BT-124
            + _texts(
                root,
                "cac:ProcurementProjectLot/cac:TenderingTerms/cac:CallForTendersDocumentReference"
                "/cac:Attachment/cac:ExternalReference/cbc:URI",  # BT-15
            )
        ),
        "",
    )

    lots = _xpath("cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']")(root)
    # Prior information notices only divide their object into parts.
    lots = lots or _xpath("cac:ProcurementProjectLot[cbc:ID/@schemeName='Part']")(root)
    for element in lots:
        lot = _lot(element, notice.language, notice.buyer_country)
        notice.lots.append(lot)
        notice.cpv_codes.extend(code for code in lot.cpv_codes if code not in notice.cpv_codes)
    if notice.estimated_value is None:
        # No overall value: the lots' values add up when they share one currency.
        valued = [lot for lot in notice.lots if lot.estimated_value is not None]
        currencies = {lot.currency for lot in valued}
        if valued and len(currencies) == 1:
            notice.estimated_value = sum((lot.estimated_value for lot in valued), Decimal(0))
            notice.currency = currencies.pop()
    if notice.framework_maximum is None and any(lot.framework_maximum is not None for lot in notice.lots):
        notice.framework_maximum = sum((lot.framework_maximum or Decimal(0) for lot in notice.lots), Decimal(0))
    if not notice.titles:
        # Some notices title only their lots.
        for lot in notice.lots:
            if lot.titles:
                notice.titles = dict(lot.titles)
                break

    notice.results = _results(root, organisations, notice.language)
    award_dates = [
        parse_date(value)[0]
        for value in _texts(root, f"{EXT}/efac:NoticeResult/efac:SettledContract/cbc:AwardDate")
        + _texts(root, f"{EXT}/efac:NoticeResult/efac:SettledContract/cbc:IssueDate")
    ]
    award_dates = [day for day in award_dates if day]
    notice.award_date = min(award_dates) if award_dates else None
    notice.is_test = any(TEST_TITLE.search(text) for text in notice.titles.values()) or any(
        PLACEHOLDER_TEXT.search(text) for text in notice.descriptions.values()
    )

    check_required(notice)
    return notice


def check_required(notice):
    """Refuse a notice missing what the platform needs to show or match it, naming every missing field."""
    missing = []
    if not notice.notice_id:
        missing.append(_("notice identifier (BT-701)"))
    if not notice.form_type:
        missing.append(_("notice type (BT-02)"))
    if notice.form_type in (COMPETITION, PLANNING):
        if notice.dispatch is None:
            missing.append(_("dispatch date (BT-05)"))
        if not notice.titles:
            missing.append(_("title (BT-21)"))
        if not notice.buyer_name:
            missing.append(_("buyer (OPT-300 and its organisation)"))
    if notice.form_type == RESULT and not notice.procedure_id:
        missing.append(_("procedure identifier (BT-04)"))
    if missing:
        raise IncompleteNoticeError(_("The notice lacks required fields: %(fields)s.") % {"fields": ", ".join(missing)})
