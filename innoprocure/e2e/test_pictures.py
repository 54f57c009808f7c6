"""Pictures on a 320-pixel screen: the diagrams, maps and charts fit without sideways scrolling, every image has a
text alternative and shows, and axe finds nothing serious with the figures opened (the page sweep checks the
pages as they load, with the figures folded)."""

from innoprocure.e2e.checks import blocking, describe_violations, run_axe

NARROW = {"width": 320, "height": 640}
PAGES = [
    "/get-started/pcp-and-ppi/",
    "/get-started/step-by-step/",
    "/network/membership/",
    "/network/declaration/",
    "/network/members/",
    "/opportunities/",
    "/resources/",
    "/stories/",
    "/events/",
]


def test_pictures_fit_a_narrow_screen_and_say_what_they_show(new_page):
    page = new_page(viewport=NARROW)
    for path in PAGES:
        page.goto(path)
        for details in page.locator("details.figures").all():
            details.locator("summary").click()
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= NARROW["width"], f"{path} scrolls sideways: {width} px"
        drawings = page.locator("main svg[role=img]")
        for index in range(drawings.count()):
            drawing = drawings.nth(index)
            assert drawing.locator("title").count() == 1 and drawing.locator("desc").count() == 1, path
            assert drawing.bounding_box()["width"] <= NARROW["width"], path
        images = page.locator("main img")
        for index in range(images.count()):
            image = images.nth(index)
            assert image.get_attribute("alt"), f"{path}: an image without a text alternative"
        if images.count():
            first = images.first
            first.scroll_into_view_if_needed()
            page.wait_for_function("image => image.complete && image.naturalWidth > 0", arg=first.element_handle())
        violations = blocking(run_axe(page))
        assert not violations, f"{path}:\n{describe_violations(violations)}"
