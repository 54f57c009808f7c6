"""Keyboard only: Tab to move, Enter to follow a link or press a button, and typing into the fields — no mouse, no
Space or arrow keys. After every Tab the focused element must show a visible focus indicator (an outline or a box
shadow) and be on screen."""

from playwright.sync_api import expect

from innoprocure.e2e.helpers import tab_until


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()


def test_search_the_resource_centre_with_the_keyboard_alone(new_page):
    page = new_page()
    page.goto("/")
    tab_until(page, lambda f: f["text"] == "Skip to main content", "the skip link")
    tab_until(page, lambda f: f["href"] == "/resources/", "the Resource Centre in the main navigation")
    press_enter_and_wait(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Resource Centre")

    tab_until(page, lambda f: f["id"] == "resource-search-q", "the Resource Centre's search field")
    page.keyboard.type("hospital")
    press_enter_and_wait(page)
    assert "q=hospital" in page.url
    expect(page.locator(".search-results__count")).to_contain_text("found")

    # On to the first result (the results page may already have moved focus to the results).
    first_title = page.locator(".search-hit__title a").first.inner_text()
    tab_until(page, lambda f: f["text"] == first_title and f["tag"] == "a", "the first result")
    press_enter_and_wait(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(first_title)


def test_write_to_the_network_with_the_contact_form_and_the_keyboard_alone(new_page, live_site):
    sender = "keyboard-user@example.org"
    page = new_page()
    page.goto("/")
    tab_until(page, lambda f: f["href"] == "/network/", "the P2I Network in the main navigation")
    press_enter_and_wait(page)
    tab_until(page, lambda f: f["text"] == "Write to the network secretariat", "the link to the secretariat")
    press_enter_and_wait(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Contact")

    # The link chose the secretariat; Tab lands on that choice, then on each field in turn.
    focused = tab_until(page, lambda f: f["id"].startswith("id_team"), "who to write to")
    assert page.locator(f"#{focused['id']}").is_checked()
    tab_until(page, lambda f: f["id"] == "id_topic", "the topic")
    page.keyboard.type("Joining")
    tab_until(page, lambda f: f["id"] == "id_name", "the name field")
    page.keyboard.type("Kim Keyboard")
    tab_until(page, lambda f: f["id"] == "id_email", "the e-mail field")
    page.keyboard.type(sender)
    tab_until(page, lambda f: f["id"] == "id_organisation", "the organisation field")
    page.keyboard.type("Municipality of Tartu")
    tab_until(page, lambda f: f["id"] == "id_message", "the message field")
    page.keyboard.type("We would like to know when the next call for new member centres opens.")
    tab_until(page, lambda f: f["tag"] == "button" and f["text"].startswith("Send"), "the send button")
    press_enter_and_wait(page)

    assert page.url.endswith("/contact/sent/")
    expect(page.locator("main")).to_contain_text("secretariat")
    assert live_site.wait_for_mail(sender, "")  # the sender's confirmation
