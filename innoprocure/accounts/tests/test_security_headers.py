"""Production hardening, checked with the production settings module's own values: HTTPS only, HSTS, secure cookies,
the strict Content-Security-Policy on the public site (a relaxed one only for the Wagtail admin), no sniffing, no
framing, and uploads served as downloads."""

import importlib
import sys

import pytest
from django.conf import global_settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model

from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp
from innoprocure.core.roles import EDITORS, setup_roles

pytestmark = pytest.mark.django_db

HOST = "innoprocure.example.eu"
SECURITY_SETTINGS = (
    "DEBUG",
    "MIDDLEWARE",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CSP",
    "ADMIN_CSP",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "WAGTAILDOCS_SERVE_METHOD",
    "WAGTAILDOCS_INLINE_CONTENT_TYPES",
    "WAGTAILDOCS_DOCUMENT_FORM_BASE",
)


@pytest.fixture(scope="module")
def production_values():
    """The values innoprocure.settings.production computes from a production environment."""
    environment = {"SECRET_KEY": "p" * 30 + "-a-long-random-production-secret-0123456789", "ALLOWED_HOSTS": HOST}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        sys.modules.pop("innoprocure.settings.production", None)
        module = importlib.import_module("innoprocure.settings.production")
        sys.modules.pop("innoprocure.settings.production", None)
    return {name: getattr(module, name, getattr(global_settings, name, None)) for name in SECURITY_SETTINGS}


@pytest.fixture
def production(production_values, home_page):
    with override_settings(**production_values, ALLOWED_HOSTS=[HOST, "testserver"]):
        yield


def https_get(client, path, **extra):
    # As behind the production proxy, which terminates TLS and says so in X-Forwarded-Proto.
    return client.get(path, HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https", **extra)


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_plain_http_is_sent_to_https(client, production):
    response = client.get("/", HTTP_HOST=HOST)
    assert response.status_code == 301
    assert response["Location"] == f"https://{HOST}/"


def test_public_pages_get_the_strict_headers(client, production):
    response = https_get(client, "/")
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    # Scripts only from our origin (plus a per-request nonce when a template uses one).
    assert all(source == "'self'" or source.startswith("'nonce-") for source in policy["script-src"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]


def test_login_page_has_the_strict_policy_and_secure_cookies(client, production):
    response = https_get(client, reverse("account_login"))
    assert "'unsafe-inline'" not in directives(response["Content-Security-Policy"])["script-src"]
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] is True
    person = UserFactory()
    response = client.post(
        reverse("account_login"),
        {"login": person.email, "password": PASSWORD},
        secure=True,
        HTTP_HOST=HOST,
        HTTP_REFERER=f"https://{HOST}/accounts/login/",
    )
    session = response.cookies["sessionid"]
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


def test_the_wagtail_admin_gets_its_wider_policy_only_there(client, production):
    setup_roles()
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    client.force_login(editor)
    response = https_get(client, "/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's date pickers and inline panels
    assert policy["frame-ancestors"] == ["'self'"]  # page previews
    assert policy["object-src"] == ["'none'"]
    # The same signed-in editor on the public site gets the strict policy again.
    public = directives(https_get(client, "/")["Content-Security-Policy"])
    assert "'unsafe-inline'" not in public["script-src"]


def test_page_previews_in_the_admin_may_be_framed_by_the_admin(client, production):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from innoprocure.core.models import StandardPage
    from innoprocure.core.site import ensure_child_page, ensure_home_page

    setup_roles()
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    client.force_login(editor)
    page = ensure_child_page(ensure_home_page(), StandardPage, "about", title="About the platform")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = nested_form_data(
        {"title": page.title, "slug": page.slug, "introduction": "", "body": streamfield([]), "comments": inline_formset([])}
    )
    client.post(url, form, HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    preview = https_get(client, url, data={"in_preview_panel": "true"})
    assert preview.status_code == 200
    assert directives(preview["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_documents_are_downloaded_never_shown_or_sniffed(client, production):
    document = get_document_model().objects.create(
        title="Tender template", file=ContentFile(b"%PDF-1.7\n%%EOF\n", name="tender.pdf")
    )
    response = https_get(client, document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_admin_refuses_a_web_page_renamed_pdf(client, production):
    setup_roles()
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    client.force_login(editor)
    disguised = SimpleUploadedFile("annual-report.pdf", b"<!DOCTYPE html><html><script>alert(document.cookie)</script>")
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Annual report", "file": disguised, "collection": 1},
        secure=True,
        HTTP_HOST=HOST,
    )
    assert response.status_code == 200
    assert "This file appears to be a web page, which cannot be uploaded." in response.content.decode()
    assert not get_document_model().objects.filter(title="Annual report").exists()

    real = SimpleUploadedFile("annual-report.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n")
    response = client.post(
        reverse("wagtaildocs:add"), {"title": "Annual report", "file": real, "collection": 1}, secure=True, HTTP_HOST=HOST
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Annual report").exists()
