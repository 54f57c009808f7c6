import time

from django.core.management.base import BaseCommand

from innoprocure.search import indexer


class Command(BaseCommand):
    help = "Rebuild the site's search index from every registered type's visible items (or, with --changed, only what is stale)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fast",
            action="store_true",
            help="Drop the postings' secondary indexes while loading (faster; on PostgreSQL searches wait until done).",
        )
        parser.add_argument(
            "--changed",
            action="store_true",
            help="Only index items whose text or facets changed, and drop those no longer visible (no full rebuild).",
        )

    def handle(self, *args, changed=False, fast=False, **options):
        started = time.monotonic()
        if changed:
            touched = indexer.sync()
            self.stdout.write(f"Checked {touched} items in {time.monotonic() - started:.1f} s.")
            return
        count = indexer.rebuild(fast=fast, progress=lambda done: self.stdout.write(f"  {done} documents indexed", ending="\r"))
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} documents in {time.monotonic() - started:.1f} s."))
