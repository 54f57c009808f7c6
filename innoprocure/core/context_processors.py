from innoprocure.core import navigation


def site_navigation(request):
    path = getattr(request, "path", "")
    return {
        "main_navigation": navigation.build(navigation.MAIN_NAVIGATION, path),
        "footer_navigation": navigation.build(navigation.FOOTER_NAVIGATION, path),
    }
