"""Staff roles must use an authenticator app; the admin is reached only through allauth's sign-in with the code."""

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp, current_code
from innoprocure.audit.log import trail
from innoprocure.core.roles import EDITORS, MODERATORS, SECRETARIAT, setup_roles

pytestmark = pytest.mark.django_db

SETUP_URL = "/accounts/2fa/totp/activate/?required=1"


@pytest.fixture
def roles(home_page):
    return setup_roles()


def sign_in(client, user):
    return client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})


@pytest.mark.parametrize("role", [EDITORS, MODERATORS, SECRETARIAT])
def test_staff_without_authenticator_are_sent_to_set_one_up(client, roles, role):
    editor = UserFactory(roles=[role])
    client.force_login(editor)
    for path in ["/admin/", "/", "/accounts/profile/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == SETUP_URL
    # allauth first asks for the password again, then the set-up page says why it is needed.
    confirm = client.get(SETUP_URL, follow=True)
    assert "please enter your password once more" in confirm.content.decode()
    page = client.post(confirm.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Required for your role" in html
    assert "Please protect your account with an authenticator app" in html
    assert 'id="authenticator_secret"' in html


def test_superusers_are_staff_too(client, roles):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.get("/admin/")["Location"] == SETUP_URL


def test_staff_can_still_sign_out_and_load_static_files(client, roles):
    client.force_login(UserFactory(roles=[EDITORS]))
    assert client.get("/static/css/site.css").status_code in (200, 404)  # never the set-up redirect
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302 and response["Location"] != reverse("mfa_activate_totp")
    assert "_auth_user_id" not in client.session
    client.force_login(UserFactory(roles=[EDITORS]))
    response = client.post(reverse("wagtailadmin_logout"))
    assert "_auth_user_id" not in client.session


def test_setting_up_the_authenticator_opens_the_admin(client, roles):
    editor = UserFactory(roles=[EDITORS])
    sign_in(client, editor)
    # allauth asks for the password once more before an authenticator is added.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_practitioners_are_not_forced(client, home_page):
    practitioner = UserFactory()
    sign_in(client, practitioner)
    assert client.get("/accounts/profile/").status_code == 200


def test_with_an_authenticator_the_password_alone_is_not_enough(client, roles):
    editor = UserFactory(roles=[EDITORS])
    secret = activate_totp(editor)
    response = sign_in(client, editor)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still signed out

    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000" if current_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_admin_login_pages_lead_to_allauth(client, roles):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?next=%2Fadmin%2Fpages%2F"
    # Posting a password to Wagtail's or Django's own form does not sign anybody in.
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    for path in ["/admin/login/", "/django-admin/login/"]:
        response = client.post(path, {"username": editor.email, "password": PASSWORD})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
        assert "_auth_user_id" not in client.session


def test_anonymous_admin_visit_goes_to_allauth_login(client, roles):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_cannot_switch_their_authenticator_off(client, roles):
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    client.force_login(editor)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.post(reverse("mfa_deactivate_totp"))
    assert page.status_code == 200
    assert "Your role requires two-factor authentication, so it stays on." in page.content.decode()
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()


def test_practitioners_may_switch_it_off(client, home_page):
    practitioner = UserFactory()
    activate_totp(practitioner)
    client.force_login(practitioner)
    response = client.post(reverse("mfa_deactivate_totp"))
    # allauth asks for the password again before two-factor authentication goes.
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(response["Location"], {"password": PASSWORD})
    client.post(reverse("mfa_deactivate_totp"))
    assert not Authenticator.objects.filter(user=practitioner, type=Authenticator.Type.TOTP).exists()
    assert trail(practitioner).filter(action="mfa.deactivated", details__type="totp").exists()


def test_the_api_refuses_staff_without_authenticator_with_json(client, roles):
    client.force_login(UserFactory(roles=[EDITORS]))
    response = client.get("/api/v1/stories")
    assert response.status_code == 403
    assert "two-factor authentication" in response.json()["detail"]
    client.logout()
    assert client.get("/api/v1/stories").status_code == 200  # the open API itself stays open
