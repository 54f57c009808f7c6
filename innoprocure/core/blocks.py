"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("success", _("Good practice")), ("warning", _("Watch out"))],
        default="info",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Alternative text"), help_text=_("Describe the image for people who cannot see it."))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/figure.html"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        template = "blocks/question.html"
        label = _("Question and answer")


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", icon="title", template="blocks/heading.html", label=_("Heading"))
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    callout = CalloutBlock()
    image = FigureBlock()
    document = DocumentBlock()
    question = QuestionBlock()
