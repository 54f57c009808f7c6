"""Demo content of the P2I Network: competence centres, governance, knowledge-exchange meetings with their papers,
the Joint Ministerial Declaration and one representative account per voting centre. Original writing.

The centres and ministries are real organisations; descriptions are our own summaries. People named as co-chairs,
signatories and representatives are fictitious. Idempotent: a second run creates and changes nothing.
"""

import os
from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from innoprocure.core.models import Country, Language
from innoprocure.core.roles import REPRESENTATIVES, SECRETARIAT
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.demo.documents import as_tuples, read_document, read_toml
from innoprocure.demo.filebuilders import build_pdf
from innoprocure.network.models import (
    CentreService,
    CentreStatus,
    CoChair,
    CompetenceCentre,
    DeclarationPage,
    ExpertOpinionPaper,
    GovernanceSettings,
    KnowledgeExchangeMeeting,
    NetworkIndexPage,
    Representative,
    Signatory,
    SignatoryStatus,
)
from innoprocure.resources.models import Resource

DEFAULT_PASSWORD = "demo-password-2026"  # noqa: S105 - demo accounts only; DEMO_PASSWORD overrides it
PILOT_YEAR = 2026

# The services, centres, co-chairs, rules, meetings and signatories are in content/network.toml.
_DATA = read_toml("network.toml")
SERVICES = as_tuples(_DATA["services"], "slug name description")

# slug, name, country, parent organisation, year established, status, joined on, website, languages, services,
# description, track record
CENTRES = [
    (*row[:5], CentreStatus(row[5]), *row[6:])
    for row in as_tuples(
        _DATA["centres"], "slug name country parent established status joined website languages services description track_record"
    )
]

CO_CHAIRS = as_tuples(_DATA["co_chairs"], "centre person term_start term_end")

RULES_TEXT = as_tuples(_DATA["rules"], "title text")

# number, topic, date, host, participants, summary, (paper title, paper summary, authors, published)
MEETINGS = [
    (
        *(item[key] for key in ("number", "topic", "date", "host", "participants", "summary")),
        (item["paper"]["title"], item["paper_summary"], item["paper"]["authors"], item["paper"]["published"]),
    )
    for item in _DATA["meetings"]
]

DECLARATION_TEXT = (
    "<p>We, the ministers and state secretaries responsible for innovation and public procurement, recognise that "
    "public buyers in Europe spend a large share of national income every year, and that directing part of this "
    "spending towards new solutions can improve public services, help meet climate goals and open markets for "
    "innovative companies.</p>"
    "<p>National competence centres for innovation procurement give buyers the advice, training and confidence they "
    "need to take this step. By working together in the P2I Network, they can share what works, avoid duplicated "
    "effort and support procurements that cross borders.</p>"
    "<p>We therefore support the P2I Network and commit our ministries to the aims below.</p>"
    "<p><em>About this demonstration: the wording above and the list of signatories below are illustrative. The "
    "names of the people are fictional, and the list does not record the real signatures of any ministry.</em></p>"
)

DECLARATION_AIMS = as_tuples(_DATA["declaration_aims"], "title text")

# ministry, country, signatory (fictitious), role, date signed
SIGNATORIES = as_tuples(_DATA["signatories"], "ministry country name role signed")

PENDING_REQUEST = as_tuples([_DATA["pending_request"]], "ministry country name role email")[0]


def _p(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


# The network's story as the platform's seeds tell it. Facts only; the simulation around it (statuses, dates of
# the demo's meetings, ballots, people) is labelled illustrative at the end.
NETWORK_STORY = [
    ("heading", "How the network began"),
    _p(
        "The P2I Network grew out of <strong>Procure2Innovate</strong>, a project funded by the European Union's "
        "Horizon 2020 research and innovation programme that ran from 2018 to June 2022. The project helped "
        "countries set up national competence centres for innovation procurement — public services that advise, "
        "train and support the buyers who want to purchase new solutions — and connected those centres in a "
        "European network, so that a centre starting out could learn from those that had worked for years.",
    ),
    ("heading", "A pilot year, and a planned official launch"),
    _p(
        "When the project ended, the centres decided to continue together. The network tests its way of working in "
        "a pilot year, co-chaired by the competence centres of <strong>Greece</strong> and <strong>the "
        "Netherlands</strong>; the pilot prepares the network's planned official launch. During the pilot, the "
        "founding centres take part as pilot members with the same rights as members.",
    ),
    ("heading", "Knowledge exchange"),
    (
        "paragraph",
        "<p>The knowledge-exchange (KE) series is organised by <strong>PIANOo</strong>, the Dutch Public Procurement "
        "Expertise Centre, together with <strong>Utrecht University</strong>. Each meeting takes one question that "
        "every centre faces, and the participants publish an Expert Opinion Paper afterwards:</p>"
        "<ul><li>KE Meeting 1 — Strategies to stimulate innovation procurement</li>"
        "<li>KE Meeting 2 — Evaluating the impact of a competence centre</li>"
        "<li>KE Meeting 3 — Sustainable innovation and internal clients</li></ul>",
    ),
    ("heading", "The Joint Ministerial Declaration"),
    _p(
        "An initiative led by the <strong>Greek Ministry of Development and Investments</strong> invites the "
        "ministries responsible for innovation and public procurement to support national competence centres and "
        'their network in a <a href="/network/declaration/">Joint Ministerial Declaration</a>.',
    ),
    ("heading", "Who can join"),
    (
        "paragraph",
        "<p>Membership is open to national competence centres for innovation procurement that meet four "
        "requirements:</p>"
        "<ol><li>an official mandate from their national government;</li>"
        "<li>a dedicated budget and resources;</li>"
        "<li>the ability and the will to invest time in the network;</li>"
        "<li>commitment at institutional level.</li></ol>"
        "<p>New members enter by a vote of the existing members. Before voting, members see how an applicant would "
        "change the network's balance between experienced and newly established centres and its geographic spread "
        'across Europe. The <a href="/network/membership/">membership pages</a> explain how to check eligibility '
        "and apply.</p>",
    ),
    ("heading", "Contact"),
    _p(
        "Questions about the network, membership or the declaration go to the network secretariat through the "
        '<a href="/contact/?to=network">contact form</a>.',
    ),
    (
        "callout",
        {
            "kind": "info",
            "title": "About this demonstration",
            "text": "<p>The facts above describe the real network. The rest of these pages is a demonstration of how "
            "the platform runs the network: the centres' statuses and joining dates, the dates and participants of "
            "the meetings, the co-chairs' and signatories' names, the representatives and the ballots are "
            "illustrative. The centres' descriptions are the platform's own summaries; each links to the centre's "
            "website.</p>",
        },
    ),
]


def pdf_bytes(title, subtitle, sections):
    """A plain PDF of (heading, text) sections."""
    content = [block for heading, text in sections for block in (("h", heading), text)]
    return build_pdf(title, content, author="P2I Network", subtitle=subtitle)


def ensure_document(title, filename, data):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, file=ContentFile(data, name=filename))
        document._set_document_file_metadata()
        document.save()
    return document


def load_services():
    for slug, name, description in SERVICES:
        CentreService.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


def load_centres():
    created = 0
    for slug, name, code, parent, year, status, joined, website, languages, services, description, track in CENTRES:
        centre, was_created = CompetenceCentre.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "country": Country.objects.get(code=code),
                "parent_organisation": parent,
                "established_year": year,
                "status": status,
                "joined_on": joined,
                "website": website,
                "description": description,
                "track_record": track,
                "contact_name": "",
                "contact_email": "",
            },
        )
        if was_created:
            centre.languages.set(Language.objects.filter(code__in=languages))
            centre.services.set(CentreService.objects.filter(slug__in=services))
            created += 1
    return created


def load_governance():
    rules = GovernanceSettings.load()
    if rules.pilot_year is None:
        rules.pilot_year = PILOT_YEAR
        sections = RULES_TEXT
        rules.rules_document = ensure_document(
            "Rules of procedure of the P2I Network",
            "p2i-network-rules-of-procedure.pdf",
            pdf_bytes("Rules of procedure of the P2I Network", f"Adopted for the pilot year {PILOT_YEAR}", sections),
        )
        rules.save()
    if not rules.co_chairs.exists():
        for order, (slug, person, start, end) in enumerate(CO_CHAIRS):
            CoChair.objects.create(
                settings=rules,
                centre=CompetenceCentre.objects.get(slug=slug),
                person_name=person,
                term_start=start,
                term_end=end,
                sort_order=order,
            )


# meeting number -> the Expert Opinion Paper's full text: original illustrative demo papers on the topics of KE
# Meetings 1-3, written for this platform (they are not the network's published papers).
PAPERS = {1: "network/papers/1-strategies.md", 2: "network/papers/2-impact.md", 3: "network/papers/3-sustainability.md"}


def load_meetings():
    for number, topic, when, host, participants, summary, paper in MEETINGS:
        meeting, created = KnowledgeExchangeMeeting.objects.get_or_create(
            number=number,
            defaults={"topic": topic, "date": when, "host": CompetenceCentre.objects.get(slug=host), "summary": summary},
        )
        if created:
            meeting.participants.set(CompetenceCentre.objects.filter(slug__in=participants))
        if not ExpertOpinionPaper.objects.filter(meeting=meeting).exists():
            title, paper_summary, authors, published = paper
            document = ensure_document(
                title,
                f"p2i-expert-opinion-paper-{number}.pdf",
                build_pdf(
                    title,
                    read_document(PAPERS[number]),
                    author="Innovation Procurement Platform (illustrative demo paper)",
                    subtitle=f"Expert Opinion Paper {number}, after KE Meeting {number}: {topic}. Illustrative demo paper.",
                ),
            )
            # Saving the paper also publishes it in the Resource Centre (signals.py → papers.sync_resource).
            paper = ExpertOpinionPaper.objects.create(
                meeting=meeting,
                title=title,
                summary=paper_summary,
                authors=authors,
                publication_date=published,
                document=document,
                is_published=True,
            )
            # The demo papers are illustrative: so is their entry in the Resource Centre.
            Resource.objects.filter(pk=paper.resource_id).update(illustrative=True)


def load_pages():
    home = ensure_home_page()
    index = ensure_child_page(
        home,
        NetworkIndexPage,
        "network",
        title="P2I Network",
        introduction=(
            "The network of national competence centres for innovation procurement in Europe. Its members help public "
            "buyers purchase new solutions, learn from each other in knowledge-exchange meetings and decide together "
            "who joins."
        ),
        body=NETWORK_STORY,
    )
    ensure_child_page(
        index,
        DeclarationPage,
        "declaration",
        title="Joint Ministerial Declaration",
        introduction="Ministries across Europe commit to support national competence centres and their network — an "
        "initiative led by the Greek Ministry of Development and Investments.",
        adopted_on=date(2026, 4, 14),
        text=DECLARATION_TEXT,
        aims=[("aim", {"title": title, "text": text}) for title, text in DECLARATION_AIMS],
    )


def load_signatories():
    if Signatory.objects.exists():
        return
    for ministry, code, name, role, signed in SIGNATORIES:
        Signatory.objects.create(
            ministry=ministry,
            country=Country.objects.get(code=code),
            signatory_name=name,
            signatory_role=role,
            date_signed=signed,
            status=SignatoryStatus.CONFIRMED,
        )
    ministry, code, name, role, email = PENDING_REQUEST
    letter = pdf_bytes(
        "Letter of authorisation",
        f"{ministry}, {Country.objects.get(code=code).name}",
        [("Authorisation", f"{name}, {role}, is authorised to request the endorsement of the Joint Ministerial "
          "Declaration on behalf of the ministry.")],
    )  # fmt: skip
    Signatory.objects.create(
        ministry=ministry,
        country=Country.objects.get(code=code),
        signatory_name=name,
        signatory_role=role,
        official_email=email,
        letter_of_authorisation=ContentFile(letter, name="letter-of-authorisation-si.pdf"),
        status=SignatoryStatus.REQUESTED,
    )


def ensure_user(email, password_hash, group):
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(username=email, email=email, password=password_hash)
        user.save()
        user.groups.add(group)
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user, created


def load_people():
    """One representative account per voting centre (rep-<country>@example.org), and a secretariat account."""
    # Hashing is slow on purpose; the demo accounts share one password, so hash it once.
    password = make_password(os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD))
    representatives = Group.objects.get_or_create(name=REPRESENTATIVES)[0]
    accounts = 0
    # Only the demo's own centres: a centre admitted later (by a membership ballot) already has its representative.
    demo_slugs = [entry[0] for entry in CENTRES]
    voting = CompetenceCentre.objects.filter(slug__in=demo_slugs, status__in=[CentreStatus.MEMBER, CentreStatus.PILOT_MEMBER])
    for centre in voting.select_related("country"):
        user, created = ensure_user(f"rep-{centre.country.code.lower()}@example.org", password, representatives)
        accounts += created
        if not Representative.objects.filter(user=user).exists() and not centre.representatives.exists():
            Representative.objects.create(user=user, centre=centre, role="Head of centre")
    secretariat = Group.objects.get_or_create(name=SECRETARIAT)[0]
    user, created = ensure_user("secretariat@example.org", password, secretariat)
    if created:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    return accounts


def load(out):
    load_services()
    created = load_centres()
    load_governance()
    load_pages()
    load_meetings()
    load_signatories()
    accounts = load_people()
    out.write(
        f" {CompetenceCentre.objects.count()} competence centres ({created} new) in "
        f"{CompetenceCentre.objects.values('country').distinct().count()} countries, governance for {PILOT_YEAR}, "
        f"{KnowledgeExchangeMeeting.objects.count()} KE meetings with papers, "
        f"{Signatory.objects.filter(status=SignatoryStatus.CONFIRMED).count()} declaration signatories, "
        f"{accounts} new representative accounts"
    )
