"""The listings on a phone: the results come first, the filters fold away and every value stays reachable; the
selected filters are chips above the results, each large enough to tap."""

from playwright.sync_api import expect

from innoprocure.e2e.helpers import PHONE, tab_until


def test_on_a_phone_the_results_come_first_and_the_filters_open_on_demand(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/resources/")
    first_hit = page.locator(".search-hit").first
    # Below the header, the search box and the folded filter panel: within the first two screens, not 3,379 px down.
    assert first_hit.bounding_box()["y"] < 2 * PHONE["height"]
    expect(page.locator("#filter-type-guidance")).to_be_hidden()

    # The skip link takes keyboard users past the filters in a few presses of Tab.
    tab_until(page, lambda f: f["text"] == "Skip to the results", "the skip link to the results", limit=40)
    page.keyboard.press("Enter")
    first_title = page.locator(".search-hit__title a").first.inner_text()
    tab_until(page, lambda f: f["text"] == first_title and f["tag"] == "a", "the first result", limit=8)

    # Opened, the panel shows each facet's first values, and "Show n more" reveals every other one (all years).
    page.get_by_text("Show or hide the filters").click()
    expect(page.locator("#filter-type-guidance")).to_be_visible()
    year_group = page.locator("fieldset", has=page.locator("legend", has_text="Year"))
    hidden_years = year_group.locator(".facet-more li")
    assert hidden_years.count() > 0
    expect(hidden_years.first).to_be_hidden()
    year_group.locator(".facet-more > summary").click()
    for index in range(hidden_years.count()):
        expect(hidden_years.nth(index)).to_be_visible()

    # Choosing a value folded behind "Show more" keeps it in sight on the next page, counted on the toggle.
    hidden_years.last.locator("input").check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator(".filters-drawer__count")).to_have_text("(1 active)")
    expect(page.locator(".active-filters .chip")).to_have_count(1)


def test_on_a_phone_every_listing_puts_its_results_and_chips_before_the_filters(new_page):
    page = new_page(viewport=PHONE)
    for path, chip_name, results in (
        ("/opportunities/?type=tender&innovation=1", "Remove filter: Type: Call for tenders", "main .result-list"),
        ("/events/?online=1", "Remove filter: Online or hybrid only", "main #search-results"),
        ("/stories/?category=policy", "Remove filter: Category: Policy", "main #search-results"),
        ("/showcase/?maturity=market", "Remove filter: Maturity: Ready for the market (TRL 8–9)", "main #search-results"),
    ):
        page.goto(path)
        # The panel is folded; its toggle counts the filters in force; the results start within the first screens.
        expect(page.locator("details[data-filters-drawer]")).not_to_have_attribute("open", "")
        expect(page.locator(".filters-drawer__count")).to_contain_text("active")
        assert page.locator(results).first.bounding_box()["y"] < 2 * PHONE["height"], path
        chip = page.get_by_role("link", name=chip_name)
        expect(chip).to_be_visible()
        # WCAG 2.2 target size: every chip and the link that clears them are at least 24 by 24 pixels.
        for target in page.locator(".chip, .chip-clear").all():
            box = target.bounding_box()
            assert box["width"] >= 24 and box["height"] >= 24, (path, target.inner_text(), box)
        chip.click()
        expect(page.get_by_role("link", name=chip_name)).to_have_count(0)


def test_the_folded_panel_opens_when_the_window_widens(new_page):
    from innoprocure.e2e.helpers import DESKTOP

    page = new_page(viewport=PHONE)
    page.goto("/events/")
    expect(page.locator("#filter-type")).to_be_hidden()
    # Wide, the toggle is hidden: the filters must show by themselves, and fold again on a phone.
    page.set_viewport_size(DESKTOP)
    expect(page.locator("#filter-type")).to_be_visible()
    page.set_viewport_size(PHONE)
    expect(page.locator("#filter-type")).to_be_hidden()


def test_on_a_phone_the_sections_fold_behind_a_menu_button(new_page):
    from innoprocure.e2e.helpers import DESKTOP

    page = new_page(viewport=PHONE)
    page.goto("/")
    main_nav = page.get_by_role("navigation", name="Main")
    menu = main_nav.get_by_role("button", name="Menu")
    sections = main_nav.get_by_role("link", name="Resource Centre")
    # Folded, the ten sections no longer push the page below the first screen.
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(sections).to_be_hidden()
    assert page.locator("main h1").bounding_box()["y"] < PHONE["height"] / 2
    menu.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    sections.click()
    expect(page).to_have_url("/resources/")
    # Wide, there is no button: the sections are simply there.
    page.set_viewport_size(DESKTOP)
    expect(main_nav.get_by_role("button", name="Menu")).to_be_hidden()
    expect(main_nav.get_by_role("link", name="Resource Centre")).to_be_visible()
