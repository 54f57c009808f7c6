from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content and its loader (`manage.py load_demo_content`). No models; no other app imports it."""

    name = "innoprocure.demo"
    label = "demo"
    verbose_name = _("Demo content")
