"""Demo content of Stories: the /stories/ page and stories from 2019 to 2026, original writing on real events.

Idempotent: a story that exists (by slug) is left alone. Related resources are looked up by slug in the Resource
Centre (loaded before the stories); a missing one is skipped.
"""

import datetime

from django.utils import timezone

from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.stories.models import StoryIndexPage, StoryPage, StoryRelatedResource

INTRODUCTION = (
    "News on public procurement of innovation in Europe: policy and law, projects, funding, the P2I Network, "
    "interviews with buyers and suppliers, and reports from events."
)


def p(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def h(text):
    return ("heading", text)


def story(date, slug, category, title, teaser, body, tags=(), resources=()):
    return {
        "date": datetime.date.fromisoformat(date),
        "slug": slug,
        "category": category,
        "title": title,
        "teaser": teaser,
        "body": body,
        "tags": list(tags),
        "resources": list(resources),
    }


STORIES = [
    story(
        "2019-01-24",
        "what-hnscicloud-taught-research-buyers",
        "projects",
        "What HNSciCloud taught research organisations about buying cloud services",
        "Ten research organisations led by CERN bought hybrid cloud services through a pre-commercial procurement. "
        "Now that the pilots are over, their lessons reach well beyond science.",
        [
            p(
                "The Helix Nebula Science Cloud project brought together CERN and nine other public research "
                "organisations that all faced the same problem: their scientists needed computing and storage on "
                "demand, and commercial clouds did not yet fit the way research data is produced, shared and kept.",
                "Instead of buying an existing service, the buyers paid for its development. Suppliers competed in "
                "a design phase, a prototype phase and a pilot phase; after each one, only the most promising offers "
                "went on. Two consortia reached the pilot, in which thousands of researchers ran real workloads.",
            ),
            h("Lessons for other buyers"),
            p(
                "Three points stand out. First, the buyers spent a long time agreeing on their common needs before "
                "the call, which made the tender clear enough for suppliers to price. Second, testing with real users "
                "revealed problems that no specification would have caught. Third, the suppliers kept the rights to "
                "what they developed — which is precisely why they were willing to invest alongside the buyers.",
            ),
        ],
        tags=["pcp", "cloud", "research"],
        resources=["hnscicloud-helix-nebula-science-cloud", "pre-commercial-procurement-explained"],
    ),
    story(
        "2019-03-14",
        "competence-centres-compare-notes",
        "network",
        "Competence centres compare notes on building capacity",
        "National competence centres for innovation procurement met to compare how they advise buyers, train staff "
        "and measure what their support achieves.",
        [
            p(
                "Centres such as PIANOo in the Netherlands, KOINNO in Germany and the Austrian IÖB service have "
                "advised public buyers for years. Several other countries are building similar services, and the "
                "meeting was a chance to learn what works before copying it.",
                "The discussion kept returning to one point: advice alone does not change practice. The centres that "
                "see most results combine a help desk with hands-on support for concrete procurements, peer groups "
                "of buyers, and a steady flow of examples that managers and politicians can relate to.",
            ),
            p(
                "The participants agreed to share training material and to collect their case studies in one place, "
                "in several languages, so that a buyer in one country can learn from a tender run in another.",
            ),
        ],
        tags=["competence centres", "capacity building"],
        resources=["koinno-competence-centre-innovative-procurement", "pianoo-dutch-public-procurement-expertise-centre"],
    ),
    story(
        "2019-05-20",
        "big-buyers-pool-their-demand",
        "projects",
        "Big Buyers: cities pool their demand for clean solutions",
        "A new Commission initiative brings large public buyers together to ask the market, with one voice, for "
        "zero-emission and circular solutions.",
        [
            p(
                "When one city asks for zero-emission construction machinery, manufacturers may shrug. When a group "
                "of large cities asks for it at the same time, with similar specifications, the picture changes. "
                "That is the idea behind the Big Buyers initiative of the European Commission, which the city "
                "network Eurocities and ICLEI run on its behalf.",
                "Participating buyers form working groups around a shared need, run joint market dialogues and "
                "align their tender requirements, while each still buys under its own procedures. Early topics "
                "include clean construction sites and electric heavy-duty vehicles.",
            ),
            p(
                "For suppliers, the benefit is a clearer picture of future demand. For buyers, it is a stronger "
                "position and a chance to learn from peers who are a step ahead.",
            ),
        ],
        tags=["joint procurement", "climate", "cities"],
        resources=["big-buyers-initiative"],
    ),
    story(
        "2019-05-23",
        "a-new-look-for-the-platform",
        "network",
        "A new look for the platform of innovation procurement",
        "On 23 May 2019 the platform relaunched with a new look, as one place where public buyers find guidance, "
        "cases, news and each other. ICLEI – Local Governments for Sustainability manages it.",
        [
            p(
                "Buying innovation is rarely a public buyer's daily work, which is exactly why those who try it need "
                "somewhere to turn: to see how others wrote a functional specification, to find out which procedure "
                "suits a need that no catalogue covers, or to ask a colleague in another country what happened after "
                "the pilot. The platform that relaunched on 23 May 2019 is meant to be that place.",
                "The new look is more than a change of colours. Content is organised around what buyers do — get "
                "started, find resources, follow news and events — instead of around who published it, and every "
                "page works on a phone as well as at a desk.",
            ),
            h("Who runs it"),
            p(
                "The platform is managed by ICLEI – Local Governments for Sustainability, the global network of "
                "local and regional governments, whose European secretariat has worked on sustainable and innovation "
                "procurement for many years.",
            ),
            h("A home for the competence centres"),
            p(
                "The relaunch came while Procure2Innovate, a project funded by the EU's Horizon 2020 programme from "
                "2018 to June 2022, was setting up a network of national competence centres for innovation "
                "procurement. The network's pages — its members, its knowledge-exchange meetings and its Expert "
                "Opinion Papers — live on the platform, so that buyers find the centre in their own country next to "
                "the resources it recommends.",
            ),
        ],
        tags=["platform", "competence centres", "Procure2Innovate"],
    ),
    story(
        "2019-07-02",
        "archiver-long-term-data-preservation",
        "projects",
        "ARCHIVER: research organisations commission long-term data preservation",
        "A new pre-commercial procurement led by CERN asks suppliers to develop archiving and preservation services "
        "for the petabytes that science produces.",
        [
            p(
                "Research data must stay readable for decades, long after the software that produced it has gone. "
                "The ARCHIVER project, which started this year, builds on the experience of HNSciCloud: a group of "
                "research organisations defines its common needs and buys R&amp;D from competing suppliers in "
                "phases.",
                "The services to be developed should handle very large volumes, respect open-science principles and "
                "let research organisations move their data if they change provider — a requirement that buyers of "
                "any cloud service will recognise.",
            ),
        ],
        tags=["pcp", "research", "data"],
        resources=["archiver-archiving-and-preservation-for-research"],
    ),
    story(
        "2019-09-10",
        "horizon-2020-pcp-ppi-funding",
        "funding",
        "Horizon 2020 still funds buyers who want to innovate",
        "The last Horizon 2020 calls keep support for pre-commercial procurement and for the procurement of "
        "innovative solutions. What buyers need to know before they apply.",
        [
            p(
                "Horizon 2020 reimburses up to 90% of the costs of a pre-commercial procurement and 35% of the price "
                "of an innovative solution bought through a PPI, plus the costs of preparing and coordinating the "
                "procurement. The actions are run by groups of buyers from several countries that share a need.",
                "Applicants are often surprised by how much preparation is expected: evidence that the need is real "
                "and shared, an open market consultation, and a clear plan for deploying the results. The funding "
                "pays for the procurement, but the buyers must own the problem.",
            ),
            h("Before you apply"),
            p(
                "Talk to your national contact point and your competence centre, find partners with the same need "
                "in other countries, and read the tender documents of earlier projects in the Resource Centre — many "
                "of them were published in full.",
            ),
        ],
        tags=["horizon 2020", "eu funding", "pcp", "ppi"],
        resources=["pre-commercial-procurement-explained", "lessons-from-pcp-projects"],
    ),
    story(
        "2019-12-16",
        "green-deal-puts-public-purchasing-in-the-spotlight",
        "policy",
        "The European Green Deal puts public purchasing in the spotlight",
        "The Commission's plan for a climate-neutral Europe by 2050 expects public authorities to lead by example — "
        "including in what they buy.",
        [
            p(
                "Presented on 11 December 2019, the European Green Deal sets the goal of making the Union "
                "climate-neutral by 2050. Public buyers appear in it both as a lever and as an example: the Commission "
                "announces further rules and guidance on green public procurement, and asks public authorities to "
                "lead the way in their own buildings, fleets and supply chains.",
                "Many of the solutions needed — zero-emission buses, low-carbon concrete, heat pumps for old "
                "buildings — are new to the market or not yet available at scale. Buying them is innovation "
                "procurement by another name, and the tools are the same: talk to the market, describe the outcome, "
                "reward life-cycle performance.",
            ),
        ],
        tags=["climate", "green public procurement"],
        resources=["making-public-procurement-work-in-and-for-europe"],
    ),
    story(
        "2020-01-28",
        "select-for-cities-results",
        "projects",
        "Select for Cities: three cities test an open platform for the internet of things",
        "Antwerp, Copenhagen and Helsinki bought the development of an open, standards-based platform for connected "
        "city services. The project's final results are in.",
        [
            p(
                "Cities collect ever more data from sensors — on traffic, air quality, parking, waste. Too often, each "
                "service comes with its own closed platform. In Select for Cities, three cities used a pre-commercial "
                "procurement to ask suppliers for something different: an open platform on which any company could "
                "build services.",
                "The competing solutions were tested in real neighbourhoods. Beyond the technology, the cities "
                "report that the joint procurement itself was a lesson: agreeing on common requirements across three "
                "administrations took time, but produced specifications that other cities can reuse.",
            ),
        ],
        tags=["pcp", "smart cities", "open standards"],
        resources=["select-for-cities-iot-platform"],
    ),
    story(
        "2020-04-03",
        "emergency-procurement-commission-guidance",
        "policy",
        "Buying in an emergency: what the Commission's guidance allows",
        "The Commission explains how public buyers can use the flexibility of the procurement rules to obtain "
        "protective equipment and medical supplies quickly during the COVID-19 crisis.",
        [
            p(
                "Published on 1 April 2020, the Commission's guidance reminds buyers that the 2014 directives already "
                "provide for urgency: shortened deadlines in open and restricted procedures, and in extreme cases the "
                "negotiated procedure without prior publication, when events were unforeseeable and time does not "
                "allow anything else.",
                "The guidance also encourages buyers to look for alternative solutions and to engage with the market "
                "in new ways — for example by contacting potential suppliers directly or inviting companies to adapt "
                "their production. In a few weeks, many buyers used the market engagement techniques that innovation "
                "procurement has promoted for years.",
            ),
        ],
        tags=["covid-19", "urgency", "health"],
        resources=["directive-2014-24-eu-public-procurement"],
    ),
    story(
        "2020-06-22",
        "start-with-the-problem-hospital-buyer",
        "interviews",
        "“Start with the problem, not the product” — a hospital buyer on her first market consultation",
        "Marta, who leads procurement in a regional hospital group, explains why she spent three months talking "
        "to suppliers before writing a single line of the tender.",
        [
            p(
                "<strong>Why a market consultation?</strong> “Our nurses were spending too much time looking for "
                "equipment across a large campus. The obvious answer was to buy a tracking system, but we did not "
                "know what was possible, or what it would cost. So we asked.”",
                "<strong>What did you learn?</strong> “That we had the wrong question. Several companies said the "
                "problem was less about tracking than about how equipment is returned and cleaned. We rewrote the "
                "need as ‘equipment available within five minutes where it is needed’.”",
                "<strong>Advice to others?</strong> “Bring the people who do the work. Our nurses asked better "
                "questions than I would have. And publish everything you tell one supplier, so nobody feels "
                "favoured.”",
            ),
        ],
        tags=["health", "market consultation"],
        resources=["preliminary-market-consultation-guide"],
    ),
    story(
        "2020-10-15",
        "knowledge-exchange-goes-online",
        "events",
        "The autumn knowledge-exchange meeting goes online",
        "For the first time, competence centres met without travelling. Three lessons on what worked — and what was missed.",
        [
            p(
                "With travel impossible, the network held its autumn knowledge-exchange meeting as a series of short "
                "online sessions over two days. More people attended than ever, including colleagues who could never "
                "have justified a trip abroad.",
                "The sessions that worked best were the small ones: eight to ten people discussing one real case. "
                "Long presentations did not survive the screen. What everyone missed were the conversations in the "
                "corridor, where most of the collaboration between centres used to start.",
            ),
            p(
                "The network decided to keep an online format for short thematic meetings and to meet in person for "
                "the main annual meeting when possible.",
            ),
        ],
        tags=["knowledge exchange", "online meetings"],
    ),
    story(
        "2021-03-25",
        "helsinki-energy-challenge-winners",
        "projects",
        "Helsinki Energy Challenge picks four ideas for heating without coal",
        "Helsinki asked the world how to heat a city of over 600,000 people without coal. The answers are now "
        "shaping its procurement plans.",
        [
            p(
                "Helsinki has committed to stop burning coal for heat by 2029. Rather than decide the replacement "
                "behind closed doors, the city launched an open challenge in 2020 with a prize of one million euro "
                "and invited teams from anywhere to propose solutions.",
                "An international jury selected four winning proposals, which combine heat pumps, storage, waste heat "
                "and a smarter use of the existing network — and which avoid relying on burning biomass at large "
                "scale. The prize money was shared among the winners.",
            ),
            h("Why it matters for buyers"),
            p(
                "A prize challenge is a way to engage the market before a procurement, not a replacement for it. "
                "The city now knows much better what to ask for, and the market knows what the city needs.",
            ),
        ],
        tags=["climate", "energy", "challenge prize"],
    ),
    story(
        "2021-04-29",
        "horizon-europe-is-adopted",
        "funding",
        "Horizon Europe is adopted: what it means for buyers of innovation",
        "The EU's research and innovation programme for 2021–2027 keeps dedicated support for innovation "
        "procurement and adds the European Innovation Council.",
        [
            p(
                "The regulation establishing Horizon Europe was adopted on 28 April 2021. With a budget of about "
                "95.5 billion euro including the recovery instrument, it is the largest EU research programme so "
                "far.",
                "For public buyers, the familiar instruments remain: actions that fund pre-commercial procurement and "
                "the procurement of innovative solutions by groups of buyers, under the programme's thematic "
                "clusters. The topics follow the work programmes, so buyers with a shared need should watch the "
                "calls and prepare well in advance.",
                "The new European Innovation Council, launched in March, supports start-ups and small companies with "
                "breakthrough innovations — many of which will look for their first public customer.",
            ),
        ],
        tags=["horizon europe", "eu funding"],
    ),
    story(
        "2021-06-21",
        "commission-new-guidance-innovation-procurement",
        "policy",
        "The Commission publishes new guidance on innovation procurement",
        "The 2021 guidance replaces the 2018 edition and speaks to politicians, managers and buyers alike.",
        [
            p(
                "Adopted on 18 June 2021 as a Commission notice, the new guidance presents innovation procurement as "
                "a way of working rather than a procedure. It starts from policy — why and how a public organisation "
                "should set goals for buying innovation — and moves through capacity building to the practical use "
                "of the procurement rules.",
                "Every chapter is illustrated with examples from European buyers, and the guidance pays particular "
                "attention to start-ups and small companies, to joint and cross-border procurement and to the link "
                "with the State aid rules.",
            ),
            p(
                "Our summary of the rules that matter most is on the "
                '<a href="/get-started/legal-framework/">Legal framework</a> page.',
            ),
        ],
        tags=["guidance", "european commission"],
        resources=["commission-guidance-on-innovation-procurement-2021"],
    ),
    story(
        "2021-11-09",
        "five-questions-to-a-pcp-supplier",
        "interviews",
        "Five questions to a supplier who went through a pre-commercial procurement",
        "Jonas founded a twelve-person software company. His team reached the final phase of a PCP — and explains "
        "why small companies should bid.",
        [
            p(
                "<strong>Why bid at all?</strong> “Because the buyer paid for R&amp;D we wanted to do anyway, and we "
                "kept the rights. Winning a grant would have taken as long, with no customer at the end.”",
                "<strong>What was hard?</strong> “The first offer. The tender documents were clear, but describing a "
                "solution that does not exist yet, with a price, is unusual. The open questions-and-answers session "
                "helped a lot.”",
                "<strong>And the phases?</strong> “They keep you honest. After the design phase we knew exactly what "
                "the users needed. Some competitors dropped out; we learned from their feedback too.”",
                "<strong>What happened next?</strong> “The buyer ran an open tender for the final product. We won it "
                "against larger companies, and two other cities have since bought our solution.”",
                "<strong>One piece of advice?</strong> “Read the intellectual-property clauses first. They tell you "
                "whether the business case works.”",
            ),
        ],
        tags=["pcp", "smes", "intellectual property"],
        resources=["pre-commercial-procurement-explained"],
    ),
    story(
        "2022-03-17",
        "self-assessment-for-buyers",
        "network",
        "Competence centres test a common self-assessment for buyers",
        "How ready is an organisation to buy innovation? Six competence centres piloted a shared questionnaire with "
        "their buyers.",
        [
            p(
                "The questionnaire covers strategy, skills, processes and culture: does the organisation have "
                "innovation goals, does it consult the market, does it measure results, do managers accept a "
                "reasonable level of risk? Buyers answer it in about twenty minutes and receive a profile with "
                "suggestions for next steps.",
                "The pilot showed that the tool is most useful as a conversation starter between the procurement "
                "team and management. The centres will translate the questionnaire and make it available to every "
                "member of the network.",
            ),
        ],
        tags=["capacity building", "competence centres"],
    ),
    story(
        "2022-07-07",
        "innovation-agenda-public-buyers",
        "policy",
        "The New European Innovation Agenda counts on public buyers",
        "Presented on 5 July 2022, the agenda aims to make Europe a leader in deep-tech innovation — and public "
        "demand is part of the plan.",
        [
            p(
                "The New European Innovation Agenda focuses on helping start-ups and scale-ups grow, from access to "
                "finance to regulatory sandboxes. Public procurement appears among the levers: a public contract is "
                "often the first reference a young company can show to investors and other customers.",
                "For buyers, the message is familiar but more urgent: open tenders to new entrants, reduce the "
                "administrative burden on small bidders, and use market consultations to discover what start-ups "
                "can offer.",
            ),
        ],
        tags=["start-ups", "innovation policy"],
    ),
    story(
        "2022-11-03",
        "revised-state-aid-framework-rdi",
        "policy",
        "Revised State aid framework: what changes for pre-commercial procurement",
        "The Commission's new framework for research, development and innovation aid keeps the conditions that "
        "make PCP aid-free — and clarifies how they apply when development and purchase are combined.",
        [
            p(
                "Adopted on 19 October 2022 and published in the Official Journal on 28 October, the new framework "
                "replaces the 2014 version. Much of the revision concerns aid schemes — new rules for testing and "
                "experimentation infrastructures, updated definitions covering digital technologies — but buyers of "
                "R&amp;D should read the section on public procurement.",
                "The conditions remain: an open, transparent and non-discriminatory procedure, contract terms "
                "including intellectual property known in advance, no preference for later commercial purchases, and "
                "a price that reflects the rights the suppliers keep. The framework clarifies how these apply when "
                "one procedure covers both R&amp;D services and the supply of the resulting products.",
            ),
        ],
        tags=["state aid", "pcp", "law"],
        resources=["pre-commercial-procurement-explained"],
    ),
    story(
        "2023-02-08",
        "workshop-functional-specifications",
        "events",
        "Workshop report: writing functional specifications in a day",
        "Thirty buyers rewrote their own specifications — from “what we want to buy” to “what we want to achieve”.",
        [
            p(
                "Each participant brought a real specification from a recent tender. In pairs, they underlined every "
                "requirement that named a product or a technology and asked: what result does this requirement "
                "protect? By the afternoon, most specifications were shorter and said more.",
                "The hardest part, participants agreed, is not the writing but the evaluation that follows: "
                "functional requirements need award criteria and tests that can compare very different offers. The "
                "next workshop will be on exactly that.",
            ),
        ],
        tags=["training", "specifications"],
        resources=["functional-specifications-describe-the-problem", "award-criteria-that-reward-innovation"],
    ),
    story(
        "2023-06-14",
        "network-multilingual-glossary",
        "network",
        "A shared glossary of innovation procurement, in many languages",
        "What is a “preliminary market consultation” in Greek, Polish or Portuguese? The network's glossary now "
        "answers in more than a dozen languages.",
        [
            p(
                "Translating guidance is harder than it looks: the same procedure has different names in national "
                "law, and literal translations confuse buyers. Competence centres have therefore built a glossary "
                "that links each term to the article of the EU directive it comes from and to the term used in each "
                "national law.",
                "The glossary is open to everyone and will grow with the network. Centres also use it to tag the "
                "resources they publish, so that a search in one language finds documents written in another.",
            ),
        ],
        tags=["multilingual", "competence centres"],
    ),
    story(
        "2023-10-26",
        "eforms-mandatory",
        "policy",
        "eForms are now mandatory: procurement notices become data",
        "Since 25 October 2023, every notice published on TED uses the new eForms standard. Buyers and suppliers of "
        "innovation both stand to gain.",
        [
            p(
                "eForms replace the old standard forms with structured data that national portals and TED exchange "
                "automatically. For the first time, notices can say in a consistent way whether a procurement "
                "concerns innovation or pre-commercial procurement, which award criteria apply and what the "
                "strategic goals are.",
                "This matters for anyone who wants to find innovation tenders or measure how much public money goes "
                "into them. The Opportunities section of this platform already reads eForms notices published on "
                "TED.",
            ),
        ],
        tags=["eforms", "open data", "ted"],
        resources=["ted-tenders-electronic-daily"],
    ),
    story(
        "2023-12-05",
        "cohesion-funds-for-innovation-procurement",
        "funding",
        "Regional funds can pay for innovation procurement too",
        "The 2021–2027 cohesion policy programmes offer an often overlooked source of support for buyers who want to innovate.",
        [
            p(
                "Under the objective of a “more competitive and smarter Europe”, many regional programmes of the "
                "European Regional Development Fund support research and innovation — and buying innovation is one "
                "way of doing both. Regions have used these funds to prepare market consultations, to finance "
                "pre-commercial procurements and to help municipalities buy new solutions together.",
                "The rules differ from region to region. Buyers should ask their managing authority whether "
                "innovation procurement fits the programme's smart specialisation strategy, and involve it early.",
            ),
        ],
        tags=["erdf", "regions", "eu funding"],
    ),
    story(
        "2024-05-16",
        "webinar-series-innovation-partnership",
        "events",
        "Six webinars on the innovation partnership",
        "The spring webinar series walked through the innovation partnership from the first idea to the purchase, "
        "with buyers who have done it.",
        [
            p(
                "The innovation partnership of Article 31 is still rarely used, although it exists since 2014. The "
                "series aimed to show why: each session followed one stage — setting up the phases, selecting "
                "partners, negotiating, managing the development, deciding whether to buy — with a buyer explaining "
                "what they would do differently.",
                "A recurring theme was the end of each phase: the buyer may stop the partnership, and suppliers need "
                "to know in advance on which criteria that decision will be taken. Recordings and slides are in the "
                "Resource Centre.",
            ),
        ],
        tags=["innovation partnership", "webinars"],
        resources=["innovation-partnership-step-by-step"],
    ),
    story(
        "2024-06-27",
        "net-zero-industry-act-procurement",
        "policy",
        "Net-Zero Industry Act: sustainability and resilience in tenders for clean technologies",
        "The new regulation asks public buyers to look beyond price when they buy net-zero technologies.",
        [
            p(
                "Adopted in June 2024, the Net-Zero Industry Act aims to strengthen Europe's capacity to manufacture "
                "clean technologies such as solar panels, batteries and heat pumps. For public procurement, it "
                "requires buyers of these technologies to apply sustainability and resilience criteria, so that "
                "tenders are not decided on price alone.",
                "For buyers used to innovation procurement, the logic is familiar: award criteria that reflect "
                "quality, environmental performance and security of supply. The practical challenge is to write "
                "criteria that can be checked and that do not exclude new entrants.",
            ),
        ],
        tags=["climate", "clean tech", "law"],
        resources=["life-cycle-cost-calculator-electric-buses"],
    ),
    story(
        "2024-09-12",
        "draghi-report-procurement",
        "policy",
        "The Draghi report and public procurement",
        "The report on the future of European competitiveness sees public demand as an underused lever for innovation.",
        [
            p(
                "Published on 9 September 2024, Mario Draghi's report for the Commission on the future of European "
                "competitiveness calls for more coordinated public demand in strategic sectors, including defence, "
                "and for procurement that helps European innovators scale.",
                "The report adds weight to a debate that the innovation procurement community knows well: Europe "
                "spends large sums on public purchases but too rarely uses them to create lead markets for new "
                "solutions. A revision of the procurement directives is now widely expected.",
            ),
        ],
        tags=["competitiveness", "innovation policy"],
    ),
    story(
        "2025-02-05",
        "competitiveness-compass-procurement-revision",
        "policy",
        "Competitiveness Compass announces a revision of the procurement rules",
        "The Commission plans to revise the public procurement directives and to introduce a European preference "
        "for critical sectors.",
        [
            p(
                "Presented on 29 January 2025, the Competitiveness Compass sets out the Commission's priorities for "
                "the coming years. Among them is a revision of the public procurement directives, with the aims of "
                "simplifying the rules and allowing a European preference in public purchases of critical "
                "technologies.",
                "Buyers and suppliers will want the revision to keep, and make easier to use, the tools that "
                "innovation procurement depends on: market consultations, functional specifications, the innovation "
                "partnership and award on quality. The network's competence centres are preparing a joint "
                "contribution.",
            ),
        ],
        tags=["directives", "competitiveness"],
        resources=["directive-2014-24-eu-public-procurement"],
    ),
    story(
        "2025-04-10",
        "network-work-plan-2025-2026",
        "network",
        "The network agrees its work plan for 2025–2026",
        "Peer learning, shared training and better data on innovation procurement: the competence centres set "
        "their priorities for the next two years.",
        [
            p(
                "Meeting in person, the member centres agreed on three priorities. First, peer learning: every centre "
                "will host at least one exchange visit. Second, a common training curriculum that each centre can "
                "adapt to national law. Third, better data: the centres will use eForms notices to follow how many "
                "tenders in their country concern innovation.",
                "The plan also foresees expert opinion papers on topics where buyers need a shared position — the "
                "first on market consultations in the age of artificial intelligence.",
            ),
        ],
        tags=["governance", "competence centres"],
    ),
    story(
        "2025-06-19",
        "buying-ai-responsibly-city-interview",
        "interviews",
        "Buying artificial intelligence responsibly: a city's digital officer explains",
        "Sofia leads digital services in a mid-sized city. She explains how her team buys AI systems under the new EU rules.",
        [
            p(
                "<strong>What changed with the AI Act?</strong> “Regulation 2024/1689 entered into force in August 2024. "
                "For systems classed as high-risk, such as those that help decide on social benefits, the obligations "
                "are now clear. We ask suppliers to show how they meet them before we award.”",
                "<strong>How do you write the tender?</strong> “We start from the decision the system supports and "
                "who is affected. We use model contract clauses for AI procurement as a basis, then add our own "
                "requirements on data, transparency and human oversight.”",
                "<strong>And after the contract?</strong> “We test the system with our own data during a pilot phase "
                "and keep the right to stop. An algorithm is never finished; neither is the contract management.”",
            ),
        ],
        tags=["artificial intelligence", "digital", "cities"],
        resources=["contract-management-for-innovative-solutions"],
    ),
    story(
        "2025-09-25",
        "autumn-meeting-market-dialogue",
        "events",
        "Autumn knowledge-exchange meeting: market dialogue in practice",
        "Buyers and suppliers sat at the same tables to discuss what makes a market consultation worth a supplier's time.",
        [
            p(
                "Suppliers were blunt: many consultations ask for free consultancy and give nothing back. The "
                "consultations they value publish a clear problem statement, say when and how a tender will follow, "
                "and share a summary of what was learned.",
                "Buyers, for their part, asked suppliers to answer the question asked rather than send brochures. "
                "Both sides agreed that short, structured one-to-one meetings, with the same questions for everyone "
                "and published notes, give the best results.",
            ),
        ],
        tags=["market consultation", "knowledge exchange"],
        resources=["preliminary-market-consultation-guide"],
    ),
    story(
        "2025-11-13",
        "reading-a-horizon-europe-pcp-call",
        "funding",
        "How to read a Horizon Europe PCP or PPI call in ten minutes",
        "A practical guide for buyers who have found a call and need to decide quickly whether to apply.",
        [
            p(
                "Start with the expected outcomes: they describe the need the call wants buyers to address. If your "
                "organisation does not have that need today, stop there. Then check who must take part — usually a "
                "minimum number of buyers from different countries — and whether you can find partners in time.",
                "Next, read the specific conditions for PCP and PPI actions in the general annexes of the work "
                "programme. They set the rules for the procurement itself: how it is published, how intellectual "
                "property is handled, how the results are deployed. Finally, look at the budget and the deadline, "
                "and count backwards: a good application needs a market consultation plan, and that takes months.",
            ),
        ],
        tags=["horizon europe", "eu funding", "how-to"],
        resources=["pre-commercial-procurement-explained"],
    ),
    story(
        "2026-01-20",
        "what-to-watch-in-2026",
        "policy",
        "What to watch in 2026: the revision of the procurement directives",
        "The Commission's proposal to revise the 2014 directives is expected this year. Four questions that will "
        "matter for innovation procurement.",
        [
            p(
                "Will the innovation partnership become easier to use? Buyers have found its phases rigid and its "
                "rules on ending the partnership hard to apply. Will market consultations get clearer safeguards, so "
                "that buyers dare to use them more? Will the preference for European suppliers in critical sectors "
                "leave room for the best solution, wherever it was developed? And will the revision reduce the "
                "administrative burden that keeps small innovative companies away from public tenders?",
                "The platform will follow the proposal and its negotiation, and the network will publish its views. "
                "In the meantime, the current rules remain in force — and already allow far more innovation than "
                "most buyers use.",
            ),
        ],
        tags=["directives", "law"],
        resources=["directive-2014-24-eu-public-procurement", "commission-guidance-on-innovation-procurement-2021"],
    ),
    story(
        "2026-02-10",
        "we-bought-an-outcome-interview",
        "interviews",
        "“We bought an outcome, not a machine” — lessons from an outcome-based contract",
        "A hospital's head of sterile services on paying for clean instruments delivered on time instead of buying sterilisers.",
        [
            p(
                "<strong>What did you buy?</strong> “A service: sterile instruments, ready when the operating theatres "
                "need them, with penalties if they are late. The supplier chooses and maintains the equipment.”",
                "<strong>Why?</strong> “Our old sterilisers were at the end of their life, and every option we "
                "looked at locked us into one technology for fifteen years. Paying for the outcome moved that risk "
                "to the people best placed to manage it.”",
                "<strong>What would you tell others?</strong> “Measure the baseline before you start. We knew exactly "
                "how many operations were delayed by missing instruments — which is how we could show, a year later, "
                "that the number had fallen sharply.”",
            ),
        ],
        tags=["health", "outcome-based contracts"],
        resources=["oresundsvig-outcome-based-procurement-of-sterilisation", "measuring-the-impact-of-innovation-procurement"],
    ),
]


# Stories whose people, meetings or details are invented to show the kind of story the section carries: they are
# labelled "Illustrative example". The other stories report real policy, law, funding and projects.
ILLUSTRATIVE = {
    "competence-centres-compare-notes",
    "start-with-the-problem-hospital-buyer",
    "knowledge-exchange-goes-online",
    "five-questions-to-a-pcp-supplier",
    "self-assessment-for-buyers",
    "workshop-functional-specifications",
    "network-multilingual-glossary",
    "webinar-series-innovation-partnership",
    "network-work-plan-2025-2026",
    "buying-ai-responsibly-city-interview",
    "autumn-meeting-market-dialogue",
    "we-bought-an-outcome-interview",
}


def related_resources(slugs):
    try:
        from innoprocure.resources.models import Resource
    except ImportError:  # the Resource Centre is not installed
        return []
    found = {resource.slug: resource for resource in Resource.objects.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def load(out):
    home = ensure_home_page()
    index = ensure_child_page(home, StoryIndexPage, "stories", title="Stories", introduction=INTRODUCTION)
    existing = set(StoryPage.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    for item in STORIES:
        if item["slug"] in existing:
            continue
        page = StoryPage(
            title=item["title"],
            slug=item["slug"],
            date=item["date"],
            teaser=item["teaser"],
            category=item["category"],
            body=item["body"],
            illustrative=item["slug"] in ILLUSTRATIVE,
            first_published_at=timezone.make_aware(datetime.datetime.combine(item["date"], datetime.time(9, 0))),
        )
        page.tags.add(*item["tags"])
        page.related_resources = [StoryRelatedResource(resource=resource) for resource in related_resources(item["resources"])]
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    out.write(f"  {created} stories created ({len(STORIES)} in the demo set)")
