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

HOW_TO_RESPOND = {
    "funding-call": "Check the eligibility conditions in the call document, prepare the proposal with the templates "
    "it provides and submit it electronically before the deadline. Questions go to the helpdesk named in the call; "
    "the answers are published for every applicant.",
    "tender": "Download the procurement documents from the address given in the contract notice, ask clarification "
    "questions through the buyer's e-procurement platform before the question deadline, and submit your tender "
    "electronically before the deadline. Groups of companies may bid together, and subcontracting is allowed.",
    "market-consultation": "Send a written answer to the consultation questions (ten pages at most) before the "
    "deadline and, if you wish, ask for a one-hour meeting. Taking part is not a condition for bidding later, and "
    "what the buyer shares with one supplier is published for all.",
    "prize": "Register, then submit the application form with evidence of your solution's performance before the "
    "deadline. A jury shortlists finalists for a test phase and awards the prizes on the published criteria.",
    "partner-search": "Public buyers interested in joining write to the platform team with a short description of "
    "their need and timetable; the team puts them in touch with the organiser, who answers within two weeks.",
}
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


# Each: slug, fields, deadline (days from today, "HH:MM", zone) or None, sectors, flags, lots, titles, descriptions.
OPPORTUNITIES = [
    {
        "slug": "horizon-pcp-climate-resilient-water-networks",
        "title": "Horizon Europe: pre-commercial procurement of climate-resilient water networks",
        "opportunity_type": "funding-call",
        "organisation": "European Buyers' Innovation Facility",
        "country": "EU",
        "budget": "9000000",
        "currency": "EUR",
        "deadline": (75, "17:00", "Europe/Brussels"),
        "procedure": "Research and innovation action (PCP)",
        "approach": "pcp",
        "summary": "Co-funding for groups of at least three public water utilities from different countries that "
        "jointly buy the research and development of solutions for detecting leaks, predicting floods and keeping "
        "drinking water safe during droughts. The EU contribution covers up to 90% of the procurement cost.",
        "sectors": ["water", "environment"],
        "flags": ["strategic-procurement:inn-pur"],
        "is_innovation": True,
    },
    {
        "slug": "eic-challenge-public-sector-digital-health",
        "title": "EIC challenge: digital health solutions ready for public buyers",
        "opportunity_type": "funding-call",
        "organisation": "Scale-up Fund for Public-Sector Innovation",
        "country": "EU",
        "budget": "2500000",
        "currency": "EUR",
        "deadline": (40, "17:00", "Europe/Brussels"),
        "procedure": "Grant and equity, cut-off date",
        "approach": "ppi",
        "summary": "Start-ups and SMEs whose digital health products have been piloted with a hospital or health "
        "authority may apply for up to €2.5 million to reach market readiness, with coaching on answering public "
        "tenders.",
        "sectors": ["health-care", "ict"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "portugal-municipal-innovation-procurement-co-funding",
        "title": "Co-funding for innovation procurement in Portuguese municipalities",
        "opportunity_type": "funding-call",
        "organisation": "Pedraluz Innovation Agency",
        "country": "PT",
        "budget": "4000000",
        "currency": "EUR",
        "deadline": (9, "18:00", "Europe/Lisbon"),
        "procedure": "Competitive call, single stage",
        "approach": "both",
        "summary": "Municipalities and inter-municipal communities can receive up to 60% of the cost of a "
        "pre-commercial procurement or of the first purchase of an innovative solution, together with advice "
        "from the national competence centre.",
        "sectors": ["public-administration", "smart-cities"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "buyers-groups-zero-emission-construction-ppi",
        "title": "Support for buyers' groups: zero-emission construction sites",
        "opportunity_type": "funding-call",
        "organisation": "European Buyers' Innovation Facility",
        "country": "EU",
        "budget": "5000000",
        "currency": "EUR",
        "deadline": (-30, "17:00", "Europe/Brussels"),
        "procedure": "Coordination and support action (PPI)",
        "approach": "ppi",
        "summary": "Funding for public buyers from several countries who commit to buy electric or hydrogen "
        "construction machinery together, to show suppliers a market large enough to invest in.",
        "sectors": ["construction", "energy"],
        "flags": ["strategic-procurement:inn-pur", "strategic-procurement:env-imp"],
        "is_innovation": True,
    },
    {
        "slug": "pcp-robotic-assistance-home-care",
        "title": "Pre-commercial procurement: robotic assistance for care at home",
        "opportunity_type": "tender",
        "organisation": "Consorzio sanitario delle Tre Valli",
        "country": "IT",
        "budget": "6300000",
        "currency": "EUR",
        "deadline": (35, "12:00", "Europe/Rome"),
        "procedure": "Pre-commercial procurement",
        "approach": "pcp",
        "cpv_codes": ["73000000", "85300000"],
        "place_of_performance": "The three valleys of the Tre Valli health district",
        "summary": "Research and development services in three phases (design, prototypes, field test with 200 "
        "patients) for robots that help older people live at home safely: lifting, reminders, and calling help.",
        "sectors": ["health-care"],
        "flags": ["innovative-acquisition:rd-act", "strategic-procurement:inn-pur"],
        "is_innovation": True,
        "lots": [
            ("1", "Phase 1: solution design", 35, "1300000", ["73000000"]),
            ("2", "Phases 2 and 3: prototypes and field test", 35, "5000000", ["73000000", "85300000"]),
        ],
    },
    {
        "slug": "innovation-partnership-low-emission-waste-vehicles",
        "title": "Innovation partnership: low-emission waste collection vehicles",
        "opportunity_type": "tender",
        "organisation": "Revontula Regional Waste Company",
        "country": "FI",
        "budget": "12000000",
        "currency": "EUR",
        "deadline": (5, "12:00", "Europe/Helsinki"),
        "procedure": "innovation",
        "approach": "ppi",
        "cpv_codes": ["34144510", "90511000"],
        "summary": "Development and supply of refuse collection vehicles with zero tailpipe emissions that can "
        "work a full winter shift at −25 °C, followed by the purchase of up to 30 vehicles.",
        "sectors": ["environment", "mobility"],
        "flags": ["procedure:innovation", "innovative-acquisition:mar-nov"],
        "is_innovation": True,
        "notice_language": "fi",
        "titles": {
            "en": "Innovation partnership: low-emission waste collection vehicles",
            "fi": "Innovaatiokumppanuus: vähäpäästöiset jätteenkeräysajoneuvot",
            "sv": "Innovationspartnerskap: avfallsfordon med låga utsläpp",
        },
        "descriptions": {
            "fi": "Päästöttömien jätteenkeräysajoneuvojen kehittäminen ja hankinta talviolosuhteisiin.",
            "sv": "Utveckling och upphandling av utsläppsfria avfallsfordon för vinterförhållanden.",
        },
        "lots": [
            ("1", "Development phase and two prototype vehicles", 5, "2000000", ["73000000"]),
            ("2", "Purchase of up to 30 vehicles", 5, "10000000", ["34144510"]),
        ],
    },
    {
        "slug": "competitive-dialogue-mobility-as-a-service",
        "title": "Competitive dialogue: regional mobility-as-a-service platform",
        "opportunity_type": "tender",
        "organisation": "Auenbrück Regional Transport Association",
        "country": "DE",
        "budget": "7800000",
        "currency": "EUR",
        "deadline": (50, "10:00", "Europe/Berlin"),
        "procedure": "comp-dial",
        "approach": "ppi",
        "cpv_codes": ["48000000", "72000000", "60100000"],
        "summary": "A platform that lets travellers plan, book and pay for bus, rail, bike sharing and on-demand "
        "shuttles in one app, open to new mobility providers through published interfaces.",
        "sectors": ["mobility", "ict"],
        "flags": ["procedure:comp-dial", "innovative-acquisition:prod-innov"],
        "is_innovation": True,
        "notice_language": "de",
        "titles": {
            "en": "Competitive dialogue: regional mobility-as-a-service platform",
            "de": "Wettbewerblicher Dialog: regionale Mobility-as-a-Service-Plattform",
        },
        "descriptions": {
            "de": "Eine Plattform, über die Fahrgäste Bus, Bahn, Leihräder und Rufbusse in einer App planen, "
            "buchen und bezahlen können.",
        },
        "lots": [
            ("1", "Platform and app", 50, "5200000", ["48000000"]),
            ("2", "Integration of mobility providers", 50, "1800000", ["72000000"]),
            ("3", "Operation and support for five years", 50, "800000", ["72250000"]),
        ],
    },
    {
        "slug": "energy-positive-school-renovation",
        "title": "Call for tenders: energy-positive renovation of four schools",
        "opportunity_type": "tender",
        "organisation": "Département du Val-d'Aurore",
        "country": "FR",
        "budget": "18500000",
        "currency": "EUR",
        "deadline": (-10, "12:00", "Europe/Paris"),
        "procedure": "open",
        "approach": "ppi",
        "cpv_codes": ["45214200", "45331000"],
        "summary": "Design-and-build contracts to renovate four secondary schools so that each produces more "
        "energy than it uses over a year, with a ten-year performance guarantee.",
        "sectors": ["construction", "energy", "education"],
        "flags": ["strategic-procurement:env-imp"],
        "is_innovation": True,
    },
    {
        "slug": "ppi-smart-street-lighting-awarded",
        "title": "Public procurement of innovative solutions: adaptive street lighting",
        "opportunity_type": "tender",
        "organisation": "Central de compras de Costaverde",
        "country": "ES",
        "budget": "3200000",
        "currency": "EUR",
        "deadline": (-60, "14:00", "Europe/Madrid"),
        "procedure": "open",
        "approach": "ppi",
        "cpv_codes": ["34993000", "31527200"],
        "summary": "Street lights that dim when streets are empty and report faults themselves, for twelve "
        "municipalities buying together.",
        "sectors": ["smart-cities", "energy"],
        "flags": ["innovative-acquisition:mar-nov"],
        "is_innovation": True,
        "awarded": True,
        "award_note": "Awarded in two lots to a consortium of three SMEs; installation starts next spring.",
    },
    {
        "slug": "market-consultation-ai-triage-emergency",
        "title": "Open market consultation: AI-supported triage in emergency departments",
        "opportunity_type": "market-consultation",
        "organisation": "Scheldemonde University Hospital Network",
        "country": "BE",
        "deadline": (25, "17:00", "Europe/Brussels"),
        "procedure": "Prior information notice",
        "approach": "pcp",
        "cpv_codes": ["48180000"],
        "summary": "Before deciding whether to launch a pre-commercial procurement, the hospitals want to know "
        "what decision-support tools exist or are in development for triaging patients, and how they handle "
        "explainability and medical-device certification.",
        "sectors": ["health-care", "ict"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "market-consultation-circular-office-furniture",
        "title": "Open market consultation: office furniture as a service",
        "opportunity_type": "market-consultation",
        "organisation": "Heidedal Provincial Real Estate Agency",
        "country": "NL",
        "deadline": (3, "12:00", "Europe/Amsterdam"),
        "procedure": "Market consultation",
        "approach": "ppi",
        "cpv_codes": ["39130000"],
        "summary": "Suppliers are asked how a contract for furniture as a service could work for 40,000 "
        "workplaces: refurbishment, take-back, reuse and reporting of materials.",
        "sectors": ["textiles", "environment"],
        "flags": [],
        "is_innovation": False,
    },
    {
        "slug": "market-consultation-satellite-urban-heat",
        "title": "Market consultation: satellite monitoring of urban heat islands",
        "opportunity_type": "market-consultation",
        "organisation": "Region of the Islands of Avgi",
        "country": "GR",
        "deadline": (-20, "15:00", "Europe/Athens"),
        "procedure": "Market consultation",
        "approach": "pcp",
        "cpv_codes": ["71354500"],
        "summary": "Which services can map surface temperatures street by street every summer week, and combine "
        "them with data on vulnerable residents?",
        "sectors": ["space", "smart-cities"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "prize-indoor-air-quality-sensors-schools",
        "title": "Prize challenge: affordable indoor air quality sensors for schools",
        "opportunity_type": "prize",
        "organisation": "Healthy Schools Cities Partnership",
        "country": "EU",
        "budget": "1500000",
        "currency": "EUR",
        "deadline": (100, "17:00", "Europe/Brussels"),
        "procedure": "Inducement prize",
        "approach": "other",
        "summary": "Three prizes for sensors that measure CO₂, particles and temperature, cost under €50 per "
        "classroom, and show teachers when to open the windows. Schools in ten cities will test the finalists.",
        "sectors": ["education", "environment"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "prize-accessible-travel-information",
        "title": "Prize: accessible public transport information for blind travellers",
        "opportunity_type": "prize",
        "organisation": "Älvhamn Regional Public Transport Authority",
        "country": "SE",
        "budget": "3000000",
        "currency": "SEK",
        "deadline": (-100, "23:59", "Europe/Stockholm"),
        "procedure": "Inducement prize",
        "approach": "other",
        "summary": "A prize for solutions that guide blind and partially sighted travellers from the street to the "
        "right platform and door, using the authority's open data.",
        "sectors": ["mobility"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "partner-search-amr-diagnostics-pcp",
        "title": "Partner search: hospitals for a joint PCP on antimicrobial-resistance diagnostics",
        "opportunity_type": "partner-search",
        "organisation": "Zelengrad University Hospital",
        "country": "SI",
        "deadline": None,
        "procedure": "",
        "approach": "pcp",
        "summary": "A hospital preparing a proposal for EU co-funding seeks two or three hospitals in other "
        "countries to buy together rapid tests that tell within an hour which antibiotics will work.",
        "sectors": ["health-care"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "partner-search-e-bus-charging-ppi",
        "title": "Partner search: cities for a joint purchase of smart e-bus charging",
        "opportunity_type": "partner-search",
        "organisation": "Wisłogród Municipal Transport Company",
        "country": "PL",
        "deadline": (60, "16:00", "Europe/Warsaw"),
        "procedure": "",
        "approach": "ppi",
        "summary": "Cities that plan to electrify bus depots in the next three years are invited to join a buyers' "
        "group that would jointly specify charging systems which balance the load with the local grid.",
        "sectors": ["mobility", "energy"],
        "flags": [],
        "is_innovation": True,
    },
    {
        "slug": "tender-autonomous-snow-clearing-prototypes",
        "title": "Call for tenders: prototypes of autonomous snow clearing for footpaths",
        "opportunity_type": "tender",
        "organisation": "Public works department of the Canton of Alpenwil",
        "country": "CH",
        "budget": "2000000",
        "currency": "CHF",
        "deadline": (90, "12:00", "Europe/Zurich"),
        "procedure": "Pre-commercial procurement",
        "approach": "pcp",
        "cpv_codes": ["73000000", "34144400"],
        "summary": "Development of small autonomous machines that clear snow from footpaths and cycle lanes at "
        "night, safely among pedestrians, with field tests over two winters.",
        "sectors": ["mobility", "public-administration"],
        "flags": ["innovative-acquisition:rd-act"],
        "is_innovation": True,
    },
]


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
