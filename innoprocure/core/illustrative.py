"""The "Illustrative example" flag: content invented to show how the platform works, about fictional buyers and
places, carries a visible label on its page, in lists and in the API, so that nobody takes it for a real case."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def illustrative_field():
    return models.BooleanField(
        _("illustrative example"),
        default=False,
        db_index=True,
        help_text=_(
            "Invented to show how the platform works, about fictional organisations and places. Pages, lists and "
            "the API label it “Illustrative example”."
        ),
    )
