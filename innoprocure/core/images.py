"""Content images of stories, events and resources: an editor-chosen Wagtail image with its alternative text.

`ContentImageMixin` gives a model the two fields and the rule that an image needs a text alternative; the
helpers below make the renditions that detail pages and cards show (with width, height and a srcset), and the
`Prefetch` that loads them for a whole listing in one query.
"""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

# Cards: 16:9, cropped round the focal point; 320 px wide for phones, 640 px for wide screens and 2x displays.
CARD_SPECS = ("fill-320x180-c100|format-webp", "fill-640x360-c100|format-webp")
CARD_SIZES = "(min-width: 48em) 22rem, calc(100vw - 2rem)"
# Detail pages: the whole image, never cropped, up to the width of the text column (and twice that).
DETAIL_SPECS = ("max-800x800|format-webp", "max-1600x1600|format-webp")
DETAIL_SIZES = "(min-width: 52em) 48rem, calc(100vw - 2rem)"
ALL_SPECS = CARD_SPECS + DETAIL_SPECS

logger = logging.getLogger(__name__)

ALT_REQUIRED = _("Describe the image for people who cannot see it: an image needs its alternative text.")


class ContentImageMixin(models.Model):
    """An optional image with its (then required) alternative text."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown on the page, on its cards in lists and in link previews."),
    )
    image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=255,
        blank=True,
        help_text=_("Required with an image: say what it shows for people who cannot see it (one or two sentences)."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.image_alt = (self.image_alt or "").strip()
        if self.image_id and not self.image_alt:
            raise ValidationError({"image_alt": ALT_REQUIRED})


def with_images(queryset, specs=CARD_SPECS):
    """The queryset with each item's image (joined) and its renditions `specs` (one more query for all of them).

    Cards show an image only when it was loaded this way (`card_image`), so that a list never costs a query per item.
    """
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return queryset.select_related("image").prefetch_related(
        Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def image_loaded(item):
    """Whether the item's image is already in memory (select_related or prefetched), so reading it costs nothing."""
    return bool(getattr(item, "image_id", None)) and type(item).image.is_cached(item)


def _picture(image, alt, specs, sizes):
    from wagtail.images.models import SourceImageIOError

    try:
        renditions = image.get_renditions(*specs)
    except SourceImageIOError:
        # The original file is missing from the storage: the page is shown without the picture rather than failing.
        logger.warning("Image %s: its file %s cannot be read", image.pk, image.file.name)
        return None
    ordered = [renditions[spec] for spec in specs]
    smallest = ordered[0]
    return {
        "src": smallest.url,
        "srcset": ", ".join(f"{rendition.url} {rendition.width}w" for rendition in ordered),
        "sizes": sizes,
        "width": smallest.width,
        "height": smallest.height,
        "alt": alt,
    }


def card_image(item):
    """What a card shows of an item's image ({src, srcset, sizes, width, height, alt}), or None without one."""
    if not image_loaded(item):
        return None
    image = item.image
    # An image chosen before the alternative text was required may have none: it is then shown as decorative.
    return _picture(image, item.image_alt, CARD_SPECS, CARD_SIZES)


def load_detail_image(item):
    """Read the item's image with the renditions its page needs (the share image too): two queries, none later."""
    from wagtail.images import get_image_model

    from innoprocure.core.seo import SHARE_IMAGE_SPEC

    if item.image_id and not image_loaded(item):
        item.image = (
            get_image_model().objects.prefetch_renditions(*DETAIL_SPECS, SHARE_IMAGE_SPEC).filter(pk=item.image_id).first()
        )
    return item.image if item.image_id else None


def detail_image(item):
    """The image of a detail page, uncropped, or None."""
    image = load_detail_image(item)
    if image is None:
        return None
    return _picture(image, item.image_alt, DETAIL_SPECS, DETAIL_SIZES)
