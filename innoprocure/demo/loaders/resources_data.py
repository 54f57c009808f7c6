"""Hand-written demo resources: original texts about real laws, programmes, organisations and practice.

Each entry is a dict (see `entry`). Attachments are generated as real files by the loader; the words in
ATTACHMENT_ONLY_WORDS occur only inside those files, never in a resource's own fields, so that a search for
them proves that attachment text is searchable.
"""

from datetime import date

# Words that occur in the demo attachments and nowhere else in the demo content.
ATTACHMENT_ONLY_WORDS = (
    "cryogenic",
    "ambulance drone",
    "photovoltaic carport",
    "heliostat",
    "exoskeleton",
    "bioluminescent",
    "piezoelectric",
    "mycelium",
    "aquaponics",
    "hyperspectral",
    "tribology",
    "ultracapacitor",
    "permafrost",
    "xeriscaping",
    "biochar",
    "electrochromic",
    "vermicompost",
    "zeolite",
    "gyroplane",
    "sonoluminescence",
    "thermoacoustic",
    "quasicrystal",
    "magnetocaloric",
    "agrivoltaic",
    "kombucha",
    "hydrochar",
    "dendrochronology",
    "spirulina",
    "ferrofluid",
    "tachograph",
    "aerogel",
    "phytoremediation",
)

PLATFORM = "Innovation Procurement Platform"
CC_BY = "cc-by-4.0"


def entry(
    slug,
    kind,
    approach,
    year,
    language,
    title,
    summary,
    body,
    *,
    sectors,
    stages,
    countries,
    languages=None,
    publisher=PLATFORM,
    tags=(),
    url="",
    licence=CC_BY,  # the platform wrote the illustrative cases; real documents name their own licence
    partners=(),
    start=None,
    end=None,
    attachments=(),
    live=True,
    illustrative=False,
):
    return {
        "slug": slug,
        "resource_type": kind,
        "approach": approach,
        "publication_year": year,
        "main_language": language,
        "title": title,
        "summary": summary,
        "body": body,
        "sectors": list(sectors),
        "stages": list(stages),
        "countries": list(countries),
        "languages": list(languages or [language]),
        "publisher": publisher,
        "tags": list(tags),
        "external_url": url,
        "licence": licence,
        "project_partners": "\n".join(partners),
        "project_start": start,
        "project_end": end,
        "attachments": list(attachments),
        "live": live,
        "illustrative": illustrative,
    }


ALL_STAGES = ["needs-assessment", "market-engagement", "tender-design", "award", "contract-management", "impact"]

HAND_WRITTEN = [
    # --- English ---------------------------------------------------------------------------------------------
    entry(
        "commission-guidance-on-innovation-procurement-2021",
        "guidance",
        "both",
        2021,
        "en",
        "Commission guidance on innovation procurement (2021)",
        "The European Commission's 2021 guidance explains to public buyers why and how to buy innovation, from "
        "setting a policy framework to using the procedures of the 2014 directives.",
        [
            "Adopted on 18 June 2021 as a Commission notice (C(2021) 4320) and published in the Official Journal on "
            "6 July 2021 (2021/C 267/01), the guidance replaced the 2018 edition and widened its scope: it speaks to "
            "politicians who set the direction, to procurement managers who build the capacity, and to the buyers who "
            "write and run the tenders.",
            "Its central message is that innovation procurement is a mindset rather than a procedure. Buyers start from "
            "the public need and the outcome they want, talk to the market before they fix the specification, and "
            "leave room for solutions that do not exist yet in catalogues.",
            "The document walks through the tools the directives offer: preliminary market consultations, functional "
            "and performance-based specifications, variants, award criteria on quality and life-cycle cost, the "
            "competitive procedure with negotiation, the competitive dialogue and the innovation partnership. It also "
            "explains pre-commercial procurement of research and development services, which sits outside the directives.",
            "A long annex of examples from across the Union shows how cities, hospitals and agencies used these tools, "
            "and a section on incentives describes how organisations reward buyers who take well-managed risks.",
        ],
        sectors=["public-administration"],
        stages=ALL_STAGES,
        countries=["EU"],
        languages=["en", "de", "fr", "es", "it", "nl", "el", "pt"],
        publisher="European Commission",
        tags=["innovation partnership", "market consultation", "EU law"],
        url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
        licence="com-reuse",
    ),
    entry(
        "directive-2014-24-eu-public-procurement",
        "legal",
        "other",
        2014,
        "en",
        "Directive 2014/24/EU on public procurement",
        "The main EU directive for public contracts of central, regional and local authorities, with the procedures "
        "that make buying innovation possible.",
        [
            "Directive 2014/24/EU of the European Parliament and of the Council of 26 February 2014 replaced Directive "
            "2004/18/EC. Member States had to transpose it by April 2016.",
            "For innovation procurement its key provisions are the preliminary market consultations (Article 40), which "
            "let buyers talk to suppliers before a tender as long as competition is not distorted; the innovation "
            "partnership (Article 31), which combines research, development and the purchase of the result in one "
            "procedure; and the competitive dialogue and competitive procedure with negotiation (Articles 29 and 30) "
            "for needs that cannot be met by off-the-shelf solutions.",
            "The directive also allows functional and performance requirements (Article 42), variants (Article 45), "
            "and award on the best price-quality ratio including life-cycle costing (Articles 67 and 68). Research "
            "and development services are excluded by Article 14 unless the benefits accrue exclusively to the buyer "
            "— the basis for pre-commercial procurement.",
        ],
        sectors=["public-administration"],
        stages=["tender-design", "award"],
        countries=["EU"],
        languages=["en", "de", "fr", "es", "it", "nl", "el", "pt"],
        publisher="European Parliament and Council of the European Union",
        tags=["EU law", "innovation partnership", "life-cycle costing"],
        url="https://eur-lex.europa.eu/eli/dir/2014/24/oj",
        licence="com-reuse",
    ),
    entry(
        "directive-2014-25-eu-utilities",
        "legal",
        "other",
        2014,
        "en",
        "Directive 2014/25/EU on procurement by entities in the water, energy, transport and postal services sectors",
        "The utilities directive gives water, energy, transport and postal operators more flexible rules, including "
        "the innovation partnership.",
        [
            "Utilities buy in markets that change fast and often run networks where a failed product is costly. The "
            "2014 utilities directive therefore lets them choose freely between the open, restricted and negotiated "
            "procedures with prior call for competition, and adds the competitive dialogue and the innovation "
            "partnership.",
            "For water companies, transport operators and energy grids this means they can invite suppliers to "
            "develop and pilot a new solution and then buy it at scale without a second tender, provided the "
            "performance levels and maximum costs agreed at the start are met.",
        ],
        sectors=["water", "energy", "mobility"],
        stages=["tender-design", "award"],
        countries=["EU"],
        languages=["en", "de", "fr", "es", "it", "nl", "el", "pt"],
        publisher="European Parliament and Council of the European Union",
        tags=["EU law", "utilities"],
        url="https://eur-lex.europa.eu/eli/dir/2014/25/oj",
        licence="com-reuse",
    ),
    entry(
        "making-public-procurement-work-in-and-for-europe",
        "policy",
        "both",
        2017,
        "en",
        "Making public procurement work in and for Europe",
        "The Commission's 2017 public procurement strategy names innovative procurement as one of six priorities for the Union.",
        [
            "The communication of October 2017 argued that public buyers, who spend around 14 % of the Union's GDP, "
            "should use that spending strategically. Alongside green and social procurement, professionalisation, "
            "SME access, transparency and cross-border cooperation, it asked Member States to set up national action "
            "plans and competence centres for innovation procurement.",
            "Many of the competence centres that today form the network behind this platform were created or "
            "strengthened in the years after the strategy, and the Commission followed it with guidance, studies "
            "benchmarking national investment in innovation procurement, and support for joint buyer groups.",
        ],
        sectors=["public-administration"],
        stages=["needs-assessment", "impact"],
        countries=["EU"],
        publisher="European Commission",
        licence="com-reuse",
        url="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52017DC0572",
        tags=["strategy", "action plan", "competence centres"],
    ),
    entry(
        "pre-commercial-procurement-explained",
        "guidance",
        "pcp",
        2019,
        "en",
        "Pre-commercial procurement explained: phases, intellectual property and state aid",
        "How a buyer can pay several suppliers to research and develop competing solutions, compare them in "
        "phases, and stay within the rules on state aid.",
        [
            "Pre-commercial procurement (PCP) is the purchase of research and development services where the buyer "
            "shares the risks and benefits with the suppliers. Because the buyer does not keep all the results for "
            "itself, the contract falls outside the procurement directives, but it must still be run openly, "
            "transparently and competitively.",
            "A PCP usually has three phases: solution design, prototype development and original development with "
            "field testing. Several suppliers start, and the best ones go through to the next phase after an "
            "evaluation. This way the buyer sees different technical approaches compete before deciding what to buy.",
            "The suppliers normally keep the intellectual property rights on what they develop, while the buyer gets "
            "a free licence to use the results and the right to ask that the results be licensed to others on fair "
            "terms. Under the EU framework for state aid for research, development and innovation, a PCP that follows "
            "these principles and pays market prices involves no state aid.",
            "After the PCP the buyer may launch a separate tender to buy the finished solution at scale. That follow-up "
            "is ordinary procurement under the directives — often a PPI.",
        ],
        sectors=["public-administration", "health-care", "ict"],
        stages=["tender-design", "award", "contract-management"],
        countries=["EU"],
        tags=["research and development", "intellectual property", "state aid"],
        licence=CC_BY,
        attachments=[
            (
                "docx",
                "Model contract clauses for a three-phase PCP",
                [
                    ("h", "How to use these clauses"),
                    (
                        "These model clauses were written by the platform team for a pre-commercial procurement of "
                        "research and development services in three phases. Adapt them to your national law and have "
                        "them checked by your legal service; they are not legal advice."
                    ),
                    ("h", "Clauses"),
                    (
                        "Clause 1. Phases. The contract has three phases: solution design, prototyping and testing in "
                        "real conditions. Each phase ends with an evaluation; only contractors that pass it are invited "
                        "to the next phase."
                    ),
                    (
                        "Clause 2. Results. Each contractor keeps ownership of the results it creates. The buyer "
                        "receives a royalty-free licence for its own use and may require the contractor to license the "
                        "results to third parties on fair and reasonable market conditions."
                    ),
                    (
                        "Clause 3. Field tests. Field tests take place at the buyer's sites, for example the trial of an "
                        "ambulance drone that carries defibrillators to remote villages."
                    ),
                    (
                        "Clause 4. Payments follow the milestones of each phase. The price of each phase is fixed in the "
                        "offer; payment is due after acceptance of the phase's deliverables."
                    ),
                    (
                        "Clause 5. Research and development only. The contract covers research and development services "
                        "up to the testing of a limited volume of first products; it does not include the commercial "
                        "purchase of solutions."
                    ),
                    (
                        "Clause 6. Publication. The buyer may publish a summary of the results and the names of the "
                        "contractors. Information marked confidential by a contractor is not published."
                    ),
                    (
                        "Clause 7. Place of performance. The contractor states in its offer the share of the research "
                        "and development carried out in the European Economic Area, and reports on it at each milestone."
                    ),
                    (
                        "Clause 8. Termination. The buyer may end the contract at the end of any phase without "
                        "compensation beyond the phase completed."
                    ),
                ],
            )
        ],
    ),
    entry(
        "innovation-partnership-step-by-step",
        "guidance",
        "ppi",
        2020,
        "en",
        "The innovation partnership, step by step",
        "When nothing on the market meets your need, the innovation partnership lets you develop a solution with "
        "one or more partners and buy it without a second tender.",
        [
            "The innovation partnership, introduced by the 2014 directives, is a procedure with negotiation. Buyers "
            "describe the need and the minimum requirements, select candidates on their research and innovation "
            "capacity, and negotiate the tenders before awarding one or more partnerships.",
            "The partnership then runs in successive phases — research, development, and the purchase of the "
            "resulting supplies, services or works — with intermediate targets. After each phase the buyer may end "
            "the partnership or reduce the number of partners.",
            "Two conditions protect competition: the value of the supplies bought at the end must not be "
            "disproportionate to the investment needed to develop them, and the performance levels and maximum costs "
            "must be agreed from the start.",
            "Use it when the need is clear, the market confirms that nothing suitable exists, and you are ready to "
            "commit to buying the result if it works.",
        ],
        sectors=["public-administration", "construction", "health-care"],
        stages=["tender-design", "award", "contract-management"],
        countries=["EU"],
        tags=["innovation partnership", "procedures"],
        licence=CC_BY,
    ),
    entry(
        "preliminary-market-consultation-guide",
        "guidance",
        "both",
        2022,
        "en",
        "Talking to the market before you tender: a guide to preliminary market consultation",
        "How to find out what suppliers can offer, test your assumptions and attract new bidders without distorting competition.",
        [
            "A market consultation is the cheapest risk reduction a buyer has. Before fixing a specification, ask "
            "suppliers — including start-ups and companies from other sectors — what is possible, at what cost and "
            "in what time.",
            "Announce the consultation publicly, for example with a prior information notice, so that every interested "
            "company can take part. Share the same information with everyone, keep a record of what was said, and "
            "publish the main conclusions before the tender.",
            "Good formats include an open information day, one-to-one meetings with a fixed agenda, a written "
            "questionnaire and a reverse pitch in which the buyer presents the challenge and invites ideas.",
            "Finish by writing down what you learned: what the market can deliver now, what needs development, and "
            "which requirements would exclude good solutions.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement"],
        countries=["EU"],
        tags=["market consultation", "SMEs", "start-ups"],
        licence=CC_BY,
        attachments=[
            (
                "docx",
                "Template: prior information notice for a market consultation",
                [
                    ("h", "How to use this template"),
                    (
                        "Replace the text in square brackets and publish the notice on your tender portal and, for "
                        "larger purchases, as a prior information notice on TED. Keep the language neutral: describe the "
                        "need, not a product."
                    ),
                    ("h", "Notice"),
                    "Title of the consultation: [describe the public need in one line].",
                    "Contracting authority: [name, address, contact point for the consultation].",
                    (
                        "Background: our organisation is looking for ways to reduce the heat absorbed by school "
                        "playgrounds. Ideas such as a photovoltaic carport over the bicycle park are welcome."
                    ),
                    (
                        "Purpose: the consultation helps us understand which solutions exist, what they cost over their "
                        "life and which requirements would exclude innovative suppliers. It is not a call for tenders "
                        "and creates no obligation."
                    ),
                    (
                        "How to take part: register for the information day or send written answers to the questionnaire "
                        "by the date given."
                    ),
                    (
                        "ul",
                        [
                            "Information day: [date, time, place or online link]",
                            "Deadline for written answers: [date]",
                            "Questions about the consultation: [e-mail address]",
                        ],
                    ),
                    (
                        "Equal treatment: a summary of the questions and answers will be published for everyone. Taking "
                        "part or not taking part has no effect on a later tender."
                    ),
                    "Confidentiality: information marked as confidential will not be shared with other participants.",
                ],
            ),
            (
                "odt",
                "Questionnaire for suppliers",
                [
                    ("h", "Introduction"),
                    (
                        "Thank you for answering this questionnaire. It prepares a future tender and commits neither you "
                        "nor us. Answers marked confidential are not shared with other companies."
                    ),
                    ("h", "Your organisation"),
                    (
                        "ul",
                        [
                            "A. Name, country and size of your organisation (number of staff, turnover band).",
                            "B. Have you worked for public buyers before? Which kinds?",
                        ],
                    ),
                    ("h", "Your solution"),
                    "1. Which solutions do you offer today that could meet the need described?",
                    "2. What would you need to develop, and how long would it take?",
                    "3. Have you tested a heliostat array or similar solar concentrator in a public setting?",
                    "4. Which requirements in our draft would prevent you from bidding?",
                    "5. What would the solution cost over ten years, including installation, maintenance and end of life?",
                    "6. How could its performance be measured during a pilot?",
                    ("h", "The tender"),
                    (
                        "7. Would you prefer one contract or several lots? Would you bid alone, with partners or as a "
                        "subcontractor?"
                    ),
                    "8. How much time would you need to prepare an offer?",
                ],
            ),
        ],
    ),
    entry(
        "functional-specifications-describe-the-problem",
        "guidance",
        "ppi",
        2018,
        "en",
        "Functional specifications: describe the problem, not the product",
        "Why specifying outcomes and performance instead of technical solutions opens the door to innovation, "
        "with examples of before-and-after requirements.",
        [
            "A technical specification tells suppliers what to deliver; a functional one tells them what it must "
            'achieve. "LED lamps of 40 W" becomes "the street must be lit to class M4 with the lowest energy use '
            'over fifteen years".',
            "Functional requirements let bidders propose solutions the buyer did not know about. They also shift "
            "the responsibility for performance to the supplier, which should be reflected in the contract through "
            "service levels and measurable results.",
            "Start by asking users what problem they have, define how success will be measured, and keep only "
            "those technical constraints that really matter, such as compatibility with existing systems.",
        ],
        sectors=["public-administration", "energy", "construction"],
        stages=["tender-design"],
        countries=["EU"],
        tags=["specifications", "outcome-based"],
        licence=CC_BY,
    ),
    entry(
        "award-criteria-that-reward-innovation",
        "guidance",
        "ppi",
        2021,
        "en",
        "Award criteria that reward better outcomes",
        "How to weigh quality, life-cycle cost and innovation in the award so that the best solution wins, not "
        "just the cheapest.",
        [
            "When price counts for 80 % or more, innovative bids rarely win. Give quality a real weight and define "
            "it through criteria that bidders can understand and evaluators can score consistently.",
            "Life-cycle costing compares the total cost of ownership — purchase, energy, maintenance, end of life — "
            "instead of the purchase price. For vehicles, lighting and buildings it often changes the ranking.",
            "Consider scoring demonstrations or pilots, use scoring scales with descriptions for each level, and "
            "publish the evaluation method with the tender documents.",
        ],
        sectors=["public-administration", "mobility"],
        stages=["tender-design", "award"],
        countries=["EU"],
        tags=["award criteria", "life-cycle costing", "MEAT"],
        licence=CC_BY,
        attachments=[
            (
                "xlsx",
                "Scoring grid example",
                [
                    ["Criterion", "Weight", "Score 0", "Score 5", "Score 10", "Example offer", "Weighted"],
                    ["Energy performance", 0.3, "above reference", "at reference", "half of reference", 8, "=B2*F2"],
                    [
                        "Maintenance concept",
                        0.2,
                        "none",
                        "annual visit",
                        "remote monitoring with ultracapacitor health checks",
                        5,
                        "=B3*F3",
                    ],
                    ["Price (life-cycle)", 0.4, "highest", "median", "lowest", 6, "=B4*F4"],
                    ["Pilot result", 0.1, "failed", "partly met", "all targets met", 10, "=B5*F5"],
                    ["Total (out of 10)", "=SUM(B2:B5)", "", "", "", "", "=SUM(G2:G5)"],
                    ["How to use: enter each offer's score (0-10) per criterion in column F; weights must add up to 1."],
                ],
            )
        ],
    ),
    entry(
        "contract-management-for-innovative-solutions",
        "guidance",
        "both",
        2023,
        "en",
        "Managing contracts for innovative solutions: pilots, indicators and scaling up",
        "After the award the real work begins. How to run a pilot, measure results and decide whether to scale up.",
        [
            "Innovative solutions rarely work perfectly on the first day. Plan a pilot period with clear indicators, "
            "a joint steering group of buyer and supplier, and the right to stop if targets are not met.",
            "Measure what matters to users and the organisation: time saved, energy used, complaints received, "
            "patients treated. Agree the baseline before the pilot starts.",
            "If the pilot succeeds, the contract should already allow the buyer to order more. Think about scale-up "
            "options, price revision and the exit plan when you write the tender.",
        ],
        sectors=["public-administration"],
        stages=["contract-management", "impact"],
        countries=["EU"],
        tags=["pilots", "KPIs", "scaling up"],
        licence=CC_BY,
    ),
    entry(
        "measuring-the-impact-of-innovation-procurement",
        "report",
        "both",
        2024,
        "en",
        "Measuring the impact of innovation procurement: indicators for national action plans",
        "A proposal for a small set of indicators that countries and cities can use to track whether innovation "
        "procurement delivers.",
        [
            "Many national action plans set targets for innovation procurement — a share of the procurement budget, "
            "a number of projects — but few measure what the purchases achieved.",
            "This report proposes three layers of indicators: activity (tenders using market consultation, "
            "functional specifications or PCP), market (share of contracts won by SMEs and first-time bidders) and "
            "results (cost savings, service improvements and emissions avoided, compared with the previous solution).",
            "It recommends collecting the activity data from eForms notices, which since October 2023 let buyers flag "
            "innovative procurement, and the results data through a short survey one year after contract start.",
        ],
        sectors=["public-administration"],
        stages=["impact"],
        countries=["EU", "DE", "NL", "AT", "FI", "SE"],
        tags=["indicators", "eForms", "action plan"],
        licence=CC_BY,
        attachments=[
            (
                "pdf",
                "Annex: indicator definitions",
                [
                    (
                        "This annex defines the indicators used in the framework, so that results can be compared "
                        "between buyers and over time. Each indicator states what is counted, from which source and how "
                        "often."
                    ),
                    (
                        "table",
                        [
                            ["Code", "Indicator", "Source", "Frequency"],
                            [
                                "A1",
                                "Share of above-threshold tenders preceded by a market consultation",
                                "Tender files",
                                "Yearly",
                            ],
                            ["A2", "Share of tenders with functional or performance requirements", "Tender files", "Yearly"],
                            ["M1", "Number of offers per tender", "Award reports", "Yearly"],
                            ["M2", "Share of contract value won by first-time bidders", "Award reports", "Yearly"],
                            ["R1", "Service quality as rated by users", "Surveys", "After 12 months"],
                            ["R3", "Change in the cost of delivering the service", "Accounts", "After 12 months"],
                        ],
                    ),
                    "Indicator A1: share of above-threshold tenders preceded by a market consultation.",
                    (
                        "Indicator M2: share of contract value won by first-time bidders. A first-time bidder is a "
                        "company that has not won a contract from the same buyer in the previous three years."
                    ),
                    (
                        "Indicator R3: change in the cost of delivering the service, measured after twelve months. In a "
                        "pilot with wastewater plants the indicator captured savings from zeolite filters."
                    ),
                    (
                        "Indicators are reported with their baseline. Where a figure cannot be measured, the report says "
                        "so rather than estimating it."
                    ),
                ],
            )
        ],
    ),
    entry(
        "hnscicloud-helix-nebula-science-cloud",
        "project",
        "pcp",
        2016,
        "en",
        "HNSciCloud: a pre-commercial procurement of cloud services for science",
        "Ten European research organisations led by CERN used a PCP to develop a hybrid cloud platform for "
        "data-intensive science.",
        [
            "The Helix Nebula Science Cloud project brought together research organisations that run large "
            "experiments and needed more computing and storage than their own data centres could offer.",
            "Through a pre-commercial procurement, commercial cloud providers competed to design, prototype and pilot "
            "services that connect to the research networks and identity systems that scientists use. Several "
            "consortia reached the pilot phase.",
            "The project showed that research buyers can jointly shape a commercial market, and its results fed into "
            "later European initiatives for cloud services in research.",
        ],
        sectors=["ict", "education"],
        stages=["market-engagement", "tender-design", "award", "contract-management"],
        countries=["CH", "FR", "DE", "GB", "IT", "ES", "NL"],
        publisher="CERN",
        licence="all-rights-reserved",
        url="https://cordis.europa.eu/project/id/687614",
        tags=["cloud", "research infrastructures", "joint procurement"],
        partners=[
            "CERN (CH)",
            "CNRS (FR)",
            "DESY (DE)",
            "EMBL-EBI (GB)",
            "ESRF (FR)",
            "IFAE (ES)",
            "INFN (IT)",
            "KIT (DE)",
            "STFC (GB)",
            "SURFsara (NL)",
        ],
        start=date(2016, 1, 1),
        end=date(2018, 12, 31),
    ),
    entry(
        "archiver-archiving-and-preservation-for-research",
        "project",
        "pcp",
        2019,
        "en",
        "ARCHIVER: long-term preservation of research data through PCP",
        "Research organisations procured the research and development of archiving and digital preservation "
        "services for petabytes of scientific data.",
        [
            "Scientific data must stay readable for decades, long after the experiments that produced it. Commercial "
            "archiving services did not yet meet the scale, the openness requirements and the cost constraints of "
            "research.",
            "ARCHIVER used pre-commercial procurement to let companies develop such services in three phases, tested "
            "on real use cases from physics, life sciences and astronomy.",
            "The services had to follow the FAIR principles and open standards so that research organisations would "
            "not be locked in to one provider.",
        ],
        sectors=["ict", "education"],
        stages=["tender-design", "award", "contract-management"],
        countries=["CH", "DE", "GB", "ES"],
        publisher="CERN",
        licence="all-rights-reserved",
        url="https://cordis.europa.eu/project/id/824516",
        tags=["digital preservation", "cloud", "open data"],
        partners=["CERN (CH)", "DESY (DE)", "EMBL-EBI (GB)", "PIC (ES)"],
        start=date(2019, 1, 1),
        end=date(2022, 6, 30),
        attachments=[
            (
                "pdf",
                "Platform exercise (illustrative): a use case summary for long-tail data from field stations",
                [
                    (
                        "This exercise was written by the platform team to practise writing a use case; it is not a "
                        "document of the project it accompanies."
                    ),
                    ("h", "Use case"),
                    (
                        "Some of the data sets in scope come from remote field stations, such as sensors that record "
                        "temperature in permafrost boreholes every hour."
                    ),
                    (
                        "The archive must accept small files from many sources as well as very large files from "
                        "accelerators, and keep both readable for at least twenty-five years."
                    ),
                    ("h", "Questions for the exercise"),
                    (
                        "ul",
                        [
                            "Who deposits the data, and who needs to find it again in ten years?",
                            "Which formats and metadata must the service accept?",
                            "How would you verify, during a pilot, that data stays readable and intact?",
                            "Which requirements would exclude smaller, specialised suppliers?",
                        ],
                    ),
                ],
            )
        ],
    ),
    entry(
        "select-for-cities-iot-platform",
        "project",
        "pcp",
        2016,
        "en",
        "Select for Cities: an open Internet of Things platform for cities",
        "Helsinki, Copenhagen and Antwerp ran a joint pre-commercial procurement for an open, standards-based "
        "platform to manage data from sensors in the city.",
        [
            "Cities install sensors for traffic, air quality, waste and lighting, but each supplier brings its own "
            "platform. The three cities wanted one open platform that could take data from any device and share it "
            "with any application.",
            "The PCP funded competing suppliers through design, prototyping and a large-scale pilot in the "
            "participating cities. The requirements stressed open interfaces and the possibility for small companies "
            "to build services on top.",
        ],
        sectors=["smart-cities", "ict"],
        stages=["market-engagement", "tender-design", "contract-management"],
        countries=["FI", "DK", "BE"],
        publisher="Forum Virium Helsinki",
        licence="all-rights-reserved",
        url="https://www.select4cities.eu/",
        tags=["Internet of Things", "open standards", "joint procurement"],
        partners=["Forum Virium Helsinki (FI)", "City of Copenhagen (DK)", "Digipolis Antwerpen (BE)"],
        start=date(2016, 1, 1),
        end=date(2019, 12, 31),
    ),
    entry(
        "charm-traffic-management-pcp",
        "project",
        "pcp",
        2013,
        "en",
        "CHARM: joint PCP for next-generation traffic management",
        "The Dutch and English national road operators jointly procured the development of new modules for an open "
        "traffic management architecture through a pre-commercial procurement.",
        [
            "CHARM stands for Common Highways Agency Rijkswaterstaat Model. Since 2011 the two national road "
            "operators have worked together on a new generation of systems for their traffic management centres, "
            "moving away from closed systems towards an open, modular architecture; Flanders' Department of "
            "Mobility and Public Works joined as a partner.",
            "CHARM PCP, the programme's development branch, challenged suppliers in three phases — solution design, "
            "prototype, pre-production testing — on three topics: advanced distributed network management, "
            "detection and prediction of incidents, and support of cooperative intelligent transport systems. "
            "PIANOo, the Dutch expertise centre for public procurement, describes the lessons Rijkswaterstaat drew "
            "from it.",
        ],
        sectors=["mobility", "ict"],
        stages=["tender-design", "award", "contract-management"],
        countries=["NL", "GB", "BE"],
        publisher="Rijkswaterstaat",
        licence="all-rights-reserved",
        url="https://www.pianoo.nl/nl/er-bleek-meer-innovatie-mogelijk-dan-we-dachten",
        tags=["traffic management", "open architecture", "joint procurement"],
        partners=["Rijkswaterstaat (NL)", "Highways England (GB)"],
        start=date(2011, 4, 1),
    ),
    entry(
        "big-buyers-initiative",
        "project",
        "ppi",
        2019,
        "en",
        "Big Buyers Initiative: cities buying together for climate and environment",
        "A European Commission initiative, run on its behalf by ICLEI and Eurocities, that groups large public "
        "buyers around shared challenges such as zero-emission construction sites.",
        [
            "No single city is big enough to convince manufacturers to change a product line. The Big Buyers "
            "Initiative, run by ICLEI and Eurocities on behalf of the Commission's DG GROW, brings together cities, "
            "central purchasing bodies and other public buyers that face the same challenge so that they can send a "
            "joint signal to the market.",
            "Its first working groups covered circular construction materials, heavy-duty electric vehicles and "
            "zero-emission construction sites; the follow-up programme, Big Buyers for Climate and Environment, "
            "added healthcare in 2021. Groups share market intelligence and tender criteria, hold joint market "
            "dialogues and may publish joint statements of demand.",
        ],
        sectors=["environment", "construction", "mobility"],
        stages=["needs-assessment", "market-engagement"],
        countries=["EU"],
        publisher="European Commission",
        licence="all-rights-reserved",
        url="https://sustainable-procurement.org/big-buyers-initiative/",
        tags=["buyer groups", "zero emission", "climate"],
        partners=["ICLEI Europe (DE)", "Eurocities (BE)"],
        start=date(2019, 4, 30),
        attachments=[
            (
                "pdf",
                "Platform exercise (illustrative): a statement of demand for zero-emission construction sites",
                [
                    (
                        "This exercise was written by the platform team to practise writing a statement of demand; it is "
                        "not a document of the initiative it accompanies."
                    ),
                    ("h", "Statement"),
                    ("The signatories intend to require zero-emission machinery on a growing share of their construction sites."),
                    (
                        "Suppliers are invited to present electric excavators, wheel loaders and battery systems, and "
                        "pilot projects with an exoskeleton for site workers are also of interest."
                    ),
                    ("h", "Questions for the exercise"),
                    (
                        "ul",
                        [
                            "What volume of demand can the buyers together announce, and over how many years?",
                            "Which charging or energy supply on site will the buyers provide?",
                            "How will the buyers share what they learn with suppliers and with each other?",
                        ],
                    ),
                ],
            )
        ],
    ),
    entry(
        "tulpenmeer-light-as-a-service",
        "case-study",
        "ppi",
        2017,
        "en",
        "Tulpenmeer buys light, not lamps: an innovation partnership for public lighting",
        "The city procured a long-term partnership to renew and run its public lighting, paying for light and "
        "new services instead of equipment.",
        [
            "Tulpenmeer wanted its street lighting to become a platform for new services: "
            "lighting that adapts to people's presence, sensors that help with safety, and lower energy use.",
            "Rather than buying lamps, the city asked the market for a partner that would renew the lighting "
            "network, maintain it and develop innovations together with residents over many years.",
            "The case shows how a functional, long-term contract can align the interests of buyer and supplier: "
            "the supplier earns more by making the system more efficient, and the city keeps control through "
            "performance indicators.",
        ],
        sectors=["energy", "smart-cities"],
        stages=["tender-design", "award", "contract-management"],
        countries=["NL"],
        publisher="City of Tulpenmeer",
        illustrative=True,
        tags=["street lighting", "service contract", "energy efficiency"],
        attachments=[
            (
                "pdf",
                "Lighting performance indicators",
                [
                    (
                        "These indicators are part of the illustrative Tulpenmeer contract. The supplier measures them, "
                        "the city checks them by sampling, and the payment depends on them."
                    ),
                    (
                        "table",
                        [
                            ["KPI", "What is measured", "Target", "Effect on payment"],
                            ["1", "Lighting level meets the agreed class", "99 % of the network", "Deduction below target"],
                            ["2", "Energy use per light point", "Falls every year", "Bonus for extra savings"],
                            ["3", "Repair time after a fault report", "Within 48 hours", "Deduction per late repair"],
                            ["4", "Residents' satisfaction", "At least 7 out of 10", "Reviewed yearly"],
                        ],
                    ),
                    "KPI 1: the lighting level meets the agreed class on 99 % of the network.",
                    "KPI 2: energy use per light point falls every year.",
                    ("KPI 3: new pilots, such as piezoelectric pavement tiles in the city centre, are evaluated with residents."),
                    (
                        "The indicators are reviewed every five years, so that the contract can follow new technology "
                        "without a new tender, within the limits set in the contract."
                    ),
                ],
            )
        ],
    ),
    entry(
        "oresundsvig-outcome-based-procurement-of-sterilisation",
        "case-study",
        "ppi",
        2022,
        "en",
        "A university hospital pays for clean instruments, not machines",
        "Outcome-based procurement of sterilisation services shifted the risk of downtime to the supplier and "
        "freed space in the hospital.",
        [
            "A university hospital's sterilisation department was running ageing equipment. Instead of replacing "
            "it machine by machine, the hospital described the service it needed: a guaranteed number of sterile "
            "instrument sets, delivered on time, with full traceability.",
            "The market consultation revealed that suppliers could offer the service from a shared facility and "
            "take over the risk of breakdowns. The award criteria gave weight to reliability and to energy and water "
            "use per set.",
            "The lesson for other hospitals: define the outcome, involve clinicians early, and make sure the "
            "contract includes penalties and a clear exit plan.",
        ],
        sectors=["health-care"],
        stages=["needs-assessment", "tender-design", "contract-management"],
        countries=["DK"],
        publisher="Øresundsvig University Hospital",
        illustrative=True,
        tags=["hospitals", "outcome-based", "service contract"],
    ),
    entry(
        "life-cycle-cost-calculator-electric-buses",
        "tool",
        "ppi",
        2023,
        "en",
        "Life-cycle cost calculator for zero-emission bus fleets",
        "A spreadsheet that compares the total cost of diesel, battery-electric and hydrogen buses over their "
        "lifetime, for use in tender evaluation.",
        [
            "Enter the fleet size, annual kilometres, energy prices and the purchase offers of the bidders. The "
            "calculator adds energy, maintenance, battery replacement, charging infrastructure and residual value, "
            "and shows the cost per kilometre.",
            "It can be attached to tender documents so that bidders know exactly how their offer will be compared.",
        ],
        sectors=["mobility", "energy"],
        stages=["tender-design", "award"],
        countries=["EU"],
        tags=["life-cycle costing", "electric buses", "calculator"],
        licence=CC_BY,
        attachments=[
            (
                "xlsx",
                "Calculator workbook",
                [
                    ["Input", "Diesel", "Battery-electric", "Hydrogen"],
                    ["Purchase price per bus (EUR)", 250000, 480000, 620000],
                    ["Energy cost per km (EUR)", 0.42, 0.21, 0.55],
                    ["Maintenance per km (EUR)", 0.3, 0.2, 0.35],
                    ["Kilometres per year", 60000, 60000, 60000],
                    ["Years of use", 12, 12, 12],
                    ["Cost over the life (EUR)", "=B2+(B3+B4)*B5*B6", "=C2+(C3+C4)*C5*C6", "=D2+(D3+D4)*D5*D6"],
                    ["Note", "", "Battery temperature managed with aerogel insulation", ""],
                    ["Illustrative figures: replace them with your own offers and prices."],
                ],
            )
        ],
    ),
    entry(
        "innovation-procurement-in-90-minutes-training",
        "training",
        "both",
        2024,
        "en",
        "Innovation procurement in 90 minutes: slides for a team training",
        "A ready-to-use training for procurement and policy teams: what innovation procurement is, when to use "
        "which procedure, and three exercises.",
        [
            "The slides take a group from the basic ideas — buying outcomes, talking to the market, sharing risk — to "
            "a first plan for a real purchase in their organisation.",
            "Exercises: rewrite a technical requirement as a functional one; choose the procedure for four cases; "
            "draft the questions for a market consultation.",
        ],
        sectors=["public-administration", "education"],
        stages=["needs-assessment", "market-engagement", "tender-design"],
        countries=["EU"],
        tags=["training", "capacity building"],
        licence=CC_BY,
        attachments=[
            (
                "pptx",
                "Training slides",
                [
                    ["Innovation procurement in 90 minutes", "A training for public buyers"],
                    ["Why buy innovation?", "Better services, lower life-cycle costs, new suppliers"],
                    ["The steps", "Need, market consultation, tender design, award, contract management"],
                    ["Describe the need", "Results and performance, not products", "Involve the people who use the service"],
                    [
                        "Exercise 1",
                        "Rewrite: 'Supply 200 diesel mowers' as a need, e.g. mycelium-based insulation for park buildings",
                    ],
                    [
                        "Procedures",
                        "Open procedure with functional requirements",
                        "Competitive dialogue",
                        "Innovation partnership",
                        "Pre-commercial procurement (research and development services)",
                    ],
                    ["Exercise 2", "Choose the procedure for four cases"],
                    ["Award", "Quality and life-cycle cost, not price alone", "Variants allowed"],
                    ["Wrap-up", "One thing you will do differently in your next tender"],
                ],
            )
        ],
    ),
    entry(
        "writing-an-innovation-friendly-tender-course",
        "training",
        "ppi",
        2022,
        "en",
        "Online course: writing an innovation-friendly tender",
        "Six short modules with examples and quizzes on needs, market dialogue, specifications, award criteria and contracts.",
        [
            "Each module takes about twenty minutes and ends with a short quiz. Certificates are given to participants "
            "who complete all six.",
            "The course uses examples from health, mobility and construction and is suited to buyers who know the "
            "basics of public procurement but have not yet run an innovation procurement.",
        ],
        sectors=["public-administration", "education"],
        stages=["needs-assessment", "market-engagement", "tender-design", "award"],
        countries=["EU"],
        tags=["training", "e-learning"],
        licence=CC_BY,
    ),
    entry(
        "lessons-from-pcp-projects",
        "report",
        "pcp",
        2020,
        "en",
        "What twenty PCP projects taught us",
        "A review of pre-commercial procurements funded under Horizon 2020: what worked, what did not, and how "
        "many solutions were bought afterwards.",
        [
            "The review looked at PCP projects in health, ICT, mobility and security. Most attracted many bids, a large "
            "share of them from SMEs, and most reached field testing with at least two suppliers.",
            "The weak point was the follow-up: without a budget and a plan to buy the resulting solutions, many "
            "buyers stopped after the pilots. Projects that involved the eventual users and budget holders from the "
            "start were more likely to lead to a purchase.",
            "Recommendations include planning the follow-up PPI before the PCP starts, keeping the number of buyers in "
            "a consortium manageable, and publishing results openly.",
        ],
        sectors=["health-care", "ict", "mobility", "security"],
        stages=["contract-management", "impact"],
        countries=["EU"],
        tags=["Horizon 2020", "evaluation", "follow-up"],
        licence=CC_BY,
        attachments=[
            (
                "pdf",
                "Annex: project fact sheets",
                [
                    (
                        "These fact sheets were written by the platform team to show what a project summary should "
                        "contain. They describe typical pre-commercial procurements, not specific projects."
                    ),
                    ("h", "Fact sheet 7: monitoring water quality"),
                    (
                        "Fact sheet 7: a PCP for monitoring water quality with hyperspectral imaging from drones. Need: "
                        "earlier warning of algae blooms in reservoirs. Phases: design (4 months), prototypes (8 "
                        "months), field tests (12 months). What to record: number of bidders, budget per phase, results "
                        "of the field tests, and whether a follow-up purchase took place."
                    ),
                    ("h", "Fact sheet 12: protective clothing"),
                    (
                        "Fact sheet 12: a PCP for firefighter protective clothing with integrated sensors. Need: warning "
                        "firefighters before heat stress becomes dangerous. Phases as above, with tests in training "
                        "centres before real interventions. What to record: who owns the results, how users were "
                        "involved, and the price of the final product compared with the buyers' estimate."
                    ),
                    ("h", "Fields of every fact sheet"),
                    (
                        "ul",
                        [
                            "The need and who has it",
                            "Buyers and budget",
                            "Phases and their duration",
                            "Number of contractors per phase",
                            "Results and follow-up purchase",
                            "Contact point",
                        ],
                    ),
                ],
            ),
        ],
    ),
    entry(
        "pianoo-dutch-public-procurement-expertise-centre",
        "link",
        "other",
        2025,
        "en",
        "PIANOo – Dutch Public Procurement Expertise Centre",
        "The Dutch government's expertise centre for public procurement, with a large section on innovation-oriented "
        "procurement and market dialogue.",
        [
            "PIANOo supports Dutch public buyers with guidance, model documents and a network of procurement "
            "professionals. Its pages on innovation-oriented procurement explain the Dutch approach and collect "
            "practical examples.",
        ],
        sectors=["public-administration"],
        stages=ALL_STAGES,
        countries=["NL"],
        languages=["en", "nl"],
        publisher="PIANOo",
        licence="all-rights-reserved",
        tags=["competence centres"],
        url="https://www.pianoo.nl/",
    ),
    entry(
        "procura-plus-network",
        "link",
        "ppi",
        2025,
        "en",
        "Procura+ – the European sustainable and innovation procurement network",
        "ICLEI's network of public authorities that connects buyers working on sustainable and innovative "
        "procurement across Europe.",
        [
            "Members exchange experience through working groups and events, and share tender documents. The network "
            "also runs the Procura+ Awards for outstanding sustainable and innovative procurements.",
        ],
        sectors=["environment", "public-administration"],
        stages=["needs-assessment", "impact"],
        countries=["EU"],
        publisher="ICLEI – Local Governments for Sustainability",
        licence="all-rights-reserved",
        tags=["networks", "sustainable procurement"],
        url="https://procuraplus.org/",
    ),
    entry(
        "ted-tenders-electronic-daily",
        "link",
        "other",
        2025,
        "en",
        "TED – Tenders Electronic Daily",
        "The online supplement to the Official Journal of the EU, where every above-threshold public tender in "
        "Europe is published.",
        [
            "Suppliers use TED to find calls for tender; buyers use it to study what others bought. Since the move to "
            "eForms, notices carry structured data that make it easier to find innovative procurements.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement", "award"],
        countries=["EU"],
        languages=["en", "de", "fr", "es", "it", "nl", "el", "pt"],
        publisher="Publications Office of the European Union",
        licence="com-reuse",
        tags=["eForms", "tenders"],
        url="https://ted.europa.eu/",
    ),
    entry(
        "koinno-competence-centre-innovative-procurement",
        "link",
        "both",
        2025,
        "en",
        "KOINNO – German competence centre for innovative procurement",
        "Germany's competence centre for innovative public procurement, funded by the federal ministry for economic "
        "affairs, with guides, a marketplace of innovative products and an annual award.",
        [
            "KOINNO advises federal, state and local buyers on innovation procurement, runs networking events and "
            "publishes practical material in German, from market exploration to contract clauses.",
        ],
        sectors=["public-administration"],
        stages=ALL_STAGES,
        countries=["DE"],
        languages=["de", "en"],
        publisher="KOINNO – Kompetenzzentrum innovative Beschaffung",
        licence="all-rights-reserved",
        tags=["competence centres"],
        url="https://www.koinno-bmwk.de/",
    ),
    entry(
        "ioeb-austrian-innovation-procurement-service",
        "link",
        "both",
        2025,
        "en",
        "IÖB – Austria's service centre for innovation-promoting public procurement",
        "The Austrian contact point for innovation procurement, run by the federal procurement agency, with an "
        "innovation platform where public buyers publish challenges and companies answer them.",
        [
            "IÖB grew out of the Austrian strategy for innovation-promoting public procurement. Buyers use its online "
            "platform to post challenges; companies, including start-ups, respond with ideas that can lead to pilots "
            "and tenders.",
        ],
        sectors=["public-administration"],
        stages=["needs-assessment", "market-engagement"],
        countries=["AT"],
        languages=["de", "en"],
        publisher="Bundesbeschaffung GmbH",
        licence="all-rights-reserved",
        tags=["competence centres", "challenges"],
        url="https://www.ioeb.at/",
    ),
    entry(
        "upphandlingsmyndigheten-swedish-procurement-agency",
        "link",
        "ppi",
        2025,
        "en",
        "Upphandlingsmyndigheten – Swedish National Agency for Public Procurement",
        "Sweden's procurement agency supports buyers with guidance on innovation, sustainability criteria and market dialogue.",
        [
            "The agency publishes a criteria library for sustainable procurement and advice on how to run a dialogue "
            "with the market and procure innovation, in Swedish and partly in English.",
        ],
        sectors=["public-administration", "environment"],
        stages=["market-engagement", "tender-design"],
        countries=["SE"],
        languages=["en"],
        publisher="Upphandlingsmyndigheten",
        licence="all-rights-reserved",
        tags=["competence centres", "sustainable procurement"],
        url="https://www.upphandlingsmyndigheten.se/",
    ),
    entry(
        "cordis-eu-research-results",
        "link",
        "pcp",
        2025,
        "en",
        "CORDIS – results of EU-funded research, including PCP and PPI projects",
        "The Commission's database of EU-funded research projects: look up the objectives, partners and results "
        "of PCP and PPI projects funded under Horizon 2020 and Horizon Europe.",
        [
            "Each project page lists the participating organisations, the EU contribution and the reports the "
            'project has published. Searching for "pre-commercial procurement" returns the projects that used it.',
        ],
        sectors=["public-administration", "ict", "health-care"],
        stages=["impact"],
        countries=["EU"],
        languages=["en", "de", "fr", "es", "it"],
        publisher="Publications Office of the European Union",
        licence="com-reuse",
        tags=["Horizon Europe", "research and development"],
        url="https://cordis.europa.eu/",
    ),
    entry(
        "tammeranna-co-creating-digital-school-enrolment",
        "case-study",
        "ppi",
        2021,
        "en",
        "Tammeranna co-creates a digital service for school enrolment with start-ups",
        "Using a challenge-based competition, the city let start-ups prototype a simpler way for parents to apply "
        "for school places.",
        [
            "Parents found the enrolment process confusing and the city's staff spent weeks answering questions. "
            "Instead of specifying a new system, Tammeranna published the problem and invited small teams to prototype "
            "solutions in a few weeks.",
            "The best prototypes were tested with parents, and the winning team received a contract to develop the "
            "service. The low entry barrier attracted companies that had never bid for public contracts.",
        ],
        sectors=["education", "ict", "public-administration"],
        stages=["needs-assessment", "market-engagement", "award"],
        countries=["EE"],
        publisher="Tammeranna City Government",
        illustrative=True,
        tags=["start-ups", "challenge-based procurement", "digital services"],
    ),
    entry(
        "revontula-climate-neutral-heating-challenge",
        "case-study",
        "ppi",
        2020,
        "en",
        "Revontula asks the world for clean heat",
        "An open innovation challenge to replace coal in district heating attracted proposals from around the "
        "world and shaped the city's later procurements.",
        [
            "Revontula's district heating long relied on coal. The city launched an international challenge for "
            "solutions that could produce heat with minimal emissions and biomass use, offering a prize and the "
            "prospect of piloting.",
            "Proposals ranged from heat pumps using sea water to storage and waste heat recovery. The challenge "
            "showed how a buyer can use a prize to map a market before procuring.",
        ],
        sectors=["energy", "environment", "smart-cities"],
        stages=["needs-assessment", "market-engagement"],
        countries=["FI"],
        publisher="City of Revontula",
        illustrative=True,
        tags=["heating", "challenge prize", "climate"],
        attachments=[
            (
                "docx",
                "Jury report excerpt",
                [
                    (
                        "Excerpt from the illustrative jury report of the Revontula heating challenge. The jury of five, "
                        "including two independent experts, assessed nine entries against the published criteria."
                    ),
                    ("h", "Criteria"),
                    (
                        "ul",
                        [
                            "Reduction of carbon emissions (40 %)",
                            "Cost over 25 years (30 %)",
                            "Feasibility and risks (20 %)",
                            "Benefits for residents (10 %)",
                        ],
                    ),
                    ("h", "Assessment"),
                    "The jury praised proposals combining sea-water heat pumps with seasonal storage.",
                    "Proposals based only on biomass scored lower on emissions and on the security of fuel supply.",
                    "One entry proposed magnetocaloric heat pumps; the jury found it promising but not yet mature.",
                    ("h", "Recommendation"),
                    (
                        "The jury recommends inviting the three best-ranked teams to a competitive dialogue and asking "
                        "each to show measured results from a comparable installation."
                    ),
                ],
            )
        ],
    ),
    entry(
        "alvorada-do-mar-nature-based-shading",
        "case-study",
        "ppi",
        2023,
        "en",
        "Alvorada do Mar tests cooler streets with a functional tender",
        "To cope with heatwaves the city asked for shade and cooling outcomes in squares and school yards rather "
        "than for a specific product.",
        [
            "Summer temperatures in some squares of Alvorada do Mar have become dangerous for older residents. The city set a "
            "target for surface and air temperature and asked bidders to propose combinations of shading, greenery "
            "and water.",
            "The tender allowed variants and scored proposals on measured cooling, maintenance needs and water use, "
            "which led to solutions the city had not considered.",
        ],
        sectors=["environment", "smart-cities", "construction"],
        stages=["tender-design", "award", "impact"],
        countries=["PT"],
        publisher="Alvorada do Mar City Council",
        illustrative=True,
        tags=["climate adaptation", "heat", "nature-based solutions"],
        attachments=[
            (
                "pdf",
                "Monitoring plan",
                [
                    (
                        "This plan belongs to the illustrative Alvorada do Mar shading project. It states what is "
                        "measured, where and for how long, so that the effect of the works can be shown."
                    ),
                    (
                        "table",
                        [
                            ["What", "Where", "When"],
                            ["Air and surface temperature", "Each square, 2 sensors", "One summer before and two after"],
                            ["Use of the squares", "Counts by observers", "Four days each summer"],
                            ["Water use of planting beds", "Meter per bed", "Monthly"],
                            ["Residents' opinion", "Short survey", "After the first summer"],
                        ],
                    ),
                    "Temperature sensors will be installed in each square before and after the works.",
                    "Planting beds will use xeriscaping principles to keep water use low.",
                    "Results are published every year on the city's website as open data.",
                ],
            )
        ],
    ),
    entry(
        "draft-guide-joint-cross-border-procurement",
        "guidance",
        "both",
        2026,
        "en",
        "Buying together across borders: a guide to joint cross-border procurement",
        "Draft guide on how public buyers from different Member States can run one procurement together.",
        [
            "Article 39 of Directive 2014/24/EU lets buyers from several Member States procure jointly. This draft "
            "explains how to choose the applicable national law, share the work and split the contract.",
        ],
        sectors=["public-administration"],
        stages=["tender-design"],
        countries=["EU"],
        tags=["joint procurement", "cross-border"],
        licence=CC_BY,
        live=False,
    ),
    # --- German ----------------------------------------------------------------------------------------------
    entry(
        "vergabeverordnung-vgv-innovationspartnerschaft",
        "legal",
        "other",
        2016,
        "de",
        "Vergabeverordnung (VgV): Innovationspartnerschaft und Markterkundung",
        "Die Vergabeverordnung setzt die EU-Vergaberichtlinie in deutsches Recht um und regelt unter anderem die "
        "Innovationspartnerschaft und die Markterkundung.",
        [
            "Mit der Vergaberechtsreform 2016 hat Deutschland die Richtlinie 2014/24/EU umgesetzt. Die "
            "Vergabeverordnung enthält die Verfahrensregeln für öffentliche Aufträge oberhalb der EU-Schwellenwerte.",
            "Für innovative Beschaffungen sind drei Vorschriften besonders wichtig: § 19 VgV zur "
            "Innovationspartnerschaft, § 28 VgV zur Markterkundung vor Beginn des Vergabeverfahrens und die "
            "Möglichkeit, Nebenangebote zuzulassen.",
            "Öffentliche Auftraggeber dürfen also vor einer Ausschreibung mit Unternehmen sprechen, solange alle "
            "Bieter später dieselben Informationen erhalten und der Wettbewerb nicht verzerrt wird.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement", "tender-design", "award"],
        countries=["DE"],
        publisher="Bundesministerium für Wirtschaft und Energie",
        licence="public-domain",
        tags=["Vergaberecht", "Innovationspartnerschaft"],
        url="https://www.gesetze-im-internet.de/vgv_2016/",
    ),
    entry(
        "leitfaden-markterkundung-innovative-beschaffung",
        "guidance",
        "ppi",
        2022,
        "de",
        "Markterkundung vor der Ausschreibung: ein Leitfaden für Beschaffungsstellen",
        "Wie Beschaffungsstellen den Markt kennenlernen, neue Anbieter ansprechen und dabei das Vergaberecht einhalten.",
        [
            "Wer den Markt nicht kennt, schreibt oft an ihm vorbei. Eine Markterkundung zeigt, welche Lösungen es "
            "gibt, was sie kosten und welche Anforderungen innovative Anbieter ausschließen würden.",
            "Der Leitfaden beschreibt vier Formate: die öffentliche Informationsveranstaltung, Einzelgespräche mit "
            "einheitlicher Agenda, den schriftlichen Fragebogen und den umgekehrten Pitch, bei dem die "
            "Beschaffungsstelle ihre Herausforderung vorstellt.",
            "Wichtig ist die Dokumentation: Halten Sie fest, wer teilgenommen hat und welche Informationen geteilt "
            "wurden, und stellen Sie die Ergebnisse allen Bietern zur Verfügung.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement"],
        countries=["DE", "AT"],
        publisher=PLATFORM,
        tags=["Markterkundung", "Start-ups"],
        licence=CC_BY,
        attachments=[
            (
                "docx",
                "Checkliste Markterkundung",
                [
                    ("h", "Vor der Markterkundung"),
                    "1. Bedarf beschreiben, nicht das Produkt.",
                    "2. Markterkundung öffentlich ankündigen.",
                    "3. Beispiel: Ein Klärwerk fragt nach Verfahren, bei denen Klärschlamm zu Biochar verarbeitet wird.",
                    (
                        "4. Format wählen: Informationsveranstaltung, Einzelgespräche mit gleicher Agenda, Fragebogen "
                        "oder umgekehrter Pitch."
                    ),
                    "5. Zeitplan festlegen und genug Zeit für Antworten lassen (mindestens drei Wochen).",
                    ("h", "Während der Markterkundung"),
                    "6. Allen Unternehmen dieselben Informationen geben.",
                    "7. Keine Zusagen über die spätere Vergabe machen.",
                    "8. Fragen und Antworten festhalten.",
                    ("h", "Danach"),
                    "9. Ergebnisse dokumentieren und veröffentlichen.",
                    (
                        "10. Prüfen, welche Anforderungen innovative Anbieter ausgeschlossen hätten, und die "
                        "Leistungsbeschreibung anpassen."
                    ),
                    "11. Teilnehmenden mitteilen, wann die Ausschreibung erwartet wird.",
                    "Diese Checkliste wurde vom Team der Plattform geschrieben und steht unter CC BY 4.0.",
                ],
            )
        ],
    ),
    entry(
        "murbrunn-elektrische-muellfahrzeuge",
        "case-study",
        "ppi",
        2021,
        "de",
        "Murbrunn beschafft elektrische Müllsammelfahrzeuge mit funktionaler Leistungsbeschreibung",
        "Statt Motorleistung und Batteriegröße vorzugeben, beschrieb die Stadt die täglichen Touren – und erhielt "
        "Angebote, die im Alltag funktionieren.",
        [
            "Müllsammelfahrzeuge fahren kurze Strecken mit vielen Stopps und sind damit gut für den elektrischen "
            "Antrieb geeignet. Die Stadt beschrieb daher die typischen Touren, die Zuladung und die Ladezeiten im "
            "Betriebshof.",
            "In einer Markterkundung zeigten Hersteller, was bereits serienreif ist. Die Zuschlagskriterien "
            "berücksichtigten die Lebenszykluskosten einschließlich Energie und Wartung.",
            "Nach einer Erprobungsphase mit den Fahrerinnen und Fahrern wurde die Flotte schrittweise erweitert.",
        ],
        sectors=["mobility", "environment"],
        stages=["tender-design", "award", "contract-management"],
        countries=["AT"],
        publisher="Stadt Murbrunn",
        illustrative=True,
        tags=["Elektromobilität", "Lebenszykluskosten"],
    ),
    # --- French ----------------------------------------------------------------------------------------------
    entry(
        "decret-2018-1225-achats-innovants",
        "legal",
        "ppi",
        2018,
        "fr",
        "Décret n° 2018-1225 : l'expérimentation des achats innovants sans publicité ni mise en concurrence",
        "Ce décret permet aux acheteurs publics français de passer des marchés innovants de moins de 100 000 € "
        "hors taxes sans publicité ni mise en concurrence préalables.",
        [
            "Adopté le 24 décembre 2018, le décret a ouvert une expérimentation de trois ans, ensuite pérennisée dans "
            "le code de la commande publique. Il vise à faciliter l'accès des jeunes entreprises innovantes à la "
            "commande publique.",
            "L'acheteur doit veiller à choisir une offre pertinente, à faire une bonne utilisation des deniers "
            "publics et à ne pas contracter systématiquement avec le même opérateur lorsqu'il existe plusieurs "
            "offres susceptibles de répondre au besoin.",
            "Le caractère innovant de la solution doit être justifié : il s'agit de travaux, fournitures ou services "
            "nouveaux ou sensiblement améliorés.",
        ],
        sectors=["public-administration"],
        stages=["tender-design", "award"],
        countries=["FR"],
        publisher="République française",
        licence="public-domain",
        tags=["achat innovant", "start-up", "droit"],
        url="https://www.legifrance.gouv.fr/",
    ),
    entry(
        "guide-pratique-achat-public-innovant",
        "guidance",
        "both",
        2019,
        "fr",
        "Guide pratique de l'achat public innovant",
        "Un guide pour les acheteurs de l'État, des collectivités et des hôpitaux : identifier le besoin, sourcer "
        "les innovations et choisir la bonne procédure.",
        [
            "L'achat innovant commence par la définition du besoin. Le guide recommande d'associer les utilisateurs "
            "et de décrire les résultats attendus plutôt que les moyens.",
            "Le sourçage permet de connaître l'offre des entreprises, y compris des start-up et des PME. Il doit être "
            "mené de façon transparente et ses résultats ne doivent pas fausser la concurrence.",
            "Le guide présente ensuite les procédures adaptées : le partenariat d'innovation, le dialogue "
            "compétitif, la procédure avec négociation et les achats innovants de faible montant.",
        ],
        sectors=["public-administration", "health-care"],
        stages=["needs-assessment", "market-engagement", "tender-design"],
        countries=["FR"],
        publisher=PLATFORM,
        tags=["sourçage", "partenariat d'innovation"],
        licence="etalab-2.0",
        attachments=[
            (
                "pdf",
                "Fiche pratique : le sourçage",
                [
                    ("h", "De quoi s'agit-il ?"),
                    "Le sourçage consiste à rencontrer les entreprises avant la consultation.",
                    (
                        "Le code de la commande publique le permet (article R2111-1) : l'acheteur peut réaliser des "
                        "consultations ou des études de marché, solliciter des avis ou informer les opérateurs "
                        "économiques de son projet, à condition de ne pas fausser la concurrence."
                    ),
                    ("h", "Comment faire"),
                    (
                        "ul",
                        [
                            "Annoncer la démarche publiquement et ouvrir la porte à toutes les entreprises, y compris les PME.",
                            "Préparer une grille d'entretien identique pour tous.",
                            "Ne pas transmettre d'information privilégiée et tracer chaque échange.",
                            "Publier une synthèse des enseignements avant le lancement de la consultation.",
                        ],
                    ),
                    (
                        "Exemple : un hôpital a rencontré des fabricants de capteurs pour la surveillance des patients "
                        "et une start-up proposant des algues spirulina pour la restauration collective."
                    ),
                    "Cette fiche a été rédigée par l'équipe de la plateforme ; elle ne remplace pas les textes officiels.",
                ],
            )
        ],
    ),
    entry(
        "belrivage-restauration-scolaire-locale",
        "case-study",
        "ppi",
        2022,
        "fr",
        "Belrivage : des repas scolaires plus locaux grâce à un dialogue avec les producteurs",
        "La ville a rencontré les producteurs de la région avant de rédiger ses marchés de restauration "
        "scolaire, pour augmenter la part de produits locaux et biologiques.",
        [
            "La restauration scolaire sert chaque jour des dizaines de milliers de repas. La ville souhaitait "
            "augmenter la part de produits durables sans exclure les petits producteurs.",
            "Un dialogue avec les fournisseurs a permis d'allotir les marchés par famille de produits et de tenir "
            "compte des saisons. Les critères d'attribution valorisent la fraîcheur et la réduction des emballages.",
        ],
        sectors=["food", "education", "environment"],
        stages=["market-engagement", "tender-design"],
        countries=["FR"],
        publisher="Ville de Belrivage",
        illustrative=True,
        tags=["restauration collective", "produits locaux"],
    ),
    # --- Spanish ---------------------------------------------------------------------------------------------
    entry(
        "ley-9-2017-contratos-sector-publico",
        "legal",
        "other",
        2017,
        "es",
        "Ley 9/2017 de Contratos del Sector Público",
        "La ley española de contratos públicos transpone las directivas de 2014 e incorpora la asociación para la "
        "innovación y las consultas preliminares del mercado.",
        [
            "La Ley 9/2017, de 8 de noviembre, entró en vigor en marzo de 2018. Regula la contratación de todo el "
            "sector público español y persigue una contratación más transparente, estratégica e innovadora.",
            "Para la compra pública de innovación destacan las consultas preliminares del mercado (artículo 115), la "
            "asociación para la innovación (artículos 177 a 182) y la exclusión de los servicios de investigación y "
            "desarrollo que permite la compra pública precomercial.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement", "tender-design", "award"],
        countries=["ES"],
        publisher="Gobierno de España",
        licence="public-domain",
        tags=["legislación", "asociación para la innovación"],
        url="https://www.boe.es/eli/es/l/2017/11/08/9/con",
    ),
    entry(
        "guia-compra-publica-innovacion",
        "guidance",
        "both",
        2015,
        "es",
        "Guía para la compra pública de innovación",
        "Una guía práctica para los órganos de contratación: cómo detectar necesidades, dialogar con el mercado y "
        "elegir entre compra pública precomercial y compra pública de tecnología innovadora.",
        [
            "La compra pública de innovación es una actuación administrativa de fomento de la innovación orientada "
            "a potenciar el desarrollo de nuevos mercados desde el lado de la demanda.",
            "La guía distingue dos modalidades: la compra pública precomercial, que contrata servicios de "
            "investigación y desarrollo, y la compra pública de tecnología innovadora, que adquiere un bien o "
            "servicio que no existe en el momento de la compra pero puede desarrollarse en un plazo razonable.",
            "Incluye modelos de documentos y ejemplos de hospitales y ayuntamientos que han aplicado ambas modalidades.",
        ],
        sectors=["public-administration", "health-care"],
        stages=["needs-assessment", "market-engagement", "tender-design"],
        countries=["ES"],
        publisher=PLATFORM,
        licence=CC_BY,
        tags=["compra pública precomercial", "consultas al mercado"],
        attachments=[
            (
                "docx",
                "Modelo de anuncio de consulta preliminar del mercado",
                [
                    (
                        "Modelo redactado por el equipo de la plataforma. Las consultas preliminares del mercado están "
                        "previstas en el artículo 115 de la Ley 9/2017, de Contratos del Sector Público."
                    ),
                    ("h", "Anuncio"),
                    "Objeto de la consulta: identificar soluciones para la gestión de residuos orgánicos.",
                    "Órgano de contratación: [nombre, dirección y punto de contacto].",
                    "Se valorarán propuestas basadas en vermicompost en centros escolares.",
                    (
                        "Finalidad: conocer las soluciones disponibles, su coste a lo largo de su vida útil y los "
                        "requisitos que podrían excluir a empresas innovadoras. La consulta no es una licitación y no "
                        "genera obligaciones."
                    ),
                    (
                        "Forma de participación: presentar una propuesta breve y, si se desea, participar en una jornada "
                        "informativa."
                    ),
                    "Plazo para presentar propuestas: treinta días naturales.",
                    (
                        "Transparencia: las conclusiones se publicarán en el perfil de contratante. La información que "
                        "los participantes señalen como confidencial no se divulgará."
                    ),
                ],
            )
        ],
    ),
    entry(
        "montalvera-compra-publica-innovacion-movilidad",
        "case-study",
        "both",
        2020,
        "es",
        "Montalvera: compra pública de innovación para una movilidad urbana más limpia",
        "El Ayuntamiento de Montalvera combinó consultas al mercado y retos abiertos para probar soluciones de "
        "movilidad sostenible en la ciudad.",
        [
            "Montalvera ha convertido la compra pública en una herramienta de su política de innovación. Antes de "
            "licitar, la ciudad publica los retos y organiza jornadas con empresas, universidades y startups.",
            "En el ámbito de la movilidad, los retos incluyeron la logística de última milla y la gestión del "
            "espacio de carga y descarga. Las soluciones seleccionadas se probaron en barrios concretos antes de "
            "decidir su extensión.",
        ],
        sectors=["mobility", "smart-cities"],
        stages=["needs-assessment", "market-engagement", "contract-management"],
        countries=["ES"],
        publisher="Ayuntamiento de Montalvera",
        illustrative=True,
        tags=["movilidad", "retos abiertos", "startups"],
    ),
    # --- Italian ---------------------------------------------------------------------------------------------
    entry(
        "codice-contratti-pubblici-2023",
        "legal",
        "other",
        2023,
        "it",
        "Codice dei contratti pubblici (D.Lgs. 36/2023)",
        "Il nuovo codice italiano dei contratti pubblici, in vigore dal 2023, rafforza la digitalizzazione e "
        "conferma il partenariato per l'innovazione.",
        [
            "Il decreto legislativo 31 marzo 2023, n. 36 ha sostituito il codice del 2016. Tra i principi generali "
            "introduce quello del risultato: l'affidamento e l'esecuzione dei contratti devono raggiungere il miglior "
            "risultato possibile per l'amministrazione.",
            "Per gli appalti innovativi restano disponibili le consultazioni preliminari di mercato, il dialogo "
            "competitivo e il partenariato per l'innovazione, mentre gli appalti pre-commerciali di servizi di "
            "ricerca e sviluppo sono esclusi dall'ambito del codice.",
        ],
        sectors=["public-administration"],
        stages=["tender-design", "award"],
        countries=["IT"],
        publisher="Repubblica Italiana",
        licence="public-domain",
        tags=["normativa", "partenariato per l'innovazione"],
        url="https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023-03-31;36",
    ),
    entry(
        "appalti-innovativi-piattaforma-nazionale",
        "link",
        "both",
        2025,
        "it",
        "Appalti innovativi: la piattaforma nazionale per la domanda pubblica di innovazione",
        "La piattaforma raccoglie i fabbisogni di innovazione delle amministrazioni italiane e li mette in "
        "contatto con imprese e ricercatori.",
        [
            "Le amministrazioni pubblicano i propri fabbisogni, le imprese possono proporre soluzioni e partecipare "
            "alle consultazioni di mercato. La piattaforma documenta anche gli appalti pre-commerciali realizzati in "
            "Italia.",
        ],
        sectors=["public-administration", "ict"],
        stages=["needs-assessment", "market-engagement"],
        countries=["IT"],
        publisher="Agenzia per l'Italia Digitale (AgID)",
        licence="all-rights-reserved",
        tags=["piattaforma", "fabbisogni"],
        url="https://appaltinnovativi.gov.it/",
    ),
    entry(
        "tre-valli-appalto-precommerciale-sanita",
        "case-study",
        "pcp",
        2019,
        "it",
        "Un appalto pre-commerciale per la telemedicina nelle aree montane",
        "Una regione alpina ha finanziato lo sviluppo di servizi di telemonitoraggio per pazienti cronici che "
        "vivono lontano dagli ospedali.",
        [
            "Nelle valli alpine molti pazienti cronici devono percorrere lunghe distanze per i controlli. La regione "
            "ha descritto il bisogno e ha lanciato un appalto pre-commerciale in tre fasi.",
            "Le imprese selezionate hanno sviluppato dispositivi e piattaforme di telemonitoraggio, testati con "
            "medici di famiglia e infermieri di comunità. Il risultato ha orientato la gara successiva per "
            "l'acquisto su larga scala.",
        ],
        sectors=["health-care", "ict"],
        stages=["needs-assessment", "tender-design", "contract-management"],
        countries=["IT"],
        publisher="Regione Alpina delle Tre Valli",
        illustrative=True,
        tags=["telemedicina", "aree interne"],
        attachments=[
            (
                "odt",
                "Relazione finale della fase di sperimentazione",
                [
                    "Relazione illustrativa sul progetto Tre Valli; le organizzazioni e i luoghi sono immaginari.",
                    ("h", "Svolgimento"),
                    "La sperimentazione ha coinvolto pazienti in tre valli.",
                    (
                        "Per dodici mesi due fornitori hanno fornito dispositivi di monitoraggio a domicilio a pazienti "
                        "con malattie croniche; i dati sono stati seguiti da infermieri di comunità."
                    ),
                    "Un fornitore ha integrato un sensore al ferrofluid per misurare la pressione a domicilio.",
                    ("h", "Risultati"),
                    (
                        "table",
                        [
                            ["Indicatore", "Prima", "Dopo"],
                            ["Ricoveri non programmati ogni 100 pazienti", "31", "22"],
                            ["Soddisfazione dei pazienti (1-5)", "3,4", "4,3"],
                            ["Visite a domicilio evitate al mese", "-", "140"],
                        ],
                    ),
                    ("h", "Raccomandazioni"),
                    (
                        "Estendere il servizio con una procedura aperta basata sui risultati e coinvolgere i medici di "
                        "base fin dall'inizio."
                    ),
                ],
            )
        ],
    ),
    # --- Dutch -----------------------------------------------------------------------------------------------
    entry(
        "aanbestedingswet-2012",
        "legal",
        "other",
        2012,
        "nl",
        "Aanbestedingswet 2012",
        "De Nederlandse aanbestedingswet regelt hoe overheden opdrachten in de markt zetten en is in 2016 "
        "aangepast aan de Europese richtlijnen van 2014.",
        [
            "De Aanbestedingswet 2012 trad op 1 april 2013 in werking. Met de wijziging van 2016 kwamen onder meer "
            "het innovatiepartnerschap en de regels voor marktconsultaties in de wet.",
            "De wet gaat uit van proportionaliteit: eisen en voorwaarden moeten in verhouding staan tot de opdracht. "
            "Dat maakt het voor kleinere en nieuwe bedrijven makkelijker om mee te dingen.",
        ],
        sectors=["public-administration"],
        stages=["tender-design", "award"],
        countries=["NL"],
        publisher="Rijksoverheid",
        licence="public-domain",
        tags=["wetgeving", "proportionaliteit"],
        url="https://wetten.overheid.nl/BWBR0032203",
    ),
    entry(
        "innovatiegericht-inkopen-handreiking",
        "guidance",
        "ppi",
        2021,
        "nl",
        "Innovatiegericht inkopen: een handreiking voor inkopers",
        "Hoe u als inkoper ruimte maakt voor innovatie: van behoeftestelling en marktconsultatie tot "
        "gunningscriteria en contractmanagement.",
        [
            "Innovatiegericht inkopen betekent dat u de markt uitdaagt om met betere oplossingen te komen. Begin met "
            "de vraag achter de vraag: welk probleem wilt u oplossen?",
            "Een marktconsultatie helpt om te ontdekken wat er mogelijk is. Beschrijf daarna de gewenste prestatie "
            "in plaats van het product, en beoordeel inschrijvingen op kwaliteit en levensduurkosten.",
            "Spreek in het contract af hoe u samen verder innoveert, bijvoorbeeld met een jaarlijkse verbeterronde.",
        ],
        sectors=["public-administration"],
        stages=["needs-assessment", "market-engagement", "tender-design", "contract-management"],
        countries=["NL", "BE"],
        publisher=PLATFORM,
        licence=CC_BY,
        tags=["marktconsultatie", "functioneel specificeren"],
        attachments=[
            (
                "pdf",
                "Voorbeeld: functionele eisen voor bermonderhoud",
                [
                    (
                        "Dit voorbeeld is geschreven door het team van het platform. Het laat zien hoe je eisen "
                        "formuleert als resultaat in plaats van als middel."
                    ),
                    ("h", "Eisen"),
                    "Eis 1: de berm blijft veilig en overzichtelijk voor weggebruikers.",
                    "Eis 2: maaisel wordt zo veel mogelijk hergebruikt, bijvoorbeeld als grondstof voor hydrochar.",
                    "Eis 3: de biodiversiteit in de berm neemt toe.",
                    "Eis 4: omwonenden ondervinden zo weinig mogelijk hinder van geluid en uitstoot.",
                    ("h", "Hoe wordt het gemeten?"),
                    (
                        "table",
                        [
                            ["Eis", "Meting", "Frequentie"],
                            ["1", "Schouw van zicht en hoogte van de begroeiing", "Vier keer per jaar"],
                            ["2", "Aandeel hergebruikt maaisel in ton", "Jaarlijks"],
                            ["3", "Telling van plantensoorten op vaste meetpunten", "Jaarlijks"],
                            ["4", "Klachten van omwonenden", "Doorlopend"],
                        ],
                    ),
                    (
                        "De opdrachtnemer kiest zelf de methode en het materieel, en legt in de inschrijving uit hoe de "
                        "eisen worden gehaald."
                    ),
                ],
            )
        ],
    ),
    entry(
        "heidedal-circulaire-viaducten",
        "case-study",
        "ppi",
        2022,
        "nl",
        "Provincie Heidedal vraagt de markt om circulaire viaducten",
        "Met een innovatiepartnerschap liet de provincie Heidedal bouwbedrijven viaducten ontwikkelen die na gebruik "
        "uit elkaar gehaald en hergebruikt kunnen worden.",
        [
            "Veel viaducten uit de jaren zestig en zeventig moeten de komende decennia worden vervangen. "
            "De provincie wil dat de nieuwe generatie modulair is, zodat onderdelen later elders opnieuw kunnen "
            "worden ingezet.",
            "In een innovatiepartnerschap ontwikkelden marktpartijen ontwerpen die eerst werden getest en daarna in "
            "echte projecten werden toegepast. Criteria waren onder meer materiaalgebruik, CO2-uitstoot en "
            "demontabelheid.",
        ],
        sectors=["construction", "mobility", "environment"],
        stages=["tender-design", "award", "contract-management"],
        countries=["NL"],
        publisher="Provincie Heidedal",
        illustrative=True,
        tags=["circulair bouwen", "innovatiepartnerschap"],
    ),
    # --- Greek -----------------------------------------------------------------------------------------------
    entry(
        "nomos-4412-2016-dimosies-symvaseis",
        "legal",
        "other",
        2016,
        "el",
        "Νόμος 4412/2016 για τις δημόσιες συμβάσεις",
        "Ο νόμος ενσωματώνει στο ελληνικό δίκαιο τις οδηγίες του 2014 και προβλέπει τη σύμπραξη καινοτομίας "
        "και τις προκαταρκτικές διαβουλεύσεις με την αγορά.",
        [
            "Ο νόμος 4412/2016 ρυθμίζει τις δημόσιες συμβάσεις έργων, προμηθειών και υπηρεσιών στην Ελλάδα. "
            "Ενσωματώνει τις οδηγίες 2014/24/ΕΕ και 2014/25/ΕΕ.",
            "Για τις καινοτόμες προμήθειες σημαντικές είναι οι διατάξεις για τη σύμπραξη καινοτομίας, τον "
            "ανταγωνιστικό διάλογο και τις προκαταρκτικές διαβουλεύσεις με την αγορά, που επιτρέπουν στις "
            "αναθέτουσες αρχές να ενημερωθούν για τις διαθέσιμες λύσεις πριν από τον διαγωνισμό.",
        ],
        sectors=["public-administration"],
        stages=["market-engagement", "tender-design", "award"],
        countries=["GR"],
        publisher="Ελληνική Δημοκρατία",
        licence="public-domain",
        # EUR-Lex lists the national measures that transpose Directive 2014/24/EU, Greece's law 4412/2016 among them.
        url="https://eur-lex.europa.eu/legal-content/EN/NIM/?uri=CELEX:32014L0024",
        tags=["νομοθεσία", "σύμπραξη καινοτομίας"],
    ),
    entry(
        "odigos-kainotomes-promitheies-dimoi",
        "guidance",
        "ppi",
        2023,
        "el",
        "Οδηγός καινοτόμων προμηθειών για δήμους",
        "Πρακτικός οδηγός για δήμους που θέλουν να αγοράσουν καινοτόμες λύσεις: από τον καθορισμό των αναγκών "
        "έως την αξιολόγηση των αποτελεσμάτων.",
        [
            "Οι δήμοι αντιμετωπίζουν προκλήσεις όπως η διαχείριση απορριμμάτων, η ενεργειακή απόδοση των κτιρίων "
            "και η κινητικότητα. Ο οδηγός δείχνει πώς μια προμήθεια μπορεί να ξεκινήσει από την ανάγκη και όχι από "
            "το προϊόν.",
            "Περιγράφει τη διαβούλευση με την αγορά, τις λειτουργικές προδιαγραφές και τα κριτήρια ανάθεσης που "
            "λαμβάνουν υπόψη το κόστος κύκλου ζωής.",
        ],
        sectors=["public-administration", "smart-cities"],
        stages=["needs-assessment", "market-engagement", "tender-design"],
        countries=["GR", "CY"],
        publisher=PLATFORM,
        licence=CC_BY,
        tags=["δήμοι", "διαβούλευση με την αγορά"],
        attachments=[
            (
                "docx",
                "Υπόδειγμα πρόσκλησης διαβούλευσης",
                [
                    ("Υπόδειγμα της ομάδας της πλατφόρμας για προκαταρκτική διαβούλευση με την αγορά κατά τον νόμο 4412/2016."),
                    ("h", "Πρόσκληση"),
                    "Ο δήμος αναζητά λύσεις για τη μείωση της θερμοκρασίας στις σχολικές αυλές.",
                    "Ενδεικτικά: electrochromic τζάμια, σκίαση και φυτεύσεις.",
                    (
                        "Σκοπός: να γνωρίσουμε τις διαθέσιμες λύσεις, το κόστος τους σε όλο τον κύκλο ζωής και τις "
                        "απαιτήσεις που θα απέκλειαν καινοτόμους προμηθευτές. Η διαβούλευση δεν είναι διαγωνισμός και "
                        "δεν δημιουργεί υποχρεώσεις."
                    ),
                    "Συμμετοχή: σύντομη γραπτή πρόταση ή συμμετοχή σε ενημερωτική εκδήλωση.",
                    "Προθεσμία: [ημερομηνία].",
                    (
                        "Διαφάνεια: τα συμπεράσματα θα δημοσιευθούν για όλους. Οι πληροφορίες που χαρακτηρίζονται "
                        "εμπιστευτικές δεν θα κοινοποιηθούν."
                    ),
                ],
            )
        ],
    ),
    entry(
        "elaiopoli-exypni-poli-kainotomia",
        "case-study",
        "ppi",
        2020,
        "el",
        "Ελαιόπολη: καινοτόμες υπηρεσίες για μια έξυπνη πόλη",
        "Ο Δήμος Ελαιόπολης δοκίμασε νέες ψηφιακές υπηρεσίες για τους πολίτες, από την έξυπνη στάθμευση έως "
        "τη διαχείριση των απορριμμάτων.",
        [
            "Η Ελαιόπολη είναι από τις πρώτες πόλεις της χώρας που επένδυσαν σε ψηφιακές υπηρεσίες. Ο δήμος "
            "συνεργάστηκε με εταιρείες και πανεπιστήμια για πιλοτικές εφαρμογές.",
            "Οι πιλοτικές εφαρμογές αξιολογήθηκαν με βάση τη χρησιμότητα για τους πολίτες και το κόστος λειτουργίας, "
            "πριν αποφασιστεί η επέκτασή τους.",
        ],
        sectors=["smart-cities", "mobility", "ict"],
        stages=["needs-assessment", "contract-management", "impact"],
        countries=["GR"],
        publisher="Δήμος Ελαιόπολης",
        illustrative=True,
        tags=["έξυπνη πόλη", "πιλοτικά έργα"],
    ),
    # --- Portuguese ------------------------------------------------------------------------------------------
    entry(
        "codigo-contratos-publicos-portugal",
        "legal",
        "other",
        2008,
        "pt",
        "Código dos Contratos Públicos",
        "O código português dos contratos públicos, aprovado em 2008 e revisto em 2017 para transpor as diretivas "
        "europeias, inclui a parceria para a inovação.",
        [
            "O Decreto-Lei n.º 18/2008 aprovou o Código dos Contratos Públicos, que regula a formação e a execução "
            "dos contratos públicos em Portugal.",
            "A revisão de 2017 introduziu a parceria para a inovação e reforçou as consultas preliminares ao "
            "mercado, permitindo às entidades adjudicantes conhecer as soluções disponíveis antes de lançar o "
            "procedimento.",
        ],
        sectors=["public-administration"],
        stages=["tender-design", "award"],
        countries=["PT"],
        publisher="República Portuguesa",
        licence="public-domain",
        tags=["legislação", "parceria para a inovação"],
        url="https://dre.pt/",
    ),
    entry(
        "guia-contratacao-publica-inovacao-ani",
        "guidance",
        "both",
        2021,
        "pt",
        "Guia de contratação pública de inovação",
        "Um guia para entidades públicas portuguesas que querem comprar soluções inovadoras, com exemplos de "
        "municípios e hospitais.",
        [
            "A contratação pública de inovação começa pela identificação de uma necessidade que o mercado ainda não "
            "resolve bem. O guia propõe envolver os utilizadores desde o início.",
            "Explica as consultas preliminares ao mercado, as especificações funcionais e a escolha entre a "
            "contratação pré-comercial e a aquisição de soluções inovadoras.",
        ],
        sectors=["public-administration", "health-care"],
        stages=["needs-assessment", "market-engagement", "tender-design"],
        countries=["PT"],
        publisher=PLATFORM,
        licence=CC_BY,
        tags=["guia", "consultas ao mercado"],
        attachments=[
            (
                "pdf",
                "Exemplo: especificação funcional para iluminação de túneis",
                [
                    "Exemplo redigido pela equipa da plataforma: requisitos descritos como resultados, não como produtos.",
                    ("h", "Requisitos"),
                    "O túnel deve manter níveis de iluminação seguros com o menor consumo de energia.",
                    "A iluminação adapta-se à luz exterior e ao tráfego, sem zonas de encandeamento à entrada e à saída.",
                    "Foram apresentadas propostas com revestimentos bioluminescent nas paredes.",
                    (
                        "table",
                        [
                            ["Requisito", "Verificação"],
                            ["Níveis de iluminação conformes à classe da via", "Medições na receção e anuais"],
                            ["Consumo de energia 40 % inferior ao sistema atual", "Contagem durante um ano"],
                            ["Reparação de avarias em 24 horas", "Registo de avarias"],
                        ],
                    ),
                    (
                        "Os concorrentes podem propor variantes que cumpram os requisitos mínimos; o custo do ciclo de "
                        "vida conta na avaliação das propostas."
                    ),
                ],
            )
        ],
    ),
    entry(
        "pedraluz-mobilidade-a-pedido",
        "case-study",
        "ppi",
        2022,
        "pt",
        "Pedraluz testa transporte a pedido com uma consulta ao mercado",
        "O município de Pedraluz consultou o mercado antes de contratar um serviço de transporte flexível para "
        "zonas com pouca procura.",
        [
            "Em algumas zonas do concelho, os autocarros de linha circulavam quase vazios. O município quis saber se "
            "um serviço a pedido, reservado por aplicação ou telefone, poderia servir melhor os residentes.",
            "A consulta ao mercado mostrou diferentes modelos de serviço e de remuneração. O contrato final paga "
            "o operador em função das viagens realizadas e da satisfação dos utilizadores.",
        ],
        sectors=["mobility", "smart-cities"],
        stages=["market-engagement", "tender-design", "contract-management"],
        countries=["PT"],
        publisher="Câmara Municipal de Pedraluz",
        illustrative=True,
        tags=["transporte a pedido", "mobilidade"],
    ),
]
