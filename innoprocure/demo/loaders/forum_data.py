"""The demo forum's groups and discussions. Everything here is illustrative: the people are fictional and the
discussions are original writing about common practice; no statement is made about a real organisation."""

ILLUSTRATIVE = "Illustrative demo group: its members and discussions are fictional."

# email, given name, family name, organisation (fictional), country, job role, languages, handle, expertise, sectors
PEOPLE = [
    ("forum-moderator@example.org", "Sanna", "Virtanen", "Innovation Procurement Platform", "FI", "Forum moderator",
     ["fi", "sv", "en"], "sanna-virtanen", "Community management, PPI guidance", ["public-administration"]),
    ("amelie.laurent@example.org", "Amélie", "Laurent", "City of Valbonne-sur-Mer (fictional)", "FR", "Head of procurement",
     ["fr", "en"], "amelie-laurent", "Zero-emission construction sites, buyer groups", ["construction", "mobility"]),
    ("jonas.weber@example.org", "Jonas", "Weber", "Regional Health Trust Nordhafen (fictional)", "DE",
     "Category manager medical devices", ["de", "en"],
     "jonas-weber", "Hospital procurement, value-based procurement", ["health-care"]),
    ("marta.kowalska@example.org", "Marta", "Kowalska", "Metropolitan Transport Authority of Lesna (fictional)", "PL",
     "Innovation procurement officer", ["pl", "en"], "marta-kowalska", "PCP, market consultation", ["mobility", "ict"]),
    ("tiago.ferreira@example.org", "Tiago", "Ferreira", "Municipality of Rio Claro (fictional)", "PT", "Public buyer",
     ["pt", "es", "en"], "tiago-ferreira", "School catering, short supply chains", ["food", "education"]),
    ("eva.novak@example.org", "Eva", "Novak", "University Medical Centre Brezje (fictional)", "SI", "Procurement lawyer",
     ["sl", "en", "de"], "eva-novak", "Innovation partnership, contract management", ["health-care"]),
    ("pieter.devries@example.org", "Pieter", "de Vries", "Water Board Lage Polder (fictional)", "NL", "Tender manager",
     ["nl", "en"], "pieter-devries", "Circular ICT, asset management", ["water", "environment", "ict"]),
    ("nora.byrne@example.org", "Nora", "Byrne", "County Council of Kilbride (fictional)", "IE", "Digital services lead",
     ["en", "ga"], "nora-byrne", "Digital services, open standards", ["ict", "public-administration"]),
]  # fmt: skip

# slug, name, kind, sector, languages, summary, description, entry requirements, moderators (handles)
GROUPS = [
    ("zero-emission-construction-machinery", "Buyer group: zero-emission construction machinery", "open", "construction",
     ["en", "fr", "de"],
     "Public buyers preparing joint or aligned tenders for battery-electric and hydrogen construction machinery.",
     "We share market-consultation results, tender specifications and site experience with zero-emission excavators, "
     "wheel loaders and generators. " + ILLUSTRATIVE, "", ["amelie-laurent"]),
    ("pcp-practitioners", "PCP practitioners", "open", "ict", ["en"],
     "For people running or preparing a pre-commercial procurement: phases, IPR, evaluation and lessons learnt.",
     "Ask about any step of a PCP, from the open market consultation to the transition to a commercial procurement. "
     + ILLUSTRATIVE, "", ["marta-kowalska"]),
    ("helpdesk-competence-centres", "Helpdesk: ask the competence centres", "open", "public-administration",
     ["en", "fr", "de"],
     "Questions on innovation procurement answered by practitioners and the network's competence centres.",
     "Post a practical question; a member of the community or a competence centre answers. Please search first. "
     + ILLUSTRATIVE, "", ["sanna-virtanen"]),
    ("hospital-procurers", "Hospital procurers", "closed", "health-care", ["en", "de"],
     "A closed circle of hospital buyers exchanging on medical technology, value-based procurement and supply.",
     "Frank exchanges between hospital buyers, including on tenders in preparation. " + ILLUSTRATIVE,
     "Open to procurement staff of public hospitals and health authorities. Say which organisation you work for and "
     "your role; the moderators check it before letting you in. Suppliers cannot join.", ["jonas-weber", "eva-novak"]),
    ("circular-ict", "Circular ICT and electronics", "open", "environment", ["en", "nl"],
     "Buying refurbished devices, extending lifetimes and closing the loop on public ICT.",
     "Criteria, contract clauses and experience with circular laptops, phones and data-centre equipment. "
     + ILLUSTRATIVE, "", ["pieter-devries"]),
    ("school-food", "Sustainable school food", "open", "food", ["en", "pt", "es"],
     "Catering tenders that bring fresh, seasonal and organic food to school canteens.",
     "Lot design, menus and working with small producers. " + ILLUSTRATIVE, "", ["tiago-ferreira"]),
    ("innovation-partnership", "Innovation partnership in practice", "open", "public-administration", ["en"],
     "Running the innovation partnership procedure: from the call to the purchase of the developed solution.",
     "Share how you set phases, targets and payments. " + ILLUSTRATIVE, "", ["eva-novak"]),
    ("digital-services-buyers", "Digital services buyers", "closed", "ict", ["en"],
     "Public buyers of digital services comparing agile contracts, open source and exit clauses.",
     "For in-house digital teams and procurement officers of public bodies. " + ILLUSTRATIVE,
     "Open to staff of public bodies who buy or build digital services. Tell us your organisation and what you buy.",
     ["nora-byrne"]),
]  # fmt: skip

P2I_GROUP = (
    "P2I Network members",
    "The members' own space: deliberation on membership ballots, preparation of knowledge-exchange meetings.",
    "Only the representatives of the network's competence centres and the secretariat are members. Each open "
    "membership ballot has its discussion here; the applicant sees only the questions addressed to them.",
)

# group slug, title, kind, [(author handle, text)], accepted answer index (question threads), pinned
THREADS = [
    ("zero-emission-construction-machinery", "What did your market consultation say about battery excavators above 20 tonnes?",
     "question", [
        ("amelie-laurent", "We are preparing a framework for road works and asked the market about battery-electric "
         "excavators. Up to 14 tonnes there was plenty of choice; above 20 tonnes answers were thin and mostly about "
         "cable-powered machines.\n\nDid anybody get a different picture? We wonder whether to split the lots by weight class."),
        ("pieter-devries", "Similar here. For the heavy class we allowed *cable-electric or battery* and specified the "
         "site grid connection as the buyer's responsibility. That opened the tender to three more bidders."),
        ("marta-kowalska", "Splitting by weight class worked for us, with a separate lot for mobile charging. Ask bidders "
         "for the **real working hours per charge** in your duty cycle, not the catalogue value."),
     ], 2, True),
    ("zero-emission-construction-machinery", "Template: zero-emission requirement for site generators", "discussion", [
        ("amelie-laurent", "Here is the wording we use in works contracts (translated):\n\n> The contractor uses no "
         "diesel generators on site. Power comes from the grid connection or from battery storage units.\n\n"
         "Comments welcome: is it too strict for short interventions?"),
        ("nora-byrne", "We added an exception for emergency works of less than 48 hours, with reporting afterwards."),
     ], None, False),
    ("pcp-practitioners", "How many suppliers did you take into phase 2?", "question", [
        ("marta-kowalska", "Our PCP has five contracts in the solution-design phase. The budget allows three for "
         "prototyping. How did others decide, and how did you explain it in the tender documents?"),
        ("eva-novak", "We announced the maximum number per phase in the call and that the budget per phase was fixed. "
         "Evaluation after each phase used the same criteria, re-weighted towards test results."),
        ("jonas-weber", "One tip: keep the phase-2 evaluation panel the same as in phase 1, and have the end users test "
         "the designs before the panel scores them."),
     ], 1, False),
    ("pcp-practitioners", "Intellectual property: who keeps what?", "discussion", [
        ("nora-byrne", "We are drafting the framework agreement. The usual approach leaves ownership of results with "
         "the suppliers and gives the buyers free use rights and a licence right. Has anybody negotiated more?"),
        ("marta-kowalska", "We kept the standard approach and added a call-back right if a supplier does not exploit "
         "the results within a set period. Suppliers accepted it without discussion."),
     ], None, False),
    ("helpdesk-competence-centres", "Where do I start with a first innovation procurement?", "question", [
        ("tiago-ferreira", "Our municipality wants to try an innovation procurement for the first time (probably "
         "school catering with less food waste). Where should we start?"),
        ("sanna-virtanen", "Start with the need, not the solution: write down what problem you want solved and how you "
         "will measure it. Then talk to the market before you write anything. The *Get started* section of this "
         "platform walks you through both, and your national competence centre can review your plan."),
        ("pieter-devries", "And involve the people who will use the result (the kitchen staff!) from the first day."),
     ], 1, True),
    ("helpdesk-competence-centres", "Can we reserve a lot for start-ups?", "question", [
        ("nora-byrne", "A colleague suggested reserving a lot for start-ups. Is that allowed?"),
        ("eva-novak", "Reserving a lot for a category of companies is generally not possible under the EU directives "
         "(reserved contracts exist for sheltered workshops and social enterprises, not start-ups). What works is "
         "making the procedure accessible: small lots, proportionate selection criteria, and a market dialogue that "
         "reaches newcomers."),
     ], 0, False),
    ("hospital-procurers", "Value-based procurement of infusion pumps", "discussion", [
        ("jonas-weber", "We want to score infusion pumps on outcomes (fewer medication errors, nursing time) rather "
         "than unit price. Has anybody built such an evaluation model and would share it here?"),
        ("eva-novak", "We used a total-cost model over eight years with a quality part scored by nurses in a "
         "simulated ward. Happy to share the scoring grid; I will attach it after our legal check."),
     ], None, False),
    ("hospital-procurers", "Supply shortages: do you add continuity clauses?", "question", [
        ("eva-novak", "After the last shortages, do your framework agreements oblige suppliers to hold buffer stock?"),
        ("jonas-weber", "Yes, for a short list of critical items: four weeks of our average use, stored by the supplier, "
         "checked twice a year."),
     ], 0, False),
    ("circular-ict", "Refurbished laptops: warranty and battery health", "question", [
        ("pieter-devries", "For our first refurbished-laptop tender: what warranty and minimum battery health did you ask for?"),
        ("nora-byrne", "Three years' warranty, same as for new devices, and battery capacity of at least 80 % of the "
         "original, with a free replacement if it falls below during the warranty."),
     ], 0, False),
    ("school-food", "Splitting catering tenders so local producers can bid", "discussion", [
        ("tiago-ferreira", "We split fruit and vegetables into small geographic lots. Bids came in, but the "
         "administration of twelve contracts is heavy. How do others manage it?"),
        ("amelie-laurent", "We grouped deliveries through the central kitchen and used one order form for all lots. "
         "Invoicing stayed per producer."),
     ], None, False),
    ("innovation-partnership", "Paying for the development phase", "question", [
        ("eva-novak", "In your innovation partnership, how did you structure payments during development?"),
        ("marta-kowalska", "Fixed instalments tied to interim targets written in the contract, with the right to end "
         "the partnership after each target. The purchase phase had its own price, agreed at the start."),
     ], 0, False),
    ("digital-services-buyers", "Exit clauses that actually work", "discussion", [
        ("nora-byrne", "Our last platform migration took a year because the exit clause only required 'reasonable "
         "assistance'. What wording do you use now?"),
        ("pieter-devries", "We require a documented data export in an open format every quarter, tested once a year, "
         "and an exit plan delivered within three months of the start."),
     ], None, False),
]  # fmt: skip

# Files attached to the opening post of a discussion: thread title -> (file name, document title, paragraphs).
ATTACHMENTS = {
    "Template: zero-emission requirement for site generators": (
        "zero-emission-site-clause.pdf",
        "Clause for works contracts: zero-emission site power (illustrative)",
        [
            "1. The contractor uses no diesel generators on the site. Power comes from the grid connection provided by "
            "the contracting authority or from battery storage units charged from the grid.",
            "2. For emergency works lasting less than 48 hours, other means may be used; the contractor reports their "
            "use and fuel consumption within five working days.",
            "3. The contractor reports monthly the energy used on site, by source.",
            "This clause is an illustrative example written for the demo forum; adapt it to your national law.",
        ],
    ),
}

# Group events, dated relative to the day the demo is loaded: group slug, title, days from today, start hour, hours,
# time zone, format, venue, link to join, description, handles of the people taking part.
EVENTS = [
    ("zero-emission-construction-machinery", "Site visit: a battery-electric excavator at work", 12, 10, 3,
     "Europe/Paris", "physical", "Depot of the fictional City of Valbonne-sur-Mer, 4 rue des Ateliers", "",
     "We watch a 14-tonne battery excavator on a road-works site and talk to the site manager about charging and "
     "shifts. Bring safety shoes. " + "Illustrative demo event.", ["pieter-devries", "marta-kowalska"]),
    ("zero-emission-construction-machinery", "Call: aligning our tender timelines for 2027", 26, 14, 1, "Europe/Brussels",
     "online", "", "https://meet.example.org/zero-emission-buyers",
     "A one-hour call to compare when each of us publishes, so that suppliers can plan production. "
     + "Illustrative demo event.", ["amelie-laurent"]),
    ("pcp-practitioners", "Clinic: evaluating phase 1 reports of a PCP", 9, 11, 2, "Europe/Warsaw", "online", "",
     "https://meet.example.org/pcp-clinic",
     "Bring an anonymised phase 1 report; we go through scoring and feedback to suppliers together. "
     + "Illustrative demo event.", ["eva-novak", "nora-byrne"]),
    ("pcp-practitioners", "Lessons learnt from a mobility PCP", -20, 15, 1, "Europe/Warsaw", "online", "",
     "https://meet.example.org/pcp-lessons", "The recording and slides are in the discussion of the same name. "
     + "Illustrative demo event.", ["pieter-devries"]),
    ("hospital-procurers", "Closed round table: value-based procurement of surgical robots", 18, 9, 4, "Europe/Berlin",
     "hybrid", "Regional Health Trust Nordhafen (fictional), conference room 2", "https://meet.example.org/hospital-round-table",
     "Members only: we compare evaluation models and total-cost figures we cannot publish. "
     + "Illustrative demo event.", ["eva-novak"]),
    ("helpdesk-competence-centres", "Open office hour: your questions on innovation partnerships", 5, 13, 1,
     "Europe/Helsinki", "online", "", "https://meet.example.org/helpdesk-office-hour",
     "Drop in with any question on the innovation partnership procedure. " + "Illustrative demo event.", []),
]  # fmt: skip

# The P2I Network members' own meeting (private group): days from today, start hour, hours, title, venue, description.
P2I_EVENT = (
    30, 10, 2, "Members' meeting: preparing the next knowledge-exchange meeting", "online",
    "https://meet.example.org/p2i-members",
    "Representatives agree on the programme and the host centre of the next knowledge-exchange meeting. "
    "Illustrative demo event.",
)  # fmt: skip
