# ruff: noqa: E501 - prose
"""The demo's real documents: guides, templates, worksheets and checklists written for this platform.

Each is source text kept as data — headings, paragraphs, lists and tables (see filebuilders) — that the demo loader
turns into a multi-page PDF, DOCX, ODT or XLSX file attached to one of the platform's own resources, so that text
extraction and search work on documents of realistic length. Examples in them are about fictional organisations.
PDF text stays within Latin-1 (the built-in PDF fonts): amounts are written "EUR".
"""

NOTE = (
    "Written by the Innovation Procurement Platform team for the platform's demonstration content, CC BY 4.0. "
    "It is general guidance, not legal advice; organisations named in examples are fictional."
)

REFERENCES_EU = [
    "Directive 2014/24/EU on public procurement: https://eur-lex.europa.eu/eli/dir/2014/24/oj",
    "Directive 2014/25/EU on procurement by utilities: https://eur-lex.europa.eu/eli/dir/2014/25/oj",
    "Commission notice, Guidance on innovation procurement, 2021/C 267/01: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
]

MARKET_CONSULTATION_GUIDE = [
    NOTE,
    ("h", "1. Why talk to the market before you tender"),
    "A tender can only be as good as the buyer's knowledge of what is possible. When a public buyer writes a specification alone, it describes what it already knows: the product it bought last time, the brochure a salesperson left behind, the solution a neighbouring city chose. A preliminary market consultation closes that gap. It lets the buyer learn what suppliers can offer today, what they are developing, what it would cost and how long it would take, before the choices that shape the tender are fixed.",
    "Article 40 of Directive 2014/24/EU allows contracting authorities to conduct market consultations with a view to preparing the procurement and informing suppliers of their plans. They may seek advice from independent experts, authorities or market participants, provided that the advice does not distort competition and does not breach the principles of non-discrimination and transparency. Article 41 adds what must happen when a supplier that took part later bids: the buyer shares the relevant information with all candidates and sets adequate time limits, and only excludes that supplier when there is no other way to ensure equal treatment.",
    ("h", "2. What a consultation can answer"),
    "Be clear about what you need to learn. A consultation without questions becomes a sales event; a consultation with too many questions exhausts suppliers. Most useful consultations answer five groups of questions:",
    (
        "ul",
        [
            "Maturity: which solutions exist, which are in pilots, which are still research? This decides between buying off the shelf, an innovation partnership or a pre-commercial procurement.",
            "Performance: what levels of performance are realistic, and how can they be measured and verified in a contract?",
            "Cost and business model: what would a solution cost over its life, and would suppliers rather sell equipment, a service or an outcome?",
            "Market structure: are there enough suppliers for competition, are SMEs and start-ups among them, and what would make them bid (lots, duration, liability caps, intellectual property terms)?",
            "Risks and dependencies: what could go wrong, what does the buyer need to provide (data, sites, staff time), and which standards or certifications apply?",
        ],
    ),
    ("h", "3. The steps"),
    (
        "table",
        [
            ["Step", "What you do", "Typical time"],
            [
                "Prepare",
                "Agree the need with internal clients; write the questions; decide the format; check conflicts of interest.",
                "2-4 weeks",
            ],
            [
                "Announce",
                "Publish a prior information notice or a notice on your website and national portal; invite known and unknown suppliers alike.",
                "at least 3 weeks before the event",
            ],
            [
                "Consult",
                "Hold an open information day, then written answers and one-to-one meetings offered to every respondent on the same terms.",
                "4-8 weeks",
            ],
            [
                "Record",
                "Minute every meeting; keep written answers; note which information came from which supplier.",
                "during the consultation",
            ],
            [
                "Report back",
                "Publish a summary of what was learnt and how it changed your plans, without revealing confidential information.",
                "within 4 weeks of closing",
            ],
            [
                "Decide",
                "Choose the procedure, lots, specification approach and award criteria in the light of the findings.",
                "before drafting the tender",
            ],
        ],
    ),
    ("h", "4. Keeping it fair"),
    "Fairness is not a reason to avoid talking to suppliers; it is a reason to do it in the open. Announce the consultation widely so that anyone may take part. Offer every respondent the same opportunities: if one supplier gets a one-hour meeting, all who ask get one. Put the same questions to all. Publish the presentations of the information day and a summary of the answers. Do not let a supplier write the specification; use what you learn to write it yourself, in terms that more than one solution can meet.",
    "Confidentiality matters to suppliers. Tell them in advance what you will publish and what you will keep confidential, and ask them to mark commercially sensitive parts of their answers. A buyer that leaks a supplier's pricing model will not get honest answers again.",
    ("h", "5. Questions that work"),
    (
        "table",
        [
            ["Instead of asking", "Ask"],
            ["Can you supply product X?", "How would you meet this need, and what evidence do you have that it works?"],
            [
                "What is your price?",
                "What would drive the total cost over ten years, and which of those costs could we influence?",
            ],
            [
                "Do you have references?",
                "Where has a similar solution been used, with what result, and what would be different here?",
            ],
            ["Would you bid?", "What in our draft plan would stop you from bidding, and what would you change?"],
        ],
    ),
    ("h", "6. From findings to tender"),
    "Close the loop. The consultation report should say what the buyer learnt and what it decided: for example that the market is mature enough for a functional specification with a pilot phase, that lots by district will let smaller companies bid, or that the need requires research and development and therefore a pre-commercial procurement. Suppliers who see that their answers changed the plan will take part again; those who see nothing change will not.",
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

CONSULTATION_QUESTIONNAIRE = [
    NOTE,
    ("h", "How to use this template"),
    "This questionnaire accompanies a prior information notice or a consultation announcement. Replace the text in square brackets, delete questions that do not apply and keep the whole document under four pages: suppliers answer short questionnaires more carefully. Send the same questionnaire to everyone and publish it with the announcement.",
    ("h", "Part A. About the consultation"),
    "[Name of the contracting authority] is preparing a possible procurement of [short description of the need]. Before deciding on the procedure and writing the tender documents, we would like to learn from suppliers, researchers and other experts. Taking part is voluntary, is not a condition for taking part in any later procedure and gives no advantage in it. Information that respondents mark as confidential will not be published; a summary of the answers will be published on [website] after the consultation closes.",
    (
        "table",
        [
            ["Item", "Details"],
            ["Deadline for written answers", "[date, time and time zone]"],
            ["Information day", "[date, place or online link]"],
            ["One-to-one meetings", "offered to every respondent, 60 minutes, on [dates]"],
            ["Contact", "[functional mailbox of the procurement team]"],
            ["Language of answers", "[language or languages accepted]"],
        ],
    ),
    ("h", "Part B. The need"),
    "Describe the problem in the users' terms, the current situation, the results you want and how you would know that they have been achieved. Give figures: the number of sites, users, transactions or kilometres; the current costs; the environmental or social targets that apply. Say what is fixed (for example legal duties, existing systems that must keep working) and what is open.",
    ("h", "Part C. Questions to respondents"),
    (
        "ul",
        [
            "C1. Briefly describe your organisation and your experience with similar needs (half a page at most).",
            "C2. How would you meet the need described in Part B? Describe the approach rather than a product name.",
            "C3. How mature is your solution: on the market, piloted, in development or at research stage? What evidence of performance exists?",
            "C4. Which performance levels could you commit to in a contract, and how should they be measured?",
            "C5. What would the main cost drivers be over the expected life of the solution, including operation, maintenance and disposal?",
            "C6. Which business model would suit you: purchase, lease, service or payment by results? Why?",
            "C7. What would you need from us: data, access to sites, staff time, interfaces with existing systems?",
            "C8. Which risks do you see, and how should they be shared between buyer and supplier?",
            "C9. What in our plans could stop you from bidding (size of lots, duration, guarantees, liability, intellectual property terms)?",
            "C10. Which standards, certifications or legal requirements apply to solutions like yours?",
            "C11. Is there anything else we should know before writing the tender?",
        ],
    ),
    ("h", "Part D. Summary of answers to be published"),
    (
        "table",
        [
            ["Question", "Number of answers", "Main points (no confidential information)", "What we decided"],
            ["C2 approaches", "[n]", "[summary]", "[decision]"],
            ["C3 maturity", "[n]", "[summary]", "[procedure chosen]"],
            ["C4 performance", "[n]", "[summary]", "[performance levels in the specification]"],
            ["C6 business model", "[n]", "[summary]", "[contract model]"],
            ["C9 barriers", "[n]", "[summary]", "[changes to lots, duration or terms]"],
        ],
    ),
    "Keep every answer on file with the date received. If a respondent later bids, check whether it received information that others did not, and if so share it with all candidates before the deadline, as Article 41 of Directive 2014/24/EU requires.",
]

INFORMATION_DAY_TEMPLATE = [
    NOTE,
    ("h", "Purpose of the information day"),
    "An information day is the public, open part of a market consultation. Everyone hears the same presentation of the need and can ask questions in front of competitors, which is the simplest guarantee of equal treatment. It also lets the buyer meet companies it did not know, and lets companies meet each other: many successful bids come from consortia that formed at an information day.",
    ("h", "Model agenda (half a day)"),
    (
        "table",
        [
            ["Time", "Item", "Who"],
            ["09:30", "Welcome; purpose and rules of the consultation; what will be published", "Head of procurement"],
            [
                "09:45",
                "The need seen by its users: today's problems, what good would look like",
                "Internal client (for example a head of service)",
            ],
            ["10:15", "Figures and constraints: volumes, sites, systems, budget range, timetable", "Project lead"],
            ["10:45", "Questions and answers, minuted", "All"],
            ["11:15", "Break; participants may exchange contact details", ""],
            ["11:30", "Short pitches by suppliers who asked for one (5 minutes each, same rules for all)", "Suppliers"],
            ["12:30", "Next steps: written answers, one-to-one meetings, publication of the summary", "Procurement officer"],
        ],
    ),
    ("h", "Checklist before the day"),
    (
        "ul",
        [
            "The announcement was published at least three weeks in advance on the national portal and on the buyer's website, and sent to relevant business associations.",
            "Registration is open to anyone; there is an online option for those who cannot travel.",
            "Presentations are ready in a form that can be published afterwards.",
            "A note-taker is appointed and knows that the minutes will be published.",
            "Staff know they must not discuss the future tender privately with individual suppliers.",
            "Declarations of absence of conflicts of interest are signed by everyone involved in preparing the tender.",
        ],
    ),
    ("h", "Minutes template"),
    (
        "table",
        [
            ["Section", "Content"],
            ["Event", "[title], [date], [place or online]"],
            ["Participants", "[number] organisations: [list, unless a participant asked not to be named]"],
            ["Presentations", "[titles, with a link to the published slides]"],
            ["Questions and answers", "[each question, without the name of the person who asked, and the answer given]"],
            ["Commitments made", "[for example: we will publish the expected volumes per district by a given date]"],
            ["Next steps", "[deadline for written answers; how to book a one-to-one meeting]"],
        ],
    ),
    ("h", "After the day"),
    "Publish the minutes and presentations within a week. Answer questions that could not be answered on the day in writing, to everyone. Offer one-to-one meetings to all respondents on the same terms and minute them as carefully as the information day. When the consultation closes, publish the summary of findings and the decisions taken, as described in the platform's market consultation guide.",
    "A common mistake is to treat the information day as the whole consultation. The day gives breadth; the written answers and one-to-one meetings give depth. Both are needed before the buyer can decide how to specify and what procedure to use.",
]

PCP_TENDER_TEMPLATE = [
    NOTE,
    ("h", "About this template"),
    "This template is the core of a call for tenders for a pre-commercial procurement (PCP): the purchase of research and development services from several competing suppliers in phases, with the buyer sharing the risks and benefits at market conditions. Because the R&D services exclusion in Article 14 of Directive 2014/24/EU applies, the procurement is run outside the directive, but it must still be open, transparent and non-discriminatory, and it must meet the conditions of the State aid framework for research, development and innovation to avoid any aid to the suppliers.",
    ("h", "1. Subject of the procurement"),
    "[Buyer or group of buyers] procures research and development services to develop and test solutions to the following challenge: [challenge in functional terms]. The procurement does not cover the commercial purchase of any resulting products or services in volume; any such purchase will require a separate procedure.",
    ("h", "2. Phases, budget and number of contracts"),
    (
        "table",
        [
            ["Phase", "Content", "Duration", "Max. price per contract", "Contracts"],
            ["1 Solution design", "Feasibility, design and a plan for the prototype", "4 months", "EUR [100,000]", "up to [5]"],
            ["2 Prototype", "Development and laboratory testing of a prototype", "8 months", "EUR [400,000]", "up to [3]"],
            [
                "3 Field test",
                "Original development of a limited volume of first products or services, tested in real conditions",
                "10 months",
                "EUR [900,000]",
                "up to [2]",
            ],
        ],
    ),
    "Suppliers tender for all three phases at once; a single framework agreement covers them. Only suppliers successful in a phase are invited to the next, on the basis of the evaluation described in section 6. The buyer may stop the procurement after any phase if no solution meets the minimum requirements.",
    ("h", "3. Requirements"),
    "The requirements describe the functions and performance the solution must achieve, not how to achieve it. Mandatory requirements must be met by the end of phase 3; desirable requirements are scored. Each requirement states how it will be verified in the field test.",
    (
        "table",
        [
            ["ID", "Requirement", "Type", "Verification"],
            ["F1", "[function the solution must perform]", "mandatory", "[test in phase 3]"],
            ["F2", "[performance level, with a unit]", "mandatory", "[measurement method]"],
            ["F3", "[interoperability with named open standards]", "mandatory", "[conformance test]"],
            ["D1", "[better performance than F2]", "desirable", "[measurement method]"],
            ["D2", "[lower life-cycle cost or environmental impact]", "desirable", "[calculation method]"],
        ],
    ),
    ("h", "4. Intellectual property rights and benefit sharing"),
    "Each supplier keeps the ownership of the intellectual property rights it generates. In return, the buyer obtains royalty-free rights to use the results for its own needs, the right to require the supplier to license the results to third parties on fair and reasonable market conditions, and the right to call back the rights if the supplier fails to commercialise the results within [period]. The price offered by each supplier must reflect the value of the rights it keeps; this is how the procurement complies with the State aid framework.",
    ("h", "5. Eligibility and selection"),
    "The procurement is open to all operators, irrespective of their size or country. Because research and development services are bought, the share of R&D activities performed in the European Union or associated countries may be required to be at least [percentage] of the contract value, as many EU-funded PCPs do. Selection criteria concern the operator's capacity to perform R&D: qualifications of key staff and access to the necessary facilities. Financial criteria must not exclude start-ups.",
    ("h", "6. Award criteria"),
    (
        "table",
        [
            ["Criterion", "Weight", "What is assessed"],
            [
                "Quality of the proposed approach",
                "40%",
                "Soundness of the design, credibility of the plan, innovation beyond the state of the art",
            ],
            ["Expected performance", "25%", "How far the solution is expected to exceed the mandatory requirements"],
            [
                "Commercialisation and impact",
                "15%",
                "Path to market, plan for follow-up production, effects on costs and environment",
            ],
            ["Price", "20%", "Total price of the three phases, taking account of the IPR the supplier keeps"],
        ],
    ),
    "Between phases, suppliers are evaluated on the results they achieved against the same criteria, and on their updated offer for the next phase. The evaluation report is shared with each supplier.",
    ("h", "7. Payment and reporting"),
    "Each phase is paid on completion of its deliverables, with up to [30%] as pre-financing for phases 2 and 3 to help small companies. Suppliers report monthly on progress and at the end of each phase on results, costs and lessons learnt. Results are published, subject to the protection of confidential information and of the intellectual property rights.",
    ("h", "References"),
    (
        "ul",
        REFERENCES_EU
        + [
            "Communication COM(2007) 799 on pre-commercial procurement: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799",
        ],
    ),
]

PHASE_GATE_FORM = [
    NOTE,
    ("h", "Purpose"),
    "The phase gate is the moment in a pre-commercial procurement when the buyer decides which suppliers continue. It is the buyer's most important decision during the PCP: it keeps competition alive, it cuts the cost of solutions that are not working, and it gives suppliers feedback they can use even if they do not continue. This form records the evaluation of one supplier at the end of phase 1 or phase 2. Use one form per supplier and evaluator, then consolidate.",
    ("h", "Identification"),
    (
        "table",
        [
            ["Field", "Value"],
            ["Procurement", "[title and reference]"],
            ["Phase evaluated", "[1 Solution design / 2 Prototype]"],
            ["Supplier", "[name]"],
            ["Evaluator", "[name, role]; declaration of no conflict of interest signed on [date]"],
            ["Deliverables received", "[list with dates]"],
        ],
    ),
    ("h", "A. Minimum requirements"),
    "Check whether the results so far show that the solution can meet every mandatory requirement by the end of the PCP. A supplier that cannot meet a mandatory requirement does not continue, whatever its score.",
    (
        "table",
        [
            ["Requirement", "Evidence reviewed", "On track (yes/no)", "Comment"],
            ["F1", "", "", ""],
            ["F2", "", "", ""],
            ["F3", "", "", ""],
        ],
    ),
    ("h", "B. Scored criteria"),
    (
        "table",
        [
            ["Criterion", "Weight", "Score 0-10", "Justification"],
            ["Results achieved in the phase", "40%", "", ""],
            ["Quality of the plan for the next phase", "25%", "", ""],
            ["Expected performance beyond requirements", "15%", "", ""],
            ["Price of the next phase", "20%", "", ""],
        ],
    ),
    "Scores: 0 no evidence; 2 weak, major gaps; 4 partly convincing; 6 good with minor gaps; 8 very good; 10 excellent, fully evidenced. Justify every score with reference to the deliverables, so that the supplier can understand it.",
    ("h", "C. Field-test readiness (end of phase 2 only)"),
    (
        "ul",
        [
            "Are the safety, data protection and, where relevant, medical-device or product-safety conditions for testing with real users met?",
            "Are the test sites, users and data the buyer must provide ready?",
            "Is the volume of first products or services to be tested defined and priced?",
            "Is there an agreed plan for measuring performance during the field test?",
        ],
    ),
    ("h", "D. Consolidated decision"),
    (
        "table",
        [
            ["Supplier", "Minimum requirements met", "Weighted score", "Rank", "Decision"],
            ["[A]", "", "", "", "[continues / does not continue]"],
            ["[B]", "", "", "", ""],
            ["[C]", "", "", "", ""],
        ],
    ),
    "Send each supplier its own evaluation and its rank. Suppliers that do not continue keep their rights to the results of the phases they completed, and should be encouraged to pursue them.",
    ("h", "E. Good practice at the gate"),
    (
        "ul",
        [
            "Announce the gate criteria in the call for tenders and do not change them afterwards; suppliers plan their work around them.",
            "Ask for a demonstration as well as a report: what works in a demonstration is easier to judge than what is promised on paper.",
            "Involve the end users in judging results, especially at the end of phase 2, when the prototype shows how the solution will be used.",
            "Keep at least two suppliers in each phase where the budget allows; competition until the field test is the main protection of the buyer's investment.",
            "Record the gate decision with its reasons in an evaluation report that can be shown to auditors, and publish a summary of the results of each phase.",
        ],
    ),
]

STATE_AID_CHECKLIST = [
    NOTE,
    ("h", "Why State aid matters in pre-commercial procurement"),
    "When a public buyer pays a company for research and development, the payment could give that company an advantage that other companies do not have. If it does, it may be State aid, which is prohibited unless it is notified to and approved by the European Commission or falls under an exemption. The Framework for State aid for research and development and innovation explains when the procurement of R&D services involves no aid: when the buyer pays the market price for what it receives, which in practice means following a competitive, transparent procedure and pricing the intellectual property rights the suppliers keep.",
    "The Commission adopted a revised framework in October 2022 (C(2022) 7388, Official Journal C 414 of 28 October 2022). It keeps the conditions of the 2014 framework and clarifies how they apply when one procedure covers both the development and the purchase of the resulting products, as in an innovation partnership. This checklist follows those conditions.",
    ("h", "Checklist"),
    (
        "table",
        [
            ["No.", "Condition", "How to show it", "Done"],
            [
                "1",
                "The selection procedure is competitive, transparent and non-discriminatory, based on objective criteria set in advance.",
                "Contract notice and tender documents published at EU level; criteria and weights stated; equal treatment of all bidders.",
                "",
            ],
            [
                "2",
                "The envisaged contractual arrangements, including intellectual property rights, are known to all bidders before they bid.",
                "Draft framework agreement and IPR clauses attached to the call for tenders.",
                "",
            ],
            [
                "3",
                "No participating supplier receives preferential treatment in any later supply of final products or services.",
                "The call states that any commercial purchase requires a separate, competitive procedure; no volumes are promised.",
                "",
            ],
            [
                "4a",
                "Either all results that do not give rise to IPR are widely disseminated, and the IPR are fully allocated to the buyer,",
                "Dissemination plan; IPR clause allocating rights to the buyer.",
                "",
            ],
            [
                "4b",
                "or any supplier that keeps results or IPR pays the buyer market-price compensation, which may be deducted from the price.",
                "Price evaluation that takes the value of the retained rights into account; written explanation in the award report.",
                "",
            ],
            [
                "5",
                "The procedure is documented so that it can be checked afterwards.",
                "Evaluation reports for the award and for each phase gate; minutes of negotiations; file kept for the audit period.",
                "",
            ],
        ],
    ),
    ("h", "Common pitfalls"),
    (
        "ul",
        [
            "Talking about a follow-up purchase as if it were promised. Say clearly that the PCP buys R&D only; what comes after is decided later, in open competition.",
            "Leaving the IPR terms to be negotiated after award. Bidders price the rights they keep; if the terms are unknown, prices cannot be compared and the market price is not established.",
            "Restricting the procedure to local companies. Geographic restrictions on who may bid are incompatible with the condition of a non-discriminatory procedure; a requirement on where the R&D is performed is a different matter, used in EU-funded PCPs.",
            "Buying more than R&D under the PCP label. The field-test phase may include a limited volume of first products, but large-scale deployment is a commercial purchase under the procurement directives.",
        ],
    ),
    ("h", "When in doubt"),
    "Ask your State aid unit or the national competence centre for innovation procurement early, before the call is published. Changing the IPR clauses after bids are received is much harder than getting them right at the start.",
    ("h", "References"),
    (
        "ul",
        [
            "Communication COM(2007) 799 on pre-commercial procurement: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799",
            "Framework for State aid for research and development and innovation (2014/C 198/01): https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2014:198:TOC",
            "Framework for State aid for research and development and innovation (2022), Official Journal C 414: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2022:414:TOC",
        ],
    ),
]

FUNCTIONAL_SPECIFICATION_TEMPLATE = [
    NOTE,
    ("h", "How to use this template"),
    "A functional specification describes what the solution must achieve, not what it must be. It lets bidders propose solutions the buyer did not know about, and makes the contract about results that can be measured. Article 42 of Directive 2014/24/EU allows technical specifications to be formulated in terms of performance or functional requirements, provided they are precise enough for bidders to understand the subject of the contract and for the buyer to award it. This template has five parts; fill in the square brackets and delete the guidance in italics before publishing.",
    ("h", "Part 1. Context and the need"),
    "Describe who has the need, why it matters and what happens today. Users should recognise their own problem in this part. State the scale: [number of buildings, users, vehicles, transactions], the hours of operation, the places, the seasons. State what must not change: legal obligations, systems that must keep working, standards that apply.",
    ("h", "Part 2. Outcomes"),
    "List the results the solution must deliver. Each outcome has an indicator, a minimum level, a target level and a method of verification. The minimum level is the requirement; performance between the minimum and the target can be rewarded in the award criteria.",
    (
        "table",
        [
            ["ID", "Outcome", "Indicator", "Minimum", "Target", "Verification"],
            [
                "O1",
                "[for example: rooms stay comfortable]",
                "[hours above 26 C in occupied rooms per year]",
                "[< 100]",
                "[< 25]",
                "[sensors, monthly report]",
            ],
            ["O2", "[energy use falls]", "[kWh per m2 per year]", "[-30%]", "[-50%]", "[meter readings vs. baseline]"],
            ["O3", "[service is available]", "[availability during opening hours]", "[98%]", "[99.5%]", "[log of incidents]"],
            ["O4", "[users are satisfied]", "[share of users rating 4 or 5 of 5]", "[70%]", "[85%]", "[annual survey]"],
        ],
    ),
    ("h", "Part 3. Constraints and interfaces"),
    (
        "ul",
        [
            "Site conditions: [space, access, protected buildings, noise limits].",
            "Interfaces: [existing systems, data formats and open standards the solution must work with].",
            "Data: [what data the solution will produce, who owns it, how it is shared; data protection requirements].",
            "Safety and regulation: [product safety, accessibility (for example EN 301 549 for ICT), certifications].",
            "Sustainability: [emissions, materials, repairability, take-back at end of life].",
        ],
    ),
    ("h", "Part 4. What the buyer provides"),
    "State honestly what the buyer will contribute: access to sites and staff, data, a test environment, decisions within a set number of days. Bidders price the uncertainty they face; the clearer this part, the better the prices.",
    ("h", "Part 5. Evidence requested from bidders"),
    (
        "table",
        [
            ["Outcome", "Evidence requested in the tender", "Evidence during the contract"],
            ["O1", "[simulation or measured results from comparable sites]", "[monthly sensor data]"],
            ["O2", "[calculation with stated assumptions]", "[metered consumption]"],
            ["O3", "[service design and maintenance plan]", "[incident log, response times]"],
            ["O4", "[user involvement plan]", "[survey results]"],
        ],
    ),
    ("h", "Checklist before publishing"),
    (
        "ul",
        [
            "Does every requirement describe a result rather than a technology? Test it: could two very different solutions meet it?",
            "Is every minimum level measurable, with a method both sides accept?",
            "Are variants allowed (Article 45) if you want alternative solutions to be offered alongside a conforming one?",
            "Do the award criteria reward performance beyond the minimum, and life-cycle cost rather than purchase price alone?",
            "Have the internal clients who will use and pay for the solution read and agreed the specification?",
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

FUNCTIONAL_SPECIFICATION_EXAMPLE = [
    NOTE,
    ("h", "The case"),
    "This worked example shows a functional specification written for a fictional buyer, the city of Tulpenmeer, whose twelve primary-school yards become too hot in June and September. The city's first draft asked for 'shade sails of 40 m2 per yard, galvanised steel posts'. After a market consultation it rewrote the specification in terms of outcomes. The example sets the two versions side by side and explains each change.",
    ("h", "First draft: a product specification"),
    (
        "ul",
        [
            "Supply and install 24 shade sails of 40 m2, two per yard, in high-density polyethylene, colour grey.",
            "Galvanised steel posts, 4 m high, on concrete foundations.",
            "Warranty of five years.",
            "Award on the lowest price.",
        ],
    ),
    "The draft was easy to write and easy to evaluate, but it fixed the solution before anyone had asked whether shade sails were the best answer. It said nothing about temperature, the actual problem, nor about maintenance, water, greenery, or the use of the yards after school hours.",
    ("h", "Second version: a functional specification"),
    (
        "table",
        [
            ["ID", "Outcome", "Minimum", "Target", "Verification"],
            [
                "O1",
                "Surface temperature of play areas at 15:00 on a clear day above 28 C air temperature",
                "at most 8 C above air temperature",
                "at most 4 C above air temperature",
                "infrared measurements on three days per summer, by an independent surveyor",
            ],
            [
                "O2",
                "Share of play area in shade between 10:00 and 16:00 in June",
                "40%",
                "60%",
                "shade simulation, verified by photographs",
            ],
            [
                "O3",
                "Water used for cooling and irrigation",
                "at most 50 m3 per yard per year",
                "at most 20 m3",
                "sub-meter readings",
            ],
            ["O4", "Safety", "compliance with the play-area safety standards in force", "", "certificate before use"],
            ["O5", "Children and teachers satisfied with the yard in summer", "70% rating 4 or 5", "85%", "survey each October"],
        ],
    ),
    ("h", "What changed and why"),
    (
        "ul",
        [
            "The temperature outcomes (O1, O2) describe the problem directly. Bidders proposed trees in large planters, pergolas with climbing plants, light-coloured surfaces, water mist and combinations of them.",
            "The water limit (O3) came from the city's drought plan; without it, some bidders would have relied on irrigation that the city could not afford in dry summers.",
            "Safety (O4) stays a strict requirement; there is no reward for 'more safe'.",
            "Satisfaction (O5) gives the users a voice in the contract. The city pays a bonus when the target is reached.",
        ],
    ),
    ("h", "Award criteria used"),
    (
        "table",
        [
            ["Criterion", "Weight", "Method"],
            [
                "Expected cooling performance (O1, O2) beyond the minimum",
                "35%",
                "points proportional to the improvement, capped at the target",
            ],
            [
                "Life-cycle cost over 15 years",
                "35%",
                "net present value of purchase, maintenance, water and replacement at 3% discount rate",
            ],
            ["Water use and biodiversity", "15%", "expected water use; number of native species"],
            ["Involvement of pupils and teachers", "15%", "quality of the plan"],
        ],
    ),
    ("h", "Contract and results"),
    "The contract runs fifteen years and combines installation with maintenance, so that the supplier bears the cost of plants that die or surfaces that fail. Payments are linked to outcomes: 10% of the annual maintenance fee depends on O1 and O5. In this fictional example the winning design combined trees, a pergola and light-coloured permeable paving; the first summer's measurements met the minimum in all twelve yards and the target in seven.",
    "The lesson generalises: a functional specification takes longer to write and to evaluate than a product list, but it turns the tender into a search for the best answer rather than the cheapest version of the first idea.",
]

LCC_METHOD_NOTE = [
    NOTE,
    ("h", "What life-cycle costing is"),
    "Life-cycle costing (LCC) compares offers on what they will cost the buyer over the whole life of the purchase, not only on the purchase price. Innovative solutions often cost more to buy and less to run: an electric bus costs more than a diesel bus but much less per kilometre in energy and maintenance. Awarding on purchase price alone therefore works systematically against innovation. Article 67 of Directive 2014/24/EU allows the most economically advantageous tender to be identified on the basis of a cost-effectiveness approach such as life-cycle costing, and Article 68 sets out what it may cover and how it must be calculated.",
    ("h", "What the costs may include"),
    (
        "table",
        [
            ["Cost category", "Examples", "Borne by"],
            ["Acquisition", "purchase price, delivery, installation, training", "buyer"],
            ["Use", "energy, fuel, consumables, licences", "buyer"],
            ["Maintenance", "servicing, spare parts, repairs, battery replacement", "buyer"],
            ["End of life", "decommissioning, disposal, minus residual value", "buyer"],
            [
                "External environmental costs",
                "greenhouse gas emissions, air pollutants, noise, if their monetary value can be determined and verified",
                "society, attributed to the product",
            ],
        ],
    ),
    "Article 68 requires the method for external costs to be based on objectively verifiable and non-discriminatory criteria, accessible to all interested parties, and the data to be provided with reasonable effort by normally diligent operators. Where EU law makes a common method mandatory, it must be used.",
    ("h", "The calculation"),
    "For each offer, the LCC is the sum of all costs over the evaluation period, each discounted to today's value. With a discount rate r and a cost C_t in year t, the present value is C_t / (1 + r)^t. The worksheet attached to this resource does this year by year: it takes the purchase price in year 0, the annual use and maintenance costs, one-off replacements in the years they occur, and the residual value at the end, then adds the external costs of emissions if the buyer includes them.",
    (
        "table",
        [
            ["Parameter", "Typical choice", "Note"],
            ["Evaluation period", "the expected service life, for example 12 years for a city bus", "same for all offers"],
            [
                "Discount rate",
                "the rate set by the national ministry of finance for public projects, often 3-4%",
                "state it in the tender",
            ],
            ["Energy prices", "a published forecast, the same for all offers", "do not let bidders choose"],
            ["Use profile", "kilometres, operating hours, occupancy", "based on the buyer's real data"],
            ["Carbon price", "a published shadow price per tonne CO2e", "only if external costs are included"],
        ],
    ),
    ("h", "Making it work in a tender"),
    (
        "ul",
        [
            "Publish the method and the worksheet with the tender documents, with all fixed parameters filled in, so that every bidder can calculate its own LCC before bidding.",
            "Ask bidders only for data they can reasonably provide and that can be verified: declared energy consumption in a standard test cycle, maintenance prices they will commit to in the contract, guaranteed battery life.",
            "Turn declared figures into contractual commitments: if a supplier declares maintenance costs, those become the contract prices; if it declares energy use, a penalty applies when real use exceeds it by more than an agreed margin.",
            "Test the method on realistic example offers before publishing, to check that it distinguishes between them and that no parameter dominates unintentionally.",
        ],
    ),
    ("h", "Worked example in brief"),
    "In the worksheet's example, a fictional transport authority compares a diesel bus at EUR 250,000 with an electric bus at EUR 480,000 over 12 years and 60,000 km per year. With the example's energy and maintenance prices and a 3.5% discount rate, the electric bus has the lower life-cycle cost once battery replacement and residual value are included, and the difference widens when the external cost of emissions is counted. The figures are illustrative; the point of the worksheet is that a buyer can replace every parameter with its own.",
    ("h", "References"),
    ("ul", REFERENCES_EU),
]


def _lcc_rows():
    """The worked example of the LCC worksheet: two buses over 12 years, discounted year by year (formulas)."""
    years = list(range(0, 13))
    rows = [
        [
            "Year",
            "Discount factor",
            "Diesel: costs (EUR)",
            "Diesel: present value",
            "Electric: costs (EUR)",
            "Electric: present value",
        ]
    ]
    for year in years:
        line = year + 2  # row number in the sheet (header is row 1)
        diesel = (
            "=Parameters!B2"
            if year == 0
            else ("=Parameters!B4*Parameters!B6+Parameters!B5" + ("" if year != 12 else "-Parameters!B7"))
        )
        electric = (
            "=Parameters!C2"
            if year == 0
            else (
                "=Parameters!C4*Parameters!B6+Parameters!C5"
                + ("+Parameters!C8" if year == 7 else "")
                + ("-Parameters!C7" if year == 12 else "")
            )
        )
        rows.append([year, f"=1/(1+Parameters!B3)^A{line}", diesel, f"=C{line}*B{line}", electric, f"=E{line}*B{line}"])
    rows.append(["Total", "", "", "=SUM(D2:D14)", "", "=SUM(F2:F14)"])
    return rows


LCC_WORKSHEET = {
    "Read me": [
        ["Life-cycle costing worksheet"],
        [
            "Written by the Innovation Procurement Platform team for the demonstration content, CC BY 4.0. Figures are illustrative."
        ],
        [
            "How to use it: replace the parameters on the Parameters sheet with your own. The Calculation sheet discounts every year's costs and adds them up."
        ],
        [
            "Publish the worksheet with your tender, with the fixed parameters filled in, so every bidder can compute its own life-cycle cost."
        ],
        [
            "Method: present value of each year's cost = cost / (1 + discount rate) ^ year, as described in the method note attached to the same resource."
        ],
        ["Legal basis: Articles 67 and 68 of Directive 2014/24/EU, https://eur-lex.europa.eu/eli/dir/2014/24/oj"],
    ],
    "Parameters": [
        ["Parameter", "Diesel bus", "Electric bus", "Unit", "Source or note"],
        ["Purchase price", 250000, 480000, "EUR", "offer"],
        ["Discount rate", 0.035, "", "per year", "national rate for public projects"],
        ["Energy cost per km", 0.42, 0.16, "EUR per km", "declared consumption x published energy price"],
        ["Maintenance per year", 14000, 9000, "EUR per year", "contract price committed in the offer"],
        ["Kilometres per year", 60000, "", "km", "buyer's timetable data"],
        ["Residual value after 12 years", 15000, 40000, "EUR", "offer"],
        ["Battery replacement (year 7)", "", 60000, "EUR", "offer; zero if guaranteed for 12 years"],
    ],
    "Calculation": _lcc_rows(),
    "External costs": [
        ["Optional: external cost of emissions", "Diesel bus", "Electric bus", "Unit"],
        ["CO2e per km", 1.1, 0.35, "kg, including electricity generation"],
        ["Shadow price of carbon", 0.1, 0.1, "EUR per kg"],
        ["Kilometres over 12 years", "=Parameters!B6*12", "=Parameters!B6*12", "km"],
        ["External cost over 12 years", "=B2*B3*B4", "=C2*C3*C4", "EUR (undiscounted, for comparison)"],
    ],
}

AWARD_CRITERIA_GUIDE = [
    NOTE,
    ("h", "The principle"),
    "Public contracts are awarded to the most economically advantageous tender. Article 67 of Directive 2014/24/EU lets the buyer identify it on price alone, on cost (for example life-cycle cost) or on the best price-quality ratio, and Member States may forbid the use of price alone. For innovation, the best price-quality ratio is the natural choice: it lets the buyer reward the quality, performance and new features it wants, while keeping cost in view. This guide explains how to design criteria that reward innovation without making the evaluation arbitrary.",
    ("h", "Five rules for good criteria"),
    (
        "ul",
        [
            "Link every criterion to the subject of the contract and to an outcome in the specification. If the buyer cannot say why a criterion matters to the users, it does not belong in the tender.",
            "Publish weights and the scoring method. Bidders must know in advance how offers will be compared; it is also what makes the evaluation defensible.",
            "Score what can be evidenced. A promise of 'innovative features' cannot be scored; a declared performance level that becomes a contractual commitment can.",
            "Reward performance beyond the minimum, up to a target. Above the target, more performance earns no more points, so bidders do not gold-plate.",
            "Use life-cycle cost, not purchase price, as the cost element when running costs matter.",
        ],
    ),
    ("h", "Scoring methods"),
    (
        "table",
        [
            ["Method", "How it works", "When to use it"],
            [
                "Proportional",
                "points = maximum x (offer value / best value), or the reverse for costs",
                "quantitative criteria such as price or energy use",
            ],
            [
                "Linear between thresholds",
                "0 points at the minimum, full points at the target, linear in between",
                "performance levels with a minimum and a target",
            ],
            [
                "Scale with descriptors",
                "0-10 with a published description of each level",
                "qualitative criteria such as a project plan or a user involvement approach",
            ],
            ["Pass/fail", "no points; an offer that fails is rejected", "minimum requirements, never combined with a score"],
        ],
    ),
    ("h", "A scale for qualitative criteria"),
    (
        "table",
        [
            ["Score", "Descriptor"],
            ["0", "Not addressed, or the information is irrelevant."],
            ["2", "Addressed only in general terms; significant weaknesses or gaps."],
            ["4", "Addressed, but with several weaknesses; limited evidence."],
            ["6", "Good response; minor weaknesses; credible evidence."],
            ["8", "Very good response, specific to this contract, well evidenced."],
            ["10", "Excellent: complete, specific, fully evidenced and convincing in every respect."],
        ],
    ),
    ("h", "Weighting price and quality"),
    "There is no correct weight for price. A useful test is to model two or three realistic offers before publishing: a cheap, basic offer; a more expensive, high-performing one; and one in between. If the weights make the basic offer win whatever its performance, or make price irrelevant, adjust them. The scoring model worksheet attached to this resource lets a team do this in an hour.",
    ("h", "Evaluation in practice"),
    (
        "ul",
        [
            "Evaluators score independently first, then meet to agree a consensus score with a written justification.",
            "Justifications refer to the content of the offer, never to the evaluator's impression of the bidder.",
            "Unsuccessful bidders receive the scores and the reasons, as Article 55 requires on request; clear justifications reduce challenges.",
            "After the contract starts, compare the performance delivered with what was scored. This is the best way to improve the criteria for the next tender.",
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

AWARD_SCORING_MODEL = {
    "Read me": [
        ["Award scoring model"],
        [
            "Written by the Innovation Procurement Platform team for the demonstration content, CC BY 4.0. Offers and figures are fictional."
        ],
        [
            "Fill in the weights on the Criteria sheet and each offer's values on the Offers sheet; the Scores sheet computes the weighted total."
        ],
        [
            "Use it before publishing a tender: model a cheap basic offer, a high-performing expensive one and a middle one, and check that the weights reward what you want."
        ],
    ],
    "Criteria": [
        ["Criterion", "Weight", "Method", "Minimum", "Target"],
        ["Life-cycle cost (EUR)", 0.4, "proportional, lowest is best", "", ""],
        ["Energy use (kWh per year)", 0.2, "linear between minimum and target", 50000, 30000],
        ["Availability (%)", 0.15, "linear between minimum and target", 98, 99.5],
        ["Quality of the implementation plan (0-10)", 0.25, "scale with descriptors", "", ""],
    ],
    "Offers": [
        ["Offer", "Life-cycle cost (EUR)", "Energy use (kWh per year)", "Availability (%)", "Plan score (0-10)"],
        ["Offer A (basic)", 820000, 49000, 98.2, 4],
        ["Offer B (high performance)", 1010000, 31000, 99.6, 8],
        ["Offer C (middle)", 905000, 38000, 99.0, 6],
    ],
    "Scores": [
        ["Offer", "Cost points", "Energy points", "Availability points", "Plan points", "Total (0-100)"],
        [
            "Offer A",
            "=100*MIN(Offers!B$2:B$4)/Offers!B2",
            "=100*MAX(0,MIN(1,(Criteria!D$3-Offers!C2)/(Criteria!D$3-Criteria!E$3)))",
            "=100*MAX(0,MIN(1,(Offers!D2-Criteria!D$4)/(Criteria!E$4-Criteria!D$4)))",
            "=10*Offers!E2",
            "=B2*Criteria!B$2+C2*Criteria!B$3+D2*Criteria!B$4+E2*Criteria!B$5",
        ],
        [
            "Offer B",
            "=100*MIN(Offers!B$2:B$4)/Offers!B3",
            "=100*MAX(0,MIN(1,(Criteria!D$3-Offers!C3)/(Criteria!D$3-Criteria!E$3)))",
            "=100*MAX(0,MIN(1,(Offers!D3-Criteria!D$4)/(Criteria!E$4-Criteria!D$4)))",
            "=10*Offers!E3",
            "=B3*Criteria!B$2+C3*Criteria!B$3+D3*Criteria!B$4+E3*Criteria!B$5",
        ],
        [
            "Offer C",
            "=100*MIN(Offers!B$2:B$4)/Offers!B4",
            "=100*MAX(0,MIN(1,(Criteria!D$3-Offers!C4)/(Criteria!D$3-Criteria!E$3)))",
            "=100*MAX(0,MIN(1,(Offers!D4-Criteria!D$4)/(Criteria!E$4-Criteria!D$4)))",
            "=10*Offers!E4",
            "=B4*Criteria!B$2+C4*Criteria!B$3+D4*Criteria!B$4+E4*Criteria!B$5",
        ],
    ],
}

INNOVATION_PARTNERSHIP_PLAN = [
    NOTE,
    ("h", "What the innovation partnership is for"),
    "The innovation partnership (Article 31 of Directive 2014/24/EU) is the procedure for a need that no product on the market meets, where the buyer wants to develop a solution and then buy it without a second tender. It combines research and development with the purchase of the result in one procedure, structured in phases that follow the sequence of the research and innovation process. Unlike a pre-commercial procurement, the buyer commits from the start to buying the solution if it reaches the agreed performance levels and maximum costs.",
    ("h", "Is it the right procedure?"),
    (
        "table",
        [
            ["Question", "If yes", "If no"],
            [
                "Does a solution that meets the need already exist on the market?",
                "use an open, restricted or negotiated procedure with functional requirements",
                "continue",
            ],
            [
                "Is substantial R&D needed, with uncertain results and several possible approaches?",
                "consider a PCP first, then a separate purchase",
                "continue",
            ],
            [
                "Is the buyer ready to commit to buying the result, with performance levels and maximum costs set in advance?",
                "innovation partnership",
                "PCP, or more market consultation",
            ],
            [
                "Is the expected purchase proportionate to the development investment (Article 31(7))?",
                "innovation partnership",
                "reduce the scope or reconsider",
            ],
        ],
    ),
    ("h", "The phases"),
    (
        "table",
        [
            ["Stage", "What happens", "Decision at the end", "Indicative duration"],
            [
                "Procedure",
                "Contract notice; requests to participate; selection on R&D capacity; negotiation of initial and subsequent tenders; award to one or more partners",
                "who becomes a partner",
                "6-9 months",
            ],
            [
                "Phase 1 Research",
                "Design and feasibility; first tests of key components",
                "continue, reduce the number of partners, or end",
                "3-6 months",
            ],
            [
                "Phase 2 Development",
                "Prototype development and testing against the agreed performance levels",
                "continue or end",
                "6-12 months",
            ],
            [
                "Phase 3 Validation",
                "Pilot in real conditions; certification; final adjustments",
                "accept the solution if the performance levels and maximum cost are met",
                "6-12 months",
            ],
            [
                "Commercial phase",
                "Purchase of the resulting supplies, services or works, under the terms agreed at the start",
                "call-offs as needed",
                "the contract period",
            ],
        ],
    ),
    ("h", "Setting performance levels and maximum costs"),
    "The key document of an innovation partnership is the set of intermediate targets and the performance levels and maximum costs that the final solution must meet before it is bought. They are set in the procurement documents and refined in negotiation, and they protect both sides: the buyer will not be forced to buy a solution that does not work or costs too much, and the partner knows what it has to achieve to get the commercial contract. Targets should be measurable at the end of each phase, and the remuneration of each phase should be paid in instalments linked to those targets.",
    ("h", "Intellectual property and confidentiality"),
    "The procurement documents must state the arrangements for intellectual property rights. Because the buyer commits to buying the result, it may ask for broader rights than in a PCP, but it should price that: a partner that cannot reuse its results elsewhere will ask more. Article 31(6) requires the buyer not to reveal to the other participants solutions proposed or other confidential information communicated by a candidate or partner without its agreement; make this concrete in the partnership agreement.",
    ("h", "Typical timetable for a medium-sized project"),
    (
        "table",
        [
            ["Month", "Milestone"],
            ["0", "Market consultation report published; decision to use an innovation partnership"],
            ["2", "Contract notice published; requests to participate within at least 30 days"],
            ["4", "Selection of candidates; invitation to submit initial tenders"],
            ["6-8", "Negotiation rounds; final tenders; award to two partners"],
            ["9-14", "Phase 1; gate review; one partner continues"],
            ["15-26", "Phases 2 and 3; validation in real conditions"],
            ["27", "Acceptance; first call-off under the commercial phase"],
        ],
    ),
    ("h", "Lessons from practice"),
    (
        "ul",
        [
            "Start with two partners if the budget allows: competition in the first phase is the best protection against a solution that does not deliver.",
            "Keep the commercial phase realistic: a maximum cost that no partner can meet ends the partnership without a purchase.",
            "Involve the future users in every gate review, not only in the final acceptance.",
            "Plan the budget for the commercial phase before the procedure starts; a partnership that succeeds technically but has no money to buy the result damages the buyer's reputation with suppliers.",
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

PARTNERSHIP_CLAUSES_CHECKLIST = [
    NOTE,
    ("h", "How to use this checklist"),
    "An innovation partnership agreement governs several years of joint work and a later purchase. Use this checklist when drafting it with your legal service. Each item names the question the agreement must answer, and a note on common choices. The checklist does not replace legal advice on national contract law.",
    ("h", "A. Scope and structure"),
    (
        "table",
        [
            ["Item", "Question to answer", "Note"],
            [
                "A1",
                "What need does the partnership address, in functional terms?",
                "copy from the procurement documents; do not narrow it",
            ],
            ["A2", "How many phases, with what deliverables?", "follow the research and innovation sequence"],
            [
                "A3",
                "With how many partners, and can their number be reduced after a phase?",
                "state the criteria for reduction in the documents",
            ],
            [
                "A4",
                "What is bought in the commercial phase, in what quantities, for how long?",
                "maximum quantities and duration; call-off mechanism",
            ],
        ],
    ),
    ("h", "B. Targets, acceptance and payment"),
    (
        "table",
        [
            ["Item", "Question to answer", "Note"],
            ["B1", "What are the intermediate targets of each phase?", "measurable, with a test method"],
            [
                "B2",
                "What performance levels and maximum costs must the final solution meet?",
                "the conditions for the commercial phase",
            ],
            ["B3", "How is each phase paid?", "instalments linked to targets; pre-financing for SMEs"],
            ["B4", "What happens if a target is missed?", "a remedy period, then the right to end the partnership"],
            [
                "B5",
                "Who verifies performance, and how are disputes about measurements resolved?",
                "an independent tester for key targets",
            ],
        ],
    ),
    ("h", "C. Rights and information"),
    (
        "table",
        [
            ["Item", "Question to answer", "Note"],
            [
                "C1",
                "Who owns the results and the intellectual property generated?",
                "often the partner, with use rights for the buyer",
            ],
            ["C2", "What rights does the buyer receive, and at what price?", "use, modification, maintenance by third parties"],
            [
                "C3",
                "What if the partner stops supporting the solution?",
                "escrow of source code or drawings; licence to a third party",
            ],
            [
                "C4",
                "What information may the buyer share with other partners?",
                "nothing confidential without consent (Article 31(6))",
            ],
            ["C5", "Who owns and may use the data generated during tests?", "data protection rules apply to personal data"],
        ],
    ),
    ("h", "D. Ending and changing the partnership"),
    (
        "table",
        [
            ["Item", "Question to answer", "Note"],
            ["D1", "On what grounds may the buyer end the partnership after each phase?", "stated in the procurement documents"],
            ["D2", "What is paid when the partnership ends early?", "work done; no loss of profit on future phases"],
            ["D3", "Which changes are allowed during the contract?", "review clauses in the sense of Article 72(1)(a)"],
            ["D4", "How are price adjustments calculated in the commercial phase?", "published index, capped"],
        ],
    ),
    ("h", "E. Governance"),
    (
        "ul",
        [
            "A steering group with the buyer's project lead, the internal client and each partner's project manager meets at least monthly.",
            "Gate reviews are minuted and the decisions are sent to each partner in writing with reasons.",
            "A single contact on each side handles communication, so that information is shared consistently.",
            "An annual review asks whether the need has changed and whether the commercial phase is still proportionate to the investment.",
        ],
    ),
]

CONTRACT_MANAGEMENT_PLAN = [
    NOTE,
    ("h", "Why innovative contracts need a management plan"),
    "An innovative solution is new to the buyer, to its users and often to the supplier. Problems appear in use that no specification foresaw; performance must be measured before it can be paid for; users need to change how they work. The contract award is therefore the start of the buyer's work, not the end. This template helps the contract manager plan the first two years. Fill in the square brackets; keep the plan to a few pages and review it every quarter.",
    ("h", "1. Contract summary"),
    (
        "table",
        [
            ["Item", "Details"],
            ["Contract", "[title, reference, supplier, start and end dates, value]"],
            ["Need and outcomes", "[the outcomes from the specification, with their indicators]"],
            ["Internal client", "[department and person who owns the need and the budget]"],
            ["Contract manager", "[name]; deputy [name]"],
            ["Supplier contact", "[name, role]"],
        ],
    ),
    ("h", "2. Performance and payment"),
    "List each outcome with the indicator, the level required, the source of the data, the frequency of measurement and the consequence for payment. Agree with the supplier how data is collected before the contract starts; arguments about measurement are the most common dispute in outcome-based contracts.",
    (
        "table",
        [
            ["Outcome", "Indicator and level", "Data source", "Frequency", "Payment effect"],
            ["[O1]", "[e.g. availability 99%]", "[system log]", "[monthly]", "[deduction of x% per point below]"],
            ["[O2]", "[e.g. energy -30%]", "[meters]", "[quarterly]", "[bonus above target]"],
            ["[O3]", "[e.g. user satisfaction 75%]", "[survey]", "[yearly]", "[part of annual fee]"],
        ],
    ),
    ("h", "3. Start-up period"),
    (
        "ul",
        [
            "Kick-off meeting with the supplier, the internal client and the users' representatives within two weeks of signature.",
            "Baseline measurement of every indicator before the solution is introduced, so that improvement can be shown.",
            "Training of users, with a named contact for questions in the first months.",
            "A pilot area or period before full roll-out, with a go/no-go decision based on agreed criteria.",
        ],
    ),
    ("h", "4. Meetings and reports"),
    (
        "table",
        [
            ["Meeting or report", "Who", "When", "Content"],
            [
                "Operational meeting",
                "contract manager, supplier, user representative",
                "monthly in year 1, then quarterly",
                "performance, incidents, improvements",
            ],
            ["Performance report", "supplier", "monthly", "indicators, incidents, corrective actions"],
            [
                "Strategic review",
                "internal client, supplier management",
                "yearly",
                "outcomes, changes in the need, innovation roadmap",
            ],
            ["User survey", "buyer", "yearly", "satisfaction, problems, ideas"],
        ],
    ),
    ("h", "5. Risks"),
    "Keep a risk register (a worksheet is attached to this resource). Review it at each operational meeting. Typical risks for innovative contracts: performance below the level promised; dependency on one supplier; users not adopting the solution; data not available or not reliable; supplier's financial difficulty; new regulation.",
    ("h", "6. Changes"),
    "Innovation contracts need room to improve. Article 72(1)(a) of Directive 2014/24/EU allows changes provided for in clear, precise and unequivocal review clauses in the initial procurement documents. Use them for foreseeable improvements (new software versions, extension to other sites) and record every change with its justification.",
    ("h", "7. Learning and scaling up"),
    "At the end of year 1 and of the contract, write a short report: what was achieved, what it cost compared with the life-cycle cost estimate, what the users think, and what should be done differently next time. Share it with the national competence centre and on the platform: other buyers learn most from honest reports of contracts in use.",
]

RISK_REGISTER = {
    "Read me": [
        ["Risk register for innovative contracts"],
        [
            "Written by the Innovation Procurement Platform team for the demonstration content, CC BY 4.0. The risks listed are typical examples."
        ],
        [
            "Score likelihood and impact from 1 (low) to 5 (high); the score is their product. Review at every operational meeting."
        ],
    ],
    "Register": [
        ["ID", "Risk", "Likelihood (1-5)", "Impact (1-5)", "Score", "Owner", "Mitigation", "Status"],
        [
            "R1",
            "Performance in use is below the level promised in the offer",
            3,
            4,
            "=C2*D2",
            "contract manager",
            "baseline measurement; payment linked to performance; remedy period",
            "open",
        ],
        [
            "R2",
            "Users do not adopt the solution and keep old ways of working",
            3,
            4,
            "=C3*D3",
            "internal client",
            "user involvement from the specification onward; training; a named contact",
            "open",
        ],
        [
            "R3",
            "Data needed to measure outcomes is missing or unreliable",
            2,
            4,
            "=C4*D4",
            "contract manager",
            "agree data sources and formats before start; test the data flow in the pilot",
            "open",
        ],
        [
            "R4",
            "Lock-in: only the supplier can maintain or extend the solution",
            3,
            3,
            "=C5*D5",
            "procurement",
            "open standards; documentation; licence and escrow clauses",
            "open",
        ],
        [
            "R5",
            "Supplier's financial difficulty (often a young company)",
            2,
            5,
            "=C6*D6",
            "procurement",
            "monitor accounts; step-in rights; escrow",
            "open",
        ],
        [
            "R6",
            "New regulation changes the requirements",
            2,
            3,
            "=C7*D7",
            "legal service",
            "review clauses; regular regulatory watch",
            "open",
        ],
        [
            "R7",
            "Costs of operation exceed the life-cycle cost estimate",
            3,
            3,
            "=C8*D8",
            "internal client",
            "contractual commitments on running costs; yearly comparison",
            "open",
        ],
        [
            "R8",
            "Loss of key staff on the buyer's side",
            2,
            3,
            "=C9*D9",
            "head of procurement",
            "deputy contract manager; written plan",
            "open",
        ],
    ],
}

IMPACT_FRAMEWORK = [
    NOTE,
    ("h", "Why measure impact"),
    "Innovation procurement costs effort: market consultations, functional specifications, more complex evaluations, closer contract management. Politicians and managers who are asked to support that effort want to know what it achieves. So do the buyers themselves, who need to know which approaches work. Yet most organisations measure only what is easy to count: the number of tenders, the amount spent. This framework proposes a small set of indicators that tell the story from effort to effect, with a method that a procurement team can apply without a research budget.",
    ("h", "A ladder of four levels"),
    (
        "table",
        [
            ["Level", "Question", "Example indicators", "How often"],
            [
                "1 Activity",
                "What did we do differently?",
                "number and share of tenders with a market consultation, functional requirements, life-cycle cost or variants",
                "every year, from the tender register",
            ],
            [
                "2 Market response",
                "How did the market react?",
                "number of bids; share of SMEs and of first-time bidders; number of new solutions offered",
                "every tender",
            ],
            [
                "3 Results for the buyer",
                "What did the solution deliver?",
                "performance against the outcomes in the specification; life-cycle cost against estimate; user satisfaction",
                "during and at the end of each contract",
            ],
            [
                "4 Wider effects",
                "What changed beyond the contract?",
                "other buyers adopting the solution; supplier growth or exports; emissions avoided",
                "for a sample, 2-3 years after award",
            ],
        ],
    ),
    ("h", "Choosing what to count"),
    "Counting innovation procurements requires a definition. A practical one is the definition used in tender notices: a procurement is an innovation procurement when it buys research and development (as in a PCP) or when it buys an innovative solution, recognised by the procedure used (innovation partnership), by the specification (functional or performance-based), or by a declaration in the notice. eForms makes this easier: notices can flag that a procurement aims at innovation, which allows the count to be taken from notice data.",
    ("h", "A sample for the upper levels"),
    "Levels 3 and 4 cannot be measured for every tender. Choose a sample: for example every innovation procurement above a value threshold, plus a few smaller ones chosen at random. For each, record the baseline before the contract, the results during it and a short interview with the internal client at the end. Three interviews over three years produce evidence that no statistics can.",
    ("h", "Reporting template"),
    (
        "table",
        [
            ["Section", "Content"],
            [
                "Headline",
                "three figures: share of tenders with innovation features; share of SMEs among winners; one measured result",
            ],
            ["Activity", "level 1 indicators, compared with the previous year"],
            ["Market", "level 2 indicators for the year's innovation tenders"],
            ["Cases", "two or three contracts in use, with their measured results and what was learnt"],
            ["Wider effects", "what is known from the sample"],
            ["Next year", "targets and planned changes"],
        ],
    ),
    ("h", "Pitfalls"),
    (
        "ul",
        [
            "Counting spending as impact. The value of innovation tenders shows effort, not effect.",
            "Attributing every improvement to the procurement. Compare with a baseline and say what else changed.",
            "Measuring once, at award. Most of the value of an innovative solution appears, or fails to appear, in use.",
            "Hiding failures. A pilot that did not work, reported honestly, is evidence that the buyer is taking well-managed risks.",
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU + ["TED, the Official Journal supplement where EU notices are published: https://ted.europa.eu/"]),
]

BUSINESS_CASE_TEMPLATE = [
    NOTE,
    ("h", "Purpose"),
    "Before an organisation commits budget and staff to an innovation procurement, someone must decide that it is worth it. The business case gives that person the facts: the problem, the options, the costs and benefits, the risks, and what is asked of the organisation. Keep it short (four to six pages) and honest about uncertainty; an innovation business case that promises certainty will not be believed.",
    ("h", "1. The problem and why it matters now"),
    "Describe the need in terms of the public service: who is affected, how much it costs today, what happens if nothing is done. Give numbers: the cost of the current solution per year, the number of complaints, the emissions, the staff hours. Say why now: a contract ending, a new law, a target, a budget opportunity.",
    ("h", "2. Options considered"),
    (
        "table",
        [
            ["Option", "Description", "Expected cost (life cycle)", "Expected benefit", "Main risk"],
            ["0 Do nothing", "[continue as today]", "[EUR]", "[none]", "[problem grows]"],
            [
                "1 Buy what exists",
                "[standard tender for the usual solution]",
                "[EUR]",
                "[limited]",
                "[does not solve the problem]",
            ],
            [
                "2 Buy an innovative solution",
                "[functional tender, possibly with variants]",
                "[EUR]",
                "[outcomes]",
                "[performance uncertain]",
            ],
            [
                "3 Develop a new solution",
                "[PCP or innovation partnership]",
                "[EUR]",
                "[outcomes beyond the market]",
                "[development may fail]",
            ],
        ],
    ),
    ("h", "3. Recommended option and why"),
    "Explain the choice by comparing the options on life-cycle cost, benefits and risk, not on purchase price. State the assumptions that matter most and what happens if they are wrong.",
    ("h", "4. Costs of the procurement itself"),
    (
        "table",
        [
            ["Item", "Effort or cost", "Note"],
            ["Market consultation", "[staff days; event costs]", "usually 2-3 months"],
            ["Specification and award criteria", "[staff days; external expertise]", "involve internal clients"],
            ["Procedure", "[staff days; legal advice]", "longer for negotiated procedures"],
            ["Pilot and evaluation", "[EUR]", "budget for testing before scaling up"],
            ["Contract management", "[staff days per year]", "more than for routine contracts"],
        ],
    ),
    ("h", "5. Funding"),
    "List the sources: own budget, national or regional co-funding for innovation procurement, EU programmes (for example Horizon Europe calls for PCP and PPI, which co-fund groups of buyers from several countries), cohesion policy programmes. Check eligibility and timing with the national competence centre.",
    ("h", "6. Risks and how they are managed"),
    (
        "ul",
        [
            "Performance risk: managed by piloting, by payment linked to results and by the right to stop after each phase.",
            "Market risk (no suitable bids): managed by the market consultation and by realistic requirements.",
            "Organisational risk (users do not adopt the solution): managed by involving users from the start.",
            "Reputational risk: managed by communicating openly that the organisation is testing, and by reporting results.",
        ],
    ),
    ("h", "7. Decision requested"),
    "[Approve the recommended option; approve a budget of EUR [amount] for the preparation phase; nominate [person] as internal client; agree to report results in [period].]",
]

TRAINING_HANDOUT = [
    NOTE,
    ("h", "Innovation procurement in 90 minutes: the handout"),
    "This handout accompanies the platform's 90-minute introductory session for procurement officers, budget holders and managers. It summarises the session's five parts so that participants can return to them, and lists where to go next. It can also be read on its own as a first introduction.",
    ("h", "Part 1. What innovation procurement is"),
    "Innovation procurement is any public procurement that buys the process of innovation (research and development services) or its outcomes (solutions that are new to the buyer or to the market). It is not a special procedure; it is a way of using the ordinary procedures so that new solutions have a chance. Two forms have their own names: pre-commercial procurement (PCP), which buys R&D from competing suppliers in phases before a product exists, and public procurement of innovative solutions (PPI), in which a buyer, often with others, is an early adopter of solutions that are new to the market.",
    ("h", "Part 2. Why bother"),
    (
        "ul",
        [
            "Better public services: solutions that do what users need rather than what catalogues offer.",
            "Lower costs over the life of the purchase, even when the price is higher at the start.",
            "Climate and environmental goals that cannot be reached with today's products.",
            "A market for innovative companies, including start-ups and SMEs, which often find it hard to win their first public customer.",
        ],
    ),
    ("h", "Part 3. The tools, in the order you use them"),
    (
        "table",
        [
            ["Stage", "Tool", "Where in Directive 2014/24/EU"],
            ["Needs assessment", "involve internal clients and users; describe outcomes", "-"],
            ["Market engagement", "preliminary market consultation", "Articles 40 and 41"],
            ["Tender design", "functional and performance requirements; variants; lots", "Articles 42, 45, 46"],
            [
                "Procedure",
                "competitive procedure with negotiation; competitive dialogue; innovation partnership",
                "Articles 29, 30, 31",
            ],
            ["Award", "best price-quality ratio; life-cycle costing", "Articles 67, 68"],
            ["Contract management", "performance-based payment; review clauses", "Article 72"],
            ["R&D before the market", "pre-commercial procurement, outside the directive", "Article 14"],
        ],
    ),
    ("h", "Part 4. Exercise: rewrite a requirement"),
    "Take a requirement from one of your own recent tenders, for example 'The supplier shall deliver 40 diesel vans of at least 3.5 tonnes'. Ask: what is the van for? What must it achieve? What would tell us it works? A functional version might read: 'The solution shall allow the parks department to move tools and green waste between its 12 depots and 140 sites, with a payload of at least 800 kg per trip, with zero tailpipe emissions within the city's low-emission zone, at the lowest life-cycle cost over eight years.' Now more than one kind of solution can meet it.",
    ("h", "Part 5. Your first step"),
    (
        "ul",
        [
            "Choose one forthcoming tender where the usual solution does not satisfy users or costs too much.",
            "Talk to the internal client and write the need in terms of outcomes.",
            "Run a short market consultation before drafting the tender.",
            "Ask your national competence centre for help: they exist to support exactly this.",
        ],
    ),
    ("h", "Where to go next"),
    (
        "ul",
        [
            "The platform's Get started pages and step-by-step path.",
            "The Resource Centre: guides, templates and cases, searchable by stage and sector.",
            "The Commission's Guidance on innovation procurement (2021): https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
            "The P2I Network of national competence centres, on the platform's network pages.",
        ],
    ),
]

GLOSSARY = [
    NOTE,
    ("h", "About this glossary"),
    "Innovation procurement has its own vocabulary, and the same term can mean different things in different countries. This glossary gives short, plain definitions of the terms used on the platform, with the legal reference where there is one. Terms are in alphabetical order.",
    (
        "table",
        [
            ["Term", "Definition"],
            [
                "Award criteria",
                "The criteria, published in advance with their weights, on which offers are compared to identify the most economically advantageous tender (Article 67 of Directive 2014/24/EU).",
            ],
            [
                "Best price-quality ratio",
                "An award basis that combines cost with qualitative, environmental or social criteria linked to the subject of the contract.",
            ],
            [
                "Buyers' group",
                "Public buyers, often from several countries, who prepare a procurement together, for example to show suppliers a larger market. Each may still buy under its own procedure, or they may buy jointly.",
            ],
            [
                "Competence centre",
                "A public service that advises, trains and supports public buyers in innovation procurement, usually with a national mandate.",
            ],
            [
                "Competitive dialogue",
                "A procedure in which the buyer discusses solutions with selected candidates before they submit final tenders; for complex needs where the means cannot be defined in advance (Article 30).",
            ],
            [
                "Competitive procedure with negotiation",
                "A procedure in which the buyer negotiates initial tenders with selected candidates; among other cases, for needs that require adaptation, design or innovative solutions (Article 29).",
            ],
            [
                "eForms",
                "The EU standard for procurement notices published on TED, mandatory since 25 October 2023; notices are structured data, including fields that flag innovation.",
            ],
            [
                "Functional requirement",
                "A requirement that describes what a solution must achieve rather than what it must be (Article 42).",
            ],
            [
                "Innovation",
                "The implementation of a new or significantly improved product, service or process (Article 2(1)(22) of Directive 2014/24/EU).",
            ],
            [
                "Innovation partnership",
                "A procedure to develop an innovative solution and then purchase it, in phases, without a new tender (Article 31).",
            ],
            [
                "Internal client",
                "The department inside the buying organisation that owns the need and uses, and often pays for, the solution.",
            ],
            [
                "Life-cycle costing",
                "Comparing offers on all costs over the life of the purchase: acquisition, use, maintenance, end of life and, where measurable, external environmental costs (Article 68).",
            ],
            ["Lot", "A part of a contract that can be awarded separately; lots help SMEs bid (Article 46)."],
            [
                "Market consultation",
                "Dialogue with suppliers and experts before a tender, to prepare it and inform the market (Article 40).",
            ],
            [
                "Phase gate",
                "In a PCP or an innovation partnership, the evaluation at the end of a phase that decides which suppliers continue.",
            ],
            [
                "Pre-commercial procurement (PCP)",
                "The purchase of R&D services from several competing suppliers in phases, with risks and benefits shared at market conditions; outside the directives under the R&D exclusion (Article 14).",
            ],
            ["Prior information notice", "A notice announcing planned procurements; it can also announce a market consultation."],
            [
                "Public procurement of innovative solutions (PPI)",
                "A procurement in which public buyers act as early adopters of solutions new to the market, often as a group.",
            ],
            [
                "State aid",
                "An advantage granted by public resources to certain undertakings that distorts competition; a PCP avoids it by paying the market price for what it buys.",
            ],
            [
                "TED",
                "Tenders Electronic Daily, the online supplement to the Official Journal of the EU where notices above the EU thresholds are published: https://ted.europa.eu/",
            ],
            [
                "Variant",
                "An alternative offer that a buyer allows bidders to submit in addition to or instead of a conforming one (Article 45).",
            ],
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

SELF_ASSESSMENT = [
    NOTE,
    ("h", "Is your organisation ready to buy innovation?"),
    "This self-assessment helps a public organisation see where it stands and what to work on first. It takes about 30 minutes for a small group: the head of procurement, a budget holder and someone from a service that uses what is bought. Answer each statement honestly on a scale from 1 (not at all) to 4 (fully), add the scores per section, and read the advice for your weakest section.",
    ("h", "A. Direction"),
    (
        "table",
        [
            ["No.", "Statement", "Score 1-4"],
            ["A1", "Our strategy or procurement policy mentions innovation, with a goal we report on.", ""],
            ["A2", "Senior management has said publicly that well-managed risk in procurement is acceptable.", ""],
            ["A3", "We have chosen areas where innovation would make the biggest difference to our services.", ""],
        ],
    ),
    ("h", "B. People and skills"),
    (
        "table",
        [
            ["No.", "Statement", "Score 1-4"],
            ["B1", "Our procurement staff have been trained in market consultation and functional specifications.", ""],
            ["B2", "Internal clients take part in preparing tenders from the needs assessment onwards.", ""],
            ["B3", "We know whom to ask for help (a competence centre, peers in other organisations).", ""],
        ],
    ),
    ("h", "C. Practice"),
    (
        "table",
        [
            ["No.", "Statement", "Score 1-4"],
            ["C1", "We consult the market before larger tenders as a matter of routine.", ""],
            ["C2", "We use life-cycle cost rather than purchase price when running costs matter.", ""],
            ["C3", "Our contracts allow pilots and improvement during their term.", ""],
            ["C4", "We manage contracts actively, with performance indicators and regular reviews.", ""],
        ],
    ),
    ("h", "D. Money and learning"),
    (
        "table",
        [
            ["No.", "Statement", "Score 1-4"],
            ["D1", "There is budget for the preparation of innovation procurements (consultations, pilots).", ""],
            ["D2", "We know the national and EU co-funding options and have used at least one.", ""],
            ["D3", "We evaluate our innovative contracts and share the results, including failures.", ""],
        ],
    ),
    ("h", "Reading your scores"),
    (
        "ul",
        [
            "Direction weakest: start by agreeing with management one or two areas for innovation and a simple goal. Without a mandate, buyers will not take the extra effort.",
            "People weakest: train a small group and pair them with an experienced buyer or your national competence centre for a first project.",
            "Practice weakest: pick one forthcoming tender and apply one tool at a time: a market consultation first, then a functional requirement, then life-cycle costing.",
            "Money and learning weakest: reserve a small preparation budget and write a one-page report on each innovative contract after its first year.",
        ],
    ),
    "Repeat the self-assessment every year. The scores matter less than the conversation they start between procurement, budget holders and users.",
    ("h", "Turning the result into a plan"),
    "Write down, for the weakest section, one action for the next three months, one for the next year, and who is responsible for each. Keep the actions small and concrete: 'run a market consultation before the school catering tender in March' is a plan; 'strengthen market engagement' is not. Share the plan with the manager who sponsors the work, and review it when you repeat the self-assessment. Organisations that do this for two or three years usually find that their scores rise in every section, because each practical step makes the next one easier.",
]

COURSE_WORKBOOK = [
    NOTE,
    ("h", "About the workbook"),
    "This workbook is used in the course 'Writing an innovation-friendly tender'. Each module has a short explanation, an exercise on the participant's own tender and questions for discussion. Participants bring a tender they will publish in the coming year; by the end of the course they have rewritten its key parts.",
    ("h", "Module 1. From product to need"),
    "Most tenders start with a product because the last contract did. The first step is to ask what the product is for. Write down, in one sentence each: the people who benefit, the problem they have today, the result they would notice if it were solved, and how you would measure that result.",
    (
        "table",
        [
            ["Question", "Your answer"],
            ["Who benefits?", ""],
            ["What problem do they have today?", ""],
            ["What result would they notice?", ""],
            ["How would you measure it?", ""],
        ],
    ),
    ("h", "Module 2. Asking the market"),
    "Draft five questions for a market consultation on your tender, following the platform's questionnaire template. Then swap with another participant and answer each other's questions as if you were a supplier. Which questions were easy to answer? Which invited a sales pitch? Which revealed something the buyer did not know?",
    ("h", "Module 3. Writing requirements"),
    "Rewrite three requirements of your tender as functional requirements with a minimum level, a target level and a method of verification. Check each with the test: could two very different solutions meet it? If not, it still describes a product.",
    (
        "table",
        [
            ["Original requirement", "Functional requirement", "Minimum", "Target", "Verification"],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
        ],
    ),
    ("h", "Module 4. Rewarding what matters"),
    "Choose award criteria for your tender and give them weights. Then model three realistic offers (basic and cheap; high-performing and expensive; middle) in the scoring model worksheet. Does the result match what your users would choose? If not, change the weights or the criteria, not the offers.",
    ("h", "Module 5. The contract"),
    "Decide which outcomes will be linked to payment, how performance will be measured and who will manage the contract. Add a review clause for foreseeable improvements. Write down what you will do in the first three months after signature.",
    ("h", "Module 6. Presenting your tender"),
    "Each participant presents the rewritten tender in five minutes: the need, what the market consultation would ask, two functional requirements, the award criteria and weights, and the contract's payment mechanism. The group asks the questions a supplier, an auditor and a politician would ask.",
    ("h", "Discussion questions"),
    (
        "ul",
        [
            "What is the biggest obstacle to this approach in your organisation, and who could remove it?",
            "What evidence would convince your auditor that a higher purchase price was the better choice?",
            "Which internal client would you involve first, and how would you persuade them to give their time?",
            "What would you do if the market consultation showed that no solution yet exists?",
        ],
    ),
    ("h", "Further reading"),
    (
        "ul",
        [
            "The platform's guides on market consultation, functional specifications, award criteria and contract management, each with its template.",
            "Directive 2014/24/EU: https://eur-lex.europa.eu/eli/dir/2014/24/oj",
        ],
    ),
]

IPR_OPTIONS = [
    NOTE,
    ("h", "Why intellectual property matters in innovation procurement"),
    "When a buyer pays for the development of something new, someone will own the results: inventions, software, designs, data, know-how. Who owns them, and what the others may do with them, decides whether suppliers are willing to invest, whether the buyer can maintain and extend the solution later, whether other buyers can benefit, and, in a pre-commercial procurement, whether the procurement involves State aid. The choice should be made deliberately, before the tender is published, and the terms should be part of the tender documents.",
    ("h", "The main options"),
    (
        "table",
        [
            ["Option", "Buyer receives", "Supplier keeps", "Suits", "Price effect"],
            [
                "1 Supplier owns, buyer has use rights",
                "free use for own needs; right to require licences to third parties on fair terms; call-back if not exploited",
                "ownership; right to sell to others",
                "PCP (the usual model in EU-funded PCPs); most innovation partnerships",
                "lower price: the supplier values the rights it keeps",
            ],
            [
                "2 Buyer owns, supplier has use rights",
                "ownership; right to license",
                "right to use for further development",
                "solutions the buyer must control (security, core public infrastructure)",
                "higher price; weaker incentive to commercialise",
            ],
            [
                "3 Open licence",
                "results under an open licence for everyone",
                "same as everyone",
                "software and data meant to be reused by many public bodies",
                "depends on the business model; may reduce the number of bidders",
            ],
            [
                "4 Shared ownership",
                "joint ownership with rules for exploitation",
                "joint ownership",
                "rarely advisable; complex to manage",
                "hard to price",
            ],
        ],
    ),
    ("h", "What to write in the tender"),
    (
        "ul",
        [
            "Which option applies, and the exact rights of each side, in the draft contract attached to the call for tenders.",
            "The buyer's use rights: for which purposes, for how long, in which organisations (for example all members of a buyers' group).",
            "Licences to third parties: when the buyer can require them and on what terms.",
            "Call-back: when the rights return to the buyer if the supplier does not exploit them within a set period.",
            "Background rights: what the supplier brought in, which it keeps, and the licence the buyer needs to use the results.",
            "Publication: what results the buyer may publish, and how confidential information is protected.",
        ],
    ),
    ("h", "Data"),
    "Data generated during a pilot or in use is often the most valuable result. Decide who owns it, who may use it for what, in which format it is delivered and what happens at the end of the contract. Personal data is subject to data protection law whatever the contract says: plan the legal basis, the minimisation and the safeguards before the tests start.",
    ("h", "Pricing the rights in a PCP"),
    "Under the State aid framework for research, development and innovation, a supplier that keeps results or rights must pay their market value, which may be deducted from the price. In practice, a competitive procedure in which bidders know the IPR terms in advance establishes that market price: each bidder prices the rights it keeps into its offer. Say so explicitly in the award report.",
    ("h", "Lessons from PCP projects"),
    (
        "ul",
        [
            "Suppliers owning the IPR, with licensing obligations, has been the most common choice in EU-funded PCPs, because it gives suppliers a reason to invest and commercialise.",
            "Buyers that later wanted to extend a solution sometimes found their use rights too narrow: define them broadly enough for maintenance and further development by third parties.",
            "Open standards and documented interfaces protect buyers from lock-in better than ownership of code they cannot maintain.",
        ],
    ),
    ("h", "References"),
    (
        "ul",
        [
            "Communication COM(2007) 799 on pre-commercial procurement: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799",
            "Framework for State aid for research and development and innovation (2022), Official Journal C 414: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2022:414:TOC",
        ],
    ),
]

NEEDS_ASSESSMENT_GUIDE = [
    NOTE,
    ("h", "Why start with the need"),
    "A procurement that starts from the product repeats the past. A procurement that starts from the need can find something better. The needs assessment is the step where the buyer and its internal clients agree on the problem, the people affected, the results wanted and the constraints, before anyone talks about solutions. It is also where most innovation procurements succeed or fail: when the users and budget holders are not involved here, they rarely support an unfamiliar solution later.",
    ("h", "Who takes part"),
    (
        "table",
        [
            ["Role", "Why they are needed"],
            ["Internal client (head of the service that has the need)", "owns the problem and the budget for operation"],
            ["Users (staff and, where possible, citizens)", "know what does not work today"],
            ["Procurement officer", "knows the procedures and the market"],
            ["Finance", "knows the costs today and the budget rules"],
            ["Technical or IT staff", "know the systems and sites the solution must fit"],
            ["Sustainability or policy officer", "knows the targets that apply"],
        ],
    ),
    ("h", "A half-day workshop"),
    (
        "table",
        [
            ["Time", "Activity", "Output"],
            [
                "30 min",
                "Each participant describes the problem from their point of view, without proposing solutions",
                "a shared description of the problem",
            ],
            [
                "45 min",
                "Map who is affected and how; collect facts and figures (costs, volumes, complaints, emissions)",
                "a stakeholder map and baseline figures",
            ],
            [
                "45 min",
                "Describe what good would look like in three years; turn it into outcomes with indicators",
                "a first list of outcomes",
            ],
            ["30 min", "List constraints: law, sites, systems, budget, timetable", "a list of constraints"],
            [
                "30 min",
                "Decide what must be learnt from the market and who will lead the next steps",
                "questions for the market consultation; an owner",
            ],
        ],
    ),
    ("h", "Questions that help"),
    (
        "ul",
        [
            "What happens today, step by step? Where does it go wrong, and how often?",
            "What does the current solution cost per year, including staff time, energy and repairs?",
            "Who complains, and about what?",
            "What would users notice first if the problem were solved?",
            "Which targets (climate, accessibility, service levels) apply, and are we meeting them?",
            "What must not change?",
        ],
    ),
    ("h", "From needs to outcomes"),
    "An outcome describes a result that can be measured: 'residents wait no more than ten minutes for a connection in the evening', not 'a new bus line'. For each outcome, write the indicator, today's value (the baseline), the minimum acceptable value and the target. These become the heart of the functional specification and, later, of the contract's performance indicators.",
    ("h", "The output: a needs statement"),
    (
        "table",
        [
            ["Section", "Content"],
            ["Problem", "half a page, in the users' words, with figures"],
            ["People affected", "who, how many, how"],
            ["Outcomes", "table with indicators, baselines, minimums and targets"],
            ["Constraints", "what is fixed"],
            ["Open questions", "what must be learnt from the market"],
            ["Owner", "the internal client who signs the statement"],
        ],
    ),
    "Have the internal client sign the needs statement. It is a small formality with a large effect: it makes the need theirs, and it gives the procurement team a reference when discussions later drift back to a familiar product.",
]

JOINT_PROCUREMENT_CHECKLIST = [
    NOTE,
    ("h", "When buyers procure together"),
    "Buying together gives public buyers a larger market to offer, shared costs of preparation and a stronger position with suppliers, which matters most for innovative solutions that need volume to be produced. Article 38 of Directive 2014/24/EU allows occasional joint procurement between contracting authorities, and Article 39 sets rules for joint procurement by authorities from different Member States. This checklist lists the questions a buyers' group must settle before it publishes a joint tender.",
    ("h", "Checklist"),
    (
        "table",
        [
            ["No.", "Question", "Decided (yes/no)", "Where recorded"],
            [
                "1",
                "Who are the participating buyers, and has each obtained internal approval and budget?",
                "",
                "cooperation agreement",
            ],
            [
                "2",
                "Is the tender run by a lead buyer on behalf of all, or does each buyer award its own contract after a joint preparation?",
                "",
                "cooperation agreement",
            ],
            [
                "3",
                "Which national law applies to the procedure (for cross-border joint procurement, Article 39(4))?",
                "",
                "cooperation agreement; contract notice",
            ],
            [
                "4",
                "Who is responsible for which parts of the procedure, and how is liability shared?",
                "",
                "cooperation agreement",
            ],
            [
                "5",
                "What common need and outcomes have all buyers agreed, and what local differences remain (lots, options)?",
                "",
                "needs statement",
            ],
            ["6", "In which language or languages are the tender documents, the questions and the bids?", "", "contract notice"],
            ["7", "How are the costs of preparation and of the procedure shared?", "", "cooperation agreement"],
            ["8", "Who signs the contracts, who manages them and who pays the supplier?", "", "cooperation agreement"],
            [
                "9",
                "How are the buyers' rights to results (in a PCP or an innovation partnership) shared among them?",
                "",
                "draft contract",
            ],
            [
                "10",
                "How do buyers decide together: unanimity, majority, lead buyer with consultation?",
                "",
                "cooperation agreement",
            ],
            ["11", "What happens if a buyer leaves the group before or after award?", "", "cooperation agreement"],
            ["12", "How are review procedures and complaints handled, and in which country?", "", "contract notice"],
        ],
    ),
    ("h", "Practical advice"),
    (
        "ul",
        [
            "Start with a small group of buyers who share a real need, then let others join through options or later call-offs rather than growing the group before the tender.",
            "Agree the common need first; harmonising specifications is easier than harmonising budgets, so settle budget commitments early.",
            "Plan extra time for translations, for approvals in each organisation and for the cooperation agreement itself.",
            "Use the national competence centres of each country: they know the national rules and can help the group find common ground.",
        ],
    ),
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

READING_GUIDE = [
    NOTE,
    ("h", "How to use this reading guide"),
    "The Commission's 2021 Guidance on innovation procurement is long: it addresses politicians, managers and buyers, and it is full of examples. This guide helps a procurement team work through it in four lunchtime sessions of about an hour, each with a short reading, a discussion and one action for the team. The chapter titles below refer to the guidance as published in the Official Journal (2021/C 267/01).",
    ("h", "Session 1. The mandate"),
    "Read the chapters on why innovation procurement matters and on setting the policy framework. Discuss who in your organisation asks for innovation today, and why: a political programme, a climate plan, a service that users complain about, a budget under pressure. Note where the mandate is missing or unclear.",
    (
        "ul",
        [
            "Question for the team: if we bought something new next year and it partly failed, who would defend the decision?",
            "Action: list two forthcoming procurements where the usual solution does not satisfy the users.",
        ],
    ),
    ("h", "Session 2. Market dialogue"),
    "Read the sections on needs assessment and preliminary market consultation. The guidance insists that talking to the market is allowed and useful, provided it is open and documented. As a worked example, the session uses a hospital that consulted suppliers about cryogenic storage of biological samples before writing its tender: it learnt that monitoring and alarm services mattered more to its researchers than the freezers themselves, and rewrote the need accordingly.",
    (
        "ul",
        [
            "Question: what do we not know about the market for our two procurements?",
            "Action: draft five consultation questions for one of them, using the platform's questionnaire template.",
        ],
    ),
    ("h", "Session 3. Specifications and award"),
    "Read the sections on functional and performance requirements, variants and award criteria, including life-cycle costing. Compare one of your recent specifications with the examples: which requirements describe a product, and which describe a result?",
    (
        "table",
        [
            ["Topic in the guidance", "What to look for", "Team's note"],
            ["Functional requirements", "requirements that leave the means open", ""],
            ["Variants", "when alternative offers are allowed", ""],
            ["Award criteria", "quality and innovation rewarded, with published weights", ""],
            ["Life-cycle costing", "running costs counted in the award", ""],
        ],
    ),
    ("h", "Session 4. Contracts and scaling up"),
    "Read the sections on the procedures (competitive procedure with negotiation, competitive dialogue, innovation partnership), on pre-commercial procurement and on contract management. Discuss how a pilot becomes a full roll-out without a second tender, and what the contract must say for that to be possible.",
    (
        "ul",
        [
            "Question: which procedure would suit each of our two procurements, and why?",
            "Action: agree who will lead the first of them, and ask the national competence centre for a first meeting.",
        ],
    ),
    ("h", "After the four sessions"),
    "Teams that complete the sessions usually leave with a short list of changes to their own practice rather than a new policy. That is the point: the guidance is most useful as a set of tools to try one at a time, starting with the next tender.",
    ("h", "References"),
    ("ul", REFERENCES_EU),
]

FIRST_YEAR_REVIEW = [
    NOTE,
    ("h", "Purpose"),
    "An innovative solution shows its real value, or its problems, in the first year of use. This template structures a short review at the end of that year, written by the contract manager with the internal client and discussed with the supplier. It feeds the decision to continue, adjust or scale up, and it is the most useful document to share with other buyers.",
    ("h", "1. Summary"),
    (
        "table",
        [
            ["Item", "Content"],
            ["Contract", "[title, supplier, start date]"],
            ["Overall assessment", "[on track / partly on track / not on track]"],
            ["Decision proposed", "[continue / adjust / scale up / end]"],
            ["Authors", "[contract manager, internal client]"],
        ],
    ),
    ("h", "2. Performance against outcomes"),
    (
        "table",
        [
            ["Outcome", "Baseline", "Minimum", "Target", "Result after one year", "Comment"],
            ["[O1]", "", "", "", "", ""],
            ["[O2]", "", "", "", "", ""],
            ["[O3]", "", "", "", "", ""],
        ],
    ),
    ("h", "3. Costs"),
    "Compare the costs of the first year with the life-cycle cost estimate used in the award: purchase, energy, maintenance, staff time. Explain differences and whether they will persist. Costs are often higher in the first months, when staff are learning and the supplier is adjusting the solution; separate these start-up costs from the costs that will recur, so that the comparison with the estimate is fair. Where the contract links payment to performance, show the deductions or bonuses applied and whether the mechanism worked as intended: a payment rule that nobody applies, or that the supplier can always meet without effort, should be reconsidered for the next contract.",
    ("h", "4. Users"),
    "Summarise the users' experience: survey results, complaints, suggestions. Quote users where it helps; describe changes in their work.",
    ("h", "5. What went wrong and how it was solved"),
    (
        "table",
        [
            ["Problem", "When", "Cause", "Solution", "Lesson"],
            ["", "", "", "", ""],
            ["", "", "", "", ""],
        ],
    ),
    ("h", "6. The supplier relationship"),
    (
        "ul",
        [
            "Did the supplier meet its commitments on reporting and response times?",
            "Were meetings useful? Were decisions taken and followed up?",
            "Did the supplier propose improvements, and were they adopted?",
        ],
    ),
    ("h", "7. Decision and next steps"),
    "State the proposed decision and what it requires: a change under a review clause, an extension to other sites, additional training, or the end of the contract. Name who decides and by when.",
    ("h", "8. Sharing the lessons"),
    "Agree with the supplier what can be published, and send a short version to the national competence centre or publish it on the platform. Honest reports of contracts in use, including problems, are what other buyers most need.",
    ("h", "Checklist before sending"),
    (
        "ul",
        [
            "The figures come from the agreed data sources and have been checked with the supplier.",
            "The internal client has read and agreed the report.",
            "Confidential information of the supplier is marked or removed.",
            "The proposed decision is within what the contract allows.",
        ],
    ),
]

REQUIREMENT_EXERCISES = [
    NOTE,
    ("h", "Exercise sheets: from product requirements to functional requirements"),
    "These exercises accompany module 3 of the course. Each gives a product requirement taken from a typical tender, with the context. Rewrite it as a functional requirement with a minimum, a target and a verification method; then compare with the model answer at the end of the sheet. The buyers in the exercises are fictional.",
    ("h", "Exercise 1. Cleaning a swimming pool"),
    "Context: the municipality of Havenwaard runs three public swimming pools. The current contract asks for 'two automatic pool-cleaning robots per pool, brand X or equivalent'. Staff complain that the robots miss the steps and that chemical use is high.",
    ("h", "Exercise 2. Library opening hours"),
    "Context: the city library wants to open longer without more staff. The draft tender asks for 'a self-service kiosk system with RFID readers at each entrance'.",
    ("h", "Exercise 3. Winter road maintenance"),
    "Context: a regional road authority buys 'rock salt, 4,000 tonnes per winter'. It wants fewer accidents on icy roads and less salt in rivers.",
    ("h", "Exercise 4. School meals"),
    "Context: a school board buys 'a catering service, three-course menu, 1,800 meals per day'. Plate waste is high and pupils' satisfaction is low.",
    ("h", "Model answers"),
    (
        "table",
        [
            ["Exercise", "Functional requirement", "Minimum", "Target", "Verification"],
            [
                "1",
                "Pool floors, walls and steps are clean at opening time, with lower chemical use",
                "hygiene standard met at daily inspection; chemicals -15%",
                "chemicals -30%",
                "daily inspection log; chemical purchases",
            ],
            [
                "2",
                "Registered users can borrow and return items and use the reading rooms outside staffed hours, safely",
                "20 extra hours per week",
                "35 extra hours",
                "access logs; incident reports",
            ],
            [
                "3",
                "Priority roads are kept free of ice at the lowest environmental impact",
                "no ice on priority roads 2 hours after frost warning",
                "1 hour",
                "road sensors; patrol reports; salt used per km",
            ],
            [
                "4",
                "Pupils eat a balanced lunch they enjoy, with less waste",
                "plate waste -20% against baseline; satisfaction 60%",
                "-40%; 75%",
                "weighing of waste twice a term; pupil survey",
            ],
        ],
    ),
    ("h", "Discussion"),
    (
        "ul",
        [
            "In each answer, which solutions that the original requirement excluded are now possible?",
            "Which minimum levels would you need to test in a market consultation before publishing?",
            "Which requirements could be linked to payment in the contract, and how?",
            "What would the buyer need to provide (data, access, staff time) for the supplier to meet the requirement?",
        ],
    ),
    ("h", "Common mistakes"),
    (
        "ul",
        [
            "Keeping the product in disguise: 'a robotic solution that cleans the pool' still prescribes robots.",
            "Setting minimum levels nobody can measure, such as 'high satisfaction'.",
            "Forgetting constraints that really are fixed, such as safety rules or opening hours set by law.",
            "Asking for everything: a functional requirement should describe the few results that matter, not every feature.",
        ],
    ),
]

# slug of one of the platform's own resources -> its documents: (kind, title, content)
DOCUMENTS = {
    "preliminary-market-consultation-guide": [
        ("pdf", "Market consultation guide: talking to suppliers before you tender", MARKET_CONSULTATION_GUIDE),
        ("docx", "Template: market consultation questionnaire", CONSULTATION_QUESTIONNAIRE),
        ("odt", "Template: supplier information day agenda and minutes", INFORMATION_DAY_TEMPLATE),
    ],
    "pre-commercial-procurement-explained": [
        ("docx", "PCP tender template: research and development services in three phases", PCP_TENDER_TEMPLATE),
        ("odt", "PCP phase gate evaluation form", PHASE_GATE_FORM),
        ("pdf", "State aid checklist for pre-commercial procurement", STATE_AID_CHECKLIST),
    ],
    "functional-specifications-describe-the-problem": [
        ("docx", "Functional specification template", FUNCTIONAL_SPECIFICATION_TEMPLATE),
        ("pdf", "Worked example: from a product list to outcomes (cooler school yards)", FUNCTIONAL_SPECIFICATION_EXAMPLE),
    ],
    "life-cycle-cost-calculator-electric-buses": [
        ("xlsx", "Life-cycle costing worksheet", LCC_WORKSHEET),
        ("pdf", "Life-cycle costing: method note", LCC_METHOD_NOTE),
    ],
    "award-criteria-that-reward-innovation": [
        ("pdf", "Award criteria that reward innovation: a scoring guide", AWARD_CRITERIA_GUIDE),
        ("xlsx", "Award scoring model", AWARD_SCORING_MODEL),
    ],
    "innovation-partnership-step-by-step": [
        ("pdf", "Innovation partnership: phases, targets and timetable", INNOVATION_PARTNERSHIP_PLAN),
        ("odt", "Innovation partnership agreement: checklist of clauses", PARTNERSHIP_CLAUSES_CHECKLIST),
    ],
    "commission-guidance-on-innovation-procurement-2021": [
        ("pdf", "Reading guide for procurement teams (written by the platform team)", READING_GUIDE),
    ],
    "contract-management-for-innovative-solutions": [
        ("docx", "Template: contract management plan", CONTRACT_MANAGEMENT_PLAN),
        ("odt", "Template: first-year review of an innovative contract", FIRST_YEAR_REVIEW),
        ("xlsx", "Risk register for innovative contracts", RISK_REGISTER),
    ],
    "measuring-the-impact-of-innovation-procurement": [
        ("pdf", "Impact measurement framework for innovation procurement", IMPACT_FRAMEWORK),
        ("docx", "Template: business case for an innovation procurement", BUSINESS_CASE_TEMPLATE),
    ],
    "innovation-procurement-in-90-minutes-training": [
        ("pdf", "Handout: innovation procurement in 90 minutes", TRAINING_HANDOUT),
        ("pdf", "Glossary of innovation procurement", GLOSSARY),
        ("odt", "Self-assessment: is your organisation ready to buy innovation?", SELF_ASSESSMENT),
        ("pdf", "Needs assessment workshop guide", NEEDS_ASSESSMENT_GUIDE),
    ],
    "writing-an-innovation-friendly-tender-course": [
        ("pdf", "Course workbook: writing an innovation-friendly tender", COURSE_WORKBOOK),
        ("docx", "Exercise sheets: from product requirements to functional requirements", REQUIREMENT_EXERCISES),
    ],
    "lessons-from-pcp-projects": [
        ("pdf", "Intellectual property options in innovation procurement", IPR_OPTIONS),
        ("docx", "Checklist: joint and cross-border procurement by buyers' groups", JOINT_PROCUREMENT_CHECKLIST),
    ],
}
