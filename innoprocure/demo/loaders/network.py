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
from innoprocure.demo.documents import read_document
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

SERVICES = [
    ("helpdesk", "Helpdesk and advice", "Answers to buyers' questions on procedures, law and practice, usually within days."),
    ("training", "Training", "Courses, webinars and workshops for procurers, budget holders and managers."),
    ("project-support", "Project support", "Hands-on coaching of individual innovation procurements from idea to contract."),
    (
        "market-engagement",
        "Market engagement",
        "Market consultations, supplier days and matchmaking between buyers and companies.",
    ),
    ("co-funding", "Co-funding", "Grants or co-financing for the extra effort and risk of buying innovation."),
    ("policy-advice", "Policy advice", "Evidence and advice for ministries on targets, strategies and monitoring."),
    ("peer-network", "Peer network", "Communities where procurers learn from each other's cases."),
    ("guidance", "Guidance and templates", "Guides, model documents and checklists to reuse."),
]

# slug, name, country, parent organisation, year established, status, joined on, website, languages, services,
# description, track record
CENTRES = [
    (
        "ioeb", "IÖB – Innovation-Promoting Public Procurement", "AT",
        "Federal Ministry responsible for innovation, with the Federal Procurement Agency (BBG)", 2013,
        CentreStatus.MEMBER, date(2026, 1, 20), "https://www.ioeb.at", ["de", "en"],
        ["helpdesk", "training", "market-engagement", "peer-network"],
        "Austria's service point for buyers who want to purchase new solutions. It combines a national contact point "
        "with an online challenge platform where public bodies describe a need and companies propose answers.",
        "More than a decade of challenges published to the market, a network of regional contact points and a yearly "
        "award for innovative public buyers.",
    ),
    (
        "koinno", "KOINNO – Competence Centre for Innovative Procurement", "DE",
        "Federal Ministry for Economic Affairs and Energy", 2013,
        CentreStatus.MEMBER, date(2026, 1, 20), "https://www.koinno-bmwk.de", ["de", "en"],
        ["helpdesk", "training", "project-support", "guidance", "peer-network"],
        "Germany's federal centre of expertise for innovative public procurement. It advises federal, state and "
        "municipal buyers and helps them share practice through working groups and an annual congress.",
        "Guidance on the federal target for innovative purchases, regular procurement-practice surveys and "
        "long-running peer groups of buyers from all levels of government.",
    ),
    (
        "pianoo", "PIANOo – Dutch Public Procurement Expertise Centre", "NL",
        "Ministry of Economic Affairs", 2005,
        CentreStatus.MEMBER, date(2026, 1, 20), "https://www.pianoo.nl", ["nl", "en"],
        ["helpdesk", "training", "guidance", "peer-network", "market-engagement"],
        "The Netherlands' expertise centre for public procurement, with a strong strand on buying innovation and on "
        "engaging the market early. Its online knowledge base is one of the most used in the country.",
        "Twenty years of procurement guidance, thematic communities of buyers and a yearly procurement conference.",
    ),
    (
        "upphandlingsmyndigheten", "National Agency for Public Procurement – innovation support", "SE",
        "Ministry of Finance", 2015,
        CentreStatus.MEMBER, date(2026, 1, 20), "https://www.upphandlingsmyndigheten.se", ["sv", "en"],
        ["helpdesk", "guidance", "training", "policy-advice"],
        "Sweden's public procurement agency supports contracting authorities with guidance on innovation-friendly "
        "procedures, functional requirements and dialogue with suppliers.",
        "National guidance, a procurement helpdesk and support for the national procurement strategy.",
    ),
    (
        "keino", "KEINO – Competence Centre for Sustainable and Innovative Public Procurement", "FI",
        "Ministry of Economic Affairs and Employment", 2018,
        CentreStatus.MEMBER, date(2026, 1, 20), "https://www.hankintakeino.fi", ["fi", "sv", "en"],
        ["project-support", "peer-network", "training", "guidance"],
        "A Finnish consortium that helps public buyers set strategic procurement goals and put sustainable and "
        "innovative procurement into practice, notably through regional change agents and buyer networks.",
        "Networks of procurers on low-carbon construction, food and mobility; regional change agents in many "
        "municipalities; a national assessment of procurement maturity.",
    ),
    (
        "greece-competence-centre", "Greek Competence Centre for Innovation Procurement", "GR",
        "General Secretariat for Research and Innovation, Ministry of Development", 2023,
        CentreStatus.MEMBER, date(2026, 1, 20), "", ["el", "en"],
        ["helpdesk", "training", "market-engagement"],
        "Greece's recently created point of contact for public buyers interested in pre-commercial procurement and "
        "the purchase of innovative solutions, working closely with the research and innovation community.",
        "",
    ),
    (
        "eis", "Estonian Business and Innovation Agency – innovation procurement", "EE",
        "Ministry of Economic Affairs and Communications", 2022,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://eis.ee", ["et", "en"],
        ["co-funding", "project-support", "helpdesk"],
        "The Estonian agency supports public bodies that prepare innovation procurements, including grants for "
        "needs analysis and market engagement.",
        "A grant scheme that has co-financed the preparation of innovation procurements by ministries and cities.",
    ),
    (
        "ani", "ANI – National Innovation Agency", "PT",
        "Ministry of Economy", 2014,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://www.ani.pt", ["pt", "en"],
        ["market-engagement", "policy-advice", "training"],
        "Portugal's innovation agency promotes cooperation between research and business and supports public "
        "buyers that want to use procurement to bring new solutions to market.",
        "Awareness campaigns and training on pre-commercial procurement for Portuguese public bodies.",
    ),
    (
        "enterprise-ireland", "Enterprise Ireland – innovation procurement", "IE",
        "Department of Enterprise, Tourism and Employment, with the Office of Government Procurement", 1998,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://www.enterprise-ireland.com", ["en", "ga"],
        ["co-funding", "project-support", "market-engagement"],
        "Ireland's enterprise agency runs a challenge-based programme in which public bodies set problems and fund "
        "companies to develop solutions, in step with the central procurement office.",
        "Dozens of public-sector challenges run with local authorities and state agencies since the programme began.",
    ),
    (
        "agid", "AgID – Agency for Digital Italy, innovation procurement", "IT",
        "Presidency of the Council of Ministers", 2012,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://www.agid.gov.it", ["it", "en"],
        ["project-support", "guidance", "policy-advice"],
        "The Italian digital agency has long acted as a central buyer and adviser for pre-commercial procurement, "
        "helping regions and ministries run research and development tenders together.",
        "Several national pre-commercial procurement calls run with regions and ministries, and a public platform "
        "for needs and tenders.",
    ),
    (
        "innovation-agency-lithuania", "Innovation Agency Lithuania", "LT",
        "Ministry of Economy and Innovation", 2019,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://inovacijuagentura.lt", ["lt", "en"],
        ["helpdesk", "co-funding", "market-engagement"],
        "Lithuania's innovation agency helps public bodies identify needs that the market can solve and finances "
        "pre-commercial procurement and innovation partnerships.",
        "A national programme of pre-commercial procurements in health, transport and public services.",
    ),
    (
        "cdti", "CDTI – Centre for the Development of Industrial Technology and Innovation", "ES",
        "Ministry of Science, Innovation and Universities", 1977,
        CentreStatus.PILOT_MEMBER, date(2026, 2, 3), "https://www.cdti.es", ["es", "en"],
        ["co-funding", "project-support", "helpdesk"],
        "Spain's public business innovation agency supports innovative public procurement with advice, co-funding "
        "and a role as buyer in research and development procurements.",
        "Long experience as a funder of business research and, more recently, as a partner of Spanish public buyers "
        "in early-stage procurements.",
    ),
    (
        "vlaio-pio", "Flanders Innovation & Entrepreneurship – Innovation Procurement Programme", "BE",
        "Flemish Government, Department of Economy, Science and Innovation", 2016,
        CentreStatus.ASSOCIATE, date(2026, 3, 10), "https://www.vlaio.be", ["nl", "en"],
        ["co-funding", "project-support", "training"],
        "The Flemish programme helps public bodies in Flanders prepare and co-finance innovation procurements and "
        "trains their staff.",
        "Co-financing of innovation procurement projects by Flemish cities, agencies and hospitals.",
    ),
    (
        "gain", "GAIN – Galician Innovation Agency", "ES",
        "Regional Government of Galicia", 2012,
        CentreStatus.ASSOCIATE, date(2026, 3, 10), "https://gain.xunta.gal", ["es", "en"],
        ["project-support", "market-engagement"],
        "A regional innovation agency with long practice in innovative public procurement for the Galician health "
        "service and other regional bodies.",
        "Regional innovation procurement plans and market consultations for health and public services.",
    ),
    (
        "vinnova", "Vinnova – Sweden's Innovation Agency", "SE",
        "Ministry of Climate and Enterprise", 2001,
        CentreStatus.ASSOCIATE, date(2026, 3, 10), "https://www.vinnova.se", ["sv", "en"],
        ["co-funding", "policy-advice"],
        "Sweden's innovation agency funds projects in which public buyers develop and test new ways of meeting their "
        "needs, complementing the procurement agency's guidance.",
        "Funding calls on innovation procurement and needs-driven development in the public sector.",
    ),
    (
        "leverandorutvikling", "National Programme for Supplier Development", "NO",
        "Confederation of Norwegian Enterprise and the Norwegian Association of Local and Regional Authorities", 2010,
        CentreStatus.CANDIDATE, None, "https://innovativeanskaffelser.no", ["no", "en"],
        ["project-support", "market-engagement", "training"],
        "A Norwegian programme in which business and local government together help public buyers run innovative "
        "procurements, with a strong emphasis on early dialogue with suppliers.",
        "Hundreds of public buyers supported; a method for dialogue with suppliers used across Norway.",
    ),
    (
        "dae", "Directorate of State Purchasing – innovation purchasing", "FR",
        "Ministry of the Economy and Finance", 2016,
        CentreStatus.CANDIDATE, None, "https://www.economie.gouv.fr/dae", ["fr", "en"],
        ["policy-advice", "guidance", "market-engagement"],
        "The French state's purchasing directorate steers the purchasing policy of ministries, including targets and "
        "tools for buying from innovative companies.",
        "National guides on innovative purchasing and a target for the share of state purchases from innovative firms.",
    ),
]  # fmt: skip

CO_CHAIRS = [
    ("greece-competence-centre", "Eleni Vasilaki", date(PILOT_YEAR, 1, 1), date(PILOT_YEAR, 12, 31)),
    ("pianoo", "Maarten Kuipers", date(PILOT_YEAR, 1, 1), date(PILOT_YEAR, 12, 31)),
]

RULES_TEXT = [
    ("Purpose", "The P2I Network brings together the national competence centres for innovation procurement in Europe so "
     "that they learn from each other, speak with one voice to policy makers and help public buyers across borders."),
    ("Members", "Members are national competence centres with an official mandate from their government, a dedicated "
     "budget and staff, and the will to invest time in the network. During the pilot year founding centres take part "
     "as pilot members with the same rights as members."),
    ("Leadership", "Two co-chairs from member centres lead the network for one year. The secretariat prepares meetings, "
     "keeps the records and runs membership ballots."),
    ("Admission of new members", "An applicant is admitted by a ballot of the members. Each voting centre has one vote: "
     "yes, no (with a reason) or abstain. The ballot is valid when the share of voting centres that cast a vote reaches "
     "the quorum; abstentions count towards the quorum. The applicant is admitted when the yes votes are more than the "
     "required share of the yes and no votes together. A tie is not a majority."),
    ("Balance", "The network aims for a healthy mix of experienced and newly established centres and for a wide "
     "geographic spread, with normally one member per country. Voters are shown how an applicant would change the "
     "balance before they vote."),
]  # fmt: skip

MEETINGS = [
    (
        1,
        "Strategies to stimulate innovation procurement",
        date(2026, 2, 12),
        "pianoo",
        [
            "ioeb", "koinno", "pianoo", "upphandlingsmyndigheten", "keino", "greece-competence-centre", "eis", "ani",
            "enterprise-ireland", "agid", "innovation-agency-lithuania", "cdti",
        ],
        "The first meeting of the series PIANOo organises with Utrecht University compared national strategies that "
        "aim to make public buyers purchase more innovation: "
        "spending targets, action plans, funding schemes and the place of competence centres within them. Centres "
        "agreed that targets without support services rarely change behaviour, and that monitoring needs a shared "
        "definition of an innovation procurement.",
        (
            "From targets to practice: what makes national innovation procurement strategies work",
            "Centres from twelve countries reviewed their national strategies. The paper finds that the strategies that "
            "moved practice combined a measurable goal with money for preparation, a helpdesk and visible political "
            "sponsorship, and it proposes a common way to count innovation procurements.",
            "Innovation Procurement Platform team (illustrative demo paper)",
            date(2026, 3, 26),
        ),
    ),
    (
        2,
        "Evaluating the impact of a competence centre",
        date(2026, 5, 20),
        "pianoo",
        [
            "ioeb", "koinno", "pianoo", "keino", "greece-competence-centre", "eis", "enterprise-ireland", "agid",
            "cdti", "vlaio-pio",
        ],
        "Centres shared how they show their value to the ministries that fund them. The discussion moved from counting "
        "activities (calls answered, people trained) to tracing outcomes: procurements changed, solutions bought, "
        "suppliers that grew. Several centres presented surveys and case tracking they already use.",
        (
            "Showing what a competence centre changes: a shared approach to impact evaluation",
            "The paper proposes a small common set of indicators, from activities to outcomes, and a method for "
            "following a sample of supported procurements over several years, so that centres can compare their "
            "results without an excessive reporting burden.",
            "Innovation Procurement Platform team (illustrative demo paper)",
            date(2026, 7, 1),
        ),
    ),
    (
        3,
        "Sustainable innovation and internal clients",
        date(2026, 9, 23),
        "pianoo",
        [
            "ioeb", "pianoo", "upphandlingsmyndigheten", "keino", "greece-competence-centre", "ani", "agid",
            "innovation-agency-lithuania", "cdti", "gain", "vinnova",
        ],
        "The third meeting looked at buying innovation for climate and environmental goals, and at the people inside "
        "public bodies who own the need: the internal clients such as facility managers, doctors or engineers. "
        "Centres found that sustainable innovation fails most often before the tender, when internal clients are not "
        "involved in defining the need.",
        (
            "Working with internal clients to buy sustainable innovation",
            "Drawing on cases from eleven centres, the paper shows how procurers can involve the users and budget "
            "holders of their organisation early, turn environmental goals into functional requirements, and keep "
            "internal clients engaged until the solution is in use.",
            "Innovation Procurement Platform team (illustrative demo paper)",
            date(2026, 11, 4),
        ),
    ),
]  # fmt: skip

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

DECLARATION_AIMS = [
    ("A competence centre in every country", "Give every Member State access to a national competence centre with a "
     "clear mandate, stable funding and qualified staff."),
    ("Shared knowledge", "Let the centres exchange methods, cases and evaluation results openly through the network and "
     "this platform."),
    ("Measurable ambition", "Set national goals for innovation procurement and report progress every year with a "
     "common definition."),
    ("Buyers working across borders", "Help public buyers from different countries prepare and run joint innovation "
     "procurements."),
    ("Innovation for sustainability", "Use innovation procurement to reach climate, environmental and social goals."),
]  # fmt: skip

# ministry, country, signatory (fictitious), role, date signed
SIGNING_1, SIGNING_2, SIGNING_3 = date(2026, 4, 14), date(2026, 5, 6), date(2026, 6, 2)
SIGNATORIES = [
    ("Federal Ministry for Innovation, Mobility and Infrastructure", "AT", "Katharina Lindner", "Secretary General", SIGNING_1),
    ("Federal Ministry for Economic Affairs and Energy", "DE", "Thomas Berger", "Parliamentary State Secretary", SIGNING_1),
    ("Ministry of Economic Affairs", "NL", "Sanne Visser", "State Secretary", SIGNING_1),
    ("Ministry of Development", "GR", "Nikos Andreou", "Secretary General for Research and Innovation", SIGNING_1),
    ("Ministry of Economic Affairs and Employment", "FI", "Aino Lehtonen", "State Secretary", SIGNING_1),
    ("Ministry of Economic Affairs and Communications", "EE", "Kristjan Tamm", "Deputy Secretary General", SIGNING_2),
    ("Ministry of Economy and Innovation", "LT", "Rūta Kazlauskienė", "Vice-Minister", SIGNING_2),
    ("Ministry of Science, Innovation and Universities", "ES", "Lucía Romero", "Secretary General for Innovation", SIGNING_3),
    ("Ministry of Economy", "ES", "Javier Ortega", "Director General for Public Procurement Policy", SIGNING_3),
    ("Department of Enterprise, Tourism and Employment", "IE", "Ciarán Walsh", "Minister of State", SIGNING_3),
]  # fmt: skip

PENDING_REQUEST = (
    "Ministry of the Economy, Tourism and Sport",
    "SI",
    "Maja Novak",
    "State Secretary",
    "state.secretary@example.org",
)


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
