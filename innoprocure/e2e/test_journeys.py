"""Visitors' journeys in a real browser, against the demo site: each test is one person's visit, from a link they
would follow to the thing they came for."""

import re
import time
from datetime import date, datetime, timedelta

import icalendar
from playwright.sync_api import expect

from innoprocure.e2e.helpers import field, submit_filters

ZIP_TYPES = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}


def result_count(page):
    text = page.locator(".search-results__count").inner_text()
    match = re.search(r"(\d[\d,]*) resources? found", text)
    assert match, f"no result count in {text!r}"
    return int(match.group(1).replace(",", ""))


def test_find_a_resource_by_keyword_narrow_it_with_two_filters_and_download_an_attachment(new_page):
    page = new_page()
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Resource Centre").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Resource Centre")

    # A word that occurs only inside attached documents (the demo plants a few such words).
    field(page, "Search the Resource Centre").fill("magnetocaloric")
    field(page, "Search the Resource Centre").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=magnetocaloric"))
    found = result_count(page)
    assert found >= 2

    filters = page.locator("aside.filters form")
    filters.get_by_role("group", name="Type").get_by_label(re.compile(r"^Case study")).check()
    submit_filters(page, filters)
    after_type = result_count(page)
    assert 0 < after_type < found
    expect(page.locator(".search-hit .fact--type")).to_have_text(["Case study"] * after_type)

    filters = page.locator("aside.filters form")
    filters.get_by_role("group", name="Language").get_by_label(re.compile(r"^English")).check()
    submit_filters(page, filters)
    assert 0 < result_count(page) <= after_type
    # The whole state is in the address: keyword and both filters, to share or bookmark.
    for part in ("q=magnetocaloric", "type=case-study", "language=en"):
        assert part in page.url
    expect(field(page, "Search the Resource Centre")).to_have_value("magnetocaloric")
    expect(page.locator(".search-hit").first).to_contain_text("Found in an attached document")

    first = page.locator(".search-hit__title a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    attachment = page.locator("main a[download]").first
    with page.expect_download() as download_info:
        attachment.click()
    download = download_info.value
    extension = download.suggested_filename.rsplit(".", 1)[-1].lower()
    content = open(download.path(), "rb").read()  # noqa: SIM115 - small file
    assert len(content) > 100
    if extension == "pdf":
        assert content.startswith(b"%PDF")
    elif extension in ZIP_TYPES:
        assert content.startswith(b"PK")


def test_search_with_a_typo_and_follow_did_you_mean(new_page):
    page = new_page()
    page.goto("/")
    search_box = field(page, "Search the platform")
    search_box.fill("procurment")
    search_box.press("Enter")
    expect(page.get_by_text("Did you mean")).to_be_visible()

    page.get_by_role("link", name="procurement", exact=True).click()
    expect(field(page, "Search the platform")).to_have_value("procurement")
    expect(page.get_by_text("Did you mean")).to_have_count(0)
    expect(page.locator("main").get_by_role("link").filter(has_text=re.compile("procurement", re.I)).first).to_be_visible()


def test_read_a_story_add_an_event_to_a_calendar_and_open_an_opportunity_that_closes_soon(new_page, live_site):
    page = new_page()
    main_nav = page.get_by_role("navigation", name="Main")

    # A story.
    page.goto("/")
    main_nav.get_by_role("link", name="Stories").click()
    story = page.locator("main .card__title a").first
    title = story.inner_text()
    story.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert len(page.locator("main article").inner_text()) > 400  # the story itself, not just its teaser

    # An upcoming event, into the calendar.
    main_nav.get_by_role("link", name="Events").click()
    event = page.locator("main .card__title a").first
    event_title = event.inner_text()
    event.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event_title)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Add to calendar")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(open(download.path(), "rb").read())  # noqa: SIM115
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == event_title
    start = events[0].decoded("DTSTART")
    start_day = start.date() if isinstance(start, datetime) else start
    assert start_day >= date.today() - timedelta(days=1)  # an upcoming event (or one that runs today)

    # The subscribable calendar of upcoming events holds it too.
    feed = page.request.get("/events/calendar.ics")
    assert feed.ok and feed.headers["content-type"].startswith("text/calendar")
    summaries = [str(component["SUMMARY"]) for component in icalendar.Calendar.from_ical(feed.body()).walk("VEVENT")]
    assert event_title in summaries

    # An opportunity that closes soon.
    main_nav.get_by_role("link", name="Opportunities").click()
    filters = page.locator("main aside.filters form")
    filters.get_by_label("Status").select_option(label="Closing soon")
    submit_filters(page, filters)
    assert "status=closing-soon" in page.url
    badges = page.locator("main .badge:not(.badge--illustrative)")  # the status of each (some are also labelled)
    expect(badges.first).to_be_visible()
    expect(badges).to_have_text(["Closing soon"] * badges.count())
    opportunity = page.locator("main .card__title a").first
    opportunity_title = opportunity.inner_text()
    opportunity.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(opportunity_title)
    expect(page.locator("main .badge:not(.badge--illustrative)")).to_have_text("Closing soon")
    deadline = datetime.fromisoformat(page.locator("main time.deadline").get_attribute("datetime"))
    assert timedelta(0) < deadline - datetime.now(deadline.tzinfo) <= timedelta(days=14)


def test_sign_up_confirm_the_email_address_and_subscribe_to_the_newsletter(new_page, live_site):
    email = f"newcomer-{time.time_ns()}@example.org"
    password = "a-long-and-private-passphrase-2026"  # noqa: S105
    page = new_page()
    page.goto("/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Create account").click()
    field(page, "Given name").fill("Ana")
    field(page, "Family name").fill("Novak")
    field(page, "Email").fill(email)
    field(page, "Password").fill(password)
    field(page, "Password (again)").fill(password)
    page.locator("main").get_by_role("button", name=re.compile("^(create account|sign up)$", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("verify your e-?mail address", re.I))

    # The confirmation e-mail, and the link in it.
    message = live_site.wait_for_mail(email, "Confirm")
    page.goto(next(link for link in live_site.links_in(message) if "/accounts/confirm-email/" in link))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text(f"You have confirmed {email}")).to_be_visible()

    # Now the new account signs in.
    page.goto("/accounts/login/")
    field(page, "Email").fill(email)
    field(page, "Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("navigation", name="Account").get_by_role("link", name="Create account")).to_have_count(0)

    # The newsletter, with its own double opt-in.
    page.goto("/newsletter/")
    if not field(page, "E-mail address").input_value():
        field(page, "E-mail address").fill(email)
    page.get_by_label("Funding calls and tenders").check()
    page.get_by_label(re.compile("I agree to receive the platform's newsletter")).check()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")

    message = live_site.wait_for_mail(email, "newsletter")
    page.goto(next(link for link in live_site.links_in(message) if "/newsletter/confirm/" in link))
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Subscription confirmed")
    expect(page.get_by_role("status")).to_contain_text(email)
    welcome = live_site.wait_for_mail(email, "newsletter")
    assert any("/newsletter/unsubscribe/" in link for link in live_site.links_in(welcome))


def test_a_story_published_by_another_process_shows_at_once_to_a_visitor_served_from_the_cache(new_page, live_site):
    """The page cache hears of writes from any process: here `manage.py shell`, as the worker or an import would."""
    page = new_page()
    first = page.goto("/stories/")
    second = page.goto("/stories/")
    assert second.headers.get("x-page-cache") == "hit", (first.headers.get("x-page-cache"), second.headers)
    title = f"Otters test the page cache ({int(time.time())})"  # a kept e2e database (E2E_KEEP_DIR) runs this again
    live_site.shell(
        "import datetime\n"
        "from django.utils.text import slugify\n"
        "from innoprocure.stories.models import StoryIndexPage, StoryPage\n"
        f"title = {title!r}\n"
        "StoryIndexPage.objects.get().add_child(instance=StoryPage(title=title, slug=slugify(title),"
        " date=datetime.date.today(), teaser='Published while the listing sat in the cache.', category='policy'))\n"
    )
    page.goto("/stories/")
    expect(page.locator("main .card__title a").first).to_have_text(title)
