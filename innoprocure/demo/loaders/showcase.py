"""Demo showcase: solution profiles of the six fictional demo suppliers (demo/loaders/challenges.py), eight
published and one waiting for the platform team's approval. Every organisation, place and reference is fictional and
labelled "Illustrative example"; the texts are written for this demo. Safe to run again: profiles are found by slug.
"""

from django.utils import timezone

from innoprocure.challenges.models import Organisation
from innoprocure.core.models import Country, Sector
from innoprocure.demo.documents import read_toml
from innoprocure.showcase.models import ProfileStatus, Reference, SolutionProfile

# slug, supplier, name, problem, description, sectors, TRL, countries deployed, website, status,
# references [(where and for whom, what was done, year, link)]; the text is in content/showcase.toml.
PROFILES = [
    (
        *(item[key] for key in ("slug", "supplier", "name", "problem", "description", "sectors", "trl", "countries")),
        item["website"],
        ProfileStatus(item["status"]),
        [tuple(reference) for reference in item["references"]],
    )
    for item in read_toml("showcase.toml")["profiles"]
]


def load(out):
    now = timezone.now()
    suppliers = {org.slug: org for org in Organisation.objects.filter(slug__in={row[1] for row in PROFILES})}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    countries = {country.code: country for country in Country.objects.all()}
    created = 0
    for slug, supplier, name, problem, description, sector_slugs, trl, country_codes, website, status, refs in PROFILES:
        if supplier not in suppliers or SolutionProfile.objects.filter(slug=slug).exists():
            continue
        approved = status == ProfileStatus.APPROVED
        profile = SolutionProfile.objects.create(
            slug=slug,
            organisation=suppliers[supplier],
            name=name,
            problem=problem,
            description=description,
            trl=trl,
            website=website,
            status=ProfileStatus.DRAFT,
            submitted_at=now,
            illustrative=True,
        )
        profile.sectors.set([sectors[code] for code in sector_slugs if code in sectors])
        profile.countries.set([countries[code] for code in country_codes if code in countries])
        Reference.objects.bulk_create(
            Reference(profile=profile, title=title, description=text, year=year, url=link) for title, text, year, link in refs
        )
        # Saved once more with its final status: the search index reads the sectors, countries and references.
        profile.status = status
        profile.approved_at = now if approved else None
        profile.save()
        created += 1
    published = sum(1 for row in PROFILES if row[9] == ProfileStatus.APPROVED)
    out.write(f" {published} illustrative solution profiles and {len(PROFILES) - published} waiting ({created} new)")
