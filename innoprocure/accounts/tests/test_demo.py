import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from innoprocure.core.roles import setup_roles
from innoprocure.demo.loaders import accounts as demo

pytestmark = pytest.mark.django_db


def test_demo_accounts_are_created_once_and_can_sign_in(client, home_page):
    setup_roles()
    out = io.StringIO()
    demo.load(out)
    assert "4 demo accounts (4 new)" in out.getvalue()

    def accounts():
        return {
            user.email: (user.password, sorted(user.groups.values_list("name", flat=True)))
            for user in get_user_model().objects.all()
        }

    snapshot = accounts()

    out = io.StringIO()
    demo.load(out)
    assert "(0 new)" in out.getvalue()
    assert accounts() == snapshot

    response = client.post(reverse("account_login"), {"login": "practitioner@example.org", "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 302 and client.session.get("_auth_user_id")
    client.post(reverse("account_logout"))
    # Staff sign in with the same password and are then asked to set up their authenticator app.
    client.post(reverse("account_login"), {"login": "editor@example.org", "password": demo.DEFAULT_PASSWORD})
    assert client.get("/admin/")["Location"] == reverse("mfa_activate_totp") + "?required=1"
