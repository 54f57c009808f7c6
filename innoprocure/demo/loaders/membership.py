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
from innoprocure.demo.documents import read_toml
from innoprocure.membership import services
from innoprocure.membership.models import MembershipApplication

DEFAULT_PASSWORD = "demo-password-2026"  # noqa: S105 - demo accounts only; DEMO_PASSWORD overrides it

# The applicants, their evidence, the secretariat's return comment and the ballots' votes are in
# content/membership.toml.
_DATA = read_toml("membership.toml")
EVIDENCE = _DATA["evidence"]
APPLICATIONS = [{**item, "contact": tuple(item["contact"])} for item in _DATA["applications"]]
RETURN_COMMENT = _DATA["return_comment"]

# Votes (centre, vote, reason) in the open ballot (some centres have not voted yet) and in the closed ones.
VOTING_BALLOT = [tuple(vote) for vote in _DATA["voting_ballot"]]
ADMITTED_BALLOT = [tuple(vote) for vote in _DATA["admitted_ballot"]]
REJECTED_BALLOT = [tuple(vote) for vote in _DATA["rejected_ballot"]]


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
