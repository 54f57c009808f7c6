"""Digests of saved searches: only what is new and matching, once, grouped per person, in their language."""

from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.alerts.models import AlertRun, Dispatch
from innoprocure.alerts.tests.helpers import person, run, saved
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index():
    return opportunities_index()


def test_a_matching_new_opportunity_is_sent_once(index):
    user = person()
    OpportunityFactory(title="Older Finnish tender", country_id="FI", flags=["procedure:innovation"])
    saved(user, "country=FI&flag=procedure:innovation")
    OpportunityFactory(title="Smart snow clearing in Oulu", country_id="FI", flags=["procedure:innovation"])
    OpportunityFactory(title="Swedish tender", country_id="SE", flags=["procedure:innovation"])
    OpportunityFactory(title="Finnish tender without the flag", country_id="FI")

    sent = run()

    assert len(sent) == 1
    body = sent[0].body
    assert sent[0].to == ["practitioner@example.org"]
    assert "Smart snow clearing in Oulu" in body
    assert "Older Finnish tender" not in body  # there before the search was saved
    assert "Swedish tender" not in body and "without the flag" not in body
    assert "http://127.0.0.1:8000/opportunities/smart-snow-clearing-in-oulu/" in body
    assert "Finland" in body and "Deadline" in body
    html = sent[0].alternatives[0].content
    assert '<a href="http://127.0.0.1:8000/opportunities/smart-snow-clearing-in-oulu/">Smart snow clearing in Oulu</a>' in html

    assert run() == []  # at once again: nothing
    assert run(days=1) == []  # the next day, nothing new: nothing
    assert run(days=8) == []


def test_nothing_is_sent_when_nothing_is_new():
    saved(person(), "country=FI")
    OpportunityFactory(country_id="SE")
    assert run() == []
    assert AlertRun.objects.get().searches == 1


def test_an_item_that_stops_matching_before_the_digest_is_not_sent():
    saved(person(), "country=FI")
    opportunity = OpportunityFactory(country_id="FI")
    opportunity.country_id = "EE"
    opportunity.save()
    unpublished = OpportunityFactory(country_id="FI")
    unpublished.live = False
    unpublished.save()
    assert run() == []


def test_an_opportunity_published_later_counts_as_new_when_it_becomes_visible():
    user = person()
    draft = OpportunityFactory(title="Draft of last month", country_id="FI", live=False)
    saved(user, "country=FI")
    assert run() == []
    draft.live = True
    draft.save()
    sent = run(days=1, minutes=5)
    assert len(sent) == 1 and "Draft of last month" in sent[0].body


def test_a_changed_deadline_of_a_reported_opportunity_is_sent_again_once():
    user = person()
    saved(user, "country=FI", frequency="immediate")
    opportunity = OpportunityFactory(title="Robotic care", country_id="FI")
    assert len(run()) == 1
    opportunity.deadline = opportunity.deadline + timedelta(days=14)
    opportunity.save()
    sent = run(minutes=2)
    assert len(sent) == 1
    assert "[Deadline changed] Robotic care" in sent[0].body
    assert run(minutes=3) == []


def test_one_email_per_person_and_frequency_with_the_searches_grouped():
    user = person()
    saved(user, "country=FI", name="Finland")
    saved(user, "type=tender", name="All tenders")
    saved(user, "country=EE", name="Estonia weekly", frequency="weekly")
    other = person("other@example.org")
    saved(other, "country=FI", name="Also Finland")
    OpportunityFactory(title="Finnish tender", country_id="FI")
    OpportunityFactory(title="Estonian tender", country_id="EE")

    sent = run()

    mine = [message for message in sent if message.to == ["practitioner@example.org"]]
    assert len(mine) == 2
    daily = next(message for message in mine if "Weekly" not in message.subject)
    weekly = next(message for message in mine if "Weekly" in message.subject)
    assert daily.subject == "3 new items for your saved searches"  # Finland 1 + all tenders 2
    assert (
        "== Finland" in daily.body
        and "== All tenders" in daily.body
        and "Estonia" not in daily.body.split("--")[0].split("== All tenders")[0]
    )
    assert weekly.subject == "Weekly alert: 1 new item for your saved searches"
    assert [message.to for message in sent if message.to != ["practitioner@example.org"]] == [["other@example.org"]]


def test_frequencies_wait_their_interval():
    user = person()
    daily = saved(user, "country=FI", name="daily")
    weekly = saved(user, "country=FI", name="weekly", frequency="weekly")
    immediate = saved(user, "country=FI", name="immediate", frequency="immediate")
    OpportunityFactory(country_id="FI")
    run()
    now = timezone.now()
    OpportunityFactory(title="Second Finnish tender", country_id="FI")

    sent = run(minutes=10)  # only the immediate one is due
    assert len(sent) == 1 and "== immediate" in sent[0].body and "== daily" not in sent[0].body
    sent = run(days=1, minutes=10)
    assert len(sent) == 1 and "== daily" in sent[0].body and "== weekly" not in sent[0].body
    sent = run(days=7)
    assert len(sent) == 1 and "== weekly" in sent[0].body
    for search in (daily, weekly, immediate):
        search.refresh_from_db()
        assert search.last_digest_at > now


def test_paused_searches_send_nothing_and_resume_with_only_what_is_new_from_then():
    from innoprocure.alerts import services

    search = saved(person(), "country=FI")
    services.pause(search)
    OpportunityFactory(title="While paused", country_id="FI")
    assert run() == []
    services.resume(search)
    OpportunityFactory(title="After resuming", country_id="FI")
    sent = run(days=1)
    assert len(sent) == 1
    assert "After resuming" in sent[0].body and "While paused" not in sent[0].body


@pytest.fixture
def compiled_catalogues(settings, tmp_path):
    """The project's catalogues compiled (the repository keeps only the .po files)."""
    import shutil
    import subprocess

    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (GNU gettext) is needed to compile the catalogues")
    for language in ("de", "fr"):
        target = tmp_path / "locale" / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        source = settings.LOCALE_PATHS[0] / language / "LC_MESSAGES" / "django.po"
        subprocess.run(["msgfmt", "-o", str(target / "django.mo"), str(source)], check=True)
    settings.LOCALE_PATHS = [tmp_path / "locale"]


@pytest.mark.usefixtures("compiled_catalogues")
def test_the_email_is_in_the_recipients_language():
    saved(person(language="de"), "country=FI")
    OpportunityFactory(country_id="FI", opportunity_type="tender")
    sent = run()
    assert sent[0].subject == "1 neues Ergebnis Ihrer gespeicherten Suchen"
    assert "Ausschreibung" in sent[0].body  # the opportunity type, in German
    assert "http://127.0.0.1:8000/de/alerts/unsubscribe/" in sent[0].body  # the German page, now that it is served


def test_a_failed_send_sends_again_next_time_and_records_the_error(monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    search = saved(person(), "country=FI")
    OpportunityFactory(country_id="FI")

    def refuse(self, messages):
        raise OSError("mail server unavailable")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    assert run() == []
    assert "mail server unavailable" in AlertRun.objects.get().errors
    assert not Dispatch.objects.exists()
    search.refresh_from_db()
    assert search.last_digest_at is None
    monkeypatch.undo()
    assert len(run(minutes=2)) == 1
