"""The Resource Centre and the opportunities as a DCAT-AP 3 catalogue (https://semiceu.github.io/DCAT-AP/releases/3.0.1/).

Each live resource and each live opportunity is a dcat:Dataset whose IRI is its RDF document
(/catalog/resources/<id>, /catalog/opportunities/<id>); its web page is the landing page and a distribution; a
resource's downloadable attachments are further distributions with their file type, media type and size. Codes
become EU Vocabularies IRIs (vocabularies.py), licences the IRIs of licences.py. Large catalogues are split into
pages described with Hydra, as CKAN's ckanext-dcat writes and reads them.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils import translation
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from innoprocure.opendata import licences, vocabularies

HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
ACCESS_PUBLIC = URIRef("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
ACCESS_RIGHT_SCHEME = URIRef("http://publications.europa.eu/resource/authority/access-right")
PAGE_SIZE = 500

# The serialisations: format → (media type, rdflib format name).
FORMATS = {
    "ttl": ("text/turtle", "turtle"),
    "jsonld": ("application/ld+json", "json-ld"),
    "rdf": ("application/rdf+xml", "pretty-xml"),
}
PREFIXES = {
    "dcat": DCAT,
    "dct": DCTERMS,
    "foaf": FOAF,
    "vcard": VCARD,
    "skos": SKOS,
    "hydra": HYDRA,
    "xsd": XSD,
    "rdfs": RDFS,
}


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def catalogue_iri():
    return URIRef(f"{base_url()}/catalog")


def platform_agent_iri():
    return URIRef(f"{base_url()}/catalog#publisher")


def resource_iri(resource_id):
    return URIRef(f"{base_url()}/catalog/resources/{resource_id}")


def opportunity_iri(opportunity_id):
    return URIRef(f"{base_url()}/catalog/opportunities/{opportunity_id}")


def new_graph():
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def serialize(graph, fmt):
    if fmt == "jsonld":
        context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, auto_compact=True)
    return graph.serialize(format=FORMATS[fmt][1])


@dataclass
class Builder:
    """Adds datasets to a graph; remembers which shared nodes (agents, concepts, licences) it already described."""

    graph: Graph
    resource_index_path: str = "/resources/"
    opportunity_index_path: str = "/opportunities/"

    def __post_init__(self):
        self._described = set()
        self._nodes = 0

    def bnode(self):
        """A blank node with a predictable name, so that the same data serialises to the same bytes (and ETag)."""
        self._nodes += 1
        return BNode(f"n{self._nodes}")

    # Shared nodes -------------------------------------------------------------------------------------------------

    def concept(self, iri, rdf_type, scheme):
        iri = URIRef(iri)
        if iri not in self._described:
            self._described.add(iri)
            self.graph.add((iri, RDF.type, rdf_type))
            self.graph.add((iri, SKOS.inScheme, URIRef(scheme)))
            if rdf_type == SKOS.Concept:
                code = str(iri).rsplit("/", 1)[1]
                self.graph.add((iri, SKOS.prefLabel, Literal(vocabularies.THEME_LABELS[code], lang="en")))
            self.scheme(scheme)
        return iri

    def language(self, code):
        iri = vocabularies.language_iri(code)
        return self.concept(iri, DCTERMS.LinguisticSystem, vocabularies.LANGUAGE_SCHEME) if iri else None

    def country(self, code):
        iri = vocabularies.country_iri(code)
        return self.concept(iri, DCTERMS.Location, vocabularies.COUNTRY_SCHEME) if iri else None

    def scheme(self, scheme):
        iri = URIRef(scheme)
        if iri not in self._described:
            self._described.add(iri)
            self.graph.add((iri, RDF.type, SKOS.ConceptScheme))
            self.graph.add((iri, DCTERMS.title, Literal(vocabularies.SCHEME_TITLES[str(scheme)], lang="en")))
        return iri

    def licence(self, code):
        iri = URIRef(licences.iri_of(code))
        if iri not in self._described:
            self._described.add(iri)
            licence = licences.get(code)
            self.graph.add((iri, RDF.type, DCTERMS.LicenseDocument))
            with translation.override(settings.LANGUAGE_CODE):
                self.graph.add((iri, RDFS.label, Literal(str(licence.label), lang=settings.LANGUAGE_CODE)))
            if licence.url and licence.url != str(iri):
                self.graph.add((iri, RDFS.seeAlso, URIRef(licence.url)))
        return iri

    def platform_agent(self):
        iri = platform_agent_iri()
        if iri not in self._described:
            self._described.add(iri)
            self.graph.add((iri, RDF.type, FOAF.Organization))
            self.graph.add((iri, RDF.type, FOAF.Agent))
            self.graph.add((iri, FOAF.name, Literal(settings.WAGTAIL_SITE_NAME)))
            self.graph.add((iri, FOAF.homepage, URIRef(f"{base_url()}/")))
        return iri

    def agent(self, name):
        if not name or name == settings.WAGTAIL_SITE_NAME:
            return self.platform_agent()
        node = self.bnode()
        self.graph.add((node, RDF.type, FOAF.Agent))
        self.graph.add((node, FOAF.name, Literal(name)))
        return node

    def contact_point(self, email=None, name=None):
        """Whom to ask: the named organisation at its address, else the platform's team."""
        if not email:
            email, name = settings.PLATFORM_TEAM_EMAIL, settings.WAGTAIL_SITE_NAME
        node = self.bnode()
        self.graph.add((node, RDF.type, VCARD.Kind))
        self.graph.add((node, RDF.type, VCARD.Organization))
        self.graph.add((node, VCARD.fn, Literal(name or settings.WAGTAIL_SITE_NAME)))
        self.graph.add((node, VCARD.hasEmail, URIRef(f"mailto:{email}")))
        return node

    def document(self, url):
        iri = URIRef(url)
        self.graph.add((iri, RDF.type, FOAF.Document))
        return iri

    def distribution(self, dataset, access_url, *, title, licence_code, file_type="", download_url=None, size=None):
        node = self.bnode()
        graph = self.graph
        graph.add((dataset, DCAT.distribution, node))
        graph.add((node, RDF.type, DCAT.Distribution))
        graph.add((node, DCAT.accessURL, URIRef(access_url)))
        if download_url:
            graph.add((node, DCAT.downloadURL, URIRef(download_url)))
        graph.add((node, DCTERMS.title, Literal(title)))
        graph.add((node, DCTERMS.license, self.licence(licence_code)))
        graph.add((node, DCTERMS.rights, self.rights(licence_code)))
        file_type_iri = vocabularies.file_type_iri(file_type)
        if file_type_iri:
            file_type_node = self.concept(file_type_iri, DCTERMS.MediaTypeOrExtent, vocabularies.FILE_TYPE_SCHEME)
            graph.add((node, DCTERMS.format, file_type_node))
        media_type_iri = vocabularies.media_type_iri(file_type)
        if media_type_iri:
            graph.add((URIRef(media_type_iri), RDF.type, DCTERMS.MediaType))
            graph.add((node, DCAT.mediaType, URIRef(media_type_iri)))
        if size:
            graph.add((node, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)))
        return node

    def rights(self, licence_code):
        """A dct:RightsStatement saying in words what the licence allows (DCAT-AP recommends one per distribution)."""
        node = self.bnode()
        licence = licences.get(licence_code)
        with translation.override(settings.LANGUAGE_CODE):
            self.graph.add((node, RDF.type, DCTERMS.RightsStatement))
            self.graph.add((node, RDFS.label, Literal(str(licence.label), lang=settings.LANGUAGE_CODE)))
        return node

    def common(self, dataset, *, title, description, language, keywords=(), countries=(), sector_slugs=()):
        graph = self.graph
        lang = language if language in vocabularies.LANGUAGES else None
        graph.add((dataset, RDF.type, DCAT.Dataset))
        graph.add((dataset, DCTERMS.title, Literal(title, lang=lang)))
        graph.add((dataset, DCTERMS.description, Literal(description, lang=lang)))
        graph.add((dataset, DCTERMS.accessRights, self.concept(ACCESS_PUBLIC, DCTERMS.RightsStatement, ACCESS_RIGHT_SCHEME)))
        for keyword in keywords:
            graph.add((dataset, DCAT.keyword, Literal(keyword, lang=lang)))
        for code in countries:
            iri = vocabularies.country_iri(code)
            if iri:
                graph.add((dataset, DCTERMS.spatial, self.concept(iri, DCTERMS.Location, vocabularies.COUNTRY_SCHEME)))
        for iri in vocabularies.theme_iris(sector_slugs):
            graph.add((dataset, DCAT.theme, self.concept(iri, SKOS.Concept, vocabularies.THEME_SCHEME)))

    # Datasets -----------------------------------------------------------------------------------------------------

    def add_resource(self, resource):
        """A live resource, with sectors, countries, languages, tags and attachments prefetched."""
        graph = self.graph
        dataset = resource_iri(resource.pk)
        page_url = f"{base_url()}{self.resource_index_path}{resource.slug}/"
        self.common(
            dataset,
            title=resource.title,
            description=resource.summary,
            language=resource.main_language_id,
            keywords=[tag.name for tag in resource.tags.all()],
            countries=[country.code for country in resource.countries.all()],
            sector_slugs=[sector.slug for sector in resource.sectors.all()],
        )
        graph.add((dataset, DCTERMS.identifier, Literal(f"{base_url()}{self.resource_index_path}id/{resource.pk}/")))
        graph.add((dataset, DCAT.landingPage, self.document(page_url)))
        graph.add((dataset, DCTERMS.publisher, self.agent(resource.publisher)))
        graph.add((dataset, DCAT.contactPoint, self.contact_point()))
        graph.add((dataset, DCTERMS.issued, Literal(str(resource.publication_year), datatype=XSD.gYear)))
        if resource.last_published_at:
            graph.add((dataset, DCTERMS.modified, Literal(resource.last_published_at, datatype=XSD.dateTime)))
        for language in resource.languages.all():
            iri = vocabularies.language_iri(language.code)
            if iri:
                graph.add((dataset, DCTERMS.language, self.concept(iri, DCTERMS.LinguisticSystem, vocabularies.LANGUAGE_SCHEME)))
        if resource.project_start:
            period = self.bnode()
            graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
            graph.add((period, DCAT.startDate, Literal(resource.project_start, datatype=XSD.date)))
            if resource.project_end:
                graph.add((period, DCAT.endDate, Literal(resource.project_end, datatype=XSD.date)))
            graph.add((dataset, DCTERMS.temporal, period))
        with translation.override(settings.LANGUAGE_CODE):
            page_title = translation.gettext("Web page: %(title)s") % {"title": resource.title}
        self.distribution(dataset, page_url, title=page_title, licence_code=resource.licence, file_type="html")
        for attachment in resource.attachments.all():
            if not attachment.file_type:
                continue  # not a file the platform serves (missing or rejected)
            url = f"{page_url}attachments/{attachment.pk}/"
            self.distribution(
                dataset,
                url,
                download_url=url,
                title=attachment.title,
                licence_code=resource.licence,
                file_type=attachment.file_type,
                size=attachment.size,
            )
        if resource.external_url:
            with translation.override(settings.LANGUAGE_CODE):
                title = translation.gettext("At the publisher: %(title)s") % {"title": resource.title}
            self.distribution(dataset, resource.external_url, title=title, licence_code=resource.licence)
        return dataset

    def add_opportunity(self, opportunity):
        """A live opportunity, with country and sectors prefetched."""
        from innoprocure.opportunities.models import OpportunitySource

        graph = self.graph
        dataset = opportunity_iri(opportunity.pk)
        page_url = f"{base_url()}{self.opportunity_index_path}{opportunity.slug}/"
        from_ted = opportunity.source == OpportunitySource.TED
        with translation.override(settings.LANGUAGE_CODE):
            description = opportunity.summary or translation.gettext("%(type)s: %(title)s") % {
                "type": opportunity.get_opportunity_type_display(),
                "title": opportunity.title,
            }
            page_title = translation.gettext("Web page: %(title)s") % {"title": opportunity.title}
            notice_title = translation.gettext("The call or notice: %(title)s") % {"title": opportunity.title}
        self.common(
            dataset,
            title=opportunity.title,
            description=description,
            language=opportunity.notice_language or settings.LANGUAGE_CODE,
            keywords=opportunity.cpv_codes,
            countries=[opportunity.country_id] if opportunity.country_id else [],
            sector_slugs=[sector.slug for sector in opportunity.sectors.all()],
        )
        graph.add((dataset, DCTERMS.identifier, Literal(opportunity.ted_notice_id or page_url)))
        graph.add((dataset, DCAT.landingPage, self.document(page_url)))
        graph.add((dataset, DCTERMS.publisher, self.agent(opportunity.organisation)))
        graph.add((dataset, DCAT.contactPoint, self.contact_point(opportunity.contact_email or None, opportunity.organisation)))
        issued = opportunity.publication_date or opportunity.created_at.date()
        graph.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
        graph.add((dataset, DCTERMS.modified, Literal(opportunity.updated_at, datatype=XSD.dateTime)))
        language = vocabularies.language_iri(opportunity.notice_language)
        if language:
            graph.add((dataset, DCTERMS.language, self.concept(language, DCTERMS.LinguisticSystem, vocabularies.LANGUAGE_SCHEME)))
        # Text from TED is reused under the Commission's notice; the editors' own under the platform's licence.
        page_licence = "com-reuse" if from_ted else settings.OPEN_DATA_LICENCE
        self.distribution(dataset, page_url, title=page_title, licence_code=page_licence, file_type="html")
        if opportunity.url:
            notice_licence = "com-reuse" if from_ted else licences.ALL_RIGHTS_RESERVED
            self.distribution(dataset, opportunity.url, title=notice_title, licence_code=notice_licence)
        return dataset


def _page_path(model, default):
    page = model.objects.live().first()
    if page is None:
        return default
    parts = page.get_url_parts()
    return parts[2] if parts else default


def builder(graph):
    from innoprocure.opportunities.models import OpportunityIndexPage
    from innoprocure.resources.models import ResourceIndexPage

    with translation.override(settings.LANGUAGE_CODE):
        return Builder(
            graph,
            resource_index_path=_page_path(ResourceIndexPage, "/resources/"),
            opportunity_index_path=_page_path(OpportunityIndexPage, "/opportunities/"),
        )


def live_resources():
    from innoprocure.resources.models import Resource

    return (
        Resource.objects.filter(live=True)
        .prefetch_related("sectors", "countries", "languages", "tags", "attachments")
        .order_by("pk")
    )


def live_opportunities():
    from innoprocure.opportunities.models import Opportunity

    return Opportunity.objects.filter(live=True).prefetch_related("sectors").order_by("pk")


def describe_catalogue(b):
    from innoprocure.opportunities.models import Opportunity
    from innoprocure.resources.models import Resource

    graph = b.graph
    catalogue = catalogue_iri()
    graph.add((catalogue, RDF.type, DCAT.Catalog))
    with translation.override(settings.LANGUAGE_CODE):
        title = translation.gettext("%(site)s: Resource Centre and opportunities") % {"site": settings.WAGTAIL_SITE_NAME}
        description = translation.gettext(
            "The knowledge resources (case studies, guidance, reports, tools, legal texts, projects) and the funding "
            "calls, tenders and market consultations of a European platform for public procurement of innovation."
        )
    lang = settings.LANGUAGE_CODE
    graph.add((catalogue, DCTERMS.title, Literal(title, lang=lang)))
    graph.add((catalogue, DCTERMS.description, Literal(description, lang=lang)))
    graph.add((catalogue, DCTERMS.publisher, b.platform_agent()))
    graph.add((catalogue, FOAF.homepage, b.document(f"{base_url()}/")))
    graph.add((catalogue, DCTERMS.license, b.licence(settings.OPEN_DATA_LICENCE)))
    graph.add((catalogue, DCTERMS.language, b.language(lang)))
    graph.add((catalogue, DCTERMS.spatial, b.country("EU")))
    graph.add((catalogue, DCAT.themeTaxonomy, b.scheme(vocabularies.THEME_SCHEME)))
    modified = [
        Resource.objects.filter(live=True).aggregate(latest=Max("last_published_at"))["latest"],
        Opportunity.objects.filter(live=True).aggregate(latest=Max("updated_at"))["latest"],
    ]
    modified = [value for value in modified if value]
    if modified:
        graph.add((catalogue, DCTERMS.modified, Literal(max(modified), datatype=XSD.dateTime)))
    return catalogue


@dataclass
class Page:
    number: int
    count: int  # datasets in the whole catalogue
    size: int

    @property
    def last(self):
        return max(1, -(-self.count // self.size))


def catalogue_graph(number=1, size=None, page_url=None):
    """The catalogue's page `number` (from 1) as (graph, Page); datasets are the resources, then the opportunities,
    each in id order. Raises IndexError for a page past the last."""
    size = size or PAGE_SIZE
    graph = new_graph()
    b = builder(graph)
    catalogue = describe_catalogue(b)
    resources, opportunities = live_resources(), live_opportunities()
    resource_count, opportunity_count = resources.count(), opportunities.count()
    page = Page(number, resource_count + opportunity_count, size)
    if number < 1 or number > page.last:
        raise IndexError(number)
    start, end = (number - 1) * size, number * size
    if start < resource_count:
        for resource in resources[start : min(end, resource_count)]:
            graph.add((catalogue, DCAT.dataset, b.add_resource(resource)))
    if end > resource_count:
        first = max(0, start - resource_count)
        for opportunity in opportunities[first : end - resource_count]:
            graph.add((catalogue, DCAT.dataset, b.add_opportunity(opportunity)))
    if page_url and page.last > 1:
        add_hydra(graph, page, page_url)
    return graph, page


def add_hydra(graph, page, page_url):
    """ckanext-dcat's paging triples: the page is a hydra:PagedCollection with first, last, previous, next."""
    node = URIRef(f"{page_url}?page={page.number}")

    def link(number):
        return Literal(f"{page_url}?page={number}")

    graph.add((node, RDF.type, HYDRA.PagedCollection))
    graph.add((node, HYDRA.totalItems, Literal(page.count, datatype=XSD.integer)))
    graph.add((node, HYDRA.itemsPerPage, Literal(page.size, datatype=XSD.integer)))
    graph.add((node, HYDRA.firstPage, link(1)))
    graph.add((node, HYDRA.lastPage, link(page.last)))
    if page.number > 1:
        graph.add((node, HYDRA.previousPage, link(page.number - 1)))
    if page.number < page.last:
        graph.add((node, HYDRA.nextPage, link(page.number + 1)))


def resource_graph(resource):
    graph = new_graph()
    builder(graph).add_resource(resource)
    return graph


def opportunity_graph(opportunity):
    graph = new_graph()
    builder(graph).add_opportunity(opportunity)
    return graph
