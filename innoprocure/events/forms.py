"""Forms of the events section."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from innoprocure.events.timezones import (
    TZ_PARAMETER,
    from_wall_time,
    grouped_zone_choices,
    is_valid_zone,
    wall_time,
    zone_options,
)

# Fields an editor types as the clock shows them in the event's zone.
WALL_CLOCK_FIELDS = ("start", "end", "registration_deadline")


class EventPageForm(WagtailAdminPageForm):
    """Editors give times in the event's own zone, whatever zone their browser or account is in.

    Django shows and reads datetimes in the editor's active zone; this form shows the event's wall-clock time
    instead and, on saving, reads what was typed as wall-clock time in the zone chosen on the form.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and is_valid_zone(instance.time_zone):
            for name in WALL_CLOCK_FIELDS:
                value = getattr(instance, name, None)
                if value is not None and name in self.fields:
                    self.initial[name] = wall_time(value, instance.time_zone)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        if is_valid_zone(zone_name):
            for name in WALL_CLOCK_FIELDS:
                value = cleaned_data.get(name)
                if value is not None:
                    # The field made it aware in the editor's zone; keep the wall-clock reading, change the zone.
                    cleaned_data[name] = from_wall_time(timezone.make_naive(value), zone_name)
        return cleaned_data


class TimeZoneForm(forms.Form):
    """The visitor's choice of zone for showing times (a GET form, no JavaScript needed)."""

    tz = forms.ChoiceField(label=_("Show times in"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tz"].choices = [(region, [(zone, zone) for zone in zones]) for region, zones in grouped_zone_choices()]

    def zone_options(self):
        """The select's options with the zone the form was given as initial value chosen."""
        return zone_options(self.initial.get(TZ_PARAMETER, ""))
