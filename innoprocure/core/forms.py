"""Forms shared by several sections."""

from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.core.timezones import grouped_zone_choices


class TimeZoneForm(forms.Form):
    """The visitor's choice of zone for showing times (a GET form, no JavaScript needed)."""

    tz = forms.ChoiceField(label=_("Show times in"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tz"].choices = [(region, [(zone, zone) for zone in zones]) for region, zones in grouped_zone_choices()]
