"""The documents attached to generated (illustrative) demo resources, written as the files such a case would have.

Each document is built from its resource's own text (title, summary, body, buyer, year) and a model text for its kind
of document: a consultation's minutes, a specification, an evaluation, a questionnaire, a budget, slides, a data
dictionary, lessons learned. One sentence per document (its `finding`) holds a word from ATTACHMENT_ONLY_WORDS, so
that search can be shown to reach text that exists only inside a file.
"""

from innoprocure.demo.loaders.resources_data import PLATFORM

REFERENCES = {
    "directive": "Directive 2014/24/EU on public procurement, Articles 40 (preliminary market consultations), "
    "67 (award criteria) and 68 (life-cycle costing): https://eur-lex.europa.eu/eli/dir/2014/24/oj",
    "guidance": "Commission notice, Guidance on innovation procurement, 2021/C 267/01: "
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
}

# Model sections per kind of document. "{buyer}", "{resource}" and "{year}" are filled from the resource.
SECTIONS = {
    "consultation": [
        ("h", "Format of the meeting"),
        "The meeting was announced on {buyer}'s website and on the national tender portal four weeks in advance, "
        "with a short description of the need and an invitation to companies of every size. Participants could "
        "attend in person or online. The slides and these minutes are published so that companies who could not "
        "attend have the same information as those who did: equal treatment starts before the tender.",
        (
            "ul",
            [
                "Welcome and purpose of the consultation (what is decided, what is not)",
                "The need, in the words of the staff who live with it every day",
                "Questions from the market, answered in the room or in writing afterwards",
                "Next steps and the indicative timetable",
            ],
        ),
        ("h", "Questions raised by participants"),
        (
            "table",
            [
                ["Question", "Answer given"],
                ["Will the tender prescribe a technology?", "No. It will describe the result and how it is measured."],
                ["Can small companies bid together?", "Yes; groups of suppliers and subcontracting are welcome."],
                ["How will quality be weighed against price?", "Quality and life-cycle cost will count for most points."],
                [
                    "Who owns the data the solution produces?",
                    "The buyer, in open formats; suppliers may use it to improve the service.",
                ],
            ],
        ),
        ("h", "What the buyer learnt"),
        "Several participants said that the first draft asked for more than any single product could deliver and "
        "suggested splitting the purchase into lots. Others asked for a longer pilot so that results in winter and "
        "summer could be compared. Both points will be reflected in the tender documents.",
        "{finding}",
        ("h", "Next steps"),
        "Written questions remain open for two weeks after the meeting. Answers will be published anonymously to "
        "everyone. The contract notice is expected within three months; no participant gains an advantage from "
        "having attended, and every company may still bid.",
    ],
    "specification": [
        ("h", "How to read this specification"),
        "The requirements below describe what the solution must achieve, not how. Bidders may propose any design "
        "that meets them, including variants. Each requirement says how it will be verified, so that bidders know "
        "in advance what evidence they will have to show during the pilot and at acceptance.",
        ("h", "Functional and performance requirements"),
        (
            "table",
            [
                ["No.", "Requirement", "How it is verified"],
                ["F1", "The solution does the job described in section 2 for all users, without extra staff.", "Pilot report"],
                ["F2", "Availability of at least 99 % per month, measured by the solution itself.", "Monthly report"],
                ["F3", "Data is exported in an open, documented format at no extra cost.", "Test export"],
                ["F4", "Energy use is at least 30 % lower than the current solution.", "Metered comparison"],
                ["F5", "Staff can operate it after a training of at most half a day.", "User survey"],
            ],
        ),
        ("h", "Durability and maintenance"),
        "The supplier maintains the solution for the whole contract and reports faults and repairs openly. Spare "
        "parts must remain available for at least ten years, and the design must allow repair rather than "
        "replacement of whole units.",
        "{finding}",
        ("h", "Variants and innovation"),
        "Variants are allowed if they meet the minimum requirements. The award criteria reward performance beyond "
        "the minimum, lower life-cycle cost and lower environmental impact, as explained in the tender documents.",
    ],
    "evaluation": [
        ("h", "Method"),
        "The evaluation compared the situation before and after the change over a full year. Figures come from the "
        "systems themselves where possible and from short interviews with staff and users. The evaluation team was "
        "independent of the supplier and reported to {buyer}'s steering group.",
        ("h", "Indicators"),
        (
            "table",
            [
                ["Indicator", "Before", "Target", "Measured"],
                ["User satisfaction (1-5)", "3.1", "4.0", "4.2"],
                ["Energy or material use (index)", "100", "75", "71"],
                ["Unplanned interruptions per quarter", "9", "4", "3"],
                ["Total cost of ownership per year (index)", "100", "90", "88"],
            ],
        ),
        ("h", "Findings"),
        "Most targets were met or exceeded. The largest gains came from features that the buyer had not specified "
        "but that the performance-based requirements allowed suppliers to propose. The weakest point was the "
        "hand-over between the supplier's team and the buyer's own maintenance staff in the first months.",
        "{finding}",
        ("h", "Recommendations"),
        (
            "ul",
            [
                "Keep outcome-based requirements and measure them from the first day of the contract.",
                "Plan the hand-over and training as a deliverable with its own acceptance.",
                "Publish the results so that other buyers can build on them.",
            ],
        ),
    ],
    "questionnaire": [
        ("h", "Instructions"),
        "This questionnaire prepares a future tender by {buyer}. Answering it is voluntary and does not commit "
        "anyone; answers are treated as confidential and used only to prepare the tender documents. Please answer "
        "in your own words and say where a question does not fit your solution.",
        ("h", "About your organisation"),
        (
            "ul",
            [
                "Q1. Describe your organisation and your experience with public buyers.",
                "Q2. Would you bid alone, in a group or as a subcontractor?",
            ],
        ),
        ("h", "About your solution"),
        (
            "ul",
            [
                "Q3. Describe your solution and how it meets the need described in the introduction.",
                "Q4. How mature is it (idea, prototype, tested in real conditions, on the market)?",
                "Q5. What would it cost over ten years, including maintenance and end of life?",
                "Q6. What would you need from the buyer to test it (data, sites, staff time)?",
            ],
        ),
        "{finding}",
        ("h", "How the answers are used"),
        "A summary of the answers, without names, will be published with the tender. It helps the buyer set "
        "requirements that the market can meet and avoid requirements that only one supplier could fulfil.",
    ],
    "lessons": [
        ("h", "Timeline of the project"),
        (
            "table",
            [
                ["Phase", "Duration", "What happened"],
                ["Need and business case", "3 months", "Interviews with staff and users; a first estimate of the budget"],
                ["Market consultation", "2 months", "An information day, written questions and a questionnaire"],
                ["Tender", "4 months", "Outcome-based requirements; quality and life-cycle cost weighed most"],
                ["Pilot", "12 months", "Two suppliers tested their solutions in real conditions"],
                ["Roll-out", "ongoing", "The better solution was extended under the same contract"],
            ],
        ),
        ("h", "What worked"),
        (
            "ul",
            [
                "Talking to the market early: it changed the requirements for the better.",
                "Describing the need and the results instead of a product.",
                "A small team with a named owner for the whole project, from need to contract management.",
            ],
        ),
        ("h", "What we would do differently"),
        "The pilot started in the busiest season, which left staff little time to give feedback. We underestimated "
        "the effort of integrating the new solution with existing systems and would now budget for it explicitly. "
        "Contract management needed more time than planned in the first year.",
        "{finding}",
        ("h", "Advice to other buyers"),
        "Start with the people who use the service, keep a record of every decision and its reason, and share "
        "results early, including what did not work. Many of the questions we faced had been answered elsewhere.",
    ],
    "data": [
        ("h", "About the export"),
        "{buyer} publishes the readings of the network as open data, updated every hour, under the CC BY 4.0 "
        "licence. Each line of the export is one reading of one sensor; times are in UTC (ISO 8601).",
        ("h", "Fields"),
        (
            "ul",
            [
                "sensor_id (text): the sensor's stable identifier, never reused",
                "location (text): the nearest street address, without personal data",
                "latitude, longitude (decimal, WGS 84): where the sensor is installed",
                "measured_at (date and time, UTC): when the reading was taken",
                "reading (decimal): the measured value in the unit given by the field unit",
                "unit (text): the unit of the reading, from the UCUM code list",
                "quality (code): ok, estimated or suspect, set by the supplier's validation",
            ],
        ),
        "{finding}",
        ("h", "Terms"),
        "Readings marked suspect are kept in the export so that users can see gaps. The supplier may not restrict "
        "the buyer's right to publish the data; the contract makes this an obligation for the whole term.",
    ],
    "site-visit": [
        ("h", "Purpose of the visit"),
        "Members of {buyer}'s project team visited a comparable installation before finalising the requirements, "
        "to see a solution in daily operation and to hear from the staff who run it.",
        ("h", "Observations"),
        (
            "ul",
            [
                "The operators valued simple controls and clear alarms more than extra features.",
                "Maintenance was done by the supplier's local partner within a day of a fault report.",
                "Monitoring data was available to the buyer in real time through an open interface.",
            ],
        ),
        ("h", "Questions the team asked"),
        (
            "table",
            [
                ["Question", "What the host told us"],
                ["What went wrong in the first year?", "Alarms were too frequent until thresholds were tuned with the staff."],
                ["How is the supplier paid?", "A fixed fee plus a bonus linked to measured performance."],
                ["What would you specify differently?", "Open interfaces from the start, and spare parts for ten years."],
                ["How were users involved?", "A panel of staff tested the prototypes and scored them."],
            ],
        ),
        "The host shared its tender documents and evaluation report, which are public, and offered to answer "
        "further questions during our market consultation.",
        "{finding}",
        ("h", "Consequences for our tender"),
        "The team will add a requirement for open monitoring data, ask bidders for a maintenance plan with response "
        "times, and invite staff to the evaluation of the prototypes.",
    ],
}

SLIDES = [
    ["Information day", "{resource}", "{buyer}"],
    ["Why we are here", "Tell the market about a need before we write the tender", "Hear what is possible and what it costs"],
    ["The need", "Describe the problem, not the product", "Results that we will measure during a pilot"],
    ["Timetable", "Written questions: two weeks after today", "Contract notice: within three months"],
    ["How to take part", "Every company may bid, alone or in a group", "Answers to all questions are published for everyone"],
]


def _fill(value, facts):
    if isinstance(value, str):
        return value.format(**facts)
    if isinstance(value, list):
        return [_fill(item, facts) for item in value]
    return tuple(_fill(item, facts) for item in value)


def _facts(item, finding):
    buyer = item["publisher"] if item["publisher"] != PLATFORM else "the contracting authority"
    return {"buyer": buyer, "resource": item["title"], "year": item["publication_year"], "finding": finding}


def _text_document(item, title, model, finding):
    facts = _facts(item, finding)
    return [
        ("h", "About this document"),
        f"This document belongs to “{item['title']}” ({item['publication_year']}), an illustrative example on the "
        f"{PLATFORM}. The organisations and places in it are fictional; it shows the kind of document such a project "
        "produces and may be reused as a model.",
        ("h", "Background"),
        item["summary"],
        *item["body"],
        *_fill(SECTIONS[model], facts),
        ("h", "References"),
        ("ul", [REFERENCES["directive"], REFERENCES["guidance"]]),
    ]


def _budget(item, kind, finding_row):
    rows = [
        [f"Budget overview: {item['title']} (illustrative, fictional figures)", "", "", ""],
        ["Item", "Quantity", "Unit cost (EUR)", "Total (EUR)"],
        ["Preparation and market consultation", 1, 15000],
        ["Pilot with two suppliers", 2, 60000],
        ["Independent evaluation", 1, 20000],
        finding_row,
        ["Training of staff", 40, 250],
        ["Contingency (10 %)"],
    ]
    first, last = 3, 3 + 4  # spreadsheet rows of the priced items
    for number, row in enumerate(rows[2:7], start=first):
        row.append(f"=B{number}*C{number}" if kind == "xlsx" else row[1] * row[2])
    if kind == "xlsx":
        rows[7] += ["", "", f"=ROUND(SUM(D{first}:D{last})*0.1,0)"]
        rows.append(["Total", "", "", f"=SUM(D{first}:D{last + 1})"])
    else:
        subtotal = sum(row[3] for row in rows[2:7])
        rows[7] += ["", "", round(subtotal * 0.1)]
        rows.append(["Total", "", "", subtotal + round(subtotal * 0.1)])
    return rows


def document(item, kind, title, model, finding):
    """The content of one attachment in the shape its file builder takes (see resources/demo.py `build_file`)."""
    if model == "budget":
        return _budget(item, kind, finding)
    if model == "slides":
        return [_fill(slide, _facts(item, "")) for slide in SLIDES] + [finding]
    content = _text_document(item, title, model, finding)
    if kind in ("txt", "rtf"):
        return list(flatten(content))
    return content


def flatten(content):
    """Plain lines of structured content, for formats without headings, lists or tables."""
    for entry in content:
        if isinstance(entry, str):
            yield entry
        elif entry[0] == "h":
            yield entry[1].upper()
        elif entry[0] == "ul":
            yield from (f"- {line}" for line in entry[1])
        else:
            yield from (" | ".join(str(cell) for cell in row) for row in entry[1])
