"""The admin for opportunities: the edit form (with the innovation flags as checkboxes), a read-only view of the
lots imported from TED, and a list filter by the derived status."""

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel

from innoprocure.core.timezones import from_wall_time, is_valid_zone, wall_time
from innoprocure.opportunities import status as status_rules
from innoprocure.opportunities.flags import FLAG_LABELS
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunitySource, OpportunityType


class OpportunityAdminForm(WagtailAdminModelForm):
    innovation_flags = forms.MultipleChoiceField(
        label=_("Innovation flags"),
        choices=list(FLAG_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Set by the TED importer from the notice; editors may set them for other opportunities."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk:
            self.initial["innovation_flags"] = list(instance.flags.values_list("code", flat=True))
            # The deadline as the clock shows it in its own zone, like the call announces it.
            if instance.deadline and is_valid_zone(instance.deadline_timezone) and "deadline" in self.fields:
                self.initial["deadline"] = wall_time(instance.deadline, instance.deadline_timezone)

    def clean(self):
        cleaned_data = super().clean()
        deadline, zone_name = cleaned_data.get("deadline"), cleaned_data.get("deadline_timezone")
        if deadline is not None and is_valid_zone(zone_name):
            cleaned_data["deadline"] = from_wall_time(timezone.make_naive(deadline), zone_name)
        return cleaned_data

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            self.save_flags(instance)
        return instance

    def save_flags(self, instance):
        # Only the codes offered as checkboxes change; any other code the importer set is kept.
        chosen = set(self.cleaned_data.get("innovation_flags") or [])
        offered = set(FLAG_LABELS)
        instance.flags.filter(code__in=offered - chosen).delete()
        existing = set(instance.flags.values_list("code", flat=True))
        OpportunityFlag.objects.bulk_create([OpportunityFlag(opportunity=instance, code=code) for code in chosen - existing])


class LotsPanel(Panel):
    """The lots of a tender, read-only: they come from the TED notice and change with it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "opportunities/admin/lots_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["lots"] = list(self.instance.lots.all()) if self.instance.pk else []
            return context


class OpportunityFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=status_rules.STATUS_CHOICES, method="filter_status")
    opportunity_type = django_filters.ChoiceFilter(label=_("Type"), choices=OpportunityType.choices)
    source = django_filters.ChoiceFilter(label=_("Source"), choices=OpportunitySource.choices)
    is_innovation = django_filters.BooleanFilter(label=_("Innovation procurement"))
    live = django_filters.BooleanFilter(label=_("Published"))

    class Meta:
        model = Opportunity
        fields = ["status", "opportunity_type", "source", "is_innovation", "live"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_rules.status_q(value)) if value else queryset
