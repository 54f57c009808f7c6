"""manage.py bench_eforms — how fast TED notices import: notices per second, first import and re-import.

Generates N notices (default 1,000) by varying the eForms SDK examples (new ids, titles, dates, values) into a
temporary folder and imports them twice into a throwaway database: a temporary SQLite file, or — when the site runs
on PostgreSQL — a database of its own on the same server, dropped afterwards. The site's own database is never
touched. Called by `make bench`.
"""

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from innoprocure.opportunities.importers import eforms
from innoprocure.opportunities.tests.innovation_sample import precision_recall, real_precision_recall
from innoprocure.opportunities.tests.samples import EXAMPLES_DIR, IMPORTABLE, LICENCE_NOTICE, example, vary

# The targets of issue 20, wall-clock notices per second.
TARGETS = {("first", "SQLite"): 250, ("first", "PostgreSQL"): 200, "again": 600}


class Command(BaseCommand):
    help = "Benchmark the TED eForms import (notices per second) on a throwaway database."
    # The figures do not depend on the project's system checks; the site's own `check` covers those.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="How many notices to generate (default 1000).")
        parser.add_argument("--sqlite", action="store_true", help="Use a temporary SQLite file even when on PostgreSQL.")
        parser.add_argument("--run-in", help=argparse_suppress())

    def handle(self, *args, count, sqlite, run_in, **options):
        if run_in:
            return self._measure(Path(run_in))
        if not EXAMPLES_DIR.is_dir():
            raise CommandError(f"The eForms SDK examples are not at {EXAMPLES_DIR} (set TED_EXAMPLES_DIR).")
        with tempfile.TemporaryDirectory(prefix="bench-eforms-") as temp:
            folder = Path(temp) / "notices"
            folder.mkdir()
            originals = [example(name) for name in IMPORTABLE]
            for number in range(count):
                (folder / f"notice-{number:05d}.xml").write_bytes(vary(originals[number % len(originals)], number))
            parse_rate = self._parse_rate(folder)
            database_url, drop = self._throwaway_database(Path(temp), sqlite)
            try:
                figures = self._run_child(folder, database_url, Path(temp))
            finally:
                drop()
        engine = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
        self.stdout.write(f"TED eForms import benchmark — {count} notices varied from the eForms SDK examples, {engine}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
        self.stdout.write(f"  (load average {load:.1f} on {os.cpu_count()} cores: wall-clock rates fall as it rises)")
        self.stdout.write(f"  parsing only:  {parse_rate:8.0f} notices/s")
        targets = {"first": TARGETS["first", engine], "again": TARGETS["again"]}
        for label, key in (("first import:", "first"), ("re-import:", "again")):
            rate, seconds, counts = figures[f"{key}_rate"], figures[f"{key}_seconds"], figures[f"{key}_counts"]
            cpu_rate = figures[f"{key}_cpu_rate"]
            verdict = "met" if rate >= targets[key] else "NOT met"
            self.stdout.write(
                f"  {label:<14} {rate:8.0f} notices/s  (target ≥ {targets[key]}/s: {verdict}; {seconds:.2f} s; {counts}; "
                f"{cpu_rate:.0f}/s of the importer's own CPU time)"
            )
        precision, recall, found = precision_recall()
        self.stdout.write(
            f"  innovation detector on the written sample of {sum(found.values())} notices: precision {precision:.2f}, "
            f"recall {recall:.2f} ({found['tp']} found, {found['fp']} wrongly, {found['fn']} missed)"
        )
        precision, recall, found, mistakes = real_precision_recall()
        self.stdout.write(
            f"  innovation detector on the {sum(found.values())} labelled real notices (the SDK examples): "
            f"precision {precision:.2f}, recall {recall:.2f} ({found['tp']} found, {found['fp']} wrongly, "
            f"{found['fn']} missed, {found['tn']} rightly left out)"
        )
        for name, what, reason in mistakes:
            self.stdout.write(f"    {what}: {name} — {reason}")
        self.stdout.write(f"  ({LICENCE_NOTICE})")

    def _parse_rate(self, folder):
        files = sorted(folder.glob("*.xml"))
        start = time.perf_counter()
        for path in files:
            eforms.parse_notice(path.read_bytes(), source=path.name)
        return len(files) / (time.perf_counter() - start)

    def _throwaway_database(self, temp, sqlite):
        default = settings.DATABASES["default"]
        if sqlite or default["ENGINE"] != "django.db.backends.postgresql":
            return f"sqlite:///{temp / 'bench.sqlite3'}", lambda: None
        import psycopg
        from psycopg import sql

        name = f"{default['NAME']}_bench_ted_{os.getpid()}"
        params = {"host": default.get("HOST") or None, "port": default.get("PORT") or None, "user": default.get("USER") or None}
        params = {key: value for key, value in params.items() if value}
        password = default.get("PASSWORD") or None

        def server():
            # The maintenance database is there even when the site's own database has not been created yet.
            return psycopg.connect(dbname="postgres", password=password, autocommit=True, **params)

        with server() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

        def drop():
            with server() as connection:
                connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

        config = dict(dj_database_url.parse(os.environ.get("DATABASE_URL", "postgres://localhost/x")))
        user = config.get("USER") or ""
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = params.get("host", "")
        port = f":{params['port']}" if "port" in params else ""
        return f"postgres://{auth}{host}{port}/{name}", drop

    def _run_child(self, folder, database_url, temp):
        env = dict(os.environ, DATABASE_URL=database_url, VAR_DIR=str(temp / "var"), LOG_LEVEL="WARNING")
        env.setdefault("DJANGO_SETTINGS_MODULE", os.environ.get("DJANGO_SETTINGS_MODULE", "innoprocure.settings.dev"))
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "bench_eforms", "--run-in", str(folder)]
        completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if completed.returncode != 0:
            raise CommandError(f"The benchmark run failed:\n{completed.stderr[-3000:]}")
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def _measure(self, folder):
        """In the child process, on the throwaway database: migrate, then import twice and time it."""
        from innoprocure.opportunities.importers.run import import_paths

        call_command("migrate", verbosity=0, interactive=False, skip_checks=True)
        gc.collect()  # the migration's garbage is collected before the clock starts, not on the import's time
        count = len(list(folder.glob("*.xml")))
        figures = {}
        for key in ("first", "again"):
            start, cpu = time.perf_counter(), time.process_time()
            with override_settings(DEBUG=False):  # as in production: no debug log of every SQL query
                report = import_paths([folder])
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            figures.update(
                {
                    f"{key}_rate": count / seconds,
                    f"{key}_seconds": seconds,
                    f"{key}_cpu_rate": count / cpu,
                    f"{key}_counts": _counts(report),
                }
            )
        self.stdout.write(json.dumps(figures))


def _counts(report):
    return ", ".join(f"{number} {status}" for status, number in report.counts.items() if number)


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS
