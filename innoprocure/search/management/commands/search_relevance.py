from django.core.management.base import BaseCommand

from innoprocure.search import relevance


class Command(BaseCommand):
    help = "Run the relevance test set (search/relevance.json) on this database and print the hit rate and MRR."

    def add_arguments(self, parser):
        parser.add_argument("--set", default=str(relevance.SET), help="A relevance set in the same JSON format.")
        parser.add_argument("--misses", action="store_true", help="List only the queries without a right answer in the top 3.")

    def handle(self, *args, **options):
        outcomes = relevance.evaluate(relevance.load_set(options["set"]))
        for outcome in outcomes:
            if options["misses"] and outcome.hit:
                continue
            mark = "hit " if outcome.hit else "MISS"
            rank = outcome.rank or "-"
            self.stdout.write(f"{mark} rank {rank!s:>2}  [{outcome.scope}] {outcome.q}")
            if not outcome.hit:
                for title in outcome.top:
                    self.stdout.write(f"             {title[:100]}")
        hit_rate, mrr = relevance.figures(outcomes)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(outcomes)} queries: hit rate (right answer in the top {relevance.TOP}) {hit_rate:.1%}, MRR {mrr:.3f}"
            )
        )
