"""Demo showcase: solution profiles of the six fictional demo suppliers (innoprocure/challenges/demo.py), eight
published and one waiting for the platform team's approval. Every organisation, place and reference is fictional and
labelled "Illustrative example"; the texts are written for this demo. Safe to run again: profiles are found by slug.
"""

from django.utils import timezone

from innoprocure.challenges.models import Organisation
from innoprocure.core.models import Country, Sector
from innoprocure.showcase.models import ProfileStatus, Reference, SolutionProfile

# slug, supplier, name, problem, description, sectors, TRL, countries deployed, website, status,
# references [(where and for whom, what was done, year, link)]
PROFILES = [
    (
        "quiet-leaf-and-litter-cart",
        "brightfield-robotics",
        "Quiet leaf and litter cart",
        "Leaf blowers and sweepers wake residents and scatter dust; crews cannot clean streets early in the morning.",
        "A battery cart, walking pace, that vacuums leaves and litter from pavements and cycle paths with soft "
        "brushes. It runs at 41 dB(A) at seven metres, charges from an ordinary socket overnight and is repaired "
        "with hand tools: every wearing part is bolted, not glued. One operator guides it with a handle, or lets it "
        "follow a marked route at night.",
        ["environment", "mobility"],
        7,
        ["DE", "AT"],
        "https://brightfield-robotics.example/leaf-cart",
        ProfileStatus.APPROVED,
        [
            ("Parks department of a fictional town near Kassel", "Six carts on 30 km of paths over one autumn.", 2025, ""),
            ("A fictional housing cooperative in Graz", "Night-time cleaning of courtyards, two winters.", 2024, ""),
        ],
    ),
    (
        "path-gritting-robot",
        "brightfield-robotics",
        "Brine-spraying path robot",
        "Cycle paths freeze before the gritting lorries reach them, and salt damages trees and streams.",
        "A narrow autonomous vehicle that sprays warmed brine, or salt-free potassium formate near wetlands, on "
        "cycle paths before dawn. Road-surface sensors decide where and how much; the dose is logged per hundred "
        "metres so that the buyer can check it. It fits paths from 1.8 m wide and weighs 900 kg loaded.",
        ["mobility", "environment"],
        6,
        ["DE"],
        "",
        ProfileStatus.APPROVED,
        [("Fictional district of Nordwald", "Pilot on 12 km of commuter paths, winter 2025.", 2025, "")],
    ),
    (
        "acoustic-leak-finder",
        "aqualume-systems",
        "Acoustic leak finder for water mains",
        "Utilities lose a fifth of their drinking water to leaks they only find when the street floods.",
        "Clip-on hydrophones on valves listen to the pipe network at night, when it is quiet. Software compares the "
        "sound between neighbouring sensors and places a leak to within a few metres, so crews dig once. Sensors "
        "run on batteries for five years and send their data over the mobile network or LoRaWAN.",
        ["water", "smart-cities"],
        9,
        ["PT", "ES", "PL"],
        "https://aqualume.example/leaks",
        ProfileStatus.APPROVED,
        [
            ("Fictional water company of Vale Escuro", "400 sensors; losses down from 23 % to 14 % in two years.", 2023, ""),
            ("A fictional utility in Lower Silesia", "District metering area of 60 km of mains.", 2025, ""),
        ],
    ),
    (
        "tunnel-crack-camera",
        "aqualume-systems",
        "Tunnel lining inspection camera",
        "Inspecting tunnel linings means closing the tunnel for nights and relying on what inspectors notice by eye.",
        "A camera and laser rig mounted on an ordinary service vehicle records the lining at 30 km/h. Image analysis "
        "marks cracks wider than 0.3 mm, damp patches and spalling, and compares every survey with the previous one, "
        "so that engineers review changes rather than kilometres of images.",
        ["mobility", "construction"],
        7,
        ["PT"],
        "",
        ProfileStatus.APPROVED,
        [("Fictional metropolitan rail operator", "Survey of 9 km of twin-bore tunnel in two nights.", 2024, "")],
    ),
    (
        "certified-reclaimed-timber",
        "cirkelbouw",
        "Certified reclaimed timber",
        "Timber from demolished buildings is burnt because no designer can specify it without a strength grade.",
        "We collect beams from demolition sites, remove metal, scan each piece for defects and grade its strength "
        "to EN 14081 with a testing machine. Every beam gets a passport with its origin, grade and carbon saving, "
        "so that architects can specify reclaimed timber for non-structural and lightly loaded uses.",
        ["construction", "environment"],
        8,
        ["NL", "BE"],
        "https://cirkelbouw.example",
        ProfileStatus.APPROVED,
        [
            ("A fictional primary school in Gelderland", "Reclaimed roof battens and cladding, 38 m³.", 2024, ""),
            ("Fictional municipal depot", "Interior walls and stairs from a demolished warehouse.", 2025, ""),
        ],
    ),
    (
        "shade-and-mist-playground-kit",
        "termoviva-labs",
        "Shade-and-mist playground kit",
        "School playgrounds become too hot to use on summer afternoons, and air conditioning is no answer outdoors.",
        "Modular sails, climbing plants on steel cables and a low-pressure mist line that runs on rainwater from "
        "the school roof. Sensors switch the mist on above 30 °C and off when the air is humid. Measured surface "
        "temperatures fall by 15 to 20 °C under the sails; pupils help plant and look after the greenery.",
        ["construction", "education"],
        8,
        ["ES", "PT", "IT"],
        "",
        ProfileStatus.APPROVED,
        [("Three fictional schools in Andalusia", "Installed over one summer holiday; monitored for two years.", 2024, "")],
    ),
    (
        "rural-demand-responsive-transport",
        "pilvikyyti",
        "Booking for rural demand-responsive transport",
        "In sparse regions buses run empty while people without a car cannot reach a doctor or a job.",
        "Riders book a trip by app, phone or at the library; the software groups bookings into routes for minibuses "
        "and taxis, shows the authority every trip it pays for and exports the timetable data in GTFS-Flex. It works "
        "alongside fixed bus lines and school transport, so that one fleet serves all three.",
        ["mobility", "ict"],
        9,
        ["FI", "SE", "EE"],
        "https://pilvikyyti.example",
        ProfileStatus.APPROVED,
        [
            ("Fictional joint authority of five municipalities", "1,200 trips a week replacing three bus lines.", 2023, ""),
            ("A fictional island community", "Winter service combining ferry and minibus bookings.", 2025, ""),
        ],
    ),
    (
        "bed-availability-service",
        "sanomed-data",
        "Hospital bed availability service",
        "Emergency departments phone around to find a free bed, and patients wait on trolleys while they do.",
        "A service that reads bed status from the hospitals' own systems over HL7 FHIR, shows free beds by ward and "
        "speciality on one regional screen and lets staff reserve one. It keeps patient data where it is: only "
        "counts and reservations leave the hospital.",
        ["health-care", "ict"],
        7,
        ["IT"],
        "",
        ProfileStatus.APPROVED,
        [("Fictional regional health authority", "Pilot across four hospitals and 900 beds.", 2025, "")],
    ),
    (
        "solar-bus-shelter-display",
        "pilvikyyti",
        "Solar bus-stop display",
        "Rural bus stops have no power, so riders never see when a demand-responsive minibus will come.",
        "An e-paper display powered by a small solar panel shows the next pick-ups at the stop and lets riders "
        "request one with a button. It is being tested; we publish this profile once the winter trial ends.",
        ["mobility", "energy"],
        5,
        ["FI"],
        "",
        ProfileStatus.PENDING,
        [],
    ),
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
