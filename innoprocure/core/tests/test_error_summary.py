"""The shared form template (includes/form.html, used by most forms, allauth's included): every error link reaches
a field, whatever its widget."""

from django import forms
from django.template.loader import render_to_string

from innoprocure.core.tests.error_summary import assert_error_links_reach_fields


class EveryWidgetForm(forms.Form):
    name = forms.CharField()
    answer = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")], widget=forms.RadioSelect)
    topics = forms.MultipleChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple)
    country = forms.ChoiceField(choices=[("", "—"), ("PT", "Portugal")])
    agree = forms.BooleanField()
    message = forms.CharField(widget=forms.Textarea)


def test_error_links_of_the_shared_form_template_reach_every_kind_of_field():
    form = EveryWidgetForm(data={})
    assert not form.is_valid()

    html = render_to_string("includes/form.html", {"form": form})

    targets = assert_error_links_reach_fields(
        html, ["id_name", "id_answer_0", "id_topics_0", "id_country", "id_agree", "id_message"]
    )
    assert len(targets) == 6
