"""The search index of the Resource Centre, in ordinary tables that SQLite and PostgreSQL query the same way.

Only live resources are indexed. The tables are derived data: `manage.py rebuild_search_index` recreates them
from the resources at any time; signals keep them current in between (see innoprocure.search.indexer).
Foreign keys carry no database constraint so that a rebuild can bulk-load millions of rows quickly; the ORM
still deletes a resource's rows with it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexState(models.Model):
    """A single row whose version changes whenever the index does, so that every process knows its caches are stale."""

    version = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("search index state")

    def __str__(self):
        return self.version


class Term(models.Model):
    """An index term: "<analyser>:<stem>", e.g. "de:beschaff"; df = how many resources contain it.

    `postings` packs the term's posting list (resource ids ascending, then their weights) into one value, so a
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
    """One term in one resource: its weight (fields and frequency, x100) and positions (for quoted phrases).

    The rows a resource has are what its re-indexing changes; searches read the packed lists on Term.
    """

    pk = models.CompositePrimaryKey("term", "resource")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    resource = models.ForeignKey("resources.Resource", on_delete=models.CASCADE, related_name="+", db_constraint=False)
    weight = models.PositiveIntegerField()
    positions = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search posting")
        indexes = [
            # Covers the hot query (term -> resources with weights) without reading the table.
            models.Index(fields=["term", "resource", "weight"], name="sitesearch_posting_covering"),
            models.Index(fields=["resource"], name="sitesearch_posting_resource"),
        ]

    def __str__(self):
        return f"{self.term_id} in {self.resource_id}"


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


class IndexedResource(models.Model):
    """What search needs of a live resource besides its terms: facet values, sort keys, text for snippets."""

    resource = models.OneToOneField(
        "resources.Resource", on_delete=models.CASCADE, primary_key=True, related_name="+", db_constraint=False
    )
    analyser = models.CharField(max_length=4)
    fingerprint = models.CharField(max_length=40, help_text="Hash of the indexed text; unchanged text is not re-analysed.")
    resource_type = models.CharField(max_length=20)
    approach = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField(null=True)
    published = models.DateTimeField(null=True)
    title_sort = models.CharField(max_length=255)
    # Space-separated values (slugs and codes contain no spaces).
    sectors = models.TextField(blank=True)
    stages = models.TextField(blank=True)
    countries = models.TextField(blank=True)
    languages = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    body_text = models.TextField(blank=True, help_text="The body as plain text, for snippets.")

    class Meta:
        verbose_name = _("indexed resource")

    def __str__(self):
        return str(self.resource_id)
