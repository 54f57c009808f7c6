# ruff: noqa: E501 - prose
"""The three Expert Opinion Papers of the demo: original papers on the topics of KE Meetings 1-3, written for this
platform as illustrative demo papers (they are not the network's published papers). Source text kept as data, in
the structured form of resources/filebuilders.py; the loader renders each as a multi-page PDF.
"""

ABOUT = (
    "About this paper: an illustrative demonstration paper written for the Innovation Procurement Platform on the "
    "topic of the knowledge-exchange meeting. It is not a paper published by the P2I Network; the cases in it are "
    "composites and any organisations named in examples are fictional. Licence CC BY 4.0."
)

STRATEGIES = [
    ABOUT,
    ("h", "Summary"),
    "National strategies for innovation procurement have multiplied across Europe, but their effect on what public buyers actually purchase varies widely. Drawing on the experience that competence centres brought to the first knowledge-exchange meeting, this paper argues that strategies change practice when three elements come together: a goal that managers are held to, money for the extra preparation that innovation procurement requires, and a competence centre that buyers can call. It proposes a definition of an innovation procurement that can be recorded in tender notices, so that progress towards goals can be measured, and it sets out seven recommendations for ministries and centres.",
    ("h", "1. Why strategies matter"),
    "Public buyers spend a large share of national income every year. If even a small part of that spending were directed towards new solutions, it would give innovative companies their first customers, improve public services and help reach climate goals that today's products cannot meet. This is the case for innovation procurement that ministries have made for more than fifteen years, and most European countries now mention it in a strategy, an action plan or a procurement law.",
    "Mentioning it is not the same as achieving it. Public buyers are rewarded for legal certainty and low prices and are rarely rewarded for taking the managed risks that buying something new involves. A strategy is an attempt to change that balance: to tell buyers that their organisation wants them to look for better solutions, and to give them the means to do so. Whether it succeeds depends less on its ambition than on its design.",
    ("h", "2. What the strategies look like"),
    "The strategies the centres discussed fall into four broad types. Many countries combine several of them.",
    (
        "table",
        [
            ["Type", "What it does", "Strength", "Weakness"],
            [
                "Spending target",
                "sets a share of procurement spending, or of public R&D budgets, for innovation procurement",
                "visible; easy to communicate",
                "hard to measure without a shared definition; can invite relabelling",
            ],
            [
                "Action plan",
                "lists measures: training, guidance, pilots, a competence centre",
                "concrete; builds capacity",
                "often without a measurable goal or an owner",
            ],
            [
                "Funding scheme",
                "co-funds the preparation or the extra cost of innovation procurements",
                "changes the economics for buyers",
                "reaches only those who apply; can be slow",
            ],
            [
                "Legal provision",
                "adds national rules (for example direct award of small innovative purchases)",
                "removes specific obstacles",
                "does not change behaviour by itself",
            ],
        ],
    ),
    ("h", "3. What the centres observed"),
    "Across the cases presented, the centres saw the clearest change in practice where three things came together. First, a goal that someone was asked about: not only a national target, but a question that a mayor, a hospital director or a secretary-general put to their head of procurement each year. Second, money for the preparation phase: market consultations, needs assessments and functional specifications take time that routine procurement budgets do not include. Third, a competence centre that buyers could call, which answered quickly and could sit with them through a first procurement.",
    "Strategies relying on one element alone had little visible effect. Targets without support produced reports rather than procurements; funding without a goal reached the same few enthusiastic organisations each year; competence centres without a mandate or funding for preparation were asked for advice that buyers then had no means to follow.",
    (
        "table",
        [
            ["Element present", "Typical result observed by the centres"],
            ["Goal only", "reporting exercises; relabelling of ordinary tenders as innovative"],
            ["Funding only", "good projects in a few organisations; little spread"],
            ["Competence centre only", "awareness and advice, limited change in tenders"],
            ["Goal + funding", "more projects, but repeated mistakes without expert support"],
            ["Goal + funding + centre", "growing number of innovation procurements, spreading to new organisations"],
        ],
    ),
    ("h", "4. The measurement problem"),
    "A goal is only useful if progress can be measured, and most countries cannot yet say how many innovation procurements their buyers run. Surveys are costly and depend on who answers; spending data does not record whether a purchase was innovative. The centres agreed that the most promising route is the tender notice itself. Since eForms became mandatory for notices published on TED, notices are structured data, and they can record that a procurement aims at innovation, uses an innovation partnership or buys research and development services.",
    "For counting to work, buyers need a definition they can apply when they fill in a notice. The paper proposes a simple one, close to the definition of innovation in Directive 2014/24/EU: a procurement counts as an innovation procurement when it buys research and development services, or when it aims at a solution that is new to the buyer and is procured with at least one innovation-friendly feature recorded in the notice (a preliminary market consultation, functional or performance requirements, variants, an innovation partnership, or award criteria that reward innovation).",
    ("h", "5. Goals that managers can act on"),
    "National spending targets are too distant for most buyers to act on. The centres found that goals work best when they are translated into commitments at the level of the organisation: for example, that every tender above a value threshold in a chosen area starts with a market consultation, or that a hospital runs at least one innovation procurement each year with the support of the competence centre. These commitments can be checked from notices and from the organisation's own procurement plan, and they give heads of procurement something concrete to report.",
    ("h", "6. Money for preparation"),
    "The extra cost of innovation procurement lies mostly before the tender. A market consultation, a needs assessment with internal clients and a functional specification can take several months of staff time and some external expertise. Several countries fund this phase directly, with small grants that a buyer can obtain quickly. The centres' experience is that such grants have a large effect relative to their size, especially when they come with advice from the competence centre, and that funding only the purchase itself misses the point where buyers give up.",
    ("h", "7. The place of the competence centre"),
    "A competence centre turns a strategy into help that a buyer can use. The centres described the services that buyers valued most: a helpdesk that answers within days; hands-on support for a first procurement; peer groups in which buyers from similar organisations share cases; and a collection of examples in the buyer's own language. They also stressed that a centre needs a mandate from its government to be heard by senior managers, stable funding to keep experienced staff, and a role in monitoring the strategy, because it sees earlier than anyone where buyers get stuck.",
    ("h", "8. Recommendations"),
    (
        "ul",
        [
            "Combine a measurable goal, funding for preparation and a competence centre; do not rely on any one of them alone.",
            "Adopt a definition of an innovation procurement that can be recorded in tender notices, and use eForms data to count progress.",
            "Translate national targets into commitments at the level of organisations, which managers can be asked about each year.",
            "Fund the preparation phase with small, fast grants linked to advice from the competence centre.",
            "Give the competence centre an official mandate, stable funding and a role in monitoring the strategy.",
            "Publish progress every year, including projects that did not succeed, to show that well-managed risk is accepted.",
            "Share strategies, indicators and results through the network, so that countries designing a strategy can learn from those that have one.",
        ],
    ),
    ("h", "9. Questions for further work"),
    (
        "ul",
        [
            "How can the proposed definition be tested on a year of notices from several countries before it is adopted?",
            "Which incentives inside organisations (recognition, career, budget rules) matter most to buyers who take the first step?",
            "How should strategies treat procurement by utilities and by central purchasing bodies, whose roles differ from those of local authorities?",
        ],
    ),
    ("h", "Annex: a one-page strategy checklist"),
    (
        "table",
        [
            ["Question", "Yes / no"],
            ["Is there a goal that can be measured from data that exists or will exist?", ""],
            ["Is the goal translated into commitments that organisations report on?", ""],
            ["Is there funding for the preparation phase, available within weeks?", ""],
            ["Is there a competence centre with a mandate, funding and staff?", ""],
            ["Is there a definition of an innovation procurement that buyers can apply?", ""],
            ["Is progress published every year?", ""],
            ["Is the strategy shared with the network and compared with others?", ""],
        ],
    ),
    ("h", "References"),
    (
        "ul",
        [
            "Directive 2014/24/EU on public procurement: https://eur-lex.europa.eu/eli/dir/2014/24/oj",
            "Commission notice, Guidance on innovation procurement, 2021/C 267/01: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
            "TED, where eForms notices are published: https://ted.europa.eu/",
        ],
    ),
]

IMPACT = [
    ABOUT,
    ("h", "Summary"),
    "Ministries that fund competence centres for innovation procurement increasingly ask what the centres change. Counting helpdesk calls and training days answers a different question: how busy a centre is. Building on the second knowledge-exchange meeting, this paper proposes a small common set of indicators arranged as a ladder from activities to wider effects, and a light method for following a sample of supported procurements over three years. Shared across centres, the method would produce evidence that no single centre can gather, at a reporting cost that small centres can bear.",
    ("h", "1. The question ministries ask"),
    "A competence centre is a public investment. Its funders want to know whether it changes what the public sector buys and with what results. Most centres can readily report their activities: the questions answered, the people trained, the guides published, the events held. These figures show effort, and they matter for managing the centre, but they do not show whether a single tender was written differently or a single solution bought that would not otherwise have been.",
    "The difficulty is real. A centre's support is one influence among many on a buyer's decisions; the effects of an innovative purchase appear years later; and a centre's staff are advisers, not researchers. The centres at the meeting agreed that the answer is not an elaborate evaluation, which few could afford, but a shared, modest method applied consistently.",
    ("h", "2. A ladder of indicators"),
    "The paper groups indicators in four steps. Each step answers a different question, and each is harder to measure than the one before. Centres report the first two every year for all their work, and the last two for a sample.",
    (
        "table",
        [
            ["Step", "Question", "Core indicators", "Source"],
            [
                "1 Reach",
                "Whom did we support?",
                "organisations supported, by type and region; share new to the centre; people trained",
                "centre's own records",
            ],
            [
                "2 Change in practice",
                "Did supported procurements use innovation-friendly tools?",
                "share with a market consultation, functional requirements, life-cycle costing, variants, an innovation procedure",
                "tender documents and notices of supported procurements",
            ],
            [
                "3 Results",
                "What was bought and how did it perform?",
                "contracts awarded; performance against the specification's outcomes; life-cycle cost against estimate; user satisfaction",
                "sample follow-up",
            ],
            [
                "4 Wider effects",
                "What changed beyond the contract?",
                "other buyers adopting the approach or solution; supplier growth; environmental effects",
                "sample follow-up, interviews",
            ],
        ],
    ),
    ("h", "3. Why not count everything"),
    "Centres discussed at length whether to measure results for every supported procurement. The conclusion was no: it would cost too much, the data would be uneven, and the burden on buyers would damage the relationship on which the centres' work depends. A sample followed carefully gives better evidence than a census filled in hastily. It also lets centres choose cases from which others can learn, including those that did not succeed.",
    ("h", "4. Following cases over time"),
    "The method follows a sample of supported procurements for three years after the support begins, with a short structured interview at each milestone. Each centre follows at least five cases a year, chosen to cover its main types of support; small centres may follow fewer, and the network pools the results.",
    (
        "table",
        [
            ["Milestone", "When", "What is recorded", "Who"],
            ["Start", "when support begins", "the need, the baseline, the buyer's plan, the support given", "centre adviser"],
            [
                "Award",
                "after contract award",
                "tools used, bids received (number, SMEs, new bidders), what was bought",
                "adviser with the buyer",
            ],
            [
                "First year of use",
                "about 12 months after award",
                "performance against outcomes, costs, users' view, problems",
                "interview with the internal client",
            ],
            [
                "Three years",
                "36 months after start",
                "results, spread to other buyers, what the buyer would do differently",
                "interview with the buyer and internal client",
            ],
        ],
    ),
    "The interviews take thirty to forty-five minutes and follow the same questions in every country, translated. Answers are recorded in a shared template so that cases can be compared. With ten or more centres following five cases a year, the network would hold over a hundred followed cases within three years.",
    ("h", "5. Attributing results fairly"),
    "No method will prove that a centre caused a result. The aim is a credible contribution story: what the buyer intended before the support, what the centre did, what changed, and what else may explain the change. The interview asks the buyer directly what they would have done without the support. This counterfactual question is imperfect, but asked consistently it separates cases where the centre made the difference from cases where it confirmed what the buyer would have done anyway.",
    ("h", "6. Reporting burden"),
    "Centres differ greatly in size. The indicators of steps 1 and 2 should come from records the centre keeps anyway and from notices that are public. The sample follow-up is the only new work, and it is deliberately small. The network can reduce the burden further by providing the templates, by translating them, and by analysing the pooled data centrally.",
    ("h", "7. Using the results"),
    (
        "ul",
        [
            "For funders: an annual report with the reach and practice indicators and three or four followed cases told in full.",
            "For the centres: a comparison with other centres of the share of supported procurements that used each tool, which shows where advice is or is not changing practice.",
            "For buyers: the followed cases, published in the Resource Centre with the buyers' agreement, including what did not work.",
            "For the network: evidence for policy makers on what national support achieves, based on cases from many countries.",
        ],
    ),
    ("h", "8. Recommendations"),
    (
        "ul",
        [
            "Adopt the four-step ladder as the network's common framework, with a small set of core indicators at each step.",
            "Report reach and change in practice every year for all supported procurements, from existing records and notices.",
            "Follow a sample of supported procurements for three years with short structured interviews at four milestones.",
            "Ask the counterfactual question consistently, and report contribution rather than claim attribution.",
            "Pool the followed cases across centres and publish them, including failures, with the buyers' consent.",
            "Review the indicators after two years of use, and drop those that do not inform decisions.",
        ],
    ),
    ("h", "Annex: interview guide for the first year of use"),
    (
        "table",
        [
            ["No.", "Question"],
            ["1", "What did you buy, and is it in use as planned?"],
            ["2", "How does it perform against the outcomes in the specification? What data do you have?"],
            ["3", "How do the costs so far compare with the life-cycle cost estimate?"],
            ["4", "What do the users say? What has changed in their work?"],
            ["5", "What problems appeared in use, and how were they solved?"],
            ["6", "Without the centre's support, what would you have done differently at each stage?"],
            ["7", "Has anyone else, inside or outside your organisation, asked about or adopted the approach?"],
            ["8", "What would you do differently next time?"],
        ],
    ),
    ("h", "References"),
    (
        "ul",
        [
            "Commission notice, Guidance on innovation procurement, 2021/C 267/01: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
            "Directive 2014/24/EU on public procurement: https://eur-lex.europa.eu/eli/dir/2014/24/oj",
        ],
    ),
]

SUSTAINABILITY = [
    ABOUT,
    ("h", "Summary"),
    "Procurement teams are asked to deliver on climate and environmental goals, yet the needs they buy for belong to others: the facility managers, doctors, engineers and teachers whose departments use the solutions and pay for their operation. This paper, following the third knowledge-exchange meeting, shows why sustainable innovation most often fails before the tender, when these internal clients are not involved in defining the need, and how procurers can involve them early, turn environmental goals into functional requirements and keep them engaged until the solution is in use. It closes with recommendations for procurers, for managers and for competence centres.",
    ("h", "1. The missing partner"),
    "In most public organisations, the procurement team runs the procedure but does not own the need. The need belongs to an internal client: the department that will use the solution, whose staff will change how they work, and whose budget will pay for energy, maintenance and repairs for years after the purchase. Environmental goals, meanwhile, are often set at the top of the organisation and handed to procurement to deliver.",
    "This division explains a pattern the centres recognised across countries. A sustainability goal is announced; the procurement team is asked to include it in tenders; the internal client, who was not part of the discussion, asks for the product it knows; and the tender adds a few environmental criteria to a specification that leaves no room for a different solution. The result is a slightly greener version of the familiar product, not the innovation the goal required.",
    ("h", "2. Where sustainable innovation fails"),
    (
        "table",
        [
            ["Stage", "Typical failure", "Consequence"],
            [
                "Needs assessment",
                "the internal client is not involved, or involved only to approve a product list",
                "the need is defined as a product; alternatives are excluded before the market is asked",
            ],
            [
                "Market engagement",
                "suppliers of new solutions are not reached, or the internal client does not attend",
                "the client never hears what is possible and remains sceptical",
            ],
            [
                "Specification",
                "environmental goals are added as extra criteria instead of shaping the requirements",
                "innovation is allowed only at the margins",
            ],
            [
                "Award",
                "purchase price dominates because running costs fall on another budget",
                "solutions with lower life-cycle costs lose",
            ],
            [
                "Use",
                "nobody is responsible for making the new solution work in its first year",
                "teething problems are blamed on the innovation; the next tender returns to the familiar product",
            ],
        ],
    ),
    ("h", "3. Involving internal clients early"),
    "The centres saw better results when the internal client co-wrote the need. This means more than a signature on a specification. It means that the client's staff take part in describing the problem, in setting the outcomes and in deciding what evidence would convince them that a new solution works. A half-day workshop with the client, the users, finance and the procurement team, held before the market consultation, is often enough to change the direction of a procurement.",
    "Procurers described three arguments that helped win internal clients' time. First, that the client's own problems, not only the organisation's goals, would be addressed: a facility manager who spends his weekends dealing with breakdowns listens when the outcome is 'fewer breakdowns'. Second, that the client would keep control: the right to see the market's answers and to influence the award criteria. Third, that the operating budget would benefit, which requires showing life-cycle costs rather than purchase prices.",
    ("h", "4. Turning environmental goals into requirements"),
    "An environmental goal becomes actionable in a tender when it is expressed as an outcome with an indicator. 'Contribute to climate neutrality' cannot be evaluated; 'reduce the energy used for heating the building by at least 40% against the 2023 baseline, measured by the meter' can. Functional requirements of this kind leave suppliers free to propose insulation, heat pumps, controls or combinations, and make the environmental result the subject of the contract rather than an afterthought.",
    (
        "table",
        [
            ["Goal as often stated", "Outcome with an indicator"],
            [
                "Buy sustainable vehicles",
                "zero tailpipe emissions in the urban zone; payload and range for the actual routes; life-cycle cost over eight years",
            ],
            [
                "Reduce food waste in canteens",
                "plate waste per meal below a measured baseline by a set share; satisfaction of pupils",
            ],
            [
                "Circular furniture",
                "share of items refurbished or reused at end of contract; take-back guaranteed; availability of workplaces",
            ],
            [
                "Climate-resilient public spaces",
                "surface temperature on hot days; share of area in shade; water use within a limit",
            ],
        ],
    ),
    "Life-cycle costing connects the environmental and the financial case. When the running costs that fall on the internal client's budget are counted in the award, the client has a direct interest in the more efficient solution. Where external environmental costs can be valued on a verifiable basis, as Article 68 of Directive 2014/24/EU allows, they can be counted too.",
    ("h", "5. Keeping the link after award"),
    "Innovative solutions need attention in their first year of use. Problems appear that no specification foresaw, users need training and reassurance, and performance must be measured before it can be trusted. The centres recommend a joint plan between procurer, internal client and supplier for testing, measuring and adjusting the solution, agreed before the contract starts. It should name who measures what, when the three parties meet, and how adjustments are decided. Where this plan exists, teething problems are solved; where it does not, they become the reason not to buy innovation again.",
    ("h", "6. What managers can do"),
    (
        "ul",
        [
            "Make the internal client, not only procurement, accountable for the environmental outcomes of the purchase.",
            "Allow operating savings to count in the decision, so that the department that pays the running costs sees the benefit of a higher purchase price.",
            "Give internal clients time: a workshop and a few meetings before the tender are a small cost compared with a contract that runs for ten years.",
            "Recognise teams that tried a new solution, including when the result fell short, and publish what was learnt.",
        ],
    ),
    ("h", "7. What competence centres can do"),
    (
        "ul",
        [
            "Address internal clients directly, through their professional networks (facility managers, hospital engineers, fleet managers), not only through procurers.",
            "Offer needs workshops that the procurer and the internal client attend together.",
            "Collect cases that show results in the internal client's terms: breakdowns avoided, hours saved, costs reduced, alongside emissions.",
            "Help procurers translate environmental goals into functional requirements and life-cycle cost models.",
        ],
    ),
    ("h", "8. Recommendations"),
    (
        "ul",
        [
            "Involve the internal client in defining the need before the market consultation, and have them sign the needs statement.",
            "Express environmental goals as outcomes with indicators, and make them the core of functional requirements.",
            "Award on life-cycle cost so that running costs borne by the internal client count.",
            "Agree a joint plan for the first year of use between procurer, internal client and supplier.",
            "Report results in the internal client's terms as well as in environmental terms.",
        ],
    ),
    ("h", "Annex: a first meeting with an internal client"),
    (
        "table",
        [
            ["Topic", "Questions for the internal client"],
            ["Today", "What works badly today? What does it cost your department each year, in money and in time?"],
            ["Goals", "Which targets apply to your service? Which are you not meeting?"],
            ["Outcomes", "In three years, what would tell you the problem is solved?"],
            ["Concerns", "What worries you about a new kind of solution?"],
            ["Involvement", "Who in your team should take part in the market consultation and the evaluation?"],
            ["After award", "Who will work with the supplier in the first year to make it work?"],
        ],
    ),
    ("h", "References"),
    (
        "ul",
        [
            "Directive 2014/24/EU on public procurement, in particular Articles 42, 67 and 68: https://eur-lex.europa.eu/eli/dir/2014/24/oj",
            "Commission notice, Guidance on innovation procurement, 2021/C 267/01: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
        ],
    ),
]

# meeting number -> the paper's full text
PAPERS = {1: STRATEGIES, 2: IMPACT, 3: SUSTAINABILITY}
