"""Demo opportunities: original writing, deadlines relative to the day the loader runs (open, closing soon, closed)."""

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from innoprocure.core.models import Country, Sector
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityIndexPage, OpportunityLot

INTRODUCTION = (
    "Funding calls, calls for tenders, open market consultations, prize challenges and partner searches for "
    "innovation procurement across Europe, soonest deadline first. Closed opportunities move to the archive."
)

# Each: slug, fields, deadline (days from today, "HH:MM", zone) or None, sectors, flags, lots, titles, descriptions.
OPPORTUNITIES = [
    {
        "slug": "horizon-pcp-climate-resilient-water-networks",
        "title": "Horizon Europe: pre-commercial procurement of climate-resilient water networks",
        "opportunity_type": "funding-call",
        "organisation": "European Commission, Horizon Europe",
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
        "organisation": "European Innovation Council",
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
        "organisation": "National innovation agency of Portugal",
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
        "organisation": "European Commission, Horizon Europe",
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
        "organisation": "Consortium of regional health services of northern Italy",
        "country": "IT",
        "budget": "6300000",
        "currency": "EUR",
        "deadline": (35, "12:00", "Europe/Rome"),
        "procedure": "Pre-commercial procurement",
        "approach": "pcp",
        "cpv_codes": ["73000000", "85300000"],
        "place_of_performance": "Lombardy, Veneto and Emilia-Romagna",
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
        "organisation": "Regional waste management company, southern Finland",
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
        "organisation": "Regional transport association, Rhine-Main area",
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
        "organisation": "Department council, Auvergne-Rhône-Alpes",
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
        "organisation": "Joint purchasing body of Andalusian municipalities",
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
        "organisation": "University hospital network, Flanders",
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
        "organisation": "Central government real estate agency, Netherlands",
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
        "organisation": "Region of Attica",
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
        "organisation": "Partnership of European cities for healthy schools",
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
        "organisation": "Public transport authority, Stockholm region",
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
        "organisation": "University hospital, Ljubljana",
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
        "organisation": "Municipal transport company, Gdańsk",
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
        "organisation": "Public works department of a Swiss canton",
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
    out.write(f" opportunities index and {created} opportunities ({len(OPPORTUNITIES)} in all)")
