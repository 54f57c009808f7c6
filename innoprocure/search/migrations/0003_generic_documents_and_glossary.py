"""The index holds documents of every registered type instead of resources only, and the glossary arrives.

The index is derived data: the old postings are dropped and `manage.py rebuild_search_index` (or the demo
loader, or the next save of each item) fills the new tables. The glossary is seeded from glossary.json.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def clear_index(apps, schema_editor):
    for name in ("WordVariant", "Word", "Term"):
        apps.get_model("sitesearch", name).objects.all().delete()
    apps.get_model("sitesearch", "IndexState").objects.update(version="0")


def seed_glossary(apps, schema_editor):
    from innoprocure.search.glossary import load_seed

    load_seed(apps.get_model("sitesearch", "GlossaryConcept"), apps.get_model("sitesearch", "GlossaryTerm"))


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0002_packed_postings"),
    ]

    operations = [
        migrations.DeleteModel(name="Posting"),
        migrations.DeleteModel(name="IndexedResource"),
        migrations.RunPython(clear_index, migrations.RunPython.noop),
        migrations.CreateModel(
            name="IndexedDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("doc_type", models.CharField(help_text="Registered document type, e.g. resources.resource.", max_length=60)),
                ("object_id", models.BigIntegerField()),
                ("analyser", models.CharField(max_length=4)),
                ("fingerprint", models.CharField(help_text="Hash of the indexed text; unchanged text is not re-analysed.", max_length=40)),
                ("published", models.DateTimeField(null=True)),
                ("title_sort", models.CharField(max_length=255)),
                ("facets", models.TextField(blank=True)),
                ("body_text", models.TextField(blank=True, help_text="The main text, plain, for snippets.")),
            ],
            options={
                "verbose_name": "indexed document",
                "constraints": [models.UniqueConstraint(fields=("doc_type", "object_id"), name="sitesearch_document_unique")],
            },
        ),
        migrations.CreateModel(
            name="Posting",
            fields=[
                ("pk", models.CompositePrimaryKey("term", "document", blank=True, editable=False, primary_key=True, serialize=False)),
                ("weight", models.PositiveIntegerField()),
                ("positions", models.TextField(blank=True)),
                (
                    "document",
                    models.ForeignKey(
                        db_constraint=False, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="sitesearch.indexeddocument"
                    ),
                ),
                (
                    "term",
                    models.ForeignKey(
                        db_constraint=False, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="sitesearch.term"
                    ),
                ),
            ],
            options={
                "verbose_name": "search posting",
                "indexes": [
                    models.Index(fields=["term", "document", "weight"], name="sitesearch_posting_cover"),
                    models.Index(fields=["document"], name="sitesearch_posting_document"),
                ],
            },
        ),
        migrations.CreateModel(
            name="GlossaryConcept",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("slug", models.SlugField(max_length=80, unique=True, verbose_name="identifier")),
                ("definition", models.TextField(blank=True, verbose_name="definition (English)")),
                ("source", models.URLField(blank=True, help_text="Where the official term is defined.", verbose_name="source")),
                (
                    "public",
                    models.BooleanField(
                        default=True,
                        help_text="Untick for plain search synonyms (typing aids).",
                        verbose_name="show in the public glossary",
                    ),
                ),
            ],
            options={"verbose_name": "glossary concept", "verbose_name_plural": "glossary", "ordering": ["slug"]},
        ),
        migrations.CreateModel(
            name="GlossaryTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                ("language", models.CharField(help_text="ISO 639-1 code, e.g. de.", max_length=8, verbose_name="language")),
                ("text", models.CharField(max_length=200, verbose_name="term")),
                ("abbreviation", models.BooleanField(default=False, verbose_name="abbreviation")),
                (
                    "concept",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="terms", to="sitesearch.glossaryconcept"
                    ),
                ),
            ],
            options={
                "verbose_name": "glossary term",
                "ordering": ["sort_order"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(fields=("concept", "language", "text"), name="sitesearch_glossary_term_unique")
                ],
            },
        ),
        migrations.RunPython(seed_glossary, migrations.RunPython.noop),
    ]
