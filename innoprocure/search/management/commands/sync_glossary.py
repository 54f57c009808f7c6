from django.core.management.base import BaseCommand

from innoprocure.search.glossary import load_seed
from innoprocure.search.models import GlossaryConcept, GlossaryTerm


class Command(BaseCommand):
    help = "Add the seeded glossary terms (glossary.json) that are missing; editors' changes stay."

    def handle(self, *args, **options):
        created = load_seed(GlossaryConcept, GlossaryTerm)
        self.stdout.write(f"Glossary: {created} concepts and terms added, {GlossaryTerm.objects.count()} terms in all.")
