"""Journeys through the Procurement Forum in a real browser, against the demo site."""

import re

from playwright.sync_api import expect

from innoprocure.e2e.helpers import field

PRACTITIONER = "practitioner@example.org"  # Katrin Tamm, @katrin-tamm once she takes part
HOSPITAL_MODERATOR = "jonas.weber@example.org"  # moderates the closed group "Hospital procurers"
PCP_MODERATOR = "marta.kowalska@example.org"  # moderates "PCP practitioners"


def test_join_a_closed_group_by_request_post_and_get_a_reply_that_mentions_you(page_as, live_site):
    # Katrin asks to join the closed group, saying how she meets its entry requirements.
    katrin = page_as(PRACTITIONER)
    katrin.goto("/forum/")
    katrin.get_by_role("link", name="Hospital procurers").click()
    expect(katrin.get_by_role("heading", name="Entry requirements")).to_be_visible()
    katrin.get_by_role("link", name="Ask to join").click()
    katrin.get_by_role("button", name="Send the request").click()
    expect(katrin.locator("#form-errors")).to_be_visible()  # the reason is required
    field(katrin, "Why would you like to join?").fill("I buy medical equipment for the Tallinn hospitals.")
    katrin.get_by_role("button", name="Send the request").click()
    expect(katrin.get_by_text("Your request is sent")).to_be_visible()

    # The group's moderator sees the request in his notifications and approves it.
    jonas = page_as(HOSPITAL_MODERATOR)
    jonas.goto("/forum/notifications/")
    jonas.get_by_role("link", name=re.compile("asks to join Hospital procurers")).first.click()
    expect(jonas.get_by_text("I buy medical equipment for the Tallinn hospitals.")).to_be_visible()
    jonas.get_by_role("button", name="Approve").first.click()
    expect(jonas.get_by_text("Done:")).to_be_visible()

    # Katrin is a member now and starts a discussion; as a new member her first post waits for a moderator.
    katrin.goto("/forum/hospital-procurers/")
    expect(katrin.get_by_text("You are a member of this group.")).to_be_visible()
    katrin.get_by_role("link", name="Start a discussion").click()
    field(katrin, "Title").fill("Sterilisation robots: experiences?")
    katrin.get_by_label("Question", exact=True).check()
    field(katrin, "Text").fill("Has anybody bought **sterilisation robots** for a central sterile department?")
    katrin.get_by_role("button", name="Publish the discussion").click()
    expect(katrin.get_by_text("checked by a moderator")).to_be_visible()

    # Jonas approves it from the moderation queue, then replies and mentions her.
    jonas.goto("/forum/moderation/")
    held = jonas.locator("main li", has_text="Sterilisation robots")
    held.get_by_role("button", name="Approve").click()
    jonas.goto("/forum/hospital-procurers/")
    jonas.get_by_role("link", name="Sterilisation robots: experiences?").click()
    field(jonas, "Your reply").fill("@katrin-tamm we tested two models last year; I will share our notes.")
    jonas.get_by_role("button", name="Post the reply").click()
    expect(jonas.get_by_text("Your post is published.")).to_be_visible()
    expect(jonas.locator("main a[href='/forum/members/katrin-tamm/']")).to_have_count(0)  # her profile is not listed

    # Katrin is notified: on the site (count in the header) and by e-mail.
    katrin.goto("/forum/")
    expect(
        katrin.get_by_role("navigation", name="Account").get_by_role("link", name=re.compile("Notifications"))
    ).to_contain_text("unread")
    katrin.goto("/forum/notifications/")
    katrin.get_by_role("link", name=re.compile("mentioned you in “Sterilisation robots")).click()
    expect(katrin.get_by_text("we tested two models last year")).to_be_visible()
    message = live_site.wait_for_mail(PRACTITIONER, "mentioned you")
    assert any("/forum/hospital-procurers/" in link for link in live_site.links_in(message))
    assert "List-Unsubscribe" in message


def test_report_a_post_and_the_moderator_hides_it(page_as, new_page):
    reader = page_as(PRACTITIONER)
    reader.goto("/forum/pcp-practitioners/")
    reader.get_by_role("link", name="How many suppliers did you take into phase 2?").click()
    post = reader.locator("article#post-3")
    text = post.locator(".forum-post__body").inner_text()
    post.get_by_role("link", name="Report").click()
    reader.get_by_label("Off topic").check()
    field(reader, "Anything the moderators should know (optional)").fill("Belongs in another group.")
    reader.get_by_role("button", name="Send the report").click()
    expect(reader.get_by_text("The moderators will look at this post.")).to_be_visible()

    moderator = page_as(PCP_MODERATOR)
    moderator.goto("/forum/moderation/")
    report = moderator.locator("main li", has_text="Belongs in another group.")
    report.get_by_label("Reason (kept in the audit trail)").fill("Off topic here")
    report.get_by_role("button", name="Hide the post").click()
    expect(moderator.get_by_text("Done. The decision is recorded.")).to_be_visible()

    visitor = new_page()
    visitor.goto("/forum/pcp-practitioners/")
    visitor.get_by_role("link", name="How many suppliers did you take into phase 2?").click()
    expect(visitor.locator("main")).not_to_contain_text(text[:40])


PCP_MEMBER = "nora.byrne@example.org"  # a member of "PCP practitioners" in the demo


def test_a_moderator_schedules_a_group_event_and_a_member_takes_part(page_as, new_page):
    marta = page_as(PCP_MODERATOR)
    marta.goto("/forum/pcp-practitioners/")
    marta.get_by_role("link", name="Schedule an event").click()
    field(marta, "Title").fill("Clinic: writing the phase 2 call")
    field(marta, "Starts").fill("2031-03-12T14:00")
    field(marta, "Ends").fill("2031-03-12T13:00")  # before it starts: the form says so and keeps what was typed
    field(marta, "Time zone").select_option("Europe/Warsaw")
    marta.get_by_label("Online", exact=True).check()
    field(marta, "Link to join online").fill("https://meet.example.org/phase-2")
    field(marta, "Description").fill("Bring your **draft call**.")
    marta.get_by_role("button", name="Schedule the event").click()
    expect(marta.locator("#form-errors")).to_contain_text("The event must end after it starts.")
    expect(field(marta, "Title")).to_have_value("Clinic: writing the phase 2 call")
    field(marta, "Ends").fill("2031-03-12T15:30")
    marta.get_by_role("button", name="Schedule the event").click()
    expect(marta.get_by_text("The event is scheduled")).to_be_visible()
    expect(marta.get_by_text("12 March 2031, 14:00–15:30 (Europe/Warsaw)")).to_be_visible()
    expect(marta.locator("main strong", has_text="draft call")).to_be_visible()

    # A member of the group is notified, opens the event and says she takes part.
    nora = page_as(PCP_MEMBER)
    nora.goto("/forum/notifications/")
    nora.get_by_role("link", name=re.compile("scheduled “Clinic: writing the phase 2 call”")).click()
    expect(nora.get_by_role("heading", name="Clinic: writing the phase 2 call")).to_be_visible()
    nora.get_by_role("button", name="I will take part").click()
    expect(nora.get_by_text("You take part.", exact=True)).to_be_visible()
    expect(nora.locator("main dd", has_text="Nora Byrne")).to_be_visible()
    calendar = nora.request.get(nora.get_by_role("link", name="Add to my calendar (.ics)").get_attribute("href"))
    assert calendar.ok and "DTSTART;TZID=Europe/Warsaw:20310312T140000" in calendar.text()

    # The group is open: a visitor who is not signed in sees the event, with a link to sign in to take part.
    visitor = new_page()
    visitor.goto("/forum/pcp-practitioners/")
    visitor.get_by_role("link", name="Clinic: writing the phase 2 call").click()
    expect(visitor.get_by_role("link", name="Sign in to take part")).to_be_visible()
    expect(visitor.get_by_text("https://meet.example.org/phase-2")).to_be_visible()
