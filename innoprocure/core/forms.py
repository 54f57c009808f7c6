"""Forms shared by several sections."""

from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.core.timezones import TZ_PARAMETER, grouped_zone_choices, zone_options


class TimeZoneForm(forms.Form):
    """The visitor's choice of zone for showing times (a GET form, no JavaScript needed)."""

    tz = forms.ChoiceField(label=_("Show times in"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tz"].choices = [(region, [(zone, zone) for zone in zones]) for region, zones in grouped_zone_choices()]

    def zone_options(self):
        """The select's options with the zone the form was given as initial value chosen."""
        return zone_options(self.initial.get(TZ_PARAMETER, ""))
