"""Local development: debug on, e-mails printed to the console."""

from .base import *  # noqa: F403

DEBUG = True
INTERNAL_IPS = ["127.0.0.1"]
