"""The multilingual glossary: seeded official terms, query expansion in every language, editors' synonyms, the
public page."""

import io

import pytest
from django.core.management import call_command

from innoprocure.resources.search import parse_params, search
from innoprocure.search import glossary
from innoprocure.search.models import GlossaryConcept, GlossaryTerm
from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.test_site_search import text_of

pytestmark = pytest.mark.django_db


def titles(q):
    return [hit.resource.title for hit in search(parse_params({"q": q})[0]).hits]


def test_the_migration_seeded_the_glossary_and_syncing_again_adds_nothing():
    assert GlossaryConcept.objects.count() == len(glossary.seed_data()) >= 19
    pcp = GlossaryConcept.objects.get(slug="pre-commercial-procurement")
    assert {(term.language, term.text) for term in pcp.terms.all()} >= {
        ("en", "PCP"),
        ("de", "vorkommerzielle Auftragsvergabe"),
        ("fr", "achats publics avant commercialisation"),
    }
    before = GlossaryTerm.objects.count()
    out = io.StringIO()
    call_command("sync_glossary", stdout=out)
    assert "0 concepts and terms added" in out.getvalue()
    assert GlossaryTerm.objects.count() == before


@pytest.mark.parametrize("q", ["vorkommerzielle Auftragsvergabe", "achats publics avant commercialisation", "PCP"])
def test_a_term_in_any_language_finds_the_english_resource(q):
    ResourceFactory(title="Pre-commercial procurement of cloud services", summary="Three phases of R&D.")
    ResourceFactory(title="Buying furniture", summary="Chairs and tables.")
    assert titles(q) == ["Pre-commercial procurement of cloud services"]


def test_an_acronym_finds_the_full_term():
    ResourceFactory(title="Life-cycle costing for buses", summary="Fuel, maintenance and disposal.")
    ResourceFactory(title="Buses for the city", summary="Twelve metres long.")
    assert titles("TCO") == ["Life-cycle costing for buses"]
    assert titles("artificial intelligence") == []
    ResourceFactory(title="AI in emergency triage", summary="Software that sorts patients.")
    assert titles("artificial intelligence") == ["AI in emergency triage"]


def test_a_quoted_phrase_is_not_expanded():
    ResourceFactory(title="Life-cycle costing for buses")
    assert titles('"total cost of ownership"') == []


def test_an_editors_synonym_is_used_at_once():
    ResourceFactory(title="Telemonitoring of heart patients")
    assert titles("telehealth") == []
    concept = GlossaryConcept.objects.create(slug="telemonitoring", public=False)
    GlossaryTerm.objects.create(concept=concept, language="en", text="telemonitoring")
    GlossaryTerm.objects.create(concept=concept, language="en", text="telehealth")
    assert titles("telehealth") == ["Telemonitoring of heart patients"]


def test_the_glossary_page_lists_terms_and_finds_them_in_any_language(client):
    text = text_of(client.get("/glossary/"))
    assert "pre-commercial procurement" in text
    assert "vorkommerzielle Auftragsvergabe" in text
    text = text_of(client.get("/glossary/", {"q": "Rahmenvereinbarung"}))
    assert "1 term for “Rahmenvereinbarung”" in text
    assert "framework agreement" in text
    text = text_of(client.get("/glossary/", {"q": "nothing-like-this"}))
    assert "No term of the glossary contains these words" in text


def test_a_private_synonym_is_not_on_the_public_page(client):
    concept = GlossaryConcept.objects.create(slug="typing-aid", public=False)
    GlossaryTerm.objects.create(concept=concept, language="en", text="zzyzx synonym")
    assert "zzyzx" not in client.get("/glossary/").content.decode()


def test_a_concepts_facet_values_count_as_naming_it():
    """The issue's "innovation procurement hospital Spain": the Spanish case never says "hospital" nor
    "innovation procurement", but it is filed under health and care and as public procurement of innovation."""
    ResourceFactory(
        title="Telemonitorización de pacientes crónicos",
        summary="Kits de seguimiento en casa que avisan a enfermería.",
        approach="ppi",
        sectors=["health-care"],
        countries=["ES"],
        languages=["es"],
    )
    ResourceFactory(title="Hospital meals in Spain", approach="other", sectors=["food"], countries=["ES"])
    ResourceFactory(title="Telemonitoring at home", approach="ppi", sectors=["health-care"], countries=["PT"])
    assert titles("innovation procurement hospital Spain") == ["Telemonitorización de pacientes crónicos"]
    assert sorted(titles("CPTI")) == ["Telemonitoring at home", "Telemonitorización de pacientes crónicos"]


def test_a_broader_concept_finds_the_names_of_the_concepts_it_includes():
    ResourceFactory(title="Pre-commercial procurement of cloud services", approach="other")
    ResourceFactory(title="Vorkommerzielle Auftragsvergabe für Drohnen", approach="other", languages=["de"])
    ResourceFactory(title="Buying furniture", approach="other")
    assert sorted(titles("innovation procurement")) == [
        "Pre-commercial procurement of cloud services",
        "Vorkommerzielle Auftragsvergabe für Drohnen",
    ]
    assert sorted(titles("compra pública de innovación")) == sorted(titles("innovation procurement"))
    assert sorted(titles("PCP")) == sorted(titles("innovation procurement"))


def test_an_editor_links_a_concept_to_a_facet_value_and_it_applies_at_once():
    ResourceFactory(title="Smart meters for the grid", sectors=["energy"], approach="other")
    assert titles("Energiewende") == []
    concept = GlossaryConcept.objects.create(slug="energy-transition", public=False, facets="sector=energy bad-part")
    GlossaryTerm.objects.create(concept=concept, language="de", text="Energiewende")
    assert concept.facet_values() == [("sector", "energy")]
    assert titles("Energiewende") == ["Smart meters for the grid"]


def test_the_glossary_page_says_where_the_terms_come_from(client):
    text = text_of(client.get("/glossary/", {"q": "CPTI"}))
    assert "compra pública de tecnología innovadora" in text
    assert "Sources of the terms" in text
    assert "Commission notice: Guidance on Innovation Procurement, C(2021) 4320" in text
    assert "Spanish practice of compra pública de innovación" in text
    page = client.get("/glossary/").content.decode()
    assert 'href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799"' in page
    # Every public concept says where its terms come from.
    for concept in GlossaryConcept.objects.filter(public=True):
        assert concept.sources.exists(), concept.slug
    text = text_of(client.get("/glossary/", {"q": "innovation procurement"}))
    assert "Includes: pre-commercial procurement, public procurement of innovation" in text


def test_editors_record_sources_narrower_concepts_and_facets_in_the_admin(client, settings):
    from innoprocure.events.tests.factories import signed_in_administrator

    admin = signed_in_administrator(client, settings)
    form = admin.get("/admin/snippets/sitesearch/glossaryconcept/add/").content.decode()
    assert 'name="sources-TOTAL_FORMS"' in form and 'name="facets"' in form and 'name="narrower"' in form
    pcp = GlossaryConcept.objects.get(slug="pre-commercial-procurement")
    response = admin.post(
        "/admin/snippets/sitesearch/glossaryconcept/add/",
        {
            "slug": "research-procurement",
            "definition": "Buying research and development.",
            "public": "on",
            "narrower": [pcp.pk],
            "facets": "approach=pcp",
            "terms-TOTAL_FORMS": "1",
            "terms-INITIAL_FORMS": "0",
            "terms-MIN_NUM_FORMS": "1",
            "terms-MAX_NUM_FORMS": "1000",
            "terms-0-language": "en",
            "terms-0-text": "research procurement",
            "terms-0-ORDER": "1",
            "sources-TOTAL_FORMS": "1",
            "sources-INITIAL_FORMS": "0",
            "sources-MIN_NUM_FORMS": "0",
            "sources-MAX_NUM_FORMS": "1000",
            "sources-0-title": "Directive 2014/24/EU, Article 14",
            "sources-0-url": "https://eur-lex.europa.eu/eli/dir/2014/24/oj",
            "sources-0-languages": "en",
            "sources-0-ORDER": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    concept = GlossaryConcept.objects.get(slug="research-procurement")
    assert [source.title for source in concept.sources.all()] == ["Directive 2014/24/EU, Article 14"]
    assert list(concept.narrower.all()) == [pcp]
    ResourceFactory(title="Vorkommerzielle Auftragsvergabe für Drohnen", approach="other", languages=["de"])
    assert titles("research procurement") == ["Vorkommerzielle Auftragsvergabe für Drohnen"]
    text = text_of(client.get("/glossary/", {"q": "research procurement"}))
    assert "Directive 2014/24/EU, Article 14 (English)" in text
    assert "Includes: pre-commercial procurement" in text
