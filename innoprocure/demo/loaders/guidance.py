"""Demo content of Get started: the whole guidance tree, original writing on real law and practice.

Idempotent: a page that exists (by slug under its parent) is left alone, so a second run creates and changes nothing.
"""

from innoprocure.core.models import ProcurementStage
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.guidance.models import GuidanceIndexPage, GuidancePage, GuidancePageResource, ProjectsPage, StepByStepPage


def p(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def ul(*items, intro=""):
    html = f"<p>{intro}</p>" if intro else ""
    return ("paragraph", html + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def h(text):
    return ("heading", text)


def callout(kind, title, text):
    return ("callout", {"kind": kind, "title": title, "text": f"<p>{text}</p>"})


def diagram(key, caption=""):
    """One of the drawn diagrams of core/diagrams.py; its text is translated when the page is shown."""
    return ("diagram", {"diagram": key, "caption": caption})


def question(text, *answer):
    return ("question", {"question": text, "answer": "".join(f"<p>{part}</p>" for part in answer)})


INDEX_INTRODUCTION = (
    "New to buying innovation? Start here. These pages explain what innovation procurement is, how pre-commercial "
    "procurement and the procurement of innovative solutions differ, which rules apply, and how to get from a public "
    "need to a working solution — one step at a time."
)

INDEX_BODY = [
    p(
        "The guidance is written for public buyers — municipalities, regions, hospitals, agencies, utilities and "
        "central purchasing bodies — and for the policy makers and suppliers who work with them. Each step of the "
        "path lists the templates, case studies and guides of the Resource Centre that fit that moment of the "
        "procurement cycle.",
    ),
    callout(
        "info",
        "Looking for examples?",
        'The <a href="/get-started/projects/">Projects and initiatives</a> page lists European and national PCP and '
        "PPI projects by sector and country, with their partners, dates and websites.",
    ),
]

WHAT_IS = [
    h("Buying what does not exist yet — or not at scale"),
    p(
        "Public authorities in the European Union spend roughly 14% of the Union's GDP, around two trillion euro a "
        "year, on works, goods and services. Most of that money buys what the market already offers. Innovation "
        "procurement is the share of it that deliberately buys something new: a solution still to be developed, or "
        "one that exists as a prototype or in a few places but has not yet found its first large public customer.",
        "The aim is not novelty for its own sake. A public buyer turns to innovation procurement when the "
        "solutions on offer do not meet a need well enough — care for more elderly people with the same staff, "
        "buses that run on zero emissions all day, a school enrolment process that parents can complete in minutes.",
    ),
    h("Two routes, and a mindset"),
    ul(
        "<strong>Pre-commercial procurement (PCP)</strong>: the buyer pays for research and development. Several "
        "suppliers compete in phases to design, prototype and test solutions; the buyer learns what works before it "
        "commits to buying at scale.",
        "<strong>Public procurement of innovative solutions (PPI)</strong>: the buyer acts as an early customer for "
        "solutions that are nearly or newly on the market, and buys them in a quantity that helps them take off.",
        "<strong>Innovation-friendly procurement</strong> in general: any tender that describes the problem instead "
        "of the product, talks to the market first and rewards quality and life-cycle cost, so that new solutions "
        "can compete.",
        intro="Innovation procurement takes different shapes depending on how mature the solutions are:",
    ),
    diagram("pcp-phases"),
    p(
        "The two routes can follow each other: a PCP ends with tested prototypes, and a PPI or an ordinary tender "
        'then buys the finished product. The page <a href="/get-started/pcp-and-ppi/">PCP and PPI side by side</a> '
        "compares them point by point.",
    ),
    h("Why public buyers do it"),
    ul(
        "Better public services: solutions designed around the buyer's actual problem rather than the catalogue.",
        "Value for money over the life of the purchase, not only a low price on the day of the award.",
        "A market that moves: suppliers, many of them small companies, get a first reference customer and can sell "
        "to other buyers afterwards.",
        "Policy goals met through purchasing: climate neutrality, accessibility, resilience, digital sovereignty.",
    ),
    callout(
        "warning",
        "A common misunderstanding",
        "Innovation procurement does not require a special law or a special procedure. The EU directives of 2014 "
        "already allow market consultations, functional specifications, variants and award criteria on quality; "
        "most innovation procurements use procedures every buyer knows.",
    ),
    p(
        'See how others have done it on the <a href="/get-started/projects/">Projects and initiatives</a> page, or '
        'follow the <a href="/get-started/step-by-step/">step-by-step path</a>.',
    ),
]

COMPARISON_TABLE = (
    "comparison",
    {
        "caption": "Pre-commercial procurement (PCP) and public procurement of innovative solutions (PPI) compared",
        "corner_heading": "Aspect",
        "columns": ["Pre-commercial procurement (PCP)", "Public procurement of innovative solutions (PPI)"],
        "rows": [
            {
                "aspect": "What the buyer purchases",
                "cells": [
                    "Research and development services: the design, prototyping and testing of solutions that do not exist yet.",
                    "Innovative goods, works or services that are close to the market or new on it, in a quantity "
                    "that makes the buyer an early customer.",
                ],
            },
            {
                "aspect": "When to use it",
                "cells": [
                    "The market consultation shows that no solution meets the need and that R&D is needed; the buyer "
                    "wants to compare competing approaches before committing.",
                    "Solutions exist or are about to, but have not been deployed at scale; the buyer wants to be a "
                    "launching customer, often together with other buyers.",
                ],
            },
            {
                "aspect": "Phases",
                "cells": [
                    "1. Solution design (feasibility). 2. Prototyping. 3. Original development and testing of a "
                    "limited set of first products or services in real conditions. After each phase the weakest "
                    "offers are dropped; typically several suppliers reach the last phase.",
                    "Market consultation, then one tender and the contract, which may start with a pilot or "
                    "conformance testing before the full roll-out.",
                ],
            },
            {
                "aspect": "Legal basis",
                "cells": [
                    "Outside the procurement directives (Article 14 of Directive 2014/24/EU excludes R&D services whose "
                    "benefits the buyer does not keep for itself alone or does not pay in full); the approach set out "
                    "in the Commission's Communication COM(2007) 799. The Treaty principles still apply: open, "
                    "transparent, non-discriminatory competition.",
                    "The procedures of Directive 2014/24/EU (or 2014/25/EU for utilities): open or restricted "
                    "procedure, competitive procedure with negotiation, competitive dialogue, or the innovation "
                    "partnership when development and purchase go together.",
                ],
            },
            {
                "aspect": "Risk–benefit sharing",
                "cells": [
                    "Buyer and suppliers share the risks and benefits of the R&D at market conditions: the price "
                    "reflects what each side keeps, which is what keeps the contracts free of State aid.",
                    "The supplier carries the usual commercial risk; the buyer takes an early-adopter risk, which "
                    "testing, performance clauses and a pilot phase can limit.",
                ],
            },
            {
                "aspect": "Intellectual property",
                "cells": [
                    "Usually stays with the suppliers, so they can sell the results to others. The buyer keeps a "
                    "free licence for its own use and may require licences to third parties on fair terms, or take "
                    "the rights back if a supplier does not exploit them.",
                    "As set out in the tender documents, as in any purchase; typically the supplier keeps its rights "
                    "and the buyer receives the licences it needs to use, maintain and adapt the solution.",
                ],
            },
            {
                "aspect": "Deployment",
                "cells": [
                    "Not included: buying commercial volumes of the final products needs a separate, competitive "
                    "procurement afterwards (often a PPI).",
                    "Included: the contract is for the deployment of the solution itself.",
                ],
            },
            {
                "aspect": "Typical scale",
                "cells": [
                    "From a few hundred thousand euro to several million, over two to four years; often run by a "
                    "group of buyers from several countries with EU co-funding.",
                    "As large as the need; buyers often combine their demand so the first order is big enough to "
                    "matter to the market.",
                ],
            },
        ],
    },
)

PCP_AND_PPI = [
    p(
        "Both approaches start from an unmet public need and both depend on talking to the market early. They "
        "differ in what is bought: research and development in one case, the solution itself in the other. The "
        "table sets them side by side; the diagram sums it up.",
    ),
    diagram("pcp-ppi"),
    COMPARISON_TABLE,
    h("How a PCP runs"),
    p(
        "A pre-commercial procurement buys research and development in phases, with several suppliers competing "
        "in each. After each phase the buyer evaluates the results, and only the best offers go on to the next "
        "one, so that the budget goes to the most promising approaches. Buying the finished product in commercial "
        "volumes is not part of the PCP: it needs a procurement of its own.",
    ),
    diagram("pcp-phases"),
    h("Choosing between them"),
    ul(
        "If the market consultation shows working solutions — even if only in a few places — a PPI is usually the shorter path.",
        "If nothing on the market comes close and different technical approaches are plausible, a PCP lets you "
        "compare them on a small budget before you commit.",
        "If you already know you will want to buy the result, an innovation partnership combines development and "
        "purchase in one procedure; it suits a clear need with one or few likely development paths.",
        "If the need is shared with other buyers, a joint procurement — across borders if useful — spreads the risk "
        "and makes the order attractive to suppliers.",
    ),
    callout(
        "success",
        "Good practice",
        "Run the PCP with the end users in the evaluation team and plan the follow-up purchase from the start: the "
        "best PCPs end with a tender that the prototypes' results have made easy to write.",
    ),
]

STEPS = [
    (
        "assess-your-needs",
        "Assess your needs",
        "needs-assessment",
        "Describe the problem, who has it and what a better outcome would look like — before you think about solutions.",
        [
            p(
                "Every successful innovation procurement starts with a need that is well understood. Gather the people "
                "who feel the problem every day — staff, residents, patients, pupils — and ask what gets in their way, "
                "not what they would like to buy.",
            ),
            ul(
                "Describe the current situation with figures: costs, waiting times, emissions, complaints.",
                "State the outcome you want to reach and how you will measure it.",
                "Check whether other buyers share the need: joint demand strengthens your position.",
                "Secure a sponsor in the management and an early budget estimate.",
                intro="What to do:",
            ),
            callout(
                "warning",
                "Watch out",
                "A needs statement that names a technology closes the door to others. Write “keep vaccines between "
                "2 and 8 °C during transport”, not “buy refrigerated boxes”.",
            ),
        ],
    ),
    (
        "engage-the-market",
        "Engage the market",
        "market-engagement",
        "Find out what the market can offer, and tell it what you need, through an open and documented dialogue.",
        [
            p(
                "Article 40 of Directive 2014/24/EU allows preliminary market consultations: you may ask suppliers, "
                "researchers and experts for advice to prepare the procurement, provided that this does not distort "
                "competition or favour anybody. Publish a prior information notice, hold open meetings or online "
                "sessions, and share what you learned with everyone.",
            ),
            ul(
                "Announce the consultation widely, in more than one language if you hope for offers from abroad.",
                "Ask open questions: how would you solve this, what would it cost, what would you need from us?",
                "Keep written records and publish a summary of the questions and answers.",
                "Use the results to decide whether the solution exists (PPI) or must be developed (PCP).",
                intro="What to do:",
            ),
        ],
    ),
    (
        "choose-the-procedure",
        "Choose the procedure",
        "tender-design",
        "Match the procedure, the specifications and the award criteria to what the market consultation revealed.",
        [
            p(
                "The maturity of the solutions decides the route. For R&D, a pre-commercial procurement falls "
                "outside the directives but must still be open and competitive. For solutions near the market, the "
                "directives offer the competitive procedure with negotiation and the competitive dialogue where "
                "offers need adapting, and the innovation partnership (Article 31) where you want development and "
                "purchase in one contract. An open procedure with functional specifications and variants also "
                "leaves room for new solutions.",
            ),
            ul(
                "Write functional or performance-based specifications (Article 42): describe results, not products.",
                "Allow variants (Article 45) when you want suppliers to propose alternatives.",
                "Award on quality and life-cycle cost (Articles 67 and 68), not on price alone.",
                "Decide who will own the intellectual property and say so in the tender documents.",
                intro="What to do:",
            ),
        ],
    ),
    (
        "run-the-tender",
        "Run the tender",
        "award",
        "Publish, answer questions, evaluate fairly and award — with the end users in the room.",
        [
            p(
                "Publish the call on TED and on your national portal and give enough time for new entrants and "
                "consortia to form. Answer questions in writing and share the answers with every bidder. Evaluate "
                "with a team that includes technical experts and end users, and test the solutions where you can: "
                "a demonstration says more than a brochure.",
            ),
            ul(
                "Plan the timetable backwards from the moment you need the solution.",
                "Make the evaluation method and weighting public in advance.",
                "Give unsuccessful bidders useful feedback: they are tomorrow's bidders.",
                intro="What to do:",
            ),
        ],
    ),
    (
        "manage-the-contract",
        "Manage the contract",
        "contract-management",
        "Work with the supplier to make the solution deliver, with milestones, tests and room to adjust.",
        [
            p(
                "An innovative solution rarely works perfectly on the first day. Plan a pilot or a testing phase, set "
                "milestones with payments tied to results, and meet the supplier often. Article 72 of the directive "
                "lets you modify a contract if the change was foreseen in clear review clauses — write them into the "
                "contract from the start.",
            ),
            ul(
                "Appoint a contract manager who knows both the need and the technology.",
                "Agree key performance indicators and how they are measured.",
                "Involve end users in acceptance tests.",
                intro="What to do:",
            ),
        ],
    ),
    (
        "measure-the-impact",
        "Measure and share the impact",
        "impact",
        "Measure what changed for the service and its users, and tell others so that they can buy the same.",
        [
            p(
                "Compare the result with the baseline you recorded when you assessed the need: money saved, "
                "emissions avoided, time gained, satisfaction of users. Publish what worked and what did not — other "
                "buyers learn most from honest accounts, and suppliers gain a reference that helps them grow.",
            ),
            ul(
                "Report the figures against the indicators set at the start.",
                "Share the case with your national competence centre and in the Resource Centre.",
                "Decide on the next step: scale up, buy jointly with others, or start a new cycle.",
                intro="What to do:",
            ),
        ],
    ),
]

LEGAL_FRAMEWORK = [
    p(
        "This page summarises the European rules that matter most for innovation procurement. It is guidance, not "
        "legal advice: national law transposes the directives and adds its own rules, so check with your legal "
        "service or your national competence centre.",
    ),
    h("The public procurement directives of 2014"),
    p(
        '<a href="https://eur-lex.europa.eu/eli/dir/2014/24/oj">Directive 2014/24/EU</a> on public procurement, '
        "adopted on 26 February 2014 and to be transposed by April 2016, is the main text for public authorities; "
        '<a href="https://eur-lex.europa.eu/eli/dir/2014/25/oj">Directive 2014/25/EU</a> applies similar rules to '
        "utilities in water, energy, transport and postal services, and "
        '<a href="https://eur-lex.europa.eu/eli/dir/2014/23/oj">Directive 2014/23/EU</a> covers concession '
        "contracts. All three are on EUR-Lex in every official language. Among the provisions buyers of innovation "
        "use most:",
    ),
    ul(
        "Article 31 — the <strong>innovation partnership</strong>: one procedure to develop an innovative solution "
        "and then buy it, with the partnership structured in phases and the possibility to end it after each phase.",
        "Article 30 — the <strong>competitive dialogue</strong>: for complex purchases where the buyer cannot define "
        "the technical means in advance and develops them in dialogue with the candidates.",
        "Article 29 — the <strong>competitive procedure with negotiation</strong>: for purchases that need "
        "adaptation, design or innovative solutions.",
        "Articles 40 and 41 — <strong>preliminary market consultations</strong> and the rules that keep them fair.",
        "Articles 42 and 45 — <strong>functional specifications and variants</strong>.",
        "Articles 67 and 68 — award on the <strong>best price-quality ratio and life-cycle cost</strong>.",
        "Article 14 — the <strong>R&amp;D services exclusion</strong>: the directive applies to R&amp;D services only "
        "when the benefits go to the buyer alone and it pays for them in full. Pre-commercial procurement, where "
        "benefits and risks are shared, therefore falls outside the directive.",
    ),
    h("Pre-commercial procurement: the 2007 Communication"),
    p(
        'The Commission\'s <a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799">'
        "Communication COM(2007) 799</a> of 14 December 2007, “Pre-commercial procurement: driving "
        "innovation to ensure sustainable high quality public services in Europe”, set out the approach that EU "
        "projects still follow: R&amp;D services bought in competing phases from several suppliers, with "
        "intellectual property rights and risks shared between buyer and suppliers at market conditions, and kept "
        "separate from any later purchase of the final products.",
    ),
    h("State aid rules for research, development and innovation"),
    p(
        "Paying companies for R&amp;D could be State aid. The Framework for State aid for research and development "
        'and innovation of 2014 (<a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2014:198:TOC">'
        "2014/C 198/01</a>) explains when the procurement of R&amp;D services, pre-commercial "
        "procurement included, involves no aid: the selection must be open, transparent and non-discriminatory with "
        "criteria fixed in advance; the contract terms, including those on intellectual property, must be known to "
        "all bidders beforehand; no participant may get preferential treatment for later commercial purchases; and "
        "either the results are disseminated widely or the price reflects the rights the suppliers keep.",
        "The Commission revised the framework in October 2022 (C(2022) 7388, published in "
        '<a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2022:414:TOC">Official Journal C 414 of '
        "28 October 2022</a>). The 2022 framework keeps these conditions and clarifies how they apply when a single "
        "procedure covers both the R&amp;D and the supply of the resulting products, as in an innovation "
        "partnership.",
    ),
    h("The Commission's guidance on innovation procurement (2021)"),
    p(
        "The Commission notice C(2021) 4320, adopted on 18 June 2021 and published as 2021/C 267/01 in "
        '<a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC">Official Journal C 267 of '
        "6 July 2021</a>, replaced the 2018 guidance. It addresses three audiences — politicians who set the direction, managers "
        "who build capacity and buyers who run tenders — and explains, with examples from many countries, how to use "
        "the existing rules to buy innovation, from market consultation to contract management.",
    ),
    callout(
        "info",
        "National rules",
        "Several countries have their own provisions: for example Germany's procurement regulation (VgV) on the "
        "innovation partnership, France's 2018 decree allowing direct awards of small innovative purchases, and "
        "Spain's Law 9/2017 on public sector contracts. The Resource Centre lists these legal texts by country.",
    ),
]

FAQ = [
    question(
        "Do I need a special procedure to buy innovation?",
        "No. Most innovation procurements use the ordinary procedures with a few choices that make room for new "
        "solutions: a market consultation, functional specifications, variants and award criteria on quality and "
        "life-cycle cost. Special procedures — PCP or the innovation partnership — are for needs that require "
        "research and development.",
    ),
    question(
        "Is innovation procurement only for large buyers?",
        "No. Small municipalities and hospitals buy innovation too, often together with others through a central "
        "purchasing body or a joint procurement. Sharing the work and the risk is one of the most common success "
        "factors in the cases of the Resource Centre.",
    ),
    question(
        "Can I talk to suppliers before the tender?",
        "Yes. Article 40 of Directive 2014/24/EU allows preliminary market consultations, as long as you treat "
        "everyone equally, document the contacts and share relevant information with all bidders. Talking to the "
        "market early is the single most useful step in most innovation procurements.",
    ),
    question(
        "Who owns the results of a pre-commercial procurement?",
        "Usually the suppliers, so that they can sell the results to other customers. The buyer keeps a free licence "
        "for its own use and can require licences for others on fair terms or take the rights back if a supplier "
        "does not exploit them. The price of the R&amp;D reflects this sharing.",
    ),
    question(
        "Can a supplier that took part in the PCP win the later tender?",
        "Yes, but the PCP must not give it any preference: the follow-up purchase is a separate, open procedure in "
        "which any supplier, including those that did not take part in the PCP, may compete.",
    ),
    question(
        "Where can I find funding?",
        "Horizon Europe funds PCP and PPI actions by groups of buyers from several countries, and the European "
        "Regional Development Fund can support innovation procurement in many regions. National innovation "
        "agencies run their own programmes. Current calls are listed under "
        '<a href="/opportunities/">Opportunities</a>.',
    ),
    question(
        "Who can help me?",
        "Most countries have a competence centre for innovation procurement that advises buyers free of charge; "
        'they work together in the <a href="/network/">P2I Network</a>. The '
        '<a href="/get-started/projects/">Projects and initiatives</a> page shows who has bought something similar.',
    ),
    question(
        "How long does an innovation procurement take?",
        "A PPI with a market consultation often takes 9 to 18 months from the needs assessment to the contract. A "
        "PCP typically runs two to four years through its three phases. Time spent on the needs assessment and the "
        "market consultation is usually won back later.",
    ),
]

PROJECTS_INTRODUCTION = (
    "European and national projects in which public buyers used pre-commercial procurement or the procurement of "
    "innovative solutions — by sector and country, with their partners, dates and websites."
)

PROJECTS_BODY = [
    p(
        "Many of these projects were co-funded by the EU research programmes and brought together buyers from "
        "several countries. Their results, tender documents and lessons learned are in the Resource Centre; use the "
        "filters to find projects in your sector or your country.",
    ),
]


def load(out):
    home = ensure_home_page()
    index = ensure_child_page(
        home, GuidanceIndexPage, "get-started", title="Get started", introduction=INDEX_INTRODUCTION, body=INDEX_BODY
    )
    ensure_child_page(
        index,
        GuidancePage,
        "what-is-innovation-procurement",
        title="What is innovation procurement?",
        introduction="Public buyers who purchase new solutions — or help them reach the market — to serve people better.",
        body=WHAT_IS,
    )
    ensure_child_page(
        index,
        GuidancePage,
        "pcp-and-ppi",
        title="PCP and PPI side by side",
        introduction="Pre-commercial procurement buys research and development; the procurement of innovative "
        "solutions buys the solutions themselves. When to use which.",
        body=PCP_AND_PPI,
    )
    path = ensure_child_page(
        index,
        StepByStepPage,
        "step-by-step",
        title="Step by step: from need to impact",
        introduction="Six steps that every innovation procurement goes through. Each lists the resources that help "
        "at that stage.",
        body=[
            p(
                "The steps follow the procurement cycle. In practice they overlap — market engagement often changes "
                "the needs statement — so return to an earlier step whenever you learn something new."
            ),
            diagram("need-to-contract"),
        ],
    )
    stages = {stage.slug: stage for stage in ProcurementStage.objects.all()}
    for slug, title, stage_slug, introduction, body in STEPS:
        ensure_child_page(
            path, GuidancePage, slug, title=title, introduction=introduction, body=body, stage=stages.get(stage_slug)
        )
    ensure_child_page(
        index,
        GuidancePage,
        "legal-framework",
        title="Legal framework",
        introduction="The EU directives, the State aid framework and the Commission's guidance — what they say about "
        "buying innovation.",
        body=LEGAL_FRAMEWORK,
    )
    ensure_child_page(
        index,
        GuidancePage,
        "faq",
        title="Frequently asked questions",
        introduction="Short answers to the questions public buyers ask most often.",
        body=FAQ,
    )
    ensure_child_page(
        index, ProjectsPage, "projects", title="Projects and initiatives", introduction=PROJECTS_INTRODUCTION, body=PROJECTS_BODY
    )
    pages = GuidancePage.objects.descendant_of(index).count()
    out.write(f"  Get started: {pages} guidance pages, the step-by-step path and Projects and initiatives")


# What each step recommends from the Resource Centre, in this order (the platform's own guide first, then a case
# that shows the step done, then the law or a tool), and the tags its fallback reads if editors remove them all.
RECOMMENDED = {
    "assess-your-needs": (
        [
            "innovation-procurement-in-90-minutes-training",
            "oresundsvig-outcome-based-procurement-of-sterilisation",
            "revontula-climate-neutral-heating-challenge",
            "commission-guidance-on-innovation-procurement-2021",
        ],
        ["strategy", "outcome-based"],
    ),
    "engage-the-market": (
        [
            "preliminary-market-consultation-guide",
            "tammeranna-co-creating-digital-school-enrolment",
            "big-buyers-initiative",
            "select-for-cities-iot-platform",
        ],
        ["market consultation"],
    ),
    "choose-the-procedure": (
        [
            "functional-specifications-describe-the-problem",
            "innovation-partnership-step-by-step",
            "pre-commercial-procurement-explained",
            "directive-2014-24-eu-public-procurement",
        ],
        ["specifications", "procedures"],
    ),
    "run-the-tender": (
        [
            "award-criteria-that-reward-innovation",
            "life-cycle-cost-calculator-electric-buses",
            "tulpenmeer-light-as-a-service",
            "writing-an-innovation-friendly-tender-course",
        ],
        ["award criteria", "life-cycle costing"],
    ),
    "manage-the-contract": (
        [
            "contract-management-for-innovative-solutions",
            "oresundsvig-outcome-based-procurement-of-sterilisation",
            "charm-traffic-management-pcp",
            "lessons-from-pcp-projects",
        ],
        ["pilots", "KPIs"],
    ),
    "measure-the-impact": (
        [
            "measuring-the-impact-of-innovation-procurement",
            "lessons-from-pcp-projects",
            "alvorada-do-mar-nature-based-shading",
            "cordis-eu-research-results",
        ],
        ["indicators", "evaluation"],
    ),
}


def link(out):
    """The resources each step recommends (the Resource Centre loads after Get started). A step whose editors chose
    resources or tags already is left alone."""
    from innoprocure.guidance.catalogue import live_resources

    resources = live_resources()
    if resources is None:
        return
    path = StepByStepPage.objects.filter(slug="step-by-step").first()
    if path is None:
        return
    chosen = 0
    for step in GuidancePage.objects.child_of(path):
        if step.slug not in RECOMMENDED or step.chosen_resources.exists() or step.resource_tags.exists():
            continue
        slugs, tags = RECOMMENDED[step.slug]
        found = {resource.slug: resource for resource in resources.filter(slug__in=slugs)}
        step = step.get_latest_revision_as_object()
        step.chosen_resources = [
            GuidancePageResource(resource=found[slug], sort_order=order) for order, slug in enumerate(slugs) if slug in found
        ]
        step.resource_tags.add(*tags)
        step.save_revision().publish()
        chosen += len(step.chosen_resources.all())
    out.write(f"  {chosen} resources recommended on the steps of the path")
