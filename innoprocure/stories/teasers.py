"""Stories on the home page and in other sections' lists."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.images import card_image, with_images
from innoprocure.core.teasers import Teaser
from innoprocure.stories.listing import published_stories, with_tags

SECTION = (20, _("Stories"), "/stories/")


def teaser(story, request=None):
    tags = [tagged.tag.name for tagged in story.tagged_items.all()][:3]
    return Teaser(
        title=story.title,
        url=story.get_url(request),  # with the request, the site's root paths are read once per request
        summary=story.teaser,
        date=story.date,
        kicker=str(story.category_label),
        meta=tags,
        illustrative=story.illustrative,
        image=card_image(story),
    )


def latest(limit=3, request=None):
    return [teaser(story, request) for story in with_images(with_tags(published_stories()))[:limit]]
