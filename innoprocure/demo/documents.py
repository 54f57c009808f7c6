"""Reads the demo's documents from Markdown and the spreadsheets from TOML, in the shape the file builders take.

A document is a small Markdown subset, one block per paragraph (blocks are separated by a blank line):
`## heading`, a list of `- item` lines, a table of `| cell | cell |` lines (the first is the header; a `|---|`
line under it is skipped), and any other block a paragraph. Each comes back as the filebuilders' structured
content: a paragraph is a string, the others are ("h", text), ("ul", [items]) and ("table", [header, *rows]).
A spreadsheet is a TOML file with one array of rows per sheet, in a `[sheets]` table in the order of the sheets.
"""

import re
import tomllib
from pathlib import Path

CONTENT = Path(__file__).parent / "content"

_SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+$")


def _cells(line):
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _block(lines):
    if lines[0].startswith("## "):
        return ("h", lines[0][3:])
    if lines[0].startswith("- "):
        return ("ul", [line[2:] for line in lines])
    if lines[0].startswith("|"):
        return ("table", [_cells(line) for line in lines if not _SEPARATOR.match(line.strip())])
    return " ".join(lines)


def parse_markdown(text):
    """The structured content of one document's Markdown."""
    blocks = [block.splitlines() for block in re.split(r"\n\s*\n", text.strip())]
    return [_block(lines) for lines in blocks if lines]


def read_document(path):
    """The content of the document at `path` (relative to content/): Markdown, or a TOML workbook of sheets."""
    full = CONTENT / path
    if full.suffix == ".toml":
        return tomllib.loads(full.read_text(encoding="utf-8"))["sheets"]
    return parse_markdown(full.read_text(encoding="utf-8"))


def read_toml(path):
    return tomllib.loads((CONTENT / path).read_text(encoding="utf-8"))


def as_tuples(items, fields, defaults=None):
    """TOML tables as tuples in the order of the space-separated `fields`, the shape a loader unpacks; a field left
    out of a table takes its value from `defaults`, else None."""
    return [tuple(item.get(field, (defaults or {}).get(field)) for field in fields.split()) for item in items]
