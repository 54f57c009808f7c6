"""Stories on the home page and in other sections' lists."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser

SECTION = (20, _("Stories"), "/stories/")


def teaser(story):
    tags = [tagged.tag.name for tagged in story.tagged_items.all()][:3]
    return Teaser(
        title=story.title,
        url=story.url,
        summary=story.teaser,
        date=story.date,
        kicker=str(story.category_label),
        meta=tags,
        illustrative=story.illustrative,
    )


def latest(limit=3):
    from innoprocure.stories.listing import published_stories

    return [teaser(story) for story in published_stories().prefetch_related("tagged_items__tag")[:limit]]
