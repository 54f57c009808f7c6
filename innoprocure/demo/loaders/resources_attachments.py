"""The documents attached to generated (illustrative) demo resources, written as the files such a case would have.

Each document is built from its resource's own text (title, summary, body, buyer, year) and a model text for its kind
of document: a consultation's minutes, a specification, an evaluation, a questionnaire, a budget, slides, a data
dictionary, lessons learned. One sentence per document (its `finding`) holds a word from ATTACHMENT_ONLY_WORDS, so
that search can be shown to reach text that exists only inside a file.
"""

from innoprocure.demo.documents import read_document, read_toml
from innoprocure.demo.loaders.resources_data import PLATFORM

_DOCUMENTS = read_toml("resources/generated/documents.toml")
REFERENCES = _DOCUMENTS["references"]

# Model sections per kind of document (content/resources/generated/<model>.md). "{buyer}", "{resource}" and "{year}"
# are filled from the resource.
MODELS = ["consultation", "specification", "evaluation", "questionnaire", "lessons", "data", "site-visit"]
SECTIONS = {model: read_document(f"resources/generated/{model}.md") for model in MODELS}

SLIDES = _DOCUMENTS["slides"]


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
    """The content of one attachment in the shape its file builder takes (see loaders/resources.py `build_file`)."""
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
