"""Saved searches of the forum. The discussions that exist already are recorded as seen when they were started, so
that a forum search saved after this migration finds only discussions started (or approved) after it was saved —
without this, the first run would take every old discussion for new."""

from django.db import migrations, models

KIND_CHOICES = [
    ("resources", "Resource Centre"),
    ("opportunities", "Opportunities"),
    ("events", "Events"),
    ("stories", "Stories"),
    ("forum", "Procurement Forum"),
]


def seen_already(apps, schema_editor):
    Thread = apps.get_model("forum", "Thread")
    Sighting = apps.get_model("alerts", "Sighting")
    visible = Thread.objects.filter(hidden=False, posts__number=1, posts__hidden=False, posts__awaiting_review=False)
    rows = [
        Sighting(kind="forum", object_id=pk, visible_since=created_at)
        for pk, created_at in visible.values_list("pk", "created_at").iterator()
    ]
    Sighting.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)


def forget(apps, schema_editor):
    apps.get_model("alerts", "Sighting").objects.filter(kind="forum").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0003_stories_and_challenges"),
        ("forum", "0004_forum_profile_language_choices"),
    ]

    operations = [
        migrations.AlterField(
            model_name="dispatch",
            name="kind",
            field=models.CharField(choices=KIND_CHOICES, max_length=20),
        ),
        migrations.AlterField(
            model_name="savedsearch",
            name="kind",
            field=models.CharField(choices=KIND_CHOICES, max_length=20, verbose_name="listing"),
        ),
        migrations.AlterField(
            model_name="sighting",
            name="kind",
            field=models.CharField(choices=KIND_CHOICES, max_length=20),
        ),
        migrations.RunPython(seen_already, forget),
    ]
