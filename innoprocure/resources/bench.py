"""The search benchmark: synthetic catalogues, a fixed query mix, and a naive baseline to compare with.

Runs inside a throwaway database (see the bench_search command): it bulk-creates resources, builds the
index in bulk, then times `search()` (facet counts and snippets included, result cache off) and a naive
ORM implementation (icontains on the text fields, one COUNT query per facet value) on the same queries.
"""

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from django.db import connection, transaction
from django.db.models import Q

from innoprocure.search.indexer import bulk_insert

# A small domain vocabulary (ranked by how often it is drawn) and a long tail of made-up words, per language.
DOMAIN = {
    "en": """procurement innovation public tender solution market city buyer supplier contract pilot hospital
        consultation challenge energy health digital service mobility care sustainable circular building school
        water waste transport data platform evaluation award criteria budget risk prototype testing demand
        needs functional specification performance outcome municipality region agency ministry startup sme
        research development commercial phase lot framework dialogue partnership quality cost value life cycle
        emission hydrogen electric bus vehicle lighting street heating cooling insulation retrofit sensor
        monitoring artificial intelligence software cloud security privacy accessibility elderly patient
        ambulance medicine diagnostic laboratory food catering textile furniture road bridge rail port
        drone satellite earth observation flood drought climate adaptation biodiversity recycling plastic""",
    "de": """beschaffung innovation öffentliche vergabe auftraggeber lieferant vertrag krankenhaus markterkundung
        lösung energie gesundheit digitalisierung verkehr pflege nachhaltig kreislaufwirtschaft gebäude schule
        wasser abfall daten plattform bewertung zuschlag kriterien haushalt risiko prototyp erprobung bedarf""",
    "fr": """marchés publics innovation achat acheteur fournisseur contrat hôpital consultation solution énergie
        santé numérique mobilité durable économie circulaire bâtiment école eau déchets données plateforme
        évaluation attribution critères budget risque prototype essai besoin collectivité région""",
    "es": """compra pública innovación licitación comprador proveedor contrato hospital consulta solución energía
        salud digital movilidad sostenible economía circular edificio escuela agua residuos datos plataforma""",
    "it": """appalti pubblici innovazione acquisto fornitore contratto ospedale consultazione soluzione energia
        salute digitale mobilità sostenibile economia circolare edificio scuola acqua rifiuti dati piattaforma""",
    "nl": """aanbesteding innovatie inkoop opdrachtgever leverancier contract ziekenhuis marktconsultatie oplossing
        energie gezondheid digitaal mobiliteit duurzaam circulaire economie gebouw school water afval gegevens""",
    "el": """δημόσιες προμήθειες καινοτομία διαγωνισμός αγοραστής προμηθευτής σύμβαση νοσοκομείο διαβούλευση
        λύση ενέργεια υγεία ψηφιακή κινητικότητα βιώσιμη κυκλική οικονομία κτίριο σχολείο νερό απόβλητα""",
    "pt": """contratação pública inovação concurso comprador fornecedor contrato hospital consulta solução energia
        saúde digital mobilidade sustentável economia circular edifício escola água resíduos dados plataforma""",
    "pl": """zamówienia publiczne innowacje przetarg zamawiający dostawca umowa szpital konsultacje rozwiązanie
        energia zdrowie cyfrowy mobilność zrównoważony gospodarka obiegu budynek szkoła woda odpady dane""",
}
LANGUAGE_SHARE = [("en", 55), ("de", 8), ("fr", 8), ("es", 6), ("it", 6), ("nl", 5), ("el", 4), ("pt", 4), ("pl", 4)]
SYLLABLES = "ka lo mi ne ru sa ti vo pe da ri no fu ze la mo ki be to gu ha si re".split()

# The fixed query mix: (category, query, filters).
QUERIES = [
    ("keyword", "procurement", {}),
    ("keyword", "hospital", {}),
    ("keyword", "market consultation", {}),
    ("keyword", "hydrogen bus", {}),
    ("keyword + 2 facets", "innovation", {"sector": ["health-care"], "country": ["DE"]}),
    ("keyword + 2 facets", "tender", {"type": ["case-study"], "year": ["2021"]}),
    ("keyword + 2 facets", "procurement", {"sector": ["energy", "mobility"], "approach": ["pcp"]}),
    ("keyword + 2 facets", "energy", {"language": ["de"], "stage": ["award"]}),
    ("facets only", "", {"sector": ["mobility"], "country": ["FR"]}),
    ("facets only", "", {"type": ["report"], "language": ["de"]}),
    ("facets only", "", {"stage": ["award"], "year": ["2020", "2021"]}),
    ("facets only", "", {}),
    ("typo", "procurment", {}),
    ("typo", "inovation", {}),
    ("typo", "hospitl", {}),
    ("typo", "sustainabel", {}),
]
CATEGORIES = ["keyword", "keyword + 2 facets", "facets only", "typo"]
QUERIES_BY_CATEGORY = {category: [query for query in QUERIES if query[0] == category] for category in CATEGORIES}


class Catalogue:
    """Generates synthetic resources with a fixed seed, fast (bulk inserts), growing to a target size."""

    def __init__(self, seed=20260101):
        self.random = random.Random(seed)
        self.count = 0
        self._words = {}
        self._prepare()

    def _prepare(self):
        from innoprocure.core.models import Country, Language, ProcurementStage, Sector

        tail = sorted({"".join(self.random.choices(SYLLABLES, k=self.random.randint(2, 4))) for _ in range(30_000)})
        self.random.shuffle(tail)
        for language, words in DOMAIN.items():
            vocabulary = words.split() + tail[:8000]
            weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf
            total, cumulative = 0.0, []
            for weight in weights:
                total += weight
                cumulative.append(total)
            self._words[language] = (vocabulary, cumulative)
        self.languages = [code for code, _share in LANGUAGE_SHARE]
        self.language_weights = [share for _code, share in LANGUAGE_SHARE]
        self.sectors = dict(Sector.objects.values_list("slug", "pk"))
        self.stages = dict(ProcurementStage.objects.values_list("slug", "pk"))
        self.countries = list(Country.objects.values_list("code", flat=True))
        self.all_languages = list(Language.objects.values_list("code", flat=True))
        self.tags = [f"theme {''.join(self.random.choices(SYLLABLES, k=3))}" for _ in range(300)]

    def words(self, language, count):
        vocabulary, cumulative = self._words[language]
        return self.random.choices(vocabulary, cum_weights=cumulative, k=count)

    def sentence(self, language, count):
        return " ".join(self.words(language, count)).capitalize() + "."

    def grow(self, target, batch=2000):
        """Add resources until there are `target`; returns the seconds taken."""
        started = time.monotonic()
        while self.count < target:
            with transaction.atomic():  # one commit per batch (SQLite would otherwise sync every row)
                self._add(min(batch, target - self.count))
        return time.monotonic() - started

    def _add(self, number):
        from taggit.models import Tag

        from innoprocure.resources.models import Resource, ResourceAttachment, ResourceTag, ResourceType

        rnd = self.random
        types = ResourceType.values
        now = datetime(2026, 1, 1, tzinfo=UTC)
        resources = []
        for index in range(self.count, self.count + number):
            language = rnd.choices(self.languages, weights=self.language_weights)[0]
            paragraphs = "".join(f"<p>{self.sentence(language, rnd.randint(20, 40))}</p>" for _ in range(rnd.randint(2, 4)))
            resources.append(
                Resource(
                    title=self.sentence(language, rnd.randint(4, 9))[:-1],
                    slug=f"bench-{index}",
                    summary=self.sentence(language, rnd.randint(20, 35)),
                    body=paragraphs,
                    resource_type=rnd.choice(types),
                    approach=rnd.choice(["ppi", "pcp", "both", "other"]),
                    main_language_id=language,
                    publication_year=min(2026, 2008 + int(rnd.triangular(0, 19, 16))),
                    publisher=rnd.choice(["European Commission", "City of Ghent", "Procura+", "OECD", "ICLEI", ""]),
                    live=rnd.random() > 0.02,
                    first_published_at=now - timedelta(minutes=index),
                )
            )
        created = Resource.objects.bulk_create(resources, batch_size=500)
        # Link rows go in as plain tuples: building a model instance for each would cost more than the insert.
        m2m = {name: Resource._meta.get_field(name) for name in ("sectors", "stages", "countries", "languages")}
        links = {name: [] for name in m2m}
        tag_rows, attachments = [], []
        tag_ids = self._tag_ids(Tag)
        for resource in created:
            rid = resource.pk
            links["sectors"] += [(rid, self.sectors[slug]) for slug in rnd.sample(list(self.sectors), rnd.randint(1, 3))]
            links["stages"] += [(rid, self.stages[slug]) for slug in rnd.sample(list(self.stages), rnd.randint(0, 3))]
            countries = {"EU"} if rnd.random() < 0.15 else set(rnd.sample(self.countries, rnd.randint(1, 2)))
            links["countries"] += [(rid, code) for code in sorted(countries)]
            languages = {resource.main_language_id} | ({rnd.choice(self.all_languages)} if rnd.random() < 0.2 else set())
            links["languages"] += [(rid, code) for code in sorted(languages)]
            tag_rows += [(rid, tag_ids[tag]) for tag in rnd.sample(self.tags, rnd.randint(0, 3))]
            if rnd.random() < 0.05:
                name = f"bench/annex-{rid}.txt"
                text = " ".join(self.sentence(resource.main_language_id, 30) for _ in range(12))
                attachments.append((rid, 0, "Annex", name, "txt", 4000, text, "done", "", name))
        for name, rows in links.items():
            field = m2m[name]
            through = field.remote_field.through
            columns = (f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id")
            bulk_insert(through, columns, rows)
        bulk_insert(ResourceTag, ("content_object_id", "tag_id"), tag_rows)
        bulk_insert(
            ResourceAttachment,
            (
                "resource_id",
                "sort_order",
                "title",
                "file",
                "file_type",
                "size",
                "extracted_text",
                "extraction_status",
                "extraction_note",
                "extracted_file_name",
            ),
            attachments,
        )
        self.count += number

    def _tag_ids(self, Tag):
        if not hasattr(self, "_tags"):
            Tag.objects.bulk_create([Tag(name=name, slug=name.replace(" ", "-")) for name in self.tags], ignore_conflicts=True)
            self._tags = dict(Tag.objects.filter(name__in=self.tags).values_list("name", "pk"))
        return self._tags


def percentiles(samples):
    ordered = sorted(samples)
    if not ordered:
        return {"p50": 0.0, "p95": 0.0, "max": 0.0, "n": 0}
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1], "n": len(ordered)}


def time_engine(repeats):
    """{category: [ms]} for the search service on the query mix."""
    from innoprocure.resources.search import parse_params, search

    samples = {category: [] for category in CATEGORIES}
    requests = []
    for category, q, filters in QUERIES:
        request, errors = parse_params({"q": q, **filters})
        assert not errors, errors
        requests.append((category, request))
        search(request, use_cache=False)  # warm: stemmer caches, statement caches
    for _round in range(repeats):
        for category, request in requests:
            started = time.perf_counter()
            results = search(request, use_cache=False)
            samples[category].append((time.perf_counter() - started) * 1000)
            assert results.facets is not None
    return samples


# --- site search over a mixed corpus -----------------------------------------------------------------------------

# Shares of the mixed corpus by document type (the others share what is left equally).
MIXED_SHARES = {"resources.resource": 0.4, "opportunities.opportunity": 0.2, "stories.storypage": 0.1, "events.eventpage": 0.1}
SITE_QUERIES = [(category, q) for category, q, filters in QUERIES if not filters and q]


def mixed_documents(catalogue, size):
    """`size` synthetic documents of every registered type, written with the catalogue's vocabulary.

    They go straight into the index (their items do not exist), so the timing is the engine's: matching,
    ranking and per-section counts; teasers then find nothing to show, at the cost of one query per section.
    """
    from innoprocure.search import registry
    from innoprocure.search.analysis import analyser_for
    from innoprocure.search.registry import Document

    keys = sorted(registry.types())
    rest = (1 - sum(MIXED_SHARES.values())) / max(1, len(set(keys) - set(MIXED_SHARES)))
    weights = [MIXED_SHARES.get(key, rest) for key in keys]
    rng = catalogue.random
    started = datetime(2015, 1, 1, tzinfo=UTC)
    for number in range(1, size + 1):
        key = rng.choices(keys, weights=weights)[0]
        language = rng.choices(catalogue.languages, weights=catalogue.language_weights)[0]
        title = catalogue.sentence(language, rng.randint(4, 9))
        body = catalogue.sentence(language, rng.randint(60, 200))
        yield Document(
            doc_type=key,
            object_id=number,
            analyser=analyser_for(language),
            fields=[("title", title, 10.0), ("summary", catalogue.sentence(language, 25), 4.0), ("body", body, 2.0)],
            facets={"country": [rng.choice(catalogue.countries)]},
            published=started + timedelta(hours=number),
            title=title,
            body_text=body,
        )


def time_site_search(repeats):
    """{category: [ms]} for site search (every section, five best each) on the text queries of the mix."""
    from innoprocure.search import site

    samples = {category: [] for category, _q in SITE_QUERIES}
    for _category, q in SITE_QUERIES:
        site.site_search(q)  # warm
    for _round in range(repeats):
        for category, q in SITE_QUERIES:
            started = time.perf_counter()
            site.site_search(q)
            samples[category].append((time.perf_counter() - started) * 1000)
    return samples


# --- the naive baseline -------------------------------------------------------------------------------------------

FACET_LOOKUPS = {
    "type": "resource_type",
    "approach": "approach",
    "year": "publication_year",
    "sector": "sectors__slug",
    "stage": "stages__slug",
    "country": "countries__code",
    "language": "languages__code",
}


def naive_search(q, filters, facet_values):
    """What one would write first: icontains per word, filters as joins, one COUNT per facet value, first page."""
    from innoprocure.resources.models import Resource

    def matching(skip_facet=None):
        queryset = Resource.objects.filter(live=True)
        for word in q.split():
            queryset = queryset.filter(Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word))
        for facet, values in filters.items():
            if facet != skip_facet:
                queryset = queryset.filter(**{f"{FACET_LOOKUPS[facet]}__in": values})
        return queryset.distinct()

    base = matching()
    total = base.count()
    page = list(base.order_by("-publication_year", "pk")[:20])
    counts = {}
    for facet, values in facet_values.items():
        scope = matching(skip_facet=facet)
        for value in values:
            counts[(facet, value)] = scope.filter(**{FACET_LOOKUPS[facet]: value}).count()
    return total, page, counts


def time_baseline(repeats, per_category=None):
    """{category: [ms]} for the naive implementation; `per_category` limits the queries of each category."""
    from innoprocure.core.models import Country, Language, ProcurementStage, Sector
    from innoprocure.resources.models import Resource, ResourceType

    facet_values = {
        "type": ResourceType.values,
        "approach": ["ppi", "pcp", "both", "other"],
        "year": sorted(set(Resource.objects.values_list("publication_year", flat=True))),
        "sector": list(Sector.objects.values_list("slug", flat=True)),
        "stage": list(ProcurementStage.objects.values_list("slug", flat=True)),
        "country": list(Country.objects.values_list("code", flat=True)),
        "language": list(Language.objects.values_list("code", flat=True)),
    }
    samples = {category: [] for category in CATEGORIES}
    queries = [query for query in QUERIES if per_category is None or QUERIES_BY_CATEGORY[query[0]].index(query) < per_category]
    for _round in range(repeats):
        for category, q, filters in queries:
            started = time.perf_counter()
            naive_search(q, filters, facet_values)
            samples[category].append((time.perf_counter() - started) * 1000)
    return samples


def index_size():
    from innoprocure.search.models import Posting, Term, Word

    return {"postings": Posting.objects.count(), "terms": Term.objects.count(), "words": Word.objects.count()}


def vacuum():
    """After a bulk load PostgreSQL needs its visibility maps (index-only scans) and statistics; doing it now keeps
    autovacuum from doing it in the middle of the timings."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
