"""The honeypot: invisible to people, fatal to bots that fill in every field."""

from django import forms
from django.template import Context, Template

from innoprocure.core.antispam import HONEYPOT_ERROR, HoneypotFormMixin


class MessageForm(HoneypotFormMixin, forms.Form):
    message = forms.CharField()


def test_people_leave_it_empty_and_pass():
    assert MessageForm(data={"message": "Hello", "homepage": ""}).is_valid()
    assert MessageForm(data={"message": "Hello"}).is_valid()


def test_a_filled_honeypot_fails_with_a_generic_message():
    form = MessageForm(data={"message": "Buy now", "homepage": "http://spam.example"})
    assert not form.is_valid()
    assert form.non_field_errors() == [str(HONEYPOT_ERROR)]
    assert "homepage" not in form.errors  # nothing points at the trap


def test_prefixed_forms_check_their_own_field():
    form = MessageForm(prefix="c", data={"c-message": "Hi", "c-homepage": "x"})
    assert not form.is_valid()


def test_rendered_hidden_from_people_and_assistive_technology():
    html = Template('{% include "includes/form.html" with form=form %}').render(Context({"form": MessageForm()}))
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
    assert '<label for="id_homepage">Leave this field empty</label>' in html
    assert html.count("Leave this field empty") == 1  # the form template adds no second, visible label
