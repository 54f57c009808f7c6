"""The Resource Centre on the home page: the resources published most recently."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.teasers import Teaser

SECTION = (10, _("Resource Centre"), "/resources/")


def latest(limit=3, request=None) -> list[Teaser]:
    from innoprocure.core.images import with_images
    from innoprocure.resources.detail import teaser
    from innoprocure.resources.models import Resource

    resources = with_images(Resource.objects.filter(live=True).order_by("-first_published_at", "-pk"))[:limit]
    return [teaser(resource) for resource in resources]
