from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from innoprocure.demo.loaders import SECTIONS, images


class Command(BaseCommand):
    help = "Load the demo content of every section. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        # Sections load in the order of SECTIONS, then each loader's `link(out)` if it has one, run once every
        # section's content exists, for links to another section's items.
        for label, loader in SECTIONS:
            self.stdout.write(f"{apps.get_app_config(label).verbose_name}:", ending="")
            with transaction.atomic():
                loader.load(self.stdout)
        for label, loader in SECTIONS:
            if hasattr(loader, "link"):
                self.stdout.write(f"{apps.get_app_config(label).verbose_name}, links to other sections:", ending="")
                with transaction.atomic():
                    loader.link(self.stdout)
        # Pictures for the stories, events and resources that the sections have just created.
        self.stdout.write("Demo images:", ending="")
        with transaction.atomic():
            images.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
