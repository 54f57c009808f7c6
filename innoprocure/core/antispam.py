"""A honeypot for anonymous forms: a field people never see and bots fill in.

    from innoprocure.core.antispam import HoneypotFormMixin

    class ContactForm(HoneypotFormMixin, forms.Form):
        ...

The mixin adds one field (named by `honeypot_field_name`, "homepage" unless a form changes it) rendered inside an
element with the CSS class "honeypot" (moved off-screen by site.css), hidden from assistive technology, out of the tab
order and without autocomplete; its label says to leave it empty in case anybody does meet it. A filled-in field makes
the form invalid with a generic message that does not tell a bot what gave it away. The field counts as hidden
(`field.is_hidden`), so includes/form.html and `form.hidden_fields` render it without a visible label of their own.
"""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

HONEYPOT_ERROR = _("Sorry, we could not accept this submission. Please try again.")


class HoneypotInput(forms.TextInput):
    # Rendered like a hidden input by form templates (no visible label, no wrapper): it brings its own.
    is_hidden = True

    def __init__(self, attrs=None):
        super().__init__({"tabindex": "-1", "autocomplete": "off", **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        # Built here rather than from a template so it renders the same with any FORM_RENDERER.
        input_html = super().render(name, value, attrs, renderer)
        input_id = (attrs or {}).get("id") or self.attrs.get("id", "")
        return format_html(
            '<div class="honeypot" aria-hidden="true"><label for="{}">{}</label> {}</div>',
            input_id,
            _("Leave this field empty"),
            input_html,
        )


class HoneypotField(forms.CharField):
    widget = HoneypotInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Leave this field empty"))
        super().__init__(**kwargs)


class HoneypotFormMixin:
    honeypot_field_name = "homepage"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_field_name] = HoneypotField()

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return
        if self.honeypot_filled():
            self.add_error(None, forms.ValidationError(HONEYPOT_ERROR, code="honeypot"))

    def honeypot_filled(self):
        return bool((self.data.get(self.add_prefix(self.honeypot_field_name)) or "").strip())
