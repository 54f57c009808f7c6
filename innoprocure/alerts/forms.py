from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.alerts.mail import email_languages
from innoprocure.alerts.models import AlertSettings, Delivery, Frequency, SavedSearch


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    frequency = forms.ChoiceField(label=_("How often"), choices=Frequency.choices, initial=Frequency.DAILY)
    delivery = forms.ChoiceField(label=_("How"), choices=Delivery.choices, initial=Delivery.EMAIL)
    replace = forms.TypedChoiceField(
        label=_("Save as"), coerce=int, required=False, empty_value=None, help_text=_("A new search, or over one you have.")
    )

    def __init__(self, *args, user=None, kind="", **kwargs):
        super().__init__(*args, **kwargs)
        existing = SavedSearch.objects.filter(user=user, kind=kind).order_by("name") if user else SavedSearch.objects.none()
        self.existing = {search.pk: search for search in existing}
        choices = [("", _("A new saved search"))]
        choices += [(search.pk, _("Replace “%(name)s”") % {"name": search.name}) for search in existing]
        self.fields["replace"].choices = choices
        if not self.existing:
            del self.fields["replace"]

    def replaced(self):
        return self.existing.get(self.cleaned_data.get("replace"))


class EditSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "frequency", "delivery"]
        labels = {"frequency": _("How often"), "delivery": _("How")}


def _days(value):
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and 1 <= int(part) <= 60 for part in parts) or len(parts) > 5:
        raise forms.ValidationError(_("Give up to five numbers of days from 1 to 60, separated by commas, e.g. 7, 1."))
    return ",".join(str(day) for day in sorted({int(part) for part in parts}, reverse=True))


class AlertSettingsForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=email_languages)

    class Meta:
        model = AlertSettings
        fields = ["language", "reminders", "reminder_days"]

    def clean_reminder_days(self):
        return _days(self.cleaned_data["reminder_days"])
