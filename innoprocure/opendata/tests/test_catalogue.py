"""The DCAT-AP 3 catalogue: valid against the official shapes, in three formats, paged, and per record."""

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS

from innoprocure.opendata import dcat
from innoprocure.opendata.tests.shacl import validate
from innoprocure.opportunities.models import Opportunity
from innoprocure.resources.models import Resource

pytestmark = pytest.mark.django_db
HYDRA = dcat.HYDRA
EU_LICENCE = "http://publications.europa.eu/resource/authority/licence/"


@pytest.fixture
def site(demo_database, db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://data.example.eu"


def fetch(client, url, fmt="turtle", **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content[:300]
    return Graph().parse(data=response.content, format=fmt), response


def datasets(graph):
    return set(graph.subjects(RDF.type, DCAT.Dataset))


def test_the_whole_demo_catalogue_conforms_to_dcat_ap_3(site, client):
    graph, response = fetch(client, "/catalog.ttl")
    assert response["Content-Type"].startswith("text/turtle")
    live = Resource.objects.filter(live=True).count() + Opportunity.objects.filter(live=True).count()
    assert live > 200 and len(datasets(graph)) == live  # the demo fits on one page
    conforms, violations, report = validate(graph)
    assert violations == 0, report[:3000]
    assert conforms


def test_the_three_formats_hold_the_same_catalogue(site, client):
    turtle, _ = fetch(client, "/catalog.ttl")
    jsonld, response = fetch(client, "/catalog.jsonld", fmt="json-ld")
    assert response["Content-Type"].startswith("application/ld+json")
    rdfxml, response = fetch(client, "/catalog.rdf", fmt="xml")
    assert response["Content-Type"].startswith("application/rdf+xml")
    assert datasets(turtle) == datasets(jsonld) == datasets(rdfxml)
    assert len(turtle) == len(jsonld) == len(rdfxml)


def test_every_address_comes_from_base_url_whatever_the_host(site, client):
    graph, _ = fetch(client, "/catalog.ttl", HTTP_HOST="localhost")
    # The platform's own addresses (catalogue records, pages, attachments); links an editor typed are left out.
    ours = {
        str(node).split("/")[2]
        for node in graph.all_nodes()
        if str(node).startswith("http") and str(node).split("/", 3)[-1].startswith(("catalog", "resources/", "opportunities/"))
    }
    assert ours == {"data.example.eu"}


def test_codes_are_eu_vocabularies_iris_and_licences_are_licence_iris(site, client):
    graph, _ = fetch(client, "/catalog.ttl")
    resource = Resource.objects.get(slug="directive-2014-24-eu-public-procurement")
    dataset = URIRef(f"https://data.example.eu/catalog/resources/{resource.pk}")
    languages = {str(iri) for iri in graph.objects(dataset, DCTERMS.language)}
    assert "http://publications.europa.eu/resource/authority/language/ENG" in languages
    spatial = {str(iri) for iri in graph.objects(dataset, DCTERMS.spatial)}
    assert spatial == {"http://publications.europa.eu/resource/authority/country/EUR"}
    themes = {str(iri) for iri in graph.objects(dataset, DCAT.theme)}
    assert "http://publications.europa.eu/resource/authority/data-theme/GOVE" in themes
    licences = {str(graph.value(d, DCTERMS.license)) for d in graph.objects(dataset, DCAT.distribution)}
    assert licences == {EU_LICENCE + "COM_REUSE"}
    catalogue = URIRef("https://data.example.eu/catalog")
    assert str(graph.value(catalogue, DCTERMS.license)) == EU_LICENCE + "CC_BY_4_0"


def test_an_attachment_is_a_distribution_with_format_media_type_size_and_licence(site, client):
    resource = Resource.objects.filter(live=True, attachments__file_type="pdf", licence="cc-by-4.0").first()
    attachment = resource.attachments.get(file_type="pdf")
    graph, _ = fetch(client, f"/catalog/resources/{resource.pk}.ttl")
    download = URIRef(f"https://data.example.eu/resources/{resource.slug}/attachments/{attachment.pk}/")
    distribution = graph.value(predicate=DCAT.downloadURL, object=download)
    assert str(graph.value(distribution, DCTERMS.format)) == "http://publications.europa.eu/resource/authority/file-type/PDF"
    assert str(graph.value(distribution, DCAT.mediaType)) == "https://www.iana.org/assignments/media-types/application/pdf"
    assert int(graph.value(distribution, DCAT.byteSize)) == attachment.size > 0
    assert str(graph.value(distribution, DCTERMS.license)) == EU_LICENCE + "CC_BY_4_0"
    assert validate(graph)[1] == 0


def test_one_record_in_each_format_and_unpublished_ones_are_not_found(site, client):
    opportunity = Opportunity.objects.filter(live=True).first()
    for fmt, parser in (("ttl", "turtle"), ("jsonld", "json-ld"), ("rdf", "xml")):
        graph, _ = fetch(client, f"/catalog/opportunities/{opportunity.pk}.{fmt}", fmt=parser)
        assert datasets(graph) == {URIRef(f"https://data.example.eu/catalog/opportunities/{opportunity.pk}")}
    hidden = Resource.objects.filter(live=True).first()
    Resource.objects.filter(pk=hidden.pk).update(live=False)
    assert client.get(f"/catalog/resources/{hidden.pk}.ttl").status_code == 404
    assert client.get(f"/catalog/resources/{hidden.pk}").status_code == 404


def test_content_negotiation(site, client):
    response = client.get("/catalog", HTTP_ACCEPT="application/ld+json")
    assert response.status_code == 303 and response["Location"] == "/catalog.jsonld"
    assert client.get("/catalog", HTTP_ACCEPT="application/rdf+xml;q=0.9, text/turtle;q=0.5")["Location"] == "/catalog.rdf"
    assert client.get("/catalog", HTTP_ACCEPT="*/*")["Location"] == "/catalog.ttl"
    assert client.get("/catalog", HTTP_ACCEPT="text/html,application/xhtml+xml")["Location"] == "/open-data/"
    assert client.get("/catalog", HTTP_ACCEPT="image/png").status_code == 406
    resource = Resource.objects.filter(live=True).first()
    response = client.get(f"/catalog/resources/{resource.pk}", HTTP_ACCEPT="text/turtle")
    assert response["Location"] == f"/catalog/resources/{resource.pk}.ttl"
    response = client.get(f"/catalog/resources/{resource.pk}", HTTP_ACCEPT="text/html")
    assert response["Location"] == resource.get_absolute_url()


def test_a_large_catalogue_comes_in_hydra_pages(site, client, monkeypatch):
    monkeypatch.setattr(dcat, "PAGE_SIZE", 50)
    total = Resource.objects.filter(live=True).count() + Opportunity.objects.filter(live=True).count()
    last = -(-total // 50)
    seen = set()
    for number in range(1, last + 1):
        graph, _ = fetch(client, f"/catalog.ttl?page={number}")
        page = URIRef(f"https://data.example.eu/catalog.ttl?page={number}")
        assert (page, RDF.type, HYDRA.PagedCollection) in graph
        assert int(graph.value(page, HYDRA.totalItems)) == total
        assert str(graph.value(page, HYDRA.lastPage)) == f"https://data.example.eu/catalog.ttl?page={last}"
        assert (graph.value(page, HYDRA.nextPage) is None) == (number == last)
        assert (graph.value(page, HYDRA.previousPage) is None) == (number == 1)
        seen |= datasets(graph)
    assert len(seen) == total
    assert client.get(f"/catalog.ttl?page={last + 1}").status_code == 404
    assert client.get("/catalog.ttl?page=two").status_code == 400
    assert client.post("/catalog.ttl").status_code == 405
