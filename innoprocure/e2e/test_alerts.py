"""The alerts journey of the issue's "Done when": save a filtered opportunities search as a daily alert, a matching
opportunity is published, the digest brings one e-mail, a second run nothing, the e-mail's link unsubscribes, and
the private feed shows the new item."""

import re
import time

from playwright.sync_api import expect

from innoprocure.e2e.helpers import field

PRACTITIONER = "practitioner@example.org"


def run_alerts(live_site, days):
    """`manage.py send_alerts` as cron would run it, `days` from now (the daily interval is 23 hours)."""
    live_site.shell(
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from innoprocure.alerts import digests\n"
        f"digests.run(timezone.now() + timedelta(days={days}, minutes=1))\n"
    )


def publish_opportunity(live_site, title):
    live_site.shell(
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from django.utils.text import slugify\n"
        "from innoprocure.opportunities.models import Opportunity, OpportunityFlag\n"
        f"title = {title!r}\n"
        "item = Opportunity.objects.create(title=title, slug=slugify(title), opportunity_type='tender', country_id='FI',"
        " organisation='City of Oulu', deadline=timezone.now() + timedelta(days=40), deadline_timezone='Europe/Helsinki')\n"
        "OpportunityFlag.objects.create(opportunity=item, code='procedure:innovation')\n"
    )


def mails_to(live_site, address, words):
    return [m for m in live_site.mails() if address in str(m["To"]) and words in str(m["Subject"])]


def test_save_an_alert_get_one_digest_unsubscribe_and_read_the_private_feed(page_as, live_site):
    stamp = int(time.time())
    name = f"Finnish innovation tenders {stamp}"
    page = page_as(PRACTITIONER)
    page.goto("/opportunities/?country=FI&flag=procedure:innovation")
    page.get_by_role("link", name="Alert me about new items").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Alert me about new items")
    field(page, "Name").fill(name)
    page.locator("#id_frequency").select_option("daily")  # labelled "How often (required)"
    page.locator("#id_delivery").select_option("both")  # labelled "How (required)"
    page.get_by_role("button", name="Save alert").click()
    expect(page.get_by_role("heading", name=name)).to_be_visible()

    title = f"Snow-clearing robots for Oulu {stamp}"
    publish_opportunity(live_site, title)
    before = len(mails_to(live_site, PRACTITIONER, "for your saved searches"))
    run_alerts(live_site, days=0)
    message = live_site.wait_for_mail(PRACTITIONER, "for your saved searches")
    assert len(mails_to(live_site, PRACTITIONER, "for your saved searches")) == before + 1
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert title in body and "Finland" in body
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    run_alerts(live_site, days=1)  # the next day: nothing new, nothing sent
    time.sleep(1)
    assert len(mails_to(live_site, PRACTITIONER, "for your saved searches")) == before + 1

    stop = re.search(r"Stop this alert: (\S+)", body)[1]
    page.goto(stop)
    page.get_by_role("button", name="Stop the e-mails").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Alert e-mails stopped")
    publish_opportunity(live_site, f"Another Finnish tender {stamp}")
    run_alerts(live_site, days=2)
    time.sleep(1)
    assert len(mails_to(live_site, PRACTITIONER, "for your saved searches")) == before + 1

    page.goto("/alerts/")
    feed_url = page.locator("main .secret a").get_attribute("href")
    feed = page.request.get(feed_url)
    assert feed.status == 200 and "no-store" in feed.headers["cache-control"]
    assert title in feed.text()
