from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChallengesConfig(AppConfig):
    name = "innoprocure.challenges"
    label = "challenges"
    verbose_name = _("Challenges")

    def ready(self):
        from innoprocure.challenges.models import ChallengeAttachment, Organisation, ResponseAttachment
        from innoprocure.core.storage import delete_files_with_their_owner

        for model in (Organisation, ChallengeAttachment, ResponseAttachment):
            delete_files_with_their_owner(model)
