import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db


def counts():
    """How many rows every project model and the page tree hold."""
    result = {"pages": Page.objects.count(), "revisions": Revision.objects.count()}
    for model in apps.get_models():
        if model.__module__.startswith("innoprocure."):
            result[model._meta.label] = model._default_manager.count()
    return result


def test_loading_the_demo_content_twice_changes_nothing():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == first
    assert first["pages"] > 5


def test_demo_content_serves_every_section(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    paths = [
        "/",
        "/get-started/",
        "/resources/",
        "/stories/",
        "/events/",
        "/opportunities/",
        "/network/",
        "/contact/",
        "/search/?q=procurement",
        "/api/v1/openapi.json",
        "/accounts/login/",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, f"{path} answered {response.status_code}"
    # The network's real story is found by site search.
    found = client.get("/search/", {"q": "Procure2Innovate"}).content.decode()
    assert "/network/" in found
    # Where an account is needed, visitors are sent to sign in.
    assert client.get("/admin/").status_code == 302
    assert client.get("/accounts/profile/").status_code == 302


def test_taxonomies_exist_after_migrate():
    from innoprocure.core.models import Country, Language, ProcurementStage, Sector

    assert Country.objects.get(code="EU").name == "EU-wide"
    assert Country.objects.filter(is_eu_member=True).count() == 27
    assert Language.objects.filter(code__in=["en", "de", "fr", "es", "it", "nl", "el", "pt"]).count() == 8
    assert Sector.objects.count() >= 10
    assert list(ProcurementStage.objects.values_list("slug", flat=True)) == [
        "needs-assessment",
        "market-engagement",
        "tender-design",
        "award",
        "contract-management",
        "impact",
    ]


def test_about_legal_notice_privacy_and_every_footer_name_the_operator(client, settings):
    import io

    from innoprocure.demo.loaders import core as demo

    settings.OPERATOR_NAME = "Agency for Better Public Buying"
    settings.OPERATOR_ADDRESS = "1 Example Street, 1000 Example City"
    settings.OPERATOR_CONTACT = "team@buying.example"
    settings.DATA_CONTROLLER = "Agency for Better Public Buying, data protection officer"
    settings.FUNDING_STATEMENT = "Funded by the example programme."
    demo.load(io.StringIO())
    about = client.get("/about/").content.decode()
    main = about[about.index("<main") : about.index("</main>")]
    for fact in ("Agency for Better Public Buying", "1 Example Street", "mailto:team@buying.example", "Funded by the example"):
        assert fact in main, fact
    assert "Agency for Better Public Buying, data protection officer" in client.get("/privacy/").content.decode()
    assert "published by Agency for Better Public Buying" in client.get("/legal-notice/").content.decode()
    for path in ("/", "/contact/", "/de/contact/", "/no-such-page/"):
        html = client.get(path).content.decode()
        footer = html[html.index('<footer class="site-footer">') :]
        for fact in (
            "Agency for Better Public Buying",
            "1 Example Street, 1000 Example City",
            'href="mailto:team@buying.example"',
            "data protection officer",
            "Funded by the example programme.",
        ):
            assert fact in footer, (path, fact)


def test_by_default_the_operator_is_the_one_the_seeds_name(client):
    import io

    from innoprocure.demo.loaders import core as demo

    demo.load(io.StringIO())
    about = client.get("/about/").content.decode()
    assert "ICLEI – Local Governments for Sustainability" in about
    assert "23 May 2019" in about and "Procure2Innovate" in about and "Illustrative example" in about


def test_the_operator_is_configured_by_the_environment():
    import os
    import subprocess
    import sys

    env = {**os.environ, "OPERATOR_NAME": "Agency X", "OPERATOR_CONTACT": "https://agency.example/contact", "DATA_CONTROLLER": ""}
    code = (
        "import django; django.setup(); from innoprocure.core.operator import operator; o = operator(); "
        "print(o.name, o.controller, o.contact_url, sep='|')"
    )
    out = subprocess.run(  # our own interpreter
        [sys.executable, "-c", code],
        env={**env, "DJANGO_SETTINGS_MODULE": "innoprocure.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "Agency X|Agency X|https://agency.example/contact"


def test_the_home_page_leads_each_audience_somewhere_and_shows_each_item_once(client):
    import re
    from html import unescape

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    html = client.get("/").content.decode()
    main = html[html.index("<main") :]
    # The first control in the page's content is a search box.
    first_control = re.search(r"<(input|a|button|select)\b[^>]*>", main[main.index("</h1>") :]).group(0)
    assert 'id="hero-search-q"' in first_control
    # Every audience card is a link to where that audience starts, and each address answers.
    audiences = main[main.index('id="audiences-heading"') : main.index("</section>", main.index('id="audiences-heading"'))]
    paths = re.findall(r'<li class="card card--link"><h3 class="card__title"><a href="([^"]+)"', audiences)
    assert paths == ["/get-started/", "/resources/?type=policy", "/opportunities/", "/network/"]
    assert all(client.get(unescape(path)).status_code == 200 for path in paths)
    # The main navigation is not repeated, and no teaser appears in two sections.
    assert "Explore the platform" not in html
    titles = [unescape(title).strip() for title in re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', main)]
    assert len(titles) == len(set(titles)) >= 15
