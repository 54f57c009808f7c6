"""Notices in the shapes real TED notices take, made from the eForms SDK examples (CC BY 4.0, © European Union,
Publications Office; see data/eforms-sdk-examples/README.md) by changing what real notices do differently."""

from innoprocure.opportunities.tests.samples import example

CN_OPEN_ID = "c4c415ee-ac08-4465-8fa6-57568cf69462"
CN_OPEN_PROCEDURE = "31f258b6-5eb2-4875-8997-affa3cdce27c"
CHANGE_ID = "71397268-6c47-4f2f-8ab0-f41a26138f81"


def replace(data, *pairs):
    for old, new in pairs:
        assert old in data, old
        data = data.replace(old, new)
    return data


def published(data, number, day="2020-03-02+01:00"):
    """As TED publishes it: with its publication number (OPP-010) and date (OPP-012)."""
    publication = (
        "<efext:EformsExtension><efac:Publication>"
        f'<efbc:NoticePublicationID schemeName="ojs-notice-id">{number}</efbc:NoticePublicationID>'
        f"<efbc:PublicationDate>{day}</efbc:PublicationDate></efac:Publication>"
    ).encode()
    return data.replace(b"<efext:EformsExtension>", publication, 1)


def dispatched(data, day, clock):
    """With another dispatch date and time (BT-05)."""
    start = data.index(b"<cbc:IssueDate>")
    end = data.index(b"</cbc:IssueTime>") + len(b"</cbc:IssueTime>")
    return data[:start] + f"<cbc:IssueDate>{day}</cbc:IssueDate>\n\t<cbc:IssueTime>{clock}</cbc:IssueTime>".encode() + data[end:]


def without_deadline(data, notice_type=None):
    """Without a deadline for tenders (BT-131), as qualification systems and many concessions are."""
    start = data.index(b"<cac:TenderSubmissionDeadlinePeriod>")
    end = data.index(b"</cac:TenderSubmissionDeadlinePeriod>") + len(b"</cac:TenderSubmissionDeadlinePeriod>")
    data = data[:start] + data[end:]
    if notice_type:
        data = data.replace(b">cn-standard</cbc:NoticeTypeCode>", f">{notice_type}</cbc:NoticeTypeCode>".encode())
    return data


def change_of_cn_open(reference=f"{CN_OPEN_ID}-01"):
    """The SDK's change notice of cn_24_open (moves the deadline to 12 June 2020), naming the changed notice as given
    (or not at all when reference is None)."""
    data = example("change-cn_24_open_dates.xml")
    old = f"<efbc:ChangedNoticeIdentifier>{CN_OPEN_ID}-01</efbc:ChangedNoticeIdentifier>".encode()
    new = f"<efbc:ChangedNoticeIdentifier>{reference}</efbc:ChangedNoticeIdentifier>".encode() if reference else b""
    return replace(data, (old, new))


def as_sdk_1_8_change(data):
    """A change notice as SDK 1.8 and earlier wrote it: form type "change", notice type "corr"."""
    return replace(
        data,
        (
            b'<cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>',
            b'<cbc:NoticeTypeCode listName="change">corr</cbc:NoticeTypeCode>',
        ),
    )
