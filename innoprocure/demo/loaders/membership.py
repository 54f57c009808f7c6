"""Demo membership applications in every state: draft, submitted, returned, voting (with some votes cast),
admitted and rejected. The applying organisations, their parent bodies, places, figures and people are fictional
(the fictional places of the Resource Centre's examples) and every application carries the illustrative flag, which
the centre admitted in the demo inherits; only the countries are real, as the network's balance is about them. The
voters are the network demo's representative accounts (rep-<country>@example.org).

Every change goes through services.py, back-dated so that the timelines read naturally, and without e-mails.
Idempotent: an applicant that already has an application is left alone.
"""

import os
import unicodedata
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF

from innoprocure.core.models import Country
from innoprocure.core.roles import SECRETARIAT
from innoprocure.membership import services
from innoprocure.membership.models import MembershipApplication

DEFAULT_PASSWORD = "demo-password-2026"  # noqa: S105 - demo accounts only; DEMO_PASSWORD overrides it

# The four pieces of evidence, reused with small changes by the complete applications.
EVIDENCE = {
    "mandate": (
        "By a decision of {mandate_date} of its parent body, the {ministry}, the centre is the "
        "national competence centre for innovation procurement in {country}. The decision asks it to advise "
        "contracting authorities, train procurers and report every year on innovation procurement."
    ),
    "resources": (
        "The centre has a yearly budget of {budget} of its own, {staff} full-time staff (procurement specialists, "
        "a lawyer and a communication officer), its own website {website} and offices in {city}."
    ),
    "investment": (
        "Two staff members will take part in every knowledge-exchange meeting, and the centre will host one meeting "
        "within three years. A travel and event budget of EUR 25,000 a year is reserved for network activities, and "
        "the centre will co-author at least one expert opinion paper."
    ),
    "commitment": (
        "The management board approved membership of the network on {board_date} and confirmed that participation "
        "is part of the centre's work programme until at least 2030. A letter of support from the parent body is "
        "available on request."
    ),
}

# applicant e-mail, organisation, country, parent, year, city, budget, staff, contact, phone, track record, state
APPLICATIONS = [
    {
        "email": "applicant-hr@example.org",
        "organisation": "Jadransko Polje Competence Centre for Innovation Procurement",
        "country": "HR",
        "parent": "Jadransko Polje Development Agency",
        "year": 2025,
        "city": "Jadransko Polje",
        "budget": "EUR 400,000",
        "staff": 3,
        "contact": ("Ivana Kovač", "+385 1 555 0142"),
        "track": "",
        "state": "draft",
    },
    {
        "email": "applicant-pl@example.org",
        "organisation": "Wisłogród Centre for Innovative Public Procurement",
        "country": "PL",
        "parent": "Wisłogród Public Procurement Board",
        "year": 2021,
        "city": "Wisłogród",
        "budget": "EUR 1.2 million",
        "staff": 9,
        "contact": ("Tomasz Nowicki", "+48 22 555 0187"),
        "track": (
            "Since 2021 the centre has advised 140 contracting authorities, run 35 training days and supported eleven "
            "innovation procurements in health, transport and energy."
        ),
        "state": "submitted",
    },
    {
        "email": "applicant-si@example.org",
        "organisation": "Zelengrad Innovation Procurement Desk",
        "country": "SI",
        "parent": "Zelengrad Office for Public Administration",
        "year": 2024,
        "city": "Zelengrad",
        "budget": "EUR 300,000",
        "staff": 2,
        "contact": ("Maja Horvat", "+386 1 555 0119"),
        "track": "A helpdesk for contracting authorities and two pilot market consultations in 2025.",
        "state": "returned",
        "evidence": {
            "mandate": (
                "The desk was set up inside the Zelengrad Office for Public Administration to carry out the innovation "
                "measures of its public procurement strategy."
            ),
            "resources": "The desk is staffed by the office's procurement directorate and has a page on its website.",
        },
    },
    {
        "email": "applicant-no@example.org",
        "organisation": "Fjordvik Supplier Dialogue Programme",
        "country": "NO",
        "parent": "Fjordvik Business Council and the Fjordvik Association of Municipalities",
        "year": 2012,
        "city": "Fjordvik",
        "budget": "NOK 30 million",
        "staff": 14,
        "contact": ("Kari Nordmann", "+47 22 55 50 10"),
        "track": (
            "More than 200 innovation procurements supported with municipalities, hospitals and state agencies since "
            "2012, with a training programme and a yearly conference."
        ),
        "state": "voting",
        "evidence": {
            "mandate": (
                "The programme acts as the national competence centre for innovation procurement by a mandate of its "
                "two founding bodies, with public funding renewed for each programme period of four years."
            ),
        },
    },
    {
        "email": "applicant-lv@example.org",
        "organisation": "Dzintarpils Competence Centre for Innovation Procurement",
        "country": "LV",
        "parent": "Dzintarpils Procurement Supervision Bureau",
        "year": 2023,
        "city": "Dzintarpils",
        "budget": "EUR 500,000",
        "staff": 4,
        "contact": ("Laura Bērziņa", "+371 6755 0123"),
        "track": "Guidance on innovation partnerships, a peer group of twenty buyers and three supported tenders.",
        "state": "admitted",
        # The applicant agreed on the form to publish the contact person as the centre's contact point.
        "publish_contact": True,
    },
    {
        "email": "applicant-de@example.org",
        "organisation": "Auenbrück Regional Office for Innovation Procurement",
        "country": "DE",
        "parent": "Auenbrück Regional Ministry for Economic Affairs",
        "year": 2024,
        "city": "Auenbrück",
        "budget": "EUR 350,000",
        "staff": 3,
        "contact": ("Jonas Weber", "+49 351 555 0166"),
        "track": "Advice to the municipalities of the Auenbrück region since 2024 and a regional innovation award.",
        "state": "rejected",
        "evidence": {
            "mandate": (
                "The regional government of Auenbrück asked the office in 2024 to support innovation procurement by "
                "the region's municipalities and authorities."
            ),
        },
    },
]

RETURN_COMMENT = (
    "Thank you for the application. Before we can put it to the vote, please add (1) the reference and date of the "
    "government decision that gives the desk its mandate, and (2) the yearly budget and number of staff that are "
    "dedicated to the desk rather than shared with other units of the office."
)

# Votes in the open ballot (some centres have not voted yet) and in the closed ones.
VOTING_BALLOT = [("at", "yes", ""), ("nl", "yes", ""), ("fi", "abstain", ""), ("ee", "yes", ""), ("pt", "yes", "")]
ADMITTED_BALLOT = [
    ("at", "yes", ""),
    ("de", "yes", ""),
    ("nl", "yes", ""),
    ("se", "yes", ""),
    ("fi", "yes", ""),
    ("gr", "yes", ""),
    ("ee", "yes", ""),
    ("lt", "yes", ""),
    ("ie", "abstain", ""),
]
REJECTED_BALLOT = [
    ("at", "no", "The guidelines allow one member centre per country and Germany is represented by KOINNO."),
    ("de", "abstain", ""),
    ("nl", "no", "A regional office does not hold a national mandate; cooperation through KOINNO would suit it better."),
    ("se", "no", "We support a national, not a regional, centre in the network."),
    ("fi", "yes", ""),
    ("it", "no", "Membership is for national competence centres."),
    ("es", "abstain", ""),
    ("pt", "no", "One member per country, as the guidelines say."),
]


def latin1(text):
    """The PDF core fonts speak Latin-1 only: "Bērziņa" becomes "Berzina"."""
    return "".join(
        char if ord(char) < 256 else unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode() for char in text
    )


def pdf_letter(title, lines):
    pdf = FPDF()
    pdf.set_creator("Innovation Procurement Platform demo")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, latin1(title))
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        pdf.ln(4)
        pdf.multi_cell(0, 6, latin1(line))
    return bytes(pdf.output())


def ensure_user(email, password, group=None):
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email, email=email)
        user.set_password(password)
        user.save()
        if group is not None:
            user.groups.add(group)
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def fill(application, spec, complete=True):
    country = Country.objects.get(code=spec["country"])
    website = f"https://innovation-procurement-{spec['country'].lower()}.example.org/"
    values = {
        "ministry": spec["parent"],
        "mandate_date": "12 March " + str(spec["year"]),
        "country": country.name,
        "budget": spec["budget"],
        "staff": spec["staff"],
        "website": website,
        "city": spec["city"],
        "board_date": "3 February 2026",
    }
    application.organisation = spec["organisation"]
    application.country = country
    application.parent_organisation = spec["parent"]
    application.established_year = spec["year"]
    application.website = website
    application.track_record = spec["track"]
    application.contact_name, application.contact_phone = spec["contact"]
    application.contact_email = spec["email"]
    application.publish_contact = spec.get("publish_contact", False)
    application.illustrative = True
    keys = ("mandate", "resources", "investment", "commitment") if complete else ("mandate",)
    for key in keys:
        setattr(application, f"{key}_evidence", spec.get("evidence", {}).get(key) or EVIDENCE[key].format(**values))
    if complete and "mandate" not in spec.get("evidence", {}):
        letter = pdf_letter(
            f"Designation of {spec['organisation']}",
            [
                f"{spec['parent']}, {country.name}",
                f"Decision of {values['mandate_date']} designating {spec['organisation']} as the national competence "
                "centre for innovation procurement.",
            ],
        )
        application.mandate_file = ContentFile(letter, name="designation-decision.pdf")
    return application


def cast(ballot, votes, when):
    User = get_user_model()
    for offset, (code, choice, reason) in enumerate(votes):
        voter = User.objects.filter(email=f"rep-{code}@example.org").first()
        if voter is None:
            continue
        try:
            services.cast_vote(ballot, voter, choice, reason, now=when + timedelta(hours=5 * offset))
        except services.MembershipError:
            # Not a voting member in this ballot (the network demo may differ): skip this voter.
            continue


def build(spec, password, secretariat, now):
    applicant = ensure_user(spec["email"], password)
    if MembershipApplication.objects.filter(applicant=applicant).exists():
        return False
    state = spec["state"]
    # When each story starts, counted back from today.
    start = {"draft": 3, "submitted": 6, "returned": 20, "voting": 30, "admitted": 75, "rejected": 60}[state]
    began = now - timedelta(days=start)
    application = fill(MembershipApplication(), spec, complete=state != "draft")
    application = services.save_draft(application, applicant, when=began)
    if state == "draft":
        return True
    services.submit(application, applicant, notify=False, when=began + timedelta(days=2))
    if state == "submitted":
        return True
    if state == "returned":
        services.return_application(application, secretariat, RETURN_COMMENT, notify=False, when=began + timedelta(days=5))
        return True
    if state in ("voting", "admitted", "rejected"):
        if state == "voting":
            opened = now - timedelta(days=5)
        else:
            opened = began + timedelta(days=9)
        ballot = services.open_ballot(application, secretariat, notify=False, now=opened)
        votes = {"voting": VOTING_BALLOT, "admitted": ADMITTED_BALLOT, "rejected": REJECTED_BALLOT}[state]
        cast(ballot, votes, opened + timedelta(hours=20))
        if state != "voting":
            services.close_ballot(ballot, user=None, now=ballot.closes_at, notify=False)
    return True


def load(out):
    password = os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD)
    secretariat_group = Group.objects.get_or_create(name=SECRETARIAT)[0]
    secretariat = ensure_user("secretariat@example.org", password, secretariat_group)
    if not secretariat.is_staff:
        secretariat.is_staff = True
        secretariat.save(update_fields=["is_staff"])
    if not secretariat.groups.filter(pk=secretariat_group.pk).exists():
        secretariat.groups.add(secretariat_group)
    now = timezone.now()
    # Closed ballots first, so that the centre admitted in the past votes in the ballot that is open today.
    order = ["admitted", "rejected", "draft", "submitted", "returned", "voting"]
    created = 0
    for spec in sorted(APPLICATIONS, key=lambda spec: order.index(spec["state"])):
        created += build(spec, password, secretariat, now)
    out.write(
        f" {MembershipApplication.objects.count()} membership applications ({created} new) in every state, "
        "with ballots, votes and applicant accounts applicant-<country>@example.org"
    )
