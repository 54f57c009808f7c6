from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country, Sector
from innoprocure.core.timezones import from_wall_time, grouped_zone_choices, is_valid_zone, wall_time
from innoprocure.core.uploads import accepted_types_help
from innoprocure.events.models import EventFormat
from innoprocure.forum.models import ATTACHMENT_KINDS, ForumGroup, ForumProfile, GroupEvent, ReportReason, ThreadKind

MARKDOWN_HELP = _("Markdown: **bold**, *italic*, lists with “- ”, > quotes, [links](https://…). Mention people as @name.")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field; each is checked by content in services (core/uploads.py)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


def _body_field(label):
    return forms.CharField(
        label=label,
        max_length=20_000,
        help_text=MARKDOWN_HELP,
        widget=forms.Textarea(attrs={"rows": 8, "data-draft": "body"}),
    )


def _attachments_field():
    return MultipleFileField(label=_("Attach files"), required=False, help_text=accepted_types_help(ATTACHMENT_KINDS))


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"data-draft": "title"}))
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=ThreadKind.choices,
        initial=ThreadKind.DISCUSSION,
        widget=forms.RadioSelect,
        help_text=_("A question can get an accepted answer, shown first."),
    )
    body = _body_field(_("Text"))
    attachments = _attachments_field()


class ReplyForm(forms.Form):
    body = _body_field(_("Your reply"))
    attachments = _attachments_field()
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)


class DeliberationReplyForm(ReplyForm):
    for_applicant = forms.BooleanField(
        label=_("This is a question to the applicant"),
        required=False,
        help_text=_("The applicant sees only such questions and the answers to them, never the rest of the discussion."),
    )


class AnswerForm(forms.Form):
    body = _body_field(_("Your answer"))


class EditForm(forms.Form):
    body = _body_field(_("Text"))


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Why would you like to join?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say how you meet the entry requirements; the group's moderators read it."),
    )


class DecisionForm(forms.Form):
    note = forms.CharField(label=_("Note to the person (optional)"), max_length=500, required=False)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=255)


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason (kept in the audit trail)"), max_length=255, required=False)


class MoveForm(forms.Form):
    group = forms.ModelChoiceField(label=_("Move to the group"), queryset=ForumGroup.objects.none())

    def __init__(self, *args, groups=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups if groups is not None else ForumGroup.objects.none()


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("What is wrong with this post?"), choices=ReportReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SettingsForm(forms.ModelForm):
    class Meta:
        model = ForumProfile
        fields = ["handle", "visible", "expertise", "sectors", "email_mode", "language"]
        widgets = {"sectors": forms.CheckboxSelectMultiple, "email_mode": forms.RadioSelect}

    def clean_handle(self):
        return self.cleaned_data["handle"].lower()


class DirectoryForm(forms.Form):
    """GET filters of the member directory; unknown values are ignored (and said so)."""

    q = forms.CharField(label=_("Name or expertise"), required=False, max_length=100)
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all(), required=False, to_field_name="code")
    sector = forms.ModelChoiceField(label=_("Sector"), queryset=Sector.objects.all(), required=False, to_field_name="slug")


class EventForm(forms.ModelForm):
    """A group event, its times typed as the clock shows them in the zone chosen on the form."""

    starts_at = forms.DateTimeField(
        label=_("Starts"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), help_text=_("The zone the times above are given in."))

    class Meta:
        model = GroupEvent
        fields = ["title", "starts_at", "ends_at", "time_zone", "event_format", "location", "online_url", "description"]
        widgets = {"event_format": forms.RadioSelect, "description": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"description": MARKDOWN_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [(region, [(z, z) for z in zones]) for region, zones in grouped_zone_choices()]
        self.fields["time_zone"].initial = settings.TIME_ZONE
        if self.instance.pk:
            for name in ("starts_at", "ends_at"):
                self.initial[name] = wall_time(getattr(self.instance, name), self.instance.time_zone)

    def clean(self):
        data = super().clean()
        zone, starts, ends = data.get("time_zone"), data.get("starts_at"), data.get("ends_at")
        if is_valid_zone(zone) and starts and ends:
            data["starts_at"] = starts = from_wall_time(timezone.make_naive(starts), zone)
            data["ends_at"] = ends = from_wall_time(timezone.make_naive(ends), zone)
            if ends <= starts:
                self.add_error("ends_at", _("The event must end after it starts."))
        event_format = data.get("event_format")
        if event_format in (EventFormat.PHYSICAL, EventFormat.HYBRID) and not data.get("location", "").strip():
            self.add_error("location", _("Say where the event takes place."))
        if event_format in (EventFormat.ONLINE, EventFormat.HYBRID) and not data.get("online_url"):
            self.add_error("online_url", _("Give the link to join online."))
        return data

    def _post_clean(self):
        # The model is not filled in here: services.group_events saves it (checked, audited, notified).
        pass
