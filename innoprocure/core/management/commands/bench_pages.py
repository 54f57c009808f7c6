"""`manage.py bench_pages`: every public page type under load, cold and warm, beside a bare Django view.

Serves this project's database (the demo content: run `make run` or `make setup` first) with production settings.
`--in-process` instead renders each page through the test client in one process with the same settings and the
page cache off, and prints the CPU time and queries per request (`--profile LABEL` adds cProfile's view of a page).
"""

import cProfile
import io
import os
import pstats
import subprocess  # runs this command again under the production settings
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from innoprocure.challenges.models import Challenge
from innoprocure.core import benchpages, pagecache
from innoprocure.events.models import EventPage
from innoprocure.guidance.models import GuidancePage
from innoprocure.network.models import CompetenceCentre
from innoprocure.opportunities.models import Opportunity
from innoprocure.resources.models import Resource
from innoprocure.showcase.models import SolutionProfile
from innoprocure.stories.models import StoryPage

WARM_TARGET = 0.5  # warm anonymous pages: at least half the floor's requests per second
SEARCH_TARGET = 0.1  # uncached search pages: at least a tenth


def benchmark_paths():
    """(label, path, is_search) for the home page, each listing, a detail page of each type, search and the API."""
    story = StoryPage.objects.live().order_by("-date").first()
    event = EventPage.objects.live().order_by("start").first()
    guidance = GuidancePage.objects.live().first()
    resource = Resource.objects.filter(live=True).order_by("pk").first()
    opportunity = Opportunity.objects.live().order_by("pk").first()
    centre = CompetenceCentre.objects.order_by("pk").first()
    challenge = Challenge.objects.published().order_by("pk").first()
    solution = SolutionProfile.objects.public().order_by("pk").first()
    if not all([story, event, guidance, resource, opportunity, centre, challenge, solution]):
        raise CommandError("The database has no demo content: run `make setup` (or `make run`) first.")
    sector = resource.sectors.values_list("slug", flat=True).first() or ""
    return [
        ("home", "/", False),
        ("Get started", "/get-started/", False),
        ("guidance page", guidance.url, False),
        ("resources", "/resources/", False),
        ("resource", f"/resources/{resource.slug}/", False),
        ("stories", "/stories/", False),
        ("story", story.url, False),
        ("events", "/events/", False),
        ("event", event.url, False),
        ("opportunities", "/opportunities/", False),
        ("opportunity", f"/opportunities/{opportunity.slug}/", False),
        ("challenges", "/challenges/", False),
        ("challenge", challenge.get_absolute_url(), False),
        ("showcase", "/showcase/", False),
        ("solution", solution.get_absolute_url(), False),
        ("showcase ?q=&sector=", "/showcase/?q=sensors&sector=water&maturity=market", True),
        ("network", "/network/", False),
        ("centres", "/network/members/", False),
        ("centre", f"/network/members/{centre.slug}/", False),
        ("declaration", "/network/declaration/", False),
        ("membership", "/network/membership/", False),
        ("step by step", "/get-started/step-by-step/", False),
        ("resources ?q=", "/resources/?q=procurement", True),
        ("resources ?q=&sector=", f"/resources/?q=procurement&sector={sector}", True),
        ("site search ?q=", "/search/?q=innovation", True),
        ("API resources ?q=", "/api/v1/resources?q=innovation", True),
    ]


class Command(BaseCommand):
    help = "Benchmark public pages with gunicorn and production settings, cold and warm, beside a bare Django view."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=5, help="Load per URL and mode (default 5).")
        parser.add_argument("--soak-seconds", type=int, default=60, help="The 64-connection run on all URLs (default 60).")
        parser.add_argument(
            "--in-process",
            action="store_true",
            help="Render each URL through the test client (production settings, page cache off): CPU ms and queries.",
        )
        parser.add_argument("--repeat", type=int, default=30, help="In-process: requests per URL (default 30).")
        parser.add_argument("--only", action="append", default=[], metavar="LABEL", help="In-process: only these pages.")
        parser.add_argument("--profile", metavar="LABEL", help="In-process: cProfile the page's requests (top 40).")

    def handle(self, *args, **options):
        if options["in_process"]:
            return self.in_process(options)
        problems = benchpages.check_tools()
        if problems:
            raise CommandError("bench_pages needs: " + " ".join(problems))
        seconds = options["seconds"]
        paths = benchmark_paths()
        self.stdout.write("Collecting static files for the production settings …")
        benchpages.collect_static()

        with benchpages.Server("innoprocure.core.floor:application") as floor_url:
            floor = benchpages.wrk(floor_url + "/", seconds)
        self.stdout.write(
            f"Floor (bare Django view, gunicorn {benchpages.WORKERS} sync workers, wrk {benchpages.CONNECTIONS} "
            f"connections, {seconds} s): {floor.requests_per_second:,.0f} req/s, p50 {floor.p50_ms:.1f} ms, "
            f"p99 {floor.p99_ms:.1f} ms"
        )
        results = {}
        for mode, page_cache in (("cold", False), ("warm", True)):
            with benchpages.Server("innoprocure.wsgi", benchpages.production_env(page_cache)) as base_url:
                for label, path, _search in paths:
                    benchpages.wrk(base_url + path, 1, connections=2)  # warm-up: workers loaded, page cached
                    results[label, mode] = benchpages.wrk(base_url + path, seconds)
        self.report(floor, paths, results)

        soak = options["soak_seconds"]
        with benchpages.Server("innoprocure.wsgi", benchpages.production_env(page_cache=True)) as base_url:
            mixed = benchpages.wrk(base_url, soak, connections=64, paths=[path for _l, path, _s in paths])
        failures = mixed.errors + mixed.non_2xx
        self.stdout.write(
            f"\nSoak: 64 connections for {soak} s on all {len(paths)} URLs in turn (page cache on): "
            f"{mixed.requests:,} requests, {mixed.requests_per_second:,.0f} req/s, p50 {mixed.p50_ms:.1f} ms, "
            f"p99 {mixed.p99_ms:.1f} ms, {mixed.errors} errors, {mixed.non_2xx} non-2xx — "
            + ("target met" if failures == 0 else "TARGET MISSED")
        )

    def report(self, floor, paths, results):
        self.stdout.write(
            f"\n{'page':<24}{'cold req/s':>11}{'p50':>8}{'p99':>8}{'× floor':>9}   {'warm req/s':>11}{'p50':>8}"
            f"{'p99':>8}{'× floor':>9}"
        )
        missed = []
        for label, _path, search in paths:
            cold, warm = results[label, "cold"], results[label, "warm"]
            cold_ratio = cold.requests_per_second / floor.requests_per_second
            warm_ratio = warm.requests_per_second / floor.requests_per_second
            self.stdout.write(
                f"{label:<24}{cold.requests_per_second:>11,.0f}{cold.p50_ms:>8.1f}{cold.p99_ms:>8.1f}{cold_ratio:>9.3f}"
                f"   {warm.requests_per_second:>11,.0f}{warm.p50_ms:>8.1f}{warm.p99_ms:>8.1f}{warm_ratio:>9.3f}"
            )
            if warm_ratio < WARM_TARGET:
                missed.append(f"{label} warm {warm_ratio:.2f}× < {WARM_TARGET}×")
            if search and cold_ratio < SEARCH_TARGET:
                missed.append(f"{label} cold {cold_ratio:.2f}× < {SEARCH_TARGET}×")
            if cold.non_2xx or warm.non_2xx or cold.errors or warm.errors:
                missed.append(f"{label}: {cold.non_2xx + warm.non_2xx} non-2xx, {cold.errors + warm.errors} errors")
        self.stdout.write(
            f"Targets: warm ≥ {WARM_TARGET}× the floor, uncached search ≥ {SEARCH_TARGET}× — "
            + ("all met" if not missed else "MISSED: " + "; ".join(missed))
        )

    def in_process(self, options):
        production = settings.SETTINGS_MODULE == "innoprocure.settings.production"
        if not production or pagecache.config("ENABLED"):
            return self.again_with_production_settings(options)
        paths = benchmark_paths()
        chosen = set(options["only"]) | ({options["profile"]} if options["profile"] else set())
        unknown = chosen - {label for label, _path, _search in paths}
        if unknown:
            raise CommandError("Unknown page: " + ", ".join(sorted(unknown)))
        repeat = options["repeat"]
        self.stdout.write(
            f"In-process, production settings, DEBUG off, page cache off, memo on; {repeat} requests per URL; "
            f"CPU ms of this process (SQLite included, a PostgreSQL or Redis server not)"
        )
        self.stdout.write(f"{'page':<24}{'median':>8}{'p90':>8}{'queries':>9}   path")
        for label, path, _search in paths:
            if chosen and label not in chosen:
                continue
            profiler = cProfile.Profile() if label == options["profile"] else None
            found = benchpages.render_in_process(path, repeat, profiler)
            self.stdout.write(f"{label:<24}{found.median_ms:>8.1f}{found.p90_ms:>8.1f}{found.queries:>9}   {path}")
            if profiler:
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(40)
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
                self.stdout.write(out.getvalue())

    def again_with_production_settings(self, options):
        """The production settings need their static manifest and a SECRET_KEY: as for the servers of the bench."""
        benchpages.collect_static()
        command = [sys.executable, "manage.py", "bench_pages", "--in-process", "--repeat", str(options["repeat"])]
        for label in options["only"]:
            command += ["--only", label]
        if options["profile"]:
            command += ["--profile", options["profile"]]
        environment = {**os.environ, **benchpages.production_env(page_cache=False)}
        run = subprocess.run(command, cwd=settings.BASE_DIR, env=environment, check=False)  # noqa: S603
        if run.returncode:
            raise CommandError(f"The in-process benchmark failed (exit status {run.returncode}).")
