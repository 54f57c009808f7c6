"""Demo events: original writing, dated relative to the day the loader runs (some past, most upcoming).

The events are invented, with fictional organisers, so every one is labelled "Illustrative example". Each says how
to take part: knowledge-exchange meetings are by invitation of the network secretariat, the others register through
the platform's contact form (a working address on any installation); past events link to their slides where the
Resource Centre has them.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from innoprocure.core.models import Country, Language
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.events.models import EventIndexPage, EventPage

INTRODUCTION = (
    "Info days, webinars, trainings and knowledge-exchange meetings on buying innovation, from national competence "
    "centres, cities and EU programmes. Times are shown in each event's own time zone and in yours; subscribe to the "
    "calendar to have new events appear in your own."
)

# (slug, title, type, format, zone, city, country, language, organiser, days from today, start "HH:MM" or None for
#  all day, hours (or days when all day), cost type, cost, venue, summary, body paragraphs, agenda)
EVENTS = [
    (
        "athens-info-day-green-transition",
        "Info day: buying for the green transition in Greek municipalities",
        "info-day",
        "hybrid",
        "Europe/Athens",
        "Athens",
        "GR",
        "el",
        "Elaiopoli Innovation Procurement Office",
        12,
        "10:00",
        5,
        "free",
        "",
        "Conference hall of the organiser",
        "How Greek municipalities can use pre-market engagement and innovation-friendly award criteria to buy "
        "low-emission buses, efficient street lighting and smart waste collection.",
        [
            "Municipal buyers face a double test: cut emissions and spend public money carefully. The morning session "
            "walks through three procedures recently run by Greek and Cypriot municipalities, from the first needs "
            "assessment to the signed contract.",
            "In the afternoon, small groups work on participants' own cases with experienced procurers. Interpretation "
            "between Greek and English is provided in the room and online.",
        ],
        [
            ("10:00", "10:30", "Welcome and why green purchasing needs innovation", ""),
            ("10:30", "12:00", "Three municipal cases, step by step", "Procurement officers of three municipalities"),
            ("12:00", "13:00", "Lunch and networking", ""),
            ("13:00", "15:00", "Clinic: bring your own procurement", "Competence centre advisers"),
        ],
    ),
    (
        "pcp-in-practice-phased-contracts",
        "PCP in practice: running phased research and development contracts",
        "webinar",
        "online",
        "Europe/Brussels",
        "",
        "EU",
        "en",
        "Innovation Procurement Platform",
        5,
        "14:00",
        1.5,
        "free",
        "",
        "",
        "A one-and-a-half-hour webinar on the three phases of pre-commercial procurement: solution design, "
        "prototyping and field testing, and how to evaluate suppliers between them.",
        [
            "Pre-commercial procurement lets public buyers share the risks and benefits of developing new solutions "
            "with several competing suppliers. The hardest part is often not the tender but the phase gates: deciding "
            "who goes on, on what evidence, and how to keep competition alive.",
            "Two buyers who have completed PCPs explain how they wrote their evaluation criteria for each phase and "
            "what they would do differently.",
        ],
        [],
    ),
    (
        "p2i-ke-meeting-lisbon",
        "P2I Network knowledge-exchange meeting in Lisbon",
        "knowledge-exchange",
        "hybrid",
        "Europe/Lisbon",
        "Lisbon",
        "PT",
        "en",
        "P2I Network secretariat",
        27,
        "09:30",
        7.5,
        "free",
        "Members of the P2I Network and invited guests",
        "Conference centre of the host agency",
        "The network's national competence centres meet to compare how they advise buyers, to review expert opinion "
        "papers in progress and to plan joint training.",
        [
            "Each competence centre brings one case where its advice changed the course of a procurement, and one "
            "where it did not. Comparing them is the point of the day.",
            "Remote participants can follow the plenary sessions and join one of the online break-out groups.",
        ],
        [
            ("09:30", "10:00", "Welcome by the host centre", ""),
            ("10:00", "11:30", "Round table: cases that changed our advice", "All member centres"),
            ("11:45", "13:00", "Expert opinion papers: drafts for review", "Working group leads"),
            ("14:00", "16:00", "Planning joint training for the coming year", ""),
            ("16:00", "17:00", "Governance: membership applications and votes", "Network secretariat"),
        ],
    ),
    (
        "helsinki-functional-requirements-workshop",
        "Workshop: functional requirements that leave room for innovation",
        "workshop",
        "physical",
        "Europe/Helsinki",
        "Helsinki",
        "FI",
        "en",
        "Revontula Procurement Academy",
        20,
        "12:00",
        4,
        "free",
        "",
        "City hall, event hall",
        "A hands-on workshop on describing the problem rather than the product, with exercises on outcome-based "
        "specifications for health, mobility and construction.",
        [
            "Specifications written around a known product shut out new solutions. Participants rewrite real "
            "specifications in terms of the outcome the buyer needs and test them against a panel of suppliers.",
        ],
        [],
    ),
    (
        "autonomous-shuttles-market-consultation-day",
        "Open market consultation day: autonomous shuttles for suburban routes",
        "market-engagement",
        "hybrid",
        "Europe/Vienna",
        "Vienna",
        "AT",
        "de",
        "Almtal Regional Transport Authority",
        35,
        "09:00",
        6,
        "free",
        "",
        "Authority headquarters, meeting hall",
        "Suppliers of automated vehicles and fleet software are invited to react to a draft challenge: first and "
        "last mile connections for three suburban stations.",
        [
            "The buyer presents its draft challenge, the expected service levels and the data it can share. Suppliers "
            "then have individual slots to explain what is technically feasible today and within three years.",
            "Questions and answers are published afterwards for everyone, so that no supplier gains an advantage.",
        ],
        [],
    ),
    (
        "innovation-partnership-training",
        "Training: the innovation partnership procedure step by step",
        "training",
        "online",
        "Europe/Madrid",
        "",
        "ES",
        "es",
        "Montalvera Network of Innovation Procurement Offices",
        45,
        "09:30",
        3,
        "paid",
        "€60; free for staff of public buyers",
        "",
        "Two mornings of training for procurement officers on when the innovation partnership fits, how to structure "
        "its phases and how to set the price of the final purchase in advance.",
        [
            "The innovation partnership joins development and purchase in one procedure. The training covers the "
            "legal conditions, the negotiation phase and the commitments a buyer should avoid.",
        ],
        [],
    ),
    (
        "european-conference-innovation-procurement",
        "European conference on public procurement of innovation",
        "conference",
        "physical",
        "Europe/Brussels",
        "Brussels",
        "BE",
        "en",
        "Innovation Procurement Platform",
        90,
        None,
        2,
        "paid",
        "€250; €120 for public buyers and students",
        "City-centre conference venue",
        "Two days of plenaries, case clinics and a supplier fair on buying innovation for public services, "
        "with procurers, policy makers and companies from across Europe.",
        [
            "The conference brings together those who buy, those who set policy and those who supply. Sessions are "
            "organised around the procurement cycle, from needs assessment to measuring impact.",
            "The second day hosts a fair where start-ups and SMEs meet buyers who are preparing tenders.",
        ],
        [],
    ),
    (
        "health-medtech-matchmaking-stockholm",
        "Matchmaking: hospital buyers meet med-tech start-ups",
        "matchmaking",
        "physical",
        "Europe/Stockholm",
        "Stockholm",
        "SE",
        "en",
        "Norrsken Regional Health-Care Procurement Office",
        60,
        "13:00",
        4,
        "free",
        "",
        "Regional science park",
        "Fifteen-minute meetings between hospital buyers with unmet needs and companies developing new devices and "
        "digital health services.",
        [
            "Buyers publish their needs in advance; companies book meetings with the buyers whose needs they can "
            "address. The aim is to inform future tenders, not to negotiate contracts.",
        ],
        [],
    ),
    (
        "webinar-market-engagement-competition",
        "Webinar: market engagement without distorting competition",
        "webinar",
        "online",
        "Europe/Dublin",
        "",
        "IE",
        "en",
        "Glenmarra Public Procurement Office, innovation team",
        75,
        "11:00",
        1,
        "free",
        "",
        "",
        "What a buyer may and may not say to suppliers before a tender, and how to document market engagement so "
        "that it stands up to scrutiny.",
        [
            "Talking to the market before tendering is encouraged by the EU directives, provided it does not favour "
            "anyone. The webinar gives practical rules on transparency, equal treatment and record keeping.",
        ],
        [],
    ),
    (
        "funding-info-day-cross-border",
        "Info day: EU funding for cross-border innovation procurement",
        "info-day",
        "hybrid",
        "Europe/Brussels",
        "Brussels",
        "BE",
        "en",
        "Innovation Procurement Platform",
        14,
        "09:00",
        4,
        "free",
        "",
        "Meeting centre near the European quarter",
        "An overview of the EU programmes that co-fund groups of public buyers who procure innovation together, "
        "and how to prepare a proposal.",
        [
            "Joint procurement across borders spreads the cost and risk of buying innovation. The info day explains the "
            "eligibility rules, the typical consortium and budget, and common weaknesses of proposals.",
        ],
        [
            ("09:00", "09:20", "Why buy together across borders", ""),
            ("09:20", "10:30", "Programmes and calls open this year", "Programme officers"),
            ("10:45", "12:00", "Preparing a proposal: lessons from evaluators", "Former evaluators"),
            ("12:00", "13:00", "Questions from the room and online", ""),
        ],
    ),
    (
        "ke-meeting-impact-measurement",
        "Knowledge-exchange meeting: measuring the impact of innovation procurement",
        "knowledge-exchange",
        "online",
        "Europe/Berlin",
        "",
        "DE",
        "en",
        "Auenbrück Competence Centre for Innovative Procurement",
        120,
        "10:00",
        2,
        "free",
        "",
        "",
        "Competence centres and researchers compare indicators for the impact of innovation procurement on public "
        "services, on suppliers and on public budgets.",
        [
            "Counting tenders is easy; showing what they achieved is not. The meeting reviews the indicators used in "
            "five countries and drafts a common minimum set.",
        ],
        [],
    ),
    (
        "circular-furniture-textiles-workshop",
        "Workshop: circular furniture and textiles in public tenders",
        "workshop",
        "physical",
        "Europe/Amsterdam",
        "Utrecht",
        "NL",
        "nl",
        "Provincie Heidedal, procurement team",
        150,
        "13:30",
        3.5,
        "free",
        "",
        "Provincial government building",
        "Buyers share tender documents for refurbished furniture, take-back schemes and recycled-fibre workwear, "
        "and what the market offered in response.",
        [
            "Circular purchasing often needs a different contract: leasing, buy-back or performance-based. The "
            "workshop compares contract models and their effect on price and quality.",
        ],
        [],
    ),
    (
        "ipr-risk-benefit-sharing-training",
        "Training: intellectual property and risk-benefit sharing in PCP",
        "training",
        "online",
        "Europe/Rome",
        "",
        "IT",
        "en",
        "Borgoluce Innovation Procurement Centre",
        200,
        "15:00",
        2,
        "free",
        "",
        "",
        "Who owns the results of a pre-commercial procurement, what licences the buyer keeps, and how that choice "
        "affects the price suppliers ask.",
        [
            "Leaving ownership of results with suppliers is the usual choice in PCP, in exchange for licences and a "
            "lower price. The training works through model clauses and the state-aid reasoning behind them.",
        ],
        [],
    ),
    (
        "small-municipalities-first-steps",
        "Webinar: first steps in innovation procurement for small municipalities",
        "webinar",
        "online",
        "Europe/Warsaw",
        "",
        "PL",
        "pl",
        "Wisłogród Public Procurement Office, innovation desk",
        10,
        "10:00",
        1.5,
        "free",
        "",
        "",
        "Where a small municipality with one procurement officer can start: joining a buyers' group, using a "
        "central purchasing body, or running a small market consultation.",
        [
            "Innovation procurement is not reserved for capitals. The webinar presents three small municipalities that "
            "bought something new, and the help they received.",
        ],
        [],
    ),
    (
        "nordic-innovation-procurement-day",
        "Nordic innovation procurement day",
        "conference",
        "physical",
        "Europe/Helsinki",
        "Espoo",
        "FI",
        "en",
        "Northern Lakes Innovation Procurement Forum",
        6,
        None,
        1,
        "paid",
        "€90",
        "University conference building",
        "A day of talks and site visits on how Nordic cities buy innovation for schools, care homes and public transport.",
        [
            "Nordic buyers have a long tradition of dialogue with suppliers. Speakers from five countries show what "
            "their procedures have in common and where national rules differ.",
        ],
        [],
    ),
    (
        "ai-procurement-evening-seminar-athens",
        "Evening seminar: procuring artificial intelligence responsibly",
        "workshop",
        "hybrid",
        "Europe/Athens",
        "Thessaloniki",
        "GR",
        "en",
        "Elaiopoli Innovation Procurement Office",
        3,
        "18:00",
        2,
        "free",
        "",
        "Innovation centre of the university",
        "What to ask of AI suppliers on data, transparency and human oversight, and how the EU's AI rules change public tenders.",
        [
            "Public buyers increasingly receive offers that include machine learning. The seminar gives a checklist of "
            "contract clauses and evaluation questions, drawn from recent tenders.",
        ],
        [],
    ),
    # Past events
    (
        "portugal-innovation-fund-info-day",
        "Info day: national co-funding for innovation procurement in Portugal",
        "info-day",
        "physical",
        "Europe/Lisbon",
        "Porto",
        "PT",
        "pt",
        "Pedraluz Innovation Agency",
        -20,
        "14:30",
        3,
        "free",
        "",
        "Science and technology park",
        "How Portuguese buyers could apply for national co-funding of pre-commercial procurement and innovation "
        "tenders, with examples from health and water utilities.",
        [
            "The session presented the co-funding rules, the evaluation process and two projects that received "
            "support in the previous round.",
        ],
        [],
    ),
    (
        "zero-emission-construction-kick-off",
        "Buyers' group kick-off: zero-emission construction sites",
        "knowledge-exchange",
        "physical",
        "Europe/Oslo",
        "Oslo",
        "NO",
        "en",
        "Fjordvik Innovation Programme",
        -45,
        "09:00",
        6,
        "free",
        "",
        "City hall",
        "City buyers from six countries started a group to align their requirements for electric construction "
        "machinery, so that suppliers see one larger market.",
        [
            "Participants agreed a shared set of minimum requirements and a timetable for their tenders, and chose the "
            "first topics for joint market consultations.",
        ],
        [],
    ),
    (
        "eforms-innovation-fields-webinar",
        "Webinar: using the eForms innovation fields in your notices",
        "webinar",
        "online",
        "Europe/Brussels",
        "",
        "EU",
        "en",
        "Innovation Procurement Platform",
        -7,
        "11:00",
        1,
        "free",
        "",
        "",
        "How to mark a procedure as innovative in the new standard forms, so that suppliers can find it and statistics count it.",
        [
            "The eForms notices have fields that say whether a purchase is innovative and whether it includes research "
            "and development. The webinar showed where they are and why filling them in matters.",
        ],
        [],
    ),
    (
        "needs-assessment-end-users-training",
        "Training: needs assessment with end users",
        "training",
        "physical",
        "Europe/Ljubljana",
        "Ljubljana",
        "SI",
        "sl",
        "Zelengrad Centre for Innovation Procurement",
        -90,
        "09:00",
        7,
        "free",
        "",
        "Chamber of commerce",
        "A day of methods for involving nurses, teachers, drivers and other end users in defining what a public "
        "buyer really needs.",
        [
            "Good innovation procurement starts with a well-understood need. Participants practised interviews, "
            "observation and journey mapping on real cases.",
        ],
        [],
    ),
    (
        "space-services-info-session",
        "Info session: space-based services for public authorities",
        "info-day",
        "online",
        "Europe/Paris",
        "",
        "FR",
        "fr",
        "Belrivage Network of Innovative Buyers",
        -150,
        "10:00",
        2,
        "free",
        "",
        "",
        "Earth observation and satellite navigation services that public authorities can buy today, from flood "
        "mapping to monitoring of urban heat.",
        [
            "Speakers from three public authorities described how they specified and bought services based on "
            "satellite data, and what they learned about data licences.",
        ],
        [],
    ),
    (
        "smart-water-pcp-demo-day",
        "Demo day: smart water networks from a pre-commercial procurement",
        "market-engagement",
        "physical",
        "Europe/Lisbon",
        "Lisbon",
        "PT",
        "en",
        "Consortium of water utilities",
        -240,
        "10:00",
        5,
        "free",
        "",
        "Water utility headquarters",
        "The suppliers selected for the last phase of a pre-commercial procurement on leak detection showed their "
        "prototypes working in a real network.",
        [
            "After two years of development, three solutions were tested side by side. Buyers explained how the results "
            "would shape their follow-up purchase.",
        ],
        [],
    ),
    (
        "webinar-procurement-of-innovation-basics",
        "Webinar: innovation procurement in one hour",
        "webinar",
        "online",
        "Europe/Athens",
        "",
        "EU",
        "en",
        "Innovation Procurement Platform",
        -400,
        "10:00",
        1,
        "free",
        "",
        "",
        "An introduction for newcomers: what PCP and PPI are, when to use each, and where to find help.",
        [
            "The webinar covered the difference between buying research and development and buying innovative "
            "solutions that are close to the market, with examples from across Europe.",
        ],
        [],
    ),
]


def _paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


# Past events whose slides are in the Resource Centre.
SLIDES = {"webinar-procurement-of-innovation-basics": "/resources/innovation-procurement-in-90-minutes-training/"}


def _taking_part(slug, event_type):
    """(registration link, note) for a demo event."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if event_type == "knowledge-exchange":
        return (
            f"{base}/contact/?to=network&topic=knowledge-exchange",
            "By invitation: the network secretariat invites the member centres. Other centres may ask to attend.",
        )
    return f"{base}/contact/?to=platform", "Register by writing to the platform team; say which event you want to attend."


def _agenda(items):
    blocks = []
    for start, end, title, speakers in items:
        blocks.append(
            (
                "item",
                {
                    "start_time": time.fromisoformat(start),
                    "end_time": time.fromisoformat(end) if end else None,
                    "title": title,
                    "speakers": speakers,
                    "description": "",
                },
            )
        )
    return blocks


def load(out):
    home = ensure_home_page()
    index = ensure_child_page(home, EventIndexPage, "events", title="Events", introduction=INTRODUCTION, show_in_menus=True)
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    today = timezone.localdate()
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for (
        slug,
        title,
        event_type,
        event_format,
        zone_name,
        city,
        country,
        language,
        organiser,
        days,
        start_at,
        length,
        cost_type,
        cost,
        venue,
        summary,
        body,
        agenda,
    ) in EVENTS:
        if slug in existing:
            continue
        zone = ZoneInfo(zone_name)
        day = today + timedelta(days=days)
        if start_at is None:
            start = datetime.combine(day, time.min, tzinfo=zone)
            end = datetime.combine(day + timedelta(days=int(length) - 1), time(23, 59, 59), tzinfo=zone)
        else:
            start = datetime.combine(day, time.fromisoformat(start_at), tzinfo=zone)
            end = start + timedelta(hours=length)
        registration_deadline = start - timedelta(days=2) if days > 3 else None
        registration_url, registration_note = _taking_part(slug, event_type)
        slides = SLIDES.get(slug, "")
        page = EventPage(
            slug=slug,
            title=title,
            event_type=event_type,
            event_format=event_format,
            time_zone=zone_name,
            all_day=start_at is None,
            start=start,
            end=end,
            city=city,
            venue=venue if event_format != "online" else "",
            country=countries.get(country),
            language=languages.get(language),
            organiser=organiser,
            cost_type=cost_type,
            cost=cost,
            registration_deadline=registration_deadline,
            registration_url=registration_url,
            registration_note=registration_note,
            recording_url=f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{slides}" if slides else "",
            illustrative=True,
            summary=summary,
            body=_paragraphs(body),
            agenda=_agenda(agenda),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    out.write(f" events index and {created} events ({len(EVENTS)} in all)")
