"""manage.py bench_alerts — the digest run at scale: time and queries for N people × 5 saved searches.

Builds a throwaway SQLite database (in a temporary folder, never the site's), with `--users` people (10,000 by
default) keeping 5 saved searches each, drawn from a pool of distinct opportunity searches (country, type,
innovation, flags), then publishes `--items` new opportunities (2,000) and times `digests.run()` with e-mails kept
in memory. It runs again at once (nothing new: the idempotent case) and with a tenth of the people, to show that
the number of queries does not grow with the number of people. Called by `make bench`.
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

COUNTRIES = ["FI", "SE", "EE", "DE", "FR", "IT", "ES", "NL", "PL", "AT", "BE", "PT"]
TYPES = ["tender", "funding-call", "market-consultation", "prize"]
FLAGS = ["procedure:innovation", "procedure:pcp", "criteria:innovation", ""]


def pool():
    """Distinct searches people could plausibly save: 12 countries × 4 types × (flag or not) and a few words."""
    queries = []
    for country in COUNTRIES:
        for kind in TYPES:
            for flag in FLAGS:
                queries.append(
                    "&".join(part for part in (f"country={country}", f"type={kind}", f"flag={flag}" if flag else "") if part)
                )
        queries.append(f"country={country}&innovation=1")
    return queries


class Command(BaseCommand):
    help = "Benchmark the alert digests (time, queries) for many people and saved searches on a throwaway database."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--users", type=int, default=10000)
        parser.add_argument("--items", type=int, default=2000)
        parser.add_argument("--run-in", help="(internal) measure in this child process")

    def handle(self, *args, users, items, run_in, **options):
        if run_in:
            return self._measure(users, items)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
        self.stdout.write(f"Alert digests benchmark — SQLite, {items} new opportunities, 5 saved searches per person")
        self.stdout.write(f"  (load average {load:.1f} on {os.cpu_count()} cores at the start)")
        with tempfile.TemporaryDirectory(prefix="bench-alerts-") as temp:
            for count in dict.fromkeys((max(1, users // 10), users)):
                result = self._child(Path(temp), count, items)
                self.stdout.write(
                    f"  {result['users']:>6} people, {result['searches']} searches ({result['distinct']} distinct): "
                    f"{result['seconds']:.1f} s ({result['cpu']:.1f} s of CPU), {result['queries']} queries, "
                    f"{result['emails']} e-mails with {result['items_sent']} items; again the next day: "
                    f"{result['again_seconds']:.1f} s ({result['again_cpu']:.1f} s of CPU), {result['again_queries']} queries, "
                    f"{result['again_emails']} e-mails"
                )
                self.stdout.flush()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
        self.stdout.write(f"  (load average {load:.1f} at the end; wall time counts other programs' use of the cores)")

    def _child(self, temp, users, items):
        database = temp / f"bench-{users}.sqlite3"
        env = dict(
            os.environ,
            DATABASE_URL=f"sqlite:///{database}",
            VAR_DIR=str(temp / "var"),
            LOG_LEVEL="WARNING",
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            TASKS_BACKEND="django.tasks.backends.immediate.ImmediateBackend",
        )
        env.setdefault("DJANGO_SETTINGS_MODULE", os.environ.get("DJANGO_SETTINGS_MODULE", "innoprocure.settings.dev"))
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "bench_alerts", "--run-in", "1"]
        command += ["--users", str(users), "--items", str(items)]
        completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if completed.returncode != 0:
            raise CommandError(f"The benchmark run failed:\n{completed.stderr[-3000:]}")
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def _measure(self, users, items):
        from django.contrib.auth import get_user_model
        from django.core import mail
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        from django.utils import timezone

        from innoprocure.alerts import digests
        from innoprocure.alerts.models import SavedSearch
        from innoprocure.core.site import ensure_child_page, ensure_home_page
        from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityIndexPage

        call_command("migrate", verbosity=0, interactive=False, skip_checks=True)
        ensure_child_page(ensure_home_page(), OpportunityIndexPage, "opportunities", title="Opportunities")
        mail.outbox = []
        randomness = random.Random(14)
        queries = pool()
        User = get_user_model()
        User.objects.bulk_create(
            [User(username=f"person{n}@example.org", email=f"person{n}@example.org", first_name="P") for n in range(users)],
            batch_size=2000,
        )
        ids = list(User.objects.values_list("pk", flat=True))
        SavedSearch.objects.bulk_create(
            [
                SavedSearch(user_id=pk, name=f"search {number}", kind="opportunities", query=query)
                for pk in ids
                for number, query in enumerate(randomness.sample(queries, 5))
            ],
            batch_size=5000,
        )
        digests.run(timezone.now())  # the first run notes what exists: nothing of it is new
        time.sleep(0.01)
        deadline = timezone.now() + timezone.timedelta(days=40)
        new = Opportunity.objects.bulk_create(
            [
                Opportunity(
                    title=f"Innovative tender {n}",
                    slug=f"innovative-tender-{n}",
                    opportunity_type=randomness.choice(TYPES),
                    country_id=randomness.choice(COUNTRIES),
                    deadline=deadline,
                    deadline_timezone="Europe/Brussels",
                    is_innovation=n % 3 == 0,
                )
                for n in range(items)
            ],
            batch_size=1000,
        )
        OpportunityFlag.objects.bulk_create(
            [OpportunityFlag(opportunity=item, code=randomness.choice(FLAGS[:3])) for item in new if item.pk and item.pk % 2]
        )
        figures = {"users": users, "searches": SavedSearch.objects.count(), "distinct": len(queries)}
        day = timezone.timedelta(days=1, minutes=1)
        # The next day's run (every daily search due, 2,000 new items), then the day after (due, nothing new).
        for key, when in (("", timezone.now() + day), ("again_", timezone.now() + 2 * day)):
            mail.outbox = []
            with CaptureQueriesContext(connection) as captured:
                start, cpu = time.perf_counter(), time.process_time()
                record = digests.run(when)
                figures[f"{key}seconds"] = time.perf_counter() - start
                figures[f"{key}cpu"] = time.process_time() - cpu  # SQLite works in this process: all of the run
            figures[f"{key}queries"] = len(captured)
            figures[f"{key}emails"] = len(mail.outbox)
            figures[f"{key}items_sent"] = record.items
        self.stdout.write(json.dumps(figures))
