"""Demo opportunities: original writing, deadlines relative to the day the loader runs (open, closing soon, closed).

The editorial opportunities are invented, with fictional buyers and funders, and labelled "Illustrative example";
each says how to respond and links to where calls of its kind are published. The archive also holds the example
notices of the TED eForms SDK, imported through the platform's own TED importer.
"""

import re
import tempfile
import uuid
from datetime import datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from innoprocure.core.models import Country, Sector
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.demo.documents import read_toml
from innoprocure.opportunities.importers.run import import_paths
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityIndexPage, OpportunityLot
from innoprocure.opportunities.tests import samples  # the eForms SDK examples kept in the repository as test data

INTRODUCTION = (
    "Funding calls, calls for tenders, open market consultations, prize challenges and partner searches for "
    "innovation procurement across Europe, soonest deadline first. Closed opportunities move to the archive. "
    f"The archive includes the example notices of the TED eForms SDK, imported as TED notices are ({samples.LICENCE_NOTICE})"
)

FUNDING_PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/"
TED = "https://ted.europa.eu/"
EFORMS_SDK = "https://github.com/OP-TED/eForms-SDK"

_DATA = read_toml("opportunities.toml")
HOW_TO_RESPOND = _DATA["how_to_respond"]
EXAMPLE_NOTICE_RESPONSE = (
    "This is an example notice of the TED eForms SDK, published by the EU Publications Office to show the format; it "
    "is not a real call. For a real notice, the TED page gives the address of the procurement documents and the way "
    "to submit a tender or a request to participate."
)


def _link(item):
    """Where calls of this kind are published: the EU funding portal, TED, or the platform team for the rest."""
    if item["opportunity_type"] == "funding-call" and item["country"] == "EU":
        return FUNDING_PORTAL
    if item["opportunity_type"] in ("tender", "market-consultation"):
        return TED
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/contact/?to=platform"


def _opportunity(item):
    """slug, fields, deadline (days from today, "HH:MM", zone) or None, sectors, flags, lots, titles, descriptions."""
    item = {**item, "deadline": tuple(item["deadline"]) if "deadline" in item else None}
    if "lots" in item:
        item["lots"] = [tuple(lot) for lot in item["lots"]]
    return item


# The opportunities' text and facts are in content/opportunities.toml.
OPPORTUNITIES = [_opportunity(item) for item in _DATA["opportunities"]]


def _deadline(today, spec):
    if spec is None:
        return None, "Europe/Brussels"
    days, clock, zone = spec
    return datetime.combine(today + timedelta(days=days), time.fromisoformat(clock), tzinfo=ZoneInfo(zone)), zone


def load(out):
    home = ensure_home_page()
    ensure_child_page(
        home, OpportunityIndexPage, "opportunities", title="Opportunities", introduction=INTRODUCTION, show_in_menus=True
    )
    today = timezone.localdate()
    existing = set(Opportunity.objects.filter(slug__in=[item["slug"] for item in OPPORTUNITIES]).values_list("slug", flat=True))
    countries = {country.code: country for country in Country.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    created = 0
    for item in OPPORTUNITIES:
        if item["slug"] in existing:
            continue
        item = dict(item)
        url = _link(item)
        deadline, zone = _deadline(today, item.pop("deadline"))
        sector_slugs = item.pop("sectors", [])
        flag_codes = item.pop("flags", [])
        lots = item.pop("lots", [])
        country = countries.get(item.pop("country", ""))
        budget = item.pop("budget", None)
        opportunity = Opportunity.objects.create(
            **item,
            country=country,
            budget=Decimal(budget) if budget else None,
            deadline=deadline,
            deadline_timezone=zone,
            url=url,
            how_to_respond=HOW_TO_RESPOND[item["opportunity_type"]],
            illustrative=True,
        )
        opportunity.sectors.set([sectors[slug] for slug in sector_slugs if slug in sectors])
        OpportunityFlag.objects.bulk_create([OpportunityFlag(opportunity=opportunity, code=code) for code in flag_codes])
        for lot_id, title, days, value, cpv_codes in lots:
            lot_deadline, _zone = _deadline(today, (days, "12:00", zone))
            OpportunityLot.objects.create(
                opportunity=opportunity,
                lot_id=lot_id,
                title=title,
                deadline=lot_deadline,
                estimated_value=Decimal(value),
                currency=opportunity.currency,
                cpv_codes=cpv_codes,
            )
        created += 1
    examples = load_example_notices(today)
    out.write(f" opportunities index and {created} opportunities ({len(OPPORTUNITIES)} in all), {examples} TED examples")


def load_example_notices(today=None):
    """Import the eForms SDK example notices once, through the importer, and label them as examples.

    Their dates are years past, so they land in the archive; the SDK's prior information notice is imported a second
    time as sent a week ago (new identifiers, the call for competition expected in two months), so that a market
    consultation made from a PIN by the importer shows among the open opportunities.
    """
    today = today or timezone.localdate()
    paths = [samples.EXAMPLES_DIR / name for name in samples.IMPORTABLE if (samples.EXAMPLES_DIR / name).exists()]
    if not paths or Opportunity.objects.filter(source="ted", illustrative=True).exists():
        return 0
    with tempfile.TemporaryDirectory(prefix="demo-pin-") as folder:
        pin = samples.EXAMPLES_DIR / "pin-only_24_lots.xml"
        if pin.exists():
            recent = Path(folder) / "pin-only_24_lots-recent.xml"
            recent.write_bytes(_recent_pin(pin.read_bytes(), today))
            paths.append(recent)
        report = import_paths(paths)
    ids = [result.opportunity_id for result in report.results if result.opportunity_id]
    return Opportunity.objects.filter(pk__in=ids).update(
        illustrative=True, url=EFORMS_SDK, how_to_respond=EXAMPLE_NOTICE_RESPONSE
    )


def _recent_pin(data, today):
    """The SDK's PIN as if sent a week before `today`: its own identifiers (derived from the originals, so a second
    load gives the same notice), dispatched then, the call for competition expected 60 days after `today`."""
    data = samples.UUID.sub(lambda match: str(uuid.uuid5(uuid.NAMESPACE_URL, match.group(0).decode())).encode(), data)
    data = re.sub(rb"<cbc:IssueDate>[^<]*<", b"<cbc:IssueDate>%s+01:00<" % (today - timedelta(days=7)).isoformat().encode(), data)
    return re.sub(
        rb"<cbc:PlannedDate>[^<]*<", b"<cbc:PlannedDate>%s+01:00<" % (today + timedelta(days=60)).isoformat().encode(), data
    )
