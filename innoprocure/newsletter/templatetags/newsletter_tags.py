from django import template

from innoprocure.newsletter.forms import CompactSignupForm

register = template.Library()


@register.simple_tag
def newsletter_signup_form():
    """A fresh short sign-up form, for templates/newsletter/includes/signup.html."""
    return CompactSignupForm()
