from django.core.management.base import BaseCommand

from innoprocure.core.roles import setup_roles


class Command(BaseCommand):
    help = "Create or refresh the role groups (Editors, Moderators …) and the moderation workflow."

    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}"))
