from django.core.management.base import BaseCommand

from innoprocure.challenges.services import purge_expired_responses


class Command(BaseCommand):
    help = "Delete challenge responses (files and follow-up questions included) two years after the response deadline."

    def handle(self, *args, **options):
        count = purge_expired_responses()
        self.stdout.write(f"{count} expired challenge responses deleted.")
