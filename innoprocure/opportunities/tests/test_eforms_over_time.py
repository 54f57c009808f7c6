"""The importer over time, in the shapes real TED notices take (see notices.py): status of notices without a
deadline, test notices, changes in any order and however they name the notice they change, awards before their
contract notice, SDK 1.8 change notices, joint buyers, framework values, deadline kinds and market consultations.

Test data: the eForms SDK example notices — © European Union, Publications Office, CC BY 4.0.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from innoprocure.opportunities.models import Opportunity, TedNotice
from innoprocure.opportunities.tests import notices
from innoprocure.opportunities.tests.notices import CN_OPEN_ID, CN_OPEN_PROCEDURE, replace
from innoprocure.opportunities.tests.samples import example
from innoprocure.opportunities.tests.test_eforms_import import import_bytes

pytestmark = pytest.mark.django_db

CHANGED_DEADLINE = datetime(2020, 6, 12, 11, 0, tzinfo=UTC)
ORIGINAL_DEADLINE = datetime(2020, 4, 3, 11, 0, tzinfo=UTC)


def only_opportunity():
    [opportunity] = Opportunity.objects.filter(ted_procedure_id=CN_OPEN_PROCEDURE)
    return opportunity


# --- 1. notices without a deadline are open only within their validity ----------------------------------------


DISPATCHED = datetime(2020, 2, 28, 11, 32, 13, tzinfo=UTC)  # cn_24_open


def test_a_notice_without_deadline_closes_when_its_validity_ends():
    import_bytes(("no-deadline.xml", notices.without_deadline(example("cn_24_open.xml"))))
    opportunity = Opportunity.objects.get()
    assert opportunity.deadline is None
    # Nothing in it says how long it runs (only the contract's duration): the default of 180 days from dispatch.
    assert opportunity.valid_until == DISPATCHED + timedelta(days=180)
    assert opportunity.status_at(DISPATCHED + timedelta(days=30)).code == "open"
    assert opportunity.status == "closed"
    assert not Opportunity.objects.current().exists()
    assert Opportunity.objects.closed().get() == opportunity


def test_the_validity_default_is_a_setting(settings):
    settings.TED_VALIDITY_DAYS = 30
    import_bytes(("no-deadline.xml", notices.without_deadline(example("cn_24_open.xml"))))
    assert Opportunity.objects.get().valid_until == DISPATCHED + timedelta(days=30)


def test_a_qualification_system_is_open_until_its_end_date():
    data = notices.without_deadline(example("cn_24_open.xml"), notice_type="qu-sy")
    data = replace(
        data,
        (
            b'<cbc:DurationMeasure unitCode="MONTH">36</cbc:DurationMeasure>',
            b"<cbc:EndDate>2024-03-31+02:00</cbc:EndDate>",
        ),
    )
    import_bytes(("qs.xml", data))
    opportunity = only_opportunity()
    assert opportunity.valid_until == datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC)
    assert opportunity.status_at(datetime(2024, 3, 1, tzinfo=UTC)).code == "open"
    assert opportunity.status == "closed"


def test_a_qualification_system_without_end_date_runs_for_its_duration():
    import_bytes(("qs.xml", notices.without_deadline(example("cn_24_open.xml"), notice_type="qu-sy")))
    # 36 months from dispatch.
    assert only_opportunity().valid_until == DISPATCHED + timedelta(days=36 * 30)


def test_a_test_notice_is_skipped_with_the_reason():
    data = replace(
        example("cn_24_minimal.xml"),
        (
            b"Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)",
            b"TEST NOTICE - do not bid",
        ),
    )
    report = import_bytes(("test.xml", data))
    assert report.results[0].status == "skipped"
    assert "A test notice" in report.results[0].reason
    assert not Opportunity.objects.exists()


def test_lorem_ipsum_placeholder_text_makes_a_test_notice():
    data = replace(
        example("cn_24_minimal.xml"),
        (b"Provision of IT services related to the information systems", b"Lorem ipsum dolor sit amet"),
    )
    assert import_bytes(("lorem.xml", data)).results[0].status == "skipped"


# --- 2. a change dispatched at the same second as its original is never undone ---------------------------------


@pytest.mark.parametrize("order", ["original first", "change first"])
def test_a_change_dispatched_at_the_same_time_survives_re_importing_the_original(order):
    # Belgian notices are dispatched at 00:00:00: the original and its change carry the same time.
    original = notices.dispatched(example("cn_24_open.xml"), "2020-04-17+01:00", "00:00:00+01:00")
    change = notices.dispatched(notices.change_of_cn_open(), "2020-04-17+01:00", "00:00:00+01:00")
    files = [("original.xml", original), ("change.xml", change)]
    for name, data in files if order == "original first" else reversed(files):
        import_bytes((name, data))
    assert only_opportunity().deadline == CHANGED_DEADLINE
    # The original again, even re-sent with a new byte in it: still the change's deadline.
    report = import_bytes(("original-again.xml", original.replace(b"</ContractNotice>", b"</ContractNotice>\n")))
    assert report.results[0].status == "skipped" and "older version" in report.results[0].reason
    assert only_opportunity().deadline == CHANGED_DEADLINE


# --- 3. changes that name the changed notice by publication number, or not at all ------------------------------


@pytest.mark.parametrize("reference", ["00123456-2020", "2020/S 044-123456", None], ids=["number", "ojs", "none"])
def test_a_change_that_arrives_first_does_not_make_a_duplicate(reference):
    change = notices.change_of_cn_open(reference=reference)
    original = notices.published(example("cn_24_open.xml"), "00123456-2020")
    first = import_bytes(("change.xml", change))
    assert first.results[0].status == "created"
    second = import_bytes(("original.xml", original))
    assert second.results[0].status == "skipped", second.results[0].reason
    opportunity = only_opportunity()
    assert opportunity.deadline == CHANGED_DEADLINE
    assert opportunity.ted_notices.count() == 2


@pytest.mark.parametrize("reference", ["00123456-2020", "2020/S 044-123456", None], ids=["number", "ojs", "none"])
def test_a_change_after_its_original_updates_it_however_it_names_it(reference):
    import_bytes(("original.xml", notices.published(example("cn_24_open.xml"), "00123456-2020")))
    report = import_bytes(("change.xml", notices.change_of_cn_open(reference=reference)))
    assert report.results[0].status == "updated"
    assert only_opportunity().deadline == CHANGED_DEADLINE


def test_a_chain_of_changes_gives_the_last_one_in_any_order():
    second_change = replace(
        notices.change_of_cn_open(),
        (notices.CHANGE_ID.encode(), b"0b7d2a51-3c1e-4a8e-9d6f-2f4c5e6a7b8c"),
        (f"{CN_OPEN_ID}-01".encode(), f"{notices.CHANGE_ID}-01".encode()),
        (b"<cbc:IssueDate>2020-04-17+01:00", b"<cbc:IssueDate>2020-05-04+01:00"),
        (b"<cbc:EndDate>2020-06-12+01:00", b"<cbc:EndDate>2020-06-26+01:00"),
    )
    files = [("change-2.xml", second_change), ("original.xml", example("cn_24_open.xml"))]
    files.append(("change-1.xml", example("change-cn_24_open_dates.xml")))
    for name, data in files:  # every notice in a run of its own, the last change first
        import_bytes((name, data))
    assert only_opportunity().deadline == datetime(2020, 6, 26, 11, 0, tzinfo=UTC)


# --- 4. older SDKs, awards first, joint buyers, framework values, deadline kinds ---------------------------------


def test_an_sdk_1_8_change_notice_is_applied():
    import_bytes(("original.xml", example("cn_24_open.xml")))
    report = import_bytes(("corr.xml", notices.as_sdk_1_8_change(example("change-cn_24_open_dates.xml"))))
    assert report.results[0].status == "updated", report.results[0].reason
    assert only_opportunity().deadline == CHANGED_DEADLINE


def test_an_sdk_1_8_change_of_a_prior_information_notice_updates_the_consultation():
    import_bytes(("pin.xml", example("pin-only_24_lots.xml")))
    change = replace(
        example("pin-only_24_lots.xml"),
        (b'<cbc:NoticeTypeCode listName="planning">pin-only</cbc:NoticeTypeCode>',
         b'<cbc:NoticeTypeCode listName="change">corr</cbc:NoticeTypeCode>'),
        (b"199b243b-4daf-4d7d-ba7c-f37f88102480", b"5d0c7a8e-2f1b-4c3d-9e8f-7a6b5c4d3e2f"),
        (b"<cbc:IssueDate>2020-04-02+01:00", b"<cbc:IssueDate>2020-04-20+01:00"),
        (b"Market Engagement Opportunity", b"Market Engagement Opportunity (extended)"),
        (b"<efext:EformsExtension>", b"<efext:EformsExtension><efac:Changes><efbc:ChangedNoticeIdentifier>"
         b"199b243b-4daf-4d7d-ba7c-f37f88102480-01</efbc:ChangedNoticeIdentifier></efac:Changes>"),
    )  # fmt: skip
    report = import_bytes(("corr.xml", change))
    assert report.results[0].status == "updated", report.results[0].reason
    assert Opportunity.objects.get().title.endswith("(extended)")


def test_an_award_read_before_its_contract_notice_is_applied_when_it_arrives():
    award = example("can_24_UKRI.xml").replace(b"7b400e9a-0469-440b-8d64-9a68d4677806", CN_OPEN_PROCEDURE.encode())
    first = import_bytes(("award.xml", award))
    assert first.results[0].status == "skipped" and "kept and applied" in first.results[0].reason
    import_bytes(("original.xml", example("cn_24_open.xml")))
    opportunity = only_opportunity()
    assert opportunity.awarded and opportunity.status == "closed"
    assert opportunity.award_note.startswith("Contract award notice")
    assert TedNotice.objects.get(kind="result").opportunity == opportunity


def test_every_joint_buyer_is_kept():
    data = example("cn_24_open.xml")
    party = data[data.index(b"<cac:ContractingParty>") : data.index(b"</cac:ContractingParty>") + 23]
    organisation = data[data.index(b"<efac:Organization>") : data.index(b"</efac:Organization>") + 20]
    second_party = party.replace(b">ORG-0001<", b">ORG-0099<")
    second_organisation = organisation.replace(b">ORG-0001<", b">ORG-0099<").replace(
        b"Renfrewshire Council", b"Inverclyde Council"
    )
    data = data.replace(party, party + second_party, 1).replace(organisation, organisation + second_organisation, 1)
    import_bytes(("joint.xml", data))
    opportunity = only_opportunity()
    assert opportunity.buyers == ["Renfrewshire Council", "Inverclyde Council"]
    assert opportunity.organisation == "Renfrewshire Council"


def test_framework_maximum_value_and_deadline_kinds():
    framework = (
        b"<cac:RequestedTenderTotal><ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>"
        b'<efbc:FrameworkMaximumAmount currencyID="EUR">2500000</efbc:FrameworkMaximumAmount>'
        b"</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>"
    )
    data = example("cn_24_maximal.xml").replace(b"<cac:RequestedTenderTotal>", framework, 1)
    import_bytes(("framework.xml", data))
    opportunity = Opportunity.objects.get(ted_notice_id="14549263-b47b-4e59-96a1-2d0d13e19343")
    assert opportunity.framework_maximum == Decimal("2500000.00")
    # Only requests to participate are due (BT-1311): the deadline says so, for the notice and each lot.
    assert opportunity.deadline_kind == "requests"
    assert {lot.deadline_kind for lot in opportunity.lots.all()} == {"requests"}
    assert all(lot.deadlines and lot.deadlines[0]["kind"] == "requests" for lot in opportunity.lots.all())


def test_a_lot_keeps_each_of_its_deadlines():
    requests = b"<cac:ParticipationRequestReceptionPeriod><cbc:EndDate>2020-03-20+01:00</cbc:EndDate>"
    requests += b"<cbc:EndTime>12:00:00+01:00</cbc:EndTime></cac:ParticipationRequestReceptionPeriod>"
    data = example("cn_24_open.xml").replace(
        b"<cac:TenderSubmissionDeadlinePeriod>", requests + b"<cac:TenderSubmissionDeadlinePeriod>"
    )
    import_bytes(("both.xml", data))
    lot = only_opportunity().lots.get()
    assert [deadline["kind"] for deadline in lot.deadlines] == ["tenders", "requests"]
    assert lot.deadline == ORIGINAL_DEADLINE and lot.deadline_kind == "tenders"


# --- 5. market consultations from prior information notices ----------------------------------------------------


def test_a_pin_only_becomes_an_open_market_consultation_with_how_to_respond():
    report = import_bytes(("pin-only.xml", example("pin-only_24_lots.xml")))
    assert report.results[0].status == "created"
    consultation = Opportunity.objects.get()
    assert consultation.opportunity_type == "market-consultation"
    assert consultation.title == "Fusion21 Materials Supply Framework — Market Engagement Opportunity"
    assert consultation.response_url == "https://fusion21.delta-esourcing.com/respond/44JDE788CH"
    assert consultation.contact_email == "contact@fusion21.co.uk"
    assert consultation.expected_call_date.isoformat() == "2020-06-30"
    # Open until the call for competition is expected (BT-127), at the latest.
    assert consultation.valid_until == datetime(2020, 6, 30, 23, 59, 59, tzinfo=UTC)


def test_a_pin_with_a_deadline_for_expressions_of_interest_says_so():
    interest = (
        b"<cac:TenderingProcess><ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>"
        b"<efac:InterestExpressionReceptionPeriod><cbc:EndDate>2031-05-15+02:00</cbc:EndDate>"
        b"<cbc:EndTime>17:00:00+02:00</cbc:EndTime></efac:InterestExpressionReceptionPeriod>"
        b"</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>"
    )
    data = example("pin-only_24_lots.xml").replace(b"<cac:TenderingProcess>", interest, 1)
    import_bytes(("pin-interest.xml", data))
    consultation = Opportunity.objects.get()
    assert consultation.deadline == datetime(2031, 5, 15, 15, 0, tzinfo=UTC)
    assert consultation.deadline_kind == "interest"
    assert consultation.valid_until is None
    assert consultation.status == "open"


def test_a_pin_used_as_a_call_for_competition_stays_a_tender():
    import_bytes(("pin-cfc.xml", example("pin-cfc_24.xml")))
    assert Opportunity.objects.get().opportunity_type == "tender"


def test_a_market_consultation_shows_on_opportunities(client, django_assert_max_num_queries):
    from innoprocure.opportunities.tests.factories import opportunities_index

    index = opportunities_index()
    data = notices.dispatched(example("pin-only_24_lots.xml"), timezone.now().date().isoformat() + "Z", "09:00:00Z")
    data = data.replace(b"<cbc:PlannedDate>2020-06-30+02:00</cbc:PlannedDate>", b"")
    import_bytes(("pin-only.xml", data))
    with django_assert_max_num_queries(25):
        response = client.get(index.url + "?type=market-consultation")
    assert response.status_code == 200
    assert "Fusion21 Materials Supply Framework" in response.text
    assert "Open market consultation" in response.text
    detail = client.get(Opportunity.objects.get().get_absolute_url())
    assert "https://fusion21.delta-esourcing.com/respond/44JDE788CH" in detail.text
    assert "contact@fusion21.co.uk" in detail.text
