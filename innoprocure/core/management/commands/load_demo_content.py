from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_module, module_has_submodule


class Command(BaseCommand):
    help = "Load the demo content of every section. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        # Each app contributes `<app>/demo.py` with `load(out)`; apps load in INSTALLED_APPS order,
        # so the core (home page, roles) comes first and sections can rely on it. A module may also have
        # `link(out)`, run once every section's content exists, for links to another section's items.
        modules = [
            (app_config, import_module(f"{app_config.name}.demo"))
            for app_config in apps.get_app_configs()
            if app_config.name.startswith("innoprocure.") and module_has_submodule(app_config.module, "demo")
        ]
        for app_config, module in modules:
            self.stdout.write(f"{app_config.verbose_name}:", ending="")
            with transaction.atomic():
                module.load(self.stdout)
        for app_config, module in modules:
            if hasattr(module, "link"):
                self.stdout.write(f"{app_config.verbose_name}, links to other sections:", ending="")
                with transaction.atomic():
                    module.link(self.stdout)
        # Pictures for the stories, events and resources that the sections have just created.
        from innoprocure.core import demo_images

        self.stdout.write("Demo images:", ending="")
        with transaction.atomic():
            demo_images.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
