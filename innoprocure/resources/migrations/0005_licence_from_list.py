"""Resources' licences become a choice from innoprocure.opendata.licences: free text is mapped to the code it
stood for (CC BY 4.0, "© European Union, reuse authorised" …); blank or unrecognised text becomes "all rights
reserved", which is what no stated licence means in law. Revisions are mapped too, so publishing an old one stays
valid."""

from django.db import migrations, models

from innoprocure.opendata import licences


def to_code(text):
    return licences.code_from_text(text) or licences.ALL_RIGHTS_RESERVED


def forwards(apps, schema_editor):
    Resource = apps.get_model("resources", "Resource")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for resource in Resource.objects.only("pk", "licence"):
        code = to_code(resource.licence)
        if code != resource.licence:
            Resource.objects.filter(pk=resource.pk).update(licence=code)
    content_type = ContentType.objects.filter(app_label="resources", model="resource").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(base_content_type=content_type).only("pk", "content"):
        content = revision.content or {}
        if "licence" in content and content["licence"] not in licences.BY_CODE:
            content["licence"] = to_code(content["licence"])
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_illustrative"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="resource",
            name="licence",
            field=models.CharField(
                choices=licences.CHOICES,
                default="all-rights-reserved",
                help_text="The terms under which others may reuse it; shown on its page and published in the open-data catalogue.",
                max_length=32,
                verbose_name="licence",
            ),
        ),
    ]
