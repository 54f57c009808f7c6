from django.conf import settings

from innoprocure.core import navigation


def site_navigation(request):
    path = getattr(request, "path", "")
    return {
        "main_navigation": navigation.build(navigation.MAIN_NAVIGATION, path),
        "footer_navigation": navigation.build(navigation.FOOTER_NAVIGATION, path),
        # A static setting, so pages in the page cache carry the same notice as fresh ones.
        "demo_notice": settings.DEMO_NOTICE,
    }


def site_operator(request):
    # Static settings too: pages from the page cache name the same operator.
    from innoprocure.core.operator import operator

    return {"site_operator": operator()}
