"""The platform's explanatory diagrams, drawn as SVG by templates/includes/diagram.html from the layouts made here.

Each diagram is a narrow, tall drawing (320 units wide) so that it fits a phone's screen at almost full size and
its text stays readable; on wide screens it is shown larger. The text is translated (gettext) and wrapped here,
so that the boxes grow with a longer German or French text instead of letting it overflow. Colours and text
sizes come from CSS classes (static/css/site.css, "Pictures"); the SVG has no style attribute and no script.

A diagram is chosen by its key: `{% diagram "pcp-phases" %}` in a template, or the "Diagram" block in the body of
a guidance page. The facts follow the European Commission's Communication on pre-commercial procurement,
COM(2007) 799, and docs/membership.md.
"""

import textwrap
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

WIDTH = 320
MARGIN = 4
PADDING = 12
GAP = 30  # between two boxes: room for an arrow
# Average advance of a character, as a share of the font size: that of DejaVu Sans, the widest of the usual
# sans-serif system fonts (Roboto, Segoe UI and San Francisco are narrower), so that a line never runs out of its box.
CHAR_WIDTH = {"heading": 0.65, "text": 0.6, "small": 0.6}
CELL_PADDING = 8  # the narrow cells of the two-column comparison
FONT_SIZE = {"heading": 16, "text": 14, "small": 13}
LINE_HEIGHT = {"heading": 20, "text": 18, "small": 16}

CHOICES = [
    ("pcp-phases", gettext_lazy("The phases of a pre-commercial procurement (PCP)")),
    ("pcp-ppi", gettext_lazy("PCP and PPI compared")),
    ("need-to-contract", gettext_lazy("From need to contract")),
    ("membership", gettext_lazy("How a centre joins the P2I Network")),
]


def wrap(text, width_units, kind="text"):
    """The text as lines that fit `width_units` at the font size of `kind`."""
    characters = max(8, int(width_units / (FONT_SIZE[kind] * CHAR_WIDTH[kind])))
    lines = []
    for line in textwrap.wrap(str(text), characters, break_long_words=False, break_on_hyphens=True):
        while len(line) > characters:  # a word longer than a line (German compounds): broken with a hyphen,
            cut = min(characters - 1, len(line) - 4)  # leaving at least four characters for the next line
            lines.append(line[:cut] + "-")
            line = line[cut:]
        lines.append(line)
    return lines or [""]


@dataclass
class Diagram:
    key: str
    title: str
    description: str
    elements: list = field(default_factory=list)
    height: int = 0
    width: int = WIDTH

    def rect(self, x, y, width, height, kind="light", dashed=False):
        self.elements.append({"shape": "rect", "x": x, "y": y, "width": width, "height": height, "kind": kind, "dashed": dashed})

    def lines(self, x, y, lines, kind="text", tone="dark", anchor="start"):
        """Lines of text whose first baseline is `y`; returns the y below the last line."""
        size, step = FONT_SIZE[kind], LINE_HEIGHT[kind]
        self.elements.append(
            {
                "shape": "text",
                "x": x,
                "lines": [{"y": y + number * step, "text": line} for number, line in enumerate(lines)],
                "kind": kind,
                "tone": tone,
                "anchor": anchor,
            }
        )
        return y + (len(lines) - 1) * step + step - size

    def dot(self, cx, cy, radius=7, kind="supplier"):
        self.elements.append({"shape": "circle", "cx": cx, "cy": cy, "r": radius, "kind": kind})

    def arrow(self, x, y1, y2):
        """A downward arrow from y1 to y2 at x."""
        self.elements.append({"shape": "line", "x1": x, "y1": y1, "x2": x, "y2": y2 - 7})
        self.elements.append({"shape": "head", "points": f"{x - 6},{y2 - 8} {x + 6},{y2 - 8} {x},{y2}"})

    def box(self, y, heading, text="", kind="light", x=MARGIN, width=WIDTH - 2 * MARGIN, dashed=False, extra=0):
        """A box with a bold heading and a text; `extra` units of room below the text. Returns (top, bottom)."""
        tone = "light" if kind == "dark" else "dark"
        inner = width - 2 * PADDING
        heading_lines = wrap(heading, inner, "heading")
        text_lines = wrap(text, inner, "text") if text else []
        height = PADDING + len(heading_lines) * LINE_HEIGHT["heading"]
        if text_lines:
            height += 4 + len(text_lines) * LINE_HEIGHT["text"]
        height += extra + PADDING - 4
        self.rect(x, y, width, height, kind, dashed)
        bottom = self.lines(x + PADDING, y + PADDING + FONT_SIZE["heading"], heading_lines, "heading", tone)
        if text_lines:
            self.lines(x + PADDING, bottom + 4 + FONT_SIZE["text"], text_lines, "text", tone)
        return y, y + height


def pcp_phases():
    diagram = Diagram(
        "pcp-phases",
        _("The phases of a pre-commercial procurement (PCP)"),
        _(
            "A diagram in five boxes from top to bottom. One open call for tenders awards research and development "
            "contracts to several suppliers in competition. Phase 1, solution exploration: for example six suppliers "
            "study the feasibility of their approaches. After an evaluation the best continue to phase 2, "
            "prototyping: for example four suppliers. After another evaluation phase 3, original development of a "
            "limited volume of first products or services, tested in real conditions: for example two suppliers. "
            "The deployment of commercial volumes is not part of the PCP: it follows through a separate "
            "procurement, for example a PPI. The numbers of suppliers are an example."
        ),
    )
    y = MARGIN
    _top, y = diagram.box(
        y,
        _("One open call for tenders"),
        _("Research and development contracts for all phases, awarded to several suppliers in competition"),
        kind="dark",
    )
    phases = [
        (_("Phase 1 · Solution exploration"), _("Each supplier studies the feasibility of its approach"), 6),
        (_("Phase 2 · Prototyping"), _("The remaining suppliers build and test a prototype"), 4),
        (
            _("Phase 3 · Original development"),
            _("A limited volume of first products or services, tested in real conditions"),
            2,
        ),
    ]
    for number, (heading, text, suppliers) in enumerate(phases):
        label = _("Evaluation: the best continue") if number else _("Contracts signed")
        y = _labelled_arrow(diagram, y, label)
        _top, bottom = diagram.box(y, heading, text, extra=24)
        for index in range(suppliers):
            diagram.dot(MARGIN + PADDING + 8 + index * 22, bottom - PADDING - 6)
        y = bottom
    y = _labelled_arrow(diagram, y, _("End of the PCP"))
    _top, y = diagram.box(
        y,
        _("Then: deployment"),
        _("Buying commercial volumes is not part of the PCP: a separate procurement follows, for example a PPI."),
        kind="outline",
        dashed=True,
    )
    y += 12
    diagram.dot(MARGIN + 8, y + 2)
    y = diagram.lines(
        MARGIN + 22, y + 7, wrap(_("one supplier's contract (the numbers are an example)"), WIDTH - 30, "small"), "small"
    )
    diagram.height = y + MARGIN + 4
    return diagram


def _labelled_arrow(diagram, y, label):
    """An arrow down from y with a label to its right; returns the y where the next box starts."""
    lines = wrap(label, WIDTH - 60, "small")
    height = max(GAP, 10 + len(lines) * LINE_HEIGHT["small"])
    diagram.arrow(34, y, y + height)
    diagram.lines(48, y + (height - len(lines) * LINE_HEIGHT["small"]) / 2 + FONT_SIZE["small"] - 1, lines, "small")
    return y + height


def pcp_ppi():
    diagram = Diagram(
        "pcp-ppi",
        _("PCP and PPI compared"),
        _(
            "A comparison in two columns. What is bought: in a PCP, research and development services; in a PPI, "
            "innovative solutions that are ready or nearly ready for the market. When: a PCP comes before "
            "commercialisation, when no solution meets the need; a PPI when solutions are near or new on the market "
            "but not yet deployed at scale. Risks and benefits: in a PCP they are shared between buyer and suppliers "
            "at market conditions; in a PPI the buyer is an early adopter and the suppliers carry the commercial "
            "risk. Intellectual property: in a PCP it usually stays with the suppliers and the buyer keeps licences "
            "for its own use; in a PPI it is as set in the tender documents, and the buyer gets the licences it "
            "needs. Rules: a PCP falls outside the procurement directives, under their exclusion of R&D services; a "
            "PPI uses the procedures of the directives. The results of a PCP can be bought through a PPI."
        ),
    )
    column = (WIDTH - 2 * MARGIN - 8) / 2
    left, right = MARGIN, MARGIN + column + 8
    y = MARGIN
    heads = [(_("PCP"), _("Pre-commercial procurement")), (_("PPI"), _("Public procurement of innovative solutions"))]
    inner = column - 2 * CELL_PADDING
    wrapped = [(wrap(name, inner, "heading"), wrap(full, inner, "small")) for name, full in heads]
    height = PADDING * 2 + 6 + max(len(a) * LINE_HEIGHT["heading"] + len(b) * LINE_HEIGHT["small"] for a, b in wrapped)
    for x, (name_lines, full_lines) in zip((left, right), wrapped, strict=True):
        diagram.rect(x, y, column, height, "dark")
        below = diagram.lines(x + CELL_PADDING, y + PADDING + FONT_SIZE["heading"], name_lines, "heading", "light")
        diagram.lines(x + CELL_PADDING, below + 2 + FONT_SIZE["small"], full_lines, "small", "light")
    y += height
    rows = [
        (
            _("What is bought"),
            _("Research and development services"),
            _("Innovative solutions ready or nearly ready for the market"),
        ),
        (
            _("When"),
            _("Before commercialisation, when no solution meets the need"),
            _("Solutions near or new on the market, not yet deployed at scale"),
        ),
        (
            _("Risks and benefits"),
            _("Shared between buyer and suppliers at market conditions"),
            _("The buyer is an early adopter; suppliers carry the commercial risk"),
        ),
        (
            _("Intellectual property"),
            _("Usually stays with the suppliers; the buyer keeps licences for its own use"),
            _("As set in the tender documents; the buyer gets the licences it needs"),
        ),
        (
            _("Rules"),
            _("Outside the procurement directives (their exclusion of R&D services)"),
            _("The procedures of the procurement directives"),
        ),
    ]
    for aspect, pcp, ppi in rows:
        y += 10
        y = diagram.lines(MARGIN, y + FONT_SIZE["heading"], wrap(aspect, WIDTH - 2 * MARGIN, "heading"), "heading") + 6
        cells = [wrap(text, column - 2 * CELL_PADDING, "small") for text in (pcp, ppi)]
        height = PADDING * 2 + max(len(lines) for lines in cells) * LINE_HEIGHT["small"] - 4
        for x, lines in zip((left, right), cells, strict=True):
            diagram.rect(x, y, column, height, "light")
            diagram.lines(x + CELL_PADDING, y + PADDING + FONT_SIZE["small"] - 2, lines, "small")
        y += height
    y += 8
    y = _labelled_arrow(diagram, y, _("The results of a PCP can then be bought through a PPI"))
    _top, y = diagram.box(y, _("Deployment of the solution"), kind="accent")
    diagram.height = y + MARGIN
    return diagram


def need_to_contract():
    steps = [
        (_("Needs assessment"), _("Describe the problem and the outcome you want, not a product")),
        (_("Market consultation"), _("Ask suppliers what is possible, openly and on the record")),
        (
            _("Choice of procedure"),
            _("PCP, PPI, an innovation partnership or another procedure, as the market's answers suggest"),
        ),
        (_("Tender"), _("Publish functional specifications and award criteria on quality and cost")),
        (_("Award"), _("Evaluate fairly, with end users in the team, and award the contract")),
        (_("Contract management"), _("Milestones, tests and room to adjust until the solution delivers")),
    ]
    diagram = Diagram(
        "need-to-contract",
        _("From need to contract"),
        _(
            "Six steps from top to bottom: %(steps)s. In practice the steps overlap, and a buyer returns to an earlier "
            "one when it learns something new."
        )
        % {"steps": "; ".join(f"{number}. {heading}: {text}" for number, (heading, text) in enumerate(steps, start=1))},
    )
    y = MARGIN
    for number, (heading, text) in enumerate(steps, start=1):
        if number > 1:
            diagram.arrow(34, y, y + GAP - 6)
            y += GAP - 6
        _top, y = diagram.box(y, f"{number}. {heading}", text, kind="accent" if number == 1 else "light")
    diagram.height = y + MARGIN
    return diagram


def membership():
    diagram = Diagram(
        "membership",
        _("How a centre joins the P2I Network"),
        _(
            "A diagram in four boxes from top to bottom. 1. Application: the organisation applies online, with "
            "evidence for each of the four requirements. 2. Review: the Network secretariat checks that the "
            "application is complete; an incomplete one is returned with comments, completed and submitted again. "
            "3. Vote: every member and pilot member centre may vote yes, no or abstain within the voting window; a "
            "balance report informs the vote, on experienced and newly established centres, members per country and "
            "the spread across the regions of Europe. 4. Decision: the applicant is admitted when quorum and "
            "majority are reached, otherwise rejected; the outcome is published and an admitted applicant becomes "
            "a member centre that votes in the next ballots."
        ),
    )
    y = MARGIN
    _top, y = diagram.box(
        y, _("1. Application"), _("The organisation applies online, with evidence for each of the four requirements")
    )
    diagram.arrow(34, y, y + GAP)
    y += GAP
    _review_top, y = diagram.box(
        y,
        _("2. Review by the secretariat"),
        _("Completeness check. An incomplete application is returned with comments, completed and submitted again."),
    )
    diagram.arrow(34, y, y + GAP)
    y += GAP
    _top, y = diagram.box(
        y,
        _("3. Vote of the member centres"),
        _(
            "Every member and pilot member centre may vote yes, no or abstain within the voting window. A balance "
            "report informs the vote: experienced and new centres, members per country, spread across the regions "
            "of Europe."
        ),
        kind="dark",
    )
    diagram.arrow(34, y, y + GAP)
    y += GAP
    _top, y = diagram.box(
        y,
        _("4. Decision"),
        _(
            "Admitted when quorum and majority are reached, otherwise rejected. The outcome is published; an "
            "admitted applicant becomes a member centre."
        ),
        kind="accent",
    )
    diagram.height = y + MARGIN
    return diagram


BUILDERS = {"pcp-phases": pcp_phases, "pcp-ppi": pcp_ppi, "need-to-contract": need_to_contract, "membership": membership}


def build(key):
    """The Diagram of `key`, in the active language; KeyError for a key that does not exist."""
    return BUILDERS[key]()
