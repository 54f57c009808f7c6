"""Events in a real browser: the visitor's own time zone, detected, and the month view."""

import re

from playwright.sync_api import expect


def test_a_visitor_in_lisbon_sees_lisbon_times_on_the_listing_and_the_event_without_choosing(new_page):
    page = new_page(timezone_id="Europe/Lisbon")
    page.goto("/events/")
    # The script remembered the browser's zone and loaded the page again, once.
    expect(page.get_by_label("Show times in your time zone")).to_have_value("Europe/Lisbon")
    expect(page.locator("main form[data-detect-zone]")).to_have_count(0)
    page.locator("main .card__title a").first.click()
    visitor_time = page.locator("main .event__visitor-time")
    expect(visitor_time).to_contain_text("Europe/Lisbon")
    expect(visitor_time).not_to_contain_text("Europe/Brussels")
    expect(page.get_by_label("Show times in your time zone")).to_have_value("Europe/Lisbon")


def test_a_visitor_in_brussels_is_not_reloaded_and_can_still_choose(new_page):
    page = new_page(timezone_id="Europe/Brussels")
    page.goto("/events/")
    expect(page.locator("main form[data-detect-zone='Europe/Brussels']")).to_have_count(1)
    page.get_by_label("Show times in your time zone").select_option("Asia/Tokyo")
    page.get_by_role("button", name="Show times").click()
    expect(page.locator("main .visitor-time").first).to_contain_text("Your time (Asia/Tokyo)")


def test_the_month_view_goes_to_the_next_month_and_back(new_page):
    page = new_page()
    page.goto("/events/")
    page.get_by_role("link", name="Month view").click()
    heading = page.get_by_role("heading", level=1)
    this_month = heading.inner_text()
    page.get_by_role("link", name=re.compile(r"\(next month\)")).click()
    expect(heading).not_to_have_text(this_month)
    page.get_by_role("link", name=re.compile(r"\(previous month\)")).click()
    expect(heading).to_have_text(this_month)
    expect(page.get_by_role("table").get_by_role("columnheader")).to_have_count(7)
