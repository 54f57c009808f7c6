"""The site's search index, in ordinary tables that SQLite and PostgreSQL query the same way.

Every registered document type (innoprocure.search.registry) contributes its visible items as documents; drafts,
private and unpublished items are never indexed. The index tables are derived data: `manage.py
rebuild_search_index` recreates them at any time; signals keep them current in between (innoprocure.search.indexer).
Foreign keys carry no database constraint so that a rebuild can bulk-load millions of rows quickly.

The glossary (GlossaryConcept, GlossaryTerm) is content: seeded from glossary.json, extended by editors.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class IndexState(models.Model):
    """A single row whose version changes whenever the index does, so that every process knows its caches are stale."""

    version = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("search index state")

    def __str__(self):
        return self.version


class Term(models.Model):
    """An index term: "<analyser>:<stem>", e.g. "de:beschaff"; df = how many documents contain it.

    `postings` packs the term's posting list (document ids ascending, then their weights) into one value, so a
    search reads a common word's 50,000 postings as one row instead of 50,000 (see indexer.pack).
    """

    key = models.CharField(max_length=64, unique=True)
    df = models.PositiveIntegerField(default=0)
    postings = models.BinaryField(default=b"")

    class Meta:
        verbose_name = _("search term")

    def __str__(self):
        return self.key


class Posting(models.Model):
    """One term in one document: its weight (fields and frequency, x100) and positions (for quoted phrases).

    The rows a document has are what its re-indexing changes; searches read the packed lists on Term.
    """

    pk = models.CompositePrimaryKey("term", "document")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    document = models.ForeignKey("IndexedDocument", on_delete=models.CASCADE, related_name="+", db_constraint=False)
    weight = models.PositiveIntegerField()
    positions = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search posting")
        indexes = [
            # Covers the hot query (term -> resources with weights) without reading the table.
            models.Index(fields=["term", "document", "weight"], name="sitesearch_posting_cover"),
            models.Index(fields=["document"], name="sitesearch_posting_document"),
        ]

    def __str__(self):
        return f"{self.term_id} in {self.document_id}"


class Word(models.Model):
    """A word seen in the indexed text (folded, unstemmed): what "did you mean" may suggest."""

    text = models.CharField(max_length=40, unique=True)

    class Meta:
        verbose_name = _("search vocabulary word")

    def __str__(self):
        return self.text


class WordVariant(models.Model):
    """The word itself and each form of it with one letter deleted: a typo finds its word by sharing a variant."""

    pk = models.CompositePrimaryKey("variant", "word")
    variant = models.CharField(max_length=40)
    word = models.ForeignKey(Word, on_delete=models.CASCADE, related_name="+", db_constraint=False)

    class Meta:
        verbose_name = _("search word variant")

    def __str__(self):
        return self.variant


class IndexedDocument(models.Model):
    """One visible item of a registered document type. Its id is its bit in the facet bitsets and posting lists."""

    doc_type = models.CharField(max_length=60, help_text="Registered document type, e.g. resources.resource.")
    object_id = models.BigIntegerField()
    analyser = models.CharField(max_length=4)
    fingerprint = models.CharField(max_length=40, help_text="Hash of the indexed text; unchanged text is not re-analysed.")
    published = models.DateTimeField(null=True)
    title_sort = models.CharField(max_length=255)
    # "facet=value" pairs separated by spaces (values are slugs and codes, which contain no spaces).
    facets = models.TextField(blank=True)
    body_text = models.TextField(blank=True, help_text="The main text, plain, for snippets.")

    class Meta:
        verbose_name = _("indexed document")
        constraints = [models.UniqueConstraint(fields=["doc_type", "object_id"], name="sitesearch_document_unique")]

    def __str__(self):
        return f"{self.doc_type} {self.object_id}"

    def facet_values(self):
        return parse_facets(self.facets)


def parse_facets(text):
    """{facet: [values]} from IndexedDocument.facets."""
    found = {}
    for pair in (text or "").split():
        name, _sep, value = pair.partition("=")
        found.setdefault(name, []).append(value)
    return found


class GlossaryConcept(ClusterableModel):
    """One idea of innovation procurement with its names in the EU's languages: a query for one finds all."""

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    definition = models.TextField(_("definition (English)"), blank=True)
    public = models.BooleanField(
        _("show in the public glossary"), default=True, help_text=_("Untick for plain search synonyms (typing aids).")
    )
    narrower = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="broader",
        verbose_name=_("narrower concepts"),
        help_text=_("Concepts this one includes: a search for it finds their names too (innovation procurement: PCP and PPI)."),
    )
    facets = models.CharField(
        _("facet values"),
        max_length=300,
        blank=True,
        help_text=_(
            "Items with one of these facet values count as naming the concept, e.g. “approach=ppi” or "
            "“sector=health-care”; several are separated by spaces."
        ),
    )

    panels = [
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("public"),
        FieldPanel("narrower"),
        FieldPanel("facets"),
        InlinePanel("terms", label=_("Terms"), min_num=1),
        InlinePanel("sources", label=_("Sources of the terms")),
    ]

    class Meta:
        verbose_name = _("glossary concept")
        verbose_name_plural = _("glossary")
        ordering = ["slug"]

    def __str__(self):
        english = [term.text for term in self.terms.all() if term.language == "en"]
        return english[0] if english else self.slug

    def facet_values(self):
        """[(facet, value)] of the `facets` field; malformed parts are left out."""
        return parse_facet_list(self.facets)


def parse_facet_list(text):
    pairs = []
    for part in (text or "").split():
        facet, sep, value = part.partition("=")
        if sep and facet and value:
            pairs.append((facet, value))
    return pairs


class GlossarySource(Orderable):
    """Where a concept's terms come from: a document with its language versions (a directive on EUR-Lex, the
    Commission's guidance, a national guide) and the languages whose terms it gave."""

    concept = ParentalKey(GlossaryConcept, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("title"), max_length=300, help_text=_("E.g. Directive 2014/24/EU, Article 31."))
    url = models.URLField(_("address"), max_length=500, blank=True)
    languages = models.CharField(
        _("languages"),
        max_length=120,
        blank=True,
        help_text=_("ISO 639-1 codes of the terms taken from it, separated by spaces; empty: every language listed."),
    )

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("languages")]

    class Meta(Orderable.Meta):
        verbose_name = _("glossary source")

    def __str__(self):
        return self.title

    def language_codes(self):
        return self.languages.split()


class GlossaryTerm(Orderable):
    """A name of a concept in one language (an abbreviation such as PCP is a name too)."""

    concept = ParentalKey(GlossaryConcept, on_delete=models.CASCADE, related_name="terms")
    language = models.CharField(_("language"), max_length=8, help_text=_("ISO 639-1 code, e.g. de."))
    text = models.CharField(_("term"), max_length=200)
    abbreviation = models.BooleanField(_("abbreviation"), default=False)

    panels = [FieldPanel("language"), FieldPanel("text"), FieldPanel("abbreviation")]

    class Meta(Orderable.Meta):
        verbose_name = _("glossary term")
        constraints = [models.UniqueConstraint(fields=["concept", "language", "text"], name="sitesearch_glossary_term_unique")]

    def __str__(self):
        return f"{self.text} ({self.language})"
