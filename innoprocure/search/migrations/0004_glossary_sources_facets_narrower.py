"""Glossary concepts record where their terms come from (sources with their languages, instead of one address),
which concepts they include (innovation procurement: PCP and PPI) and which facet values count as naming them.

The umbrella term "innovation procurement" and Spain's "compra pública de innovación" (CPI) move from public
procurement of innovative solutions to their own concept, which includes PCP and PPI; the seed adds the rest.
"""

import uuid

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

# Names seeded under PPI before this migration that belong to the broader concept.
MOVED_FROM_PPI = [("en", "innovation procurement"), ("es", "compra pública de innovación"), ("es", "CPI")]


def keep_addresses(apps, schema_editor):
    """Each concept's old source address becomes a source, unless the seed brings it with its title."""
    from innoprocure.search.glossary import seed_data

    Concept = apps.get_model("sitesearch", "GlossaryConcept")
    Source = apps.get_model("sitesearch", "GlossarySource")
    seeded = {(entry["slug"], source.get("url", "")) for entry in seed_data() for source in entry.get("sources", [])}
    for concept in Concept.objects.exclude(source=""):
        if (concept.slug, concept.source) not in seeded:
            Source.objects.create(concept=concept, title=concept.source, url=concept.source, sort_order=0)


def seed(apps, schema_editor):
    from innoprocure.search.glossary import load_seed

    Concept = apps.get_model("sitesearch", "GlossaryConcept")
    Term = apps.get_model("sitesearch", "GlossaryTerm")
    for language, text in MOVED_FROM_PPI:
        Term.objects.filter(concept__slug="public-procurement-of-innovation", language=language, text=text).delete()
    load_seed(Concept, Term, apps.get_model("sitesearch", "GlossarySource"))
    apps.get_model("sitesearch", "IndexState").objects.update(version=uuid.uuid4().hex)  # every process reloads it


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0003_generic_documents_and_glossary"),
    ]

    operations = [
        migrations.AddField(
            model_name="glossaryconcept",
            name="facets",
            field=models.CharField(
                blank=True,
                help_text="Items with one of these facet values count as naming the concept, e.g. “approach=ppi” or “sector=health-care”; several are separated by spaces.",
                max_length=300,
                verbose_name="facet values",
            ),
        ),
        migrations.AddField(
            model_name="glossaryconcept",
            name="narrower",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Concepts this one includes: a search for it finds their names too (innovation procurement: PCP and PPI).",
                related_name="broader",
                to="sitesearch.glossaryconcept",
                verbose_name="narrower concepts",
            ),
        ),
        migrations.CreateModel(
            name="GlossarySource",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                ("title", models.CharField(help_text="E.g. Directive 2014/24/EU, Article 31.", max_length=300, verbose_name="title")),
                ("url", models.URLField(blank=True, max_length=500, verbose_name="address")),
                (
                    "languages",
                    models.CharField(
                        blank=True,
                        help_text="ISO 639-1 codes of the terms taken from it, separated by spaces; empty: every language listed.",
                        max_length=120,
                        verbose_name="languages",
                    ),
                ),
                (
                    "concept",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="sources", to="sitesearch.glossaryconcept"
                    ),
                ),
            ],
            options={"verbose_name": "glossary source", "ordering": ["sort_order"], "abstract": False},
        ),
        migrations.RunPython(keep_addresses, migrations.RunPython.noop),
        migrations.RemoveField(model_name="glossaryconcept", name="source"),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
