"""Blocks only the Get started pages need: a comparison table, on top of the shared body blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from innoprocure.core import diagrams
from innoprocure.core.blocks import BodyBlock


class ComparisonRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(label=_("Aspect"), help_text=_("The row heading, e.g. “Who owns the results”."))
    cells = blocks.ListBlock(blocks.TextBlock(label=_("Cell")), label=_("Cells, one per column"))

    class Meta:
        icon = "list-ul"
        label = _("Row")


class ComparisonTableBlock(blocks.StructBlock):
    """Options side by side: a caption, column headings and one row per aspect, rendered with th scopes."""

    caption = blocks.CharBlock(label=_("Caption"), help_text=_("Says what the table compares; read out first by screen readers."))
    corner_heading = blocks.CharBlock(label=_("Heading of the first column"), default=_("Aspect"))
    columns = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), min_num=2, label=_("Columns being compared"))
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=1, label=_("Rows"))

    class Meta:
        icon = "table"
        template = "guidance/blocks/comparison_table.html"
        label = _("Comparison table")

    def clean(self, value):
        value = super().clean(value)
        expected = len(value["columns"])
        for row in value["rows"]:
            if len(row["cells"]) != expected:
                raise StructBlockValidationError(
                    non_block_errors=[
                        ValidationError(
                            _("Every row needs one cell per column (%(count)s). Check the row “%(aspect)s”.")
                            % {"count": expected, "aspect": row["aspect"]}
                        )
                    ]
                )
        return value


class DiagramBlock(blocks.StructBlock):
    """One of the platform's explanatory diagrams (core/diagrams.py), drawn as SVG in the reader's language."""

    diagram = blocks.ChoiceBlock(choices=diagrams.CHOICES, label=_("Diagram"))
    caption = blocks.CharBlock(
        label=_("Caption"), required=False, help_text=_("Optional: a sentence under the diagram, e.g. what to notice.")
    )

    class Meta:
        icon = "image"
        template = "guidance/blocks/diagram.html"
        label = _("Diagram")


class GuidanceBodyBlock(BodyBlock):
    """The shared body blocks plus the comparison table and the diagrams."""

    comparison = ComparisonTableBlock()
    diagram = DiagramBlock()
