"""Reading eForms notices (no database): field values, languages, dates with zones, flags, and safe XML parsing.

Test data: the eForms SDK example notices in `tests/data/eforms-sdk-examples/` — © European Union,
Publications Office, CC BY 4.0 (OP-TED eForms SDK 1.15.1, examples/notices/). Keep this attribution wherever the
files are used.
"""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from lxml import etree

from innoprocure.opportunities.importers import eforms
from innoprocure.opportunities.tests.samples import example


def parse(name, replace=()):
    data = example(name)
    for old, new in replace:
        assert old in data, f"{old!r} not in {name}"
        data = data.replace(old, new)
    return eforms.parse_notice(data, source=name)


def test_minimal_contract_notice_fields():
    notice = parse("cn_24_minimal.xml")
    assert notice.form_type == eforms.COMPETITION
    assert notice.notice_type == "cn-standard"
    assert notice.notice_id == "f42be27e-09cf-4f0e-a745-63ec689631e6"
    assert notice.procedure_id == "4805c409-5939-4be9-8abd-837f7a5fee23"
    assert notice.language == "en"
    assert notice.dispatch == datetime(2019, 11, 21, 0, 0, tzinfo=timezone(timedelta(hours=1)))
    assert notice.title.startswith("Provision of IT Services Related to OP IT Systems")
    assert notice.description.startswith("Provision of IT services related to the information systems")
    assert notice.buyer_name == "Publications Office of the European Union"
    assert notice.buyer_country == "LU"
    assert notice.procedure == "open"
    assert notice.cpv_codes == ["72230000"]
    assert notice.place_of_performance == "FRD22, France"
    assert [lot.lot_id for lot in notice.lots] == ["LOT-0000"]
    assert notice.flags == [] and not notice.is_innovation
    assert notice.ted_url == "https://ted.europa.eu/en/search/result?FT=f42be27e-09cf-4f0e-a745-63ec689631e6&search-scope=ALL"


def test_deadline_keeps_the_instant_and_names_a_zone_for_its_offset():
    # 2020-02-04 10:00 at +02:00 — Luxembourg is at +01:00 in February, so the zone is the fixed offset.
    deadline = parse("cn_24_minimal.xml").deadline
    assert deadline.at == datetime(2020, 2, 4, 8, 0, tzinfo=UTC)
    assert deadline.kind == "tenders"
    assert deadline.zone == "Etc/GMT-2"
    # A British notice at +01:00 in April is London summer time.
    deadline = parse("cn_24_open.xml").deadline
    assert deadline.at == datetime(2020, 4, 3, 11, 0, tzinfo=UTC)
    assert deadline.zone == "Europe/London"
    # "2019-06-24Z": the zone is UTC.
    assert parse("cn_24_FRA_comments.xml").deadline.zone == "UTC"


def test_request_to_participate_deadline_when_there_is_no_tender_deadline():
    notice = parse("cn_24_maximal.xml")
    assert notice.deadline.kind == "requests"
    assert notice.deadline.at == datetime(2023, 5, 22, 20, 59, 32, tzinfo=timezone(timedelta(hours=1)))
    assert len(notice.lots) == 2
    assert all(lot.deadline is not None for lot in notice.lots)


def test_innovation_flags_from_bt776_bt06_and_procedure():
    maximal = parse("cn_24_maximal.xml")
    assert maximal.flags == ["innovative-acquisition:proc-innov", "strategic-procurement:env-imp"]
    assert maximal.is_innovation
    social = parse("cn-social_25.xml")
    assert social.flags == ["innovative-acquisition:rd-act", "procedure:innovation"]
    assert parse("pin-cfc_24.xml").flags == ["procedure:innovation"]
    assert parse("veat_81.xml").flags == ["cpv:research-development", "innovative-acquisition:prod-innov"]
    dialogue = parse("cn_24_open.xml", replace=[(b">open</cbc:ProcedureCode>", b">comp-dial</cbc:ProcedureCode>")])
    assert dialogue.flags == ["procedure:comp-dial"] and dialogue.is_innovation


def test_environmental_strategic_procurement_alone_is_a_flag_but_not_innovation():
    notice = parse(
        "cn_24_maximal.xml",
        replace=[(b'listName="innovative-acquisition">proc-innov', b'listName="innovative-acquisition">none')],
    )
    assert notice.flags == ["strategic-procurement:env-imp"]
    assert not notice.is_innovation
    purchase = parse(
        "cn_24_maximal.xml",
        replace=[
            (b'listName="innovative-acquisition">proc-innov', b'listName="innovative-acquisition">none'),
            (b'listName="strategic-procurement">env-imp', b'listName="strategic-procurement">inn-pur'),
        ],
    )
    assert purchase.flags == ["strategic-procurement:inn-pur"] and purchase.is_innovation


def test_other_currency_and_country():
    notice = parse("cn-social_25.xml")
    assert (notice.estimated_value, notice.currency) == (Decimal("1231.00"), "BWP")
    assert notice.buyer_country == "GR"
    assert notice.deadline.zone == "Europe/Athens"


def test_multilingual_notice_keeps_every_language_and_shows_english():
    notice = parse("cn_24_multilingual.xml")
    assert len(notice.titles) == 24 and len(notice.descriptions) == 24
    assert {"en", "de", "fr", "ga", "mt", "el"} <= set(notice.titles)
    assert notice.title == notice.titles["en"]
    # A German notice with an English version: English is shown, German kept.
    german = parse("cn_24_multilingual.xml", replace=[(b"<cbc:NoticeLanguageCode>ENG", b"<cbc:NoticeLanguageCode>DEU")])
    assert german.language == "de"
    assert german.title == german.titles["en"]
    # Without English, the notice's own language.
    without_english = parse(
        "cn_24_multilingual.xml",
        replace=[(b"<cbc:NoticeLanguageCode>ENG", b"<cbc:NoticeLanguageCode>DEU"), (b'languageID="ENG"', b'languageID="XXX"')],
    )
    assert without_english.title == without_english.titles["de"]


def test_notice_in_its_own_language():
    notice = parse("cn_24_open_accel.xml")
    assert notice.language == "it"
    assert notice.title.startswith("Procedura aperta accelerata")
    assert list(notice.titles) == ["it"]


def test_change_notice_refers_to_the_notice_it_changes():
    change = parse("change-cn_24_open_dates.xml")
    original = parse("cn_24_open.xml")
    assert change.is_change and not original.is_change
    assert change.changed_notice_id == original.notice_id
    assert change.changed_notice_version == "01"
    assert change.procedure_id == original.procedure_id
    assert change.deadline.at == datetime(2020, 6, 12, 11, 0, tzinfo=UTC)


def test_award_notice_results():
    notice = parse("can_24_UKRI.xml")
    assert notice.form_type == eforms.RESULT
    [result] = notice.results
    assert (result.lot_id, result.result_code, result.winners) == ("LOT-0000", "selec-w", ["Ramboll UK Ltd"])
    assert (result.value, result.currency) == (Decimal("60000000.00"), "GBP")
    assert notice.award_date.isoformat() == "2020-04-09"


def test_publication_number_gives_the_notice_page_on_ted():
    publication = (
        b'<efac:Publication><efbc:NoticePublicationID schemeName="ojs-notice-id">00123456-2020</efbc:NoticePublicationID>'
        b'<efbc:GazetteID schemeName="ojs-id">45/2020</efbc:GazetteID><efbc:PublicationDate>2020-03-04+01:00'
        b"</efbc:PublicationDate></efac:Publication><efac:NoticeSubType>"
    )
    notice = parse("cn_24_open.xml", replace=[(b"<efac:NoticeSubType>", publication)])
    assert notice.publication_number == "123456-2020"
    assert notice.publication_date.isoformat() == "2020-03-04"
    assert notice.ted_url == "https://ted.europa.eu/en/notice/-/detail/123456-2020"


def test_empty_notice_is_refused_naming_what_is_missing():
    with pytest.raises(eforms.IncompleteNoticeError) as error:
        parse("INVALID_cn_24_empty.xml")
    assert "notice identifier (BT-701)" in str(error.value)
    assert "title (BT-21)" in str(error.value)
    assert "buyer" in str(error.value)


@pytest.mark.parametrize(
    ("data", "error_class", "words"),
    [
        (b"", eforms.NotXMLError, "empty"),
        (b"Title;Deadline\nRoads;2024-01-01\n", eforms.NotXMLError, "not well-formed XML"),
        (b"<?xml version='1.0'?><ContractNotice><unclosed></ContractNotice>", eforms.NotXMLError, "not well-formed XML"),
        (b"<rss version='2.0'><channel/></rss>", eforms.NotEFormsError, "Not an eForms notice"),
        (b"<ContractNotice/>", eforms.NotEFormsError, "Not an eForms notice"),  # right name, no UBL namespace
    ],
)
def test_files_that_are_not_notices_are_refused_with_a_reason(data, error_class, words):
    with pytest.raises(error_class) as error:
        eforms.parse_notice(data, source="bad.xml")
    assert words in str(error.value)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID schemeName="notice-id">&lol9;</cbc:ID>
</ContractNotice>"""


def external_entity(path):
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE notice [ <!ENTITY secret SYSTEM "file://%s"> ]>\n'
        b'<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
        b'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        b'<cbc:ID schemeName="notice-id">&secret;</cbc:ID></ContractNotice>' % str(path).encode()
    )


def test_billion_laughs_is_refused():
    with pytest.raises(eforms.UnsafeXMLError) as error:
        eforms.parse_notice(BILLION_LAUGHS, source="lolz.xml")
    assert "DTD or entities" in str(error.value)


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    with pytest.raises(eforms.UnsafeXMLError) as error:
        eforms.parse_notice(external_entity(secret), source="xxe.xml")
    assert "TOP-SECRET-CONTENT" not in str(error.value)


def test_the_parser_itself_never_expands_entities(tmp_path):
    """Second line of defence, should the DTD check ever be bypassed: lxml is configured not to expand."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    root = etree.fromstring(external_entity(secret), parser=eforms._parser())  # the safe parser under test
    assert "TOP-SECRET-CONTENT" not in etree.tostring(root, encoding="unicode")
    try:
        root = etree.fromstring(BILLION_LAUGHS, parser=eforms._parser())
    except etree.XMLSyntaxError as error:
        # Recent libxml2 stops at the amplification limit before building anything.
        assert "amplification" in str(error)
    else:
        assert len(etree.tostring(root)) < 2000  # the entity reference stays a reference: nothing multiplied


def test_dates_with_and_without_zones():
    plus_two = timezone(timedelta(hours=2))
    assert eforms.parse_datetime("2020-02-04+02:00", "10:00:00+02:00") == datetime(2020, 2, 4, 10, tzinfo=plus_two)
    assert eforms.parse_datetime("2019-06-24Z", "16:00:00Z") == datetime(2019, 6, 24, 16, tzinfo=UTC)
    # Only a date: the end of that day.
    assert eforms.parse_datetime("2019-06-24Z") == datetime(2019, 6, 24, 23, 59, 59, tzinfo=UTC)
    # No zone at all: TED's own time (Brussels).
    assert eforms.parse_datetime("2024-01-10", "12:00:00").utcoffset() == timedelta(hours=1)
    assert eforms.parse_datetime("not a date") is None
    assert eforms.zone_name(datetime(2020, 7, 1, 12, tzinfo=plus_two), "DE") == "Europe/Berlin"
    assert eforms.zone_name(datetime(2020, 7, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30))), "") == "UTC"
