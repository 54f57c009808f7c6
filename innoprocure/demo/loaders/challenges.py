"""Demo challenges: six public buyers in six countries describe a need, with public questions and answers and
fifteen confidential responses from six suppliers. Every organisation and place is fictional and labelled
"Illustrative example"; the texts are written for this demo. Accounts: buyer@example.org (a member of the Danish
buyer), supplier@example.org and supplier2@example.org (two suppliers), password as the other demo accounts.
Safe to run again: everything is found by its slug first.
"""

import datetime
import os

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from innoprocure.challenges import listing
from innoprocure.challenges.models import (
    Challenge,
    ChallengeStatus,
    Organisation,
    OrganisationKind,
    OrganisationMember,
    Question,
    Response,
    ResponseStatus,
    Verification,
)
from innoprocure.core.models import Country, Language, Sector
from innoprocure.demo.loaders.accounts import DEFAULT_PASSWORD, ensure_person

BUYERS = [
    # slug, name, country, e-mail domain
    ("hvidstrandby", "Hvidstrandby Municipality", "DK", "hvidstrandby.example"),
    ("valmontera", "Ayuntamiento de Valmontera", "ES", "valmontera.example"),
    ("ombrelago-health", "Azienda Sanitaria Ombrelago", "IT", "asl-ombrelago.example"),
    ("tarnolesie-water", "Wodociągi Miasta Tarnolesie", "PL", "wodociagi-tarnolesie.example"),
    ("zeewolderveen", "Gemeente Zeewolderveen", "NL", "zeewolderveen.example"),
    ("sarvikallio-transport", "Sarvikallio Regional Transport", "FI", "sarvikallio-transport.example"),
]

SUPPLIERS = [
    # slug, name, country, size, sectors, pitch
    (
        "brightfield-robotics",
        "Brightfield Robotics",
        "DE",
        "startup",
        ["environment", "mobility"],
        "Small autonomous machines for streets and paths, built to be repaired by the people who use them.",
    ),
    (
        "aqualume-systems",
        "Aqualume Systems",
        "PT",
        "sme",
        ["water", "smart-cities"],
        "Acoustic and optical sensing for pipes, tunnels and buildings.",
    ),
    (
        "cirkelbouw",
        "Cirkelbouw Materialen",
        "NL",
        "sme",
        ["construction", "environment"],
        "We grade, repair and certify reclaimed building materials.",
    ),
    (
        "termoviva-labs",
        "Termoviva Labs",
        "ES",
        "startup",
        ["construction", "education"],
        "Passive cooling for outdoor spaces: shade, water and plants instead of machines.",
    ),
    (
        "pilvikyyti",
        "Pilvikyyti Mobility",
        "FI",
        "startup",
        ["mobility", "ict"],
        "Booking and routing software for demand-responsive transport in sparse regions.",
    ),
    (
        "sanomed-data",
        "Sanomed Data",
        "IT",
        "large",
        ["health-care", "ict"],
        "Interoperable data services for hospitals, on open standards.",
    ),
]

# slug, buyer, title, need, context, outcomes, constraints, budget (min, max), timeline, languages, procedure, sectors,
# CPV, days until the response deadline, zone
CHALLENGES = [
    (
        "ice-free-cycle-paths-without-salt",
        "hvidstrandby",
        "Ice-free cycle paths without road salt",
        "Our 140 km of cycle paths must stay safe to ride on winter mornings without spreading salt, which harms the "
        "trees along them and the streams they drain into. We look for any way to prevent or remove ice early enough "
        "for commuters leaving at 6:30.",
        "Most paths run beside the coast road and through two wetland areas. Brine trials in the last two winters cut "
        "salt by a third but left the paths slippery after freezing rain.",
        "Paths passable by 6:30 on at least 95 % of frost mornings; no chlorides in the wetland sections; running "
        "costs no higher than today's gritting.",
        "Path width 2.5 to 3 m; some bridges carry at most 3.5 tonnes; work at night must stay below 45 dB(A) near homes.",
        (200000, 600000),
        "Market consultation until spring; a PCP could start in the autumn with tests next winter.",
        ["da", "en"],
        "pcp",
        ["mobility", "environment"],
        ["90620000", "34144000"],
        40,
        "Europe/Copenhagen",
    ),
    (
        "cool-school-playgrounds",
        "valmontera",
        "Cool school playgrounds in heatwaves",
        "On summer afternoons the tarmac of our eleven school playgrounds reaches 55 °C and children stay indoors. "
        "We want playgrounds that stay usable in heatwaves, for play and for outdoor lessons.",
        "The schools are in dense neighbourhoods with little space to plant. Water is scarce from June to September.",
        "A measured drop in surface and felt temperature; shade for at least half of each playground at 16:00; "
        "something the school caretakers can maintain.",
        "No permanent structures over the fire-brigade access; a mains-water budget of at most 2 m³ a day per school.",
        (None, 350000),
        "Solutions tested in two schools next summer, then rolled out.",
        ["es", "en"],
        "none",
        ["education", "construction"],
        ["45112711", "45262700"],
        55,
        "Europe/Madrid",
    ),
    (
        "free-hospital-beds-in-real-time",
        "ombrelago-health",
        "Free hospital beds across three sites, in real time",
        "Our emergency departments phone the wards to find a free bed: on a busy night this takes up to forty minutes "
        "a patient. We need every department to see which beds are free, or will be within hours, across our three "
        "hospitals.",
        "The wards use two different patient administration systems and paper lists for cleaning.",
        "The time to find a bed below five minutes; discharges planned visibly; no double entry for nurses.",
        "Patient data stays in our data centre; open interfaces (HL7 FHIR); usable on the wards' existing tablets.",
        (400000, 900000),
        "Pilot in one hospital within nine months of the contract.",
        ["it", "en"],
        "ppi",
        ["health-care", "ict"],
        ["48814000", "72212000"],
        30,
        "Europe/Rome",
    ),
    (
        "finding-leaks-without-digging",
        "tarnolesie-water",
        "Finding leaks in old water mains without digging",
        "A fifth of the water we treat never reaches a tap. Our cast-iron mains are 60 to 90 years old and lie under "
        "busy streets. We want to locate leaks precisely enough to open the street once, in the right place.",
        "District metering shows where losses are high but not where along the pipe.",
        "Leaks located to within two metres; a survey of 10 km a month; findings in our GIS.",
        "No interruption of supply; access only through existing hydrants and valve chambers.",
        (150000, 500000),
        "A first district in the coming year, the city later if it works.",
        ["pl", "en"],
        "innovation-partnership",
        ["water"],
        ["65500000", "71353000"],
        65,
        "Europe/Warsaw",
    ),
    (
        "reclaimed-timber-in-public-buildings",
        "zeewolderveen",
        "Reclaimed timber in new public buildings",
        "We demolish two schools and a sports hall in the next three years and build new ones. We want their timber "
        "back in the new buildings, in load-bearing parts as well as finishes, with the guarantees a new beam has.",
        "The demolished buildings date from 1965 to 1980; their timber is glued laminated and solid spruce.",
        "At least 30 % of the new buildings' timber reclaimed; certified strength; a cost no higher than new timber.",
        "Building regulations and fire safety apply in full; the municipality's insurer must accept the certificates.",
        (None, None),
        "Design of the first school starts next year.",
        ["nl", "en", "de"],
        "pcp",
        ["construction", "environment"],
        ["45210000", "03419000"],
        -20,
        "Europe/Amsterdam",
    ),
    (
        "rural-bus-on-demand",
        "sarvikallio-transport",
        "A bus on demand for an ageing countryside",
        "Half of our villages see two buses a day, at school times. Older residents without a car cannot reach the "
        "health centre or the shop. We look for demand-responsive transport that people can book without a smartphone.",
        "The region has 21,000 inhabitants over 3,400 km²; a third are over 65.",
        "Trips booked by phone or app the day before or the same morning; shared rides; cost per trip no higher than "
        "today's taxi service for the health centre.",
        "Vehicles accessible for wheelchairs; works with the regional ticket.",
        (100000, 300000),
        "Trial in one municipality for a year.",
        ["fi", "sv", "en"],
        "none",
        ["mobility", "ict"],
        ["60112000", "48813000"],
        25,
        "Europe/Helsinki",
    ),
]

# challenge slug, question, answer
QUESTIONS = [
    (
        "ice-free-cycle-paths-without-salt",
        "May solutions combine a surface treatment with machines?",
        "Yes. Any combination is welcome, as long as the whole meets the outcomes.",
    ),
    (
        "ice-free-cycle-paths-without-salt",
        "Can you share the path map and surface types?",
        "The map with surface types is attached to the PCP documents; a summary is in the context above.",
    ),
    (
        "cool-school-playgrounds",
        "Are trees in planters allowed on the playgrounds?",
        "Yes, if they leave the fire-brigade access free and can be watered within the water budget.",
    ),
    (
        "free-hospital-beds-in-real-time",
        "Which versions of HL7 FHIR do your systems support?",
        "FHIR R4 on one system; the other offers HL7 v2 messages, which a solution would have to translate.",
    ),
    ("finding-leaks-without-digging", "What diameters do the mains have?", "From 100 to 400 mm; most are 150 mm."),
    ("rural-bus-on-demand", "Do you provide the vehicles?", "Not necessarily: offers with or without vehicles are both welcome."),
]

# challenge slug, supplier slug, TRL, status, summary, references, feedback
RESPONSES = [
    (
        "ice-free-cycle-paths-without-salt",
        "brightfield-robotics",
        6,
        "shortlisted",
        "Night-time autonomous brushes that remove snow and spray a beet-juice brine only where sensors find ice.",
        "Tested on 12 km of campus paths over one winter.",
        "Promising; we would like to see the noise measurements.",
    ),
    (
        "ice-free-cycle-paths-without-salt",
        "aqualume-systems",
        5,
        "submitted",
        "Road-surface ice sensors every 500 m that tell the gritting crews exactly which stretches need treatment.",
        "",
        "",
    ),
    (
        "ice-free-cycle-paths-without-salt",
        "cirkelbouw",
        4,
        "not-shortlisted",
        "A permeable path surface of reclaimed aggregate that drains meltwater before it freezes.",
        "Laboratory freeze-thaw tests.",
        "Interesting, but it would mean rebuilding the paths, which is out of scope.",
    ),
    (
        "cool-school-playgrounds",
        "termoviva-labs",
        7,
        "shortlisted",
        "Modular shade sails with climbing plants and a drip system fed by the school's roof water.",
        "Installed in four schoolyards.",
        "",
    ),
    (
        "cool-school-playgrounds",
        "brightfield-robotics",
        3,
        "submitted",
        "Light-coloured, porous playground tiles that stay up to 15 °C cooler than tarmac.",
        "",
        "",
    ),
    (
        "cool-school-playgrounds",
        "cirkelbouw",
        5,
        "submitted",
        "Pergolas of reclaimed timber from local demolitions, built with pupils as a school project.",
        "",
        "",
    ),
    (
        "free-hospital-beds-in-real-time",
        "sanomed-data",
        8,
        "shortlisted",
        "A bed board that reads both administration systems and the cleaning app, shown on ward tablets.",
        "Running in two hospitals of a regional health service.",
        "Please explain how you would translate HL7 v2.",
    ),
    (
        "free-hospital-beds-in-real-time",
        "pilvikyyti",
        4,
        "submitted",
        "Our routing engine adapted to predict discharges and match patients to beds.",
        "",
        "",
    ),
    (
        "free-hospital-beds-in-real-time",
        "aqualume-systems",
        5,
        "submitted",
        "Occupancy sensors under beds that report free and cleaned beds without anyone typing.",
        "",
        "",
    ),
    (
        "finding-leaks-without-digging",
        "aqualume-systems",
        7,
        "shortlisted",
        "An acoustic probe inserted through hydrants under pressure that listens along the pipe.",
        "Surveys of 60 km of mains.",
        "",
    ),
    (
        "finding-leaks-without-digging",
        "brightfield-robotics",
        5,
        "submitted",
        "A ground-penetrating radar trolley that maps wet soil along the mains at walking pace.",
        "",
        "",
    ),
    (
        "reclaimed-timber-in-public-buildings",
        "cirkelbouw",
        7,
        "shortlisted",
        "Grading, repair and strength certification of reclaimed beams, with a materials passport per piece.",
        "Certified timber in three office refurbishments.",
        "Thank you: your offer shaped the PCP.",
    ),
    (
        "reclaimed-timber-in-public-buildings",
        "termoviva-labs",
        4,
        "not-shortlisted",
        "Acoustic ceiling panels from reclaimed finishing timber.",
        "",
        "Finishes only: we need load-bearing parts too.",
    ),
    (
        "rural-bus-on-demand",
        "pilvikyyti",
        7,
        "submitted",
        "Telephone and app booking with shared routing, integrated with the regional ticket.",
        "Running in two rural districts.",
        "",
    ),
    (
        "rural-bus-on-demand",
        "sanomed-data",
        5,
        "submitted",
        "Transport to appointments booked together with the health-centre appointment itself.",
        "",
        "",
    ),
]

ACCOUNTS = [
    ("buyer@example.org", "Mette", "Lind", "hvidstrandby", "Innovation procurement lead"),
    ("supplier@example.org", "Jonas", "Feld", "brightfield-robotics", "Founder"),
    ("supplier2@example.org", "Rita", "Sousa", "aqualume-systems", "Business development"),
]


def _organisation(kind, slug, name, country, **fields):
    organisation, _created = Organisation.objects.get_or_create(
        slug=slug,
        defaults={"kind": kind, "name": name, "country": Country.objects.get(code=country), "illustrative": True, **fields},
    )
    return organisation


def load(out):
    now = timezone.now()
    buyers = {
        slug: _organisation(
            OrganisationKind.BUYER,
            slug,
            name,
            country,
            email_domain=domain,
            verification=Verification.VERIFIED,
            verified_at=now,
            website="",
        )
        for slug, name, country, domain in BUYERS
    }
    suppliers = {}
    for slug, name, country, size, sectors, pitch in SUPPLIERS:
        organisation = _organisation(OrganisationKind.SUPPLIER, slug, name, country, size=size, pitch=pitch)
        if not organisation.sectors.exists():
            organisation.sectors.set(Sector.objects.filter(slug__in=sectors))
        suppliers[slug] = organisation

    password_hash = make_password(os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD))
    for email, first, last, organisation_slug, job in ACCOUNTS:
        organisation = buyers.get(organisation_slug) or suppliers[organisation_slug]
        ensure_person(email, first, last, None, organisation.name, organisation.country_id, job, ["en"], password_hash)
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.get(email__iexact=email)
        OrganisationMember.objects.get_or_create(user=user, defaults={"organisation": organisation})

    created = 0
    for (
        slug,
        buyer,
        title,
        need,
        context,
        outcomes,
        constraints,
        budget,
        timeline,
        languages,
        procedure,
        sectors,
        cpv,
        days,
        zone,
    ) in CHALLENGES:
        if Challenge.objects.filter(slug=slug).exists():
            continue
        deadline = (now + datetime.timedelta(days=days)).replace(hour=16, minute=0, second=0, microsecond=0)
        challenge = Challenge.objects.create(
            slug=slug,
            organisation=buyers[buyer],
            title=title,
            need=need,
            context=context,
            expected_outcomes=outcomes,
            constraints=constraints,
            budget_min=budget[0],
            budget_max=budget[1],
            timeline=timeline,
            questions_deadline=deadline - datetime.timedelta(days=14),
            response_deadline=deadline,
            deadline_timezone=zone,
            cpv_codes=cpv,
            country=buyers[buyer].country,
            procedure=procedure,
            status=ChallengeStatus.PUBLISHED,
            submitted_at=now - datetime.timedelta(days=30),
            published_at=now - datetime.timedelta(days=28),
            illustrative=True,
        )
        challenge.languages.set(Language.objects.filter(code__in=languages))
        challenge.sectors.set(Sector.objects.filter(slug__in=sectors))
        created += 1
        for question_slug, text, answer in QUESTIONS:
            if question_slug == slug:
                Question.objects.create(
                    challenge=challenge, text=text, answer=answer, answered_at=now - datetime.timedelta(days=5)
                )
        for response_slug, supplier, trl, status, summary, references, feedback in RESPONSES:
            if response_slug == slug:
                Response.objects.create(
                    challenge=challenge,
                    organisation=suppliers[supplier],
                    summary=summary,
                    trl=trl,
                    references=references,
                    status=status or ResponseStatus.SUBMITTED,
                    feedback=feedback,
                    feedback_at=now if feedback else None,
                )
        if days < 0:
            challenge.outcome = "no-solution"
            challenge.outcome_text = (
                "The responses showed that reclaimed load-bearing timber cannot yet be certified at the scale we need. "
                "We will specify reclaimed finishes in the first school and consult the market again in two years."
            )
            challenge.outcome_published_at = now - datetime.timedelta(days=3)
            challenge.save()
        listing.sync(challenge)
    out.write(
        f" {len(CHALLENGES)} illustrative challenges ({created} new) with {len(RESPONSES)} responses; "
        "buyer@example.org, supplier@example.org and supplier2@example.org"
    )
