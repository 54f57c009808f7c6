"""Reference data shared by every section: countries, languages, sectors, procurement stages, approaches.

Codes follow the standards: ISO 3166-1 alpha-2 for countries ("EU" stands for EU-wide), ISO 639-1 for
languages. The lists are synced into the database after every migrate, so they exist in every
environment, tests included; editors may add sectors and stages in the admin.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

EU_WIDE = "EU"

# (code, name, EU member state)
COUNTRIES = [
    ("EU", _("EU-wide"), False),
    ("AT", _("Austria"), True),
    ("BE", _("Belgium"), True),
    ("BG", _("Bulgaria"), True),
    ("HR", _("Croatia"), True),
    ("CY", _("Cyprus"), True),
    ("CZ", _("Czechia"), True),
    ("DK", _("Denmark"), True),
    ("EE", _("Estonia"), True),
    ("FI", _("Finland"), True),
    ("FR", _("France"), True),
    ("DE", _("Germany"), True),
    ("GR", _("Greece"), True),
    ("HU", _("Hungary"), True),
    ("IE", _("Ireland"), True),
    ("IT", _("Italy"), True),
    ("LV", _("Latvia"), True),
    ("LT", _("Lithuania"), True),
    ("LU", _("Luxembourg"), True),
    ("MT", _("Malta"), True),
    ("NL", _("Netherlands"), True),
    ("PL", _("Poland"), True),
    ("PT", _("Portugal"), True),
    ("RO", _("Romania"), True),
    ("SK", _("Slovakia"), True),
    ("SI", _("Slovenia"), True),
    ("ES", _("Spain"), True),
    ("SE", _("Sweden"), True),
    ("IS", _("Iceland"), False),
    ("LI", _("Liechtenstein"), False),
    ("NO", _("Norway"), False),
    ("CH", _("Switzerland"), False),
    ("GB", _("United Kingdom"), False),
    ("UA", _("Ukraine"), False),
    ("MD", _("Moldova"), False),
    ("AL", _("Albania"), False),
    ("ME", _("Montenegro"), False),
    ("MK", _("North Macedonia"), False),
    ("RS", _("Serbia"), False),
    ("BA", _("Bosnia and Herzegovina"), False),
    ("TR", _("Türkiye"), False),
    ("GE", _("Georgia"), False),
]

LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ga", _("Irish")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("mt", _("Maltese")),
    ("nl", _("Dutch")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("sv", _("Swedish")),
    ("no", _("Norwegian")),
    ("is", _("Icelandic")),
    ("uk", _("Ukrainian")),
]

# Sectors / product groups, as used to group innovation procurement practice.
SECTORS = [
    ("health-care", _("Health and care")),
    ("ict", _("ICT and digital services")),
    ("energy", _("Energy")),
    ("mobility", _("Transport and mobility")),
    ("construction", _("Construction and buildings")),
    ("environment", _("Environment and circular economy")),
    ("food", _("Food and catering")),
    ("security", _("Security and defence")),
    ("water", _("Water and sanitation")),
    ("education", _("Education")),
    ("public-administration", _("Public administration")),
    ("smart-cities", _("Smart cities")),
    ("space", _("Space and earth observation")),
    ("textiles", _("Textiles and furniture")),
]

# The procurement cycle, in order.
STAGES = [
    ("needs-assessment", _("Needs assessment")),
    ("market-engagement", _("Market engagement")),
    ("tender-design", _("Tender design")),
    ("award", _("Award")),
    ("contract-management", _("Contract management")),
    ("impact", _("Impact")),
]


class Approach(models.TextChoices):
    PPI = "ppi", _("Public procurement of innovative solutions (PPI)")
    PCP = "pcp", _("Pre-commercial procurement (PCP)")
    BOTH = "both", _("PPI and PCP")
    OTHER = "other", _("Other innovation procurement")


def sync(apps=None):
    """Create or refresh the reference data; safe to run any number of times."""
    from django.apps import apps as global_apps

    apps = apps or global_apps
    Country = apps.get_model("core", "Country")
    Language = apps.get_model("core", "Language")
    Sector = apps.get_model("core", "Sector")
    Stage = apps.get_model("core", "ProcurementStage")
    for code, name, is_eu in COUNTRIES:
        Country.objects.update_or_create(code=code, defaults={"name": str(name), "is_eu_member": is_eu})
    for code, name in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": str(name)})
    for slug, name in SECTORS:
        Sector.objects.get_or_create(slug=slug, defaults={"name": str(name)})
    for order, (slug, name) in enumerate(STAGES, start=1):
        Stage.objects.get_or_create(slug=slug, defaults={"name": str(name), "order": order})
