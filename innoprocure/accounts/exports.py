"""Everything the platform holds about one person, for the data export, and what to do when they delete their account.

Any app can add its part in one of two ways:

1. a module `innoprocure/<app>/exports.py` defining any of

       def export(user):        # -> JSON-serialisable dict or list (empty/None when there is nothing)
           ...
       def erase(user):         # remove or anonymise this person's data before the account goes
           ...
       def purge(now):          # apply the app's retention rules (docs/privacy.md); -> a short report or ""
           ...

   They are found automatically (the section in the JSON file is the app label; `manage.py purge_personal_data`
   calls every `purge`);

2. or an explicit registration anywhere that is imported at start-up:

       from innoprocure.accounts.exports import register_exporter, register_eraser

       @register_exporter("newsletter")
       def newsletter_data(user): ...

       @register_eraser
       def forget_newsletter(user): ...

Erasers run inside the deletion's transaction, before the user row is deleted; records that must be kept for the
network's decisions (votes, application timelines, the audit log) stay, with the person's reference removed by their
foreign keys (SET_NULL) and names or e-mail addresses in labels anonymised by the eraser.
"""

import importlib
import logging
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from django.apps import apps
from django.utils import timezone

from innoprocure.accounts import catchall

logger = logging.getLogger(__name__)

_exporters: dict[str, Callable] = {}
_erasers: list[Callable] = []
_final_erasers: list[Callable] = []
_purgers: dict[str, Callable] = {}
_discovered = False


def register_exporter(name):
    """Decorator: `fn(user)` returns this section of the export."""

    def decorator(fn):
        _exporters[name] = fn
        return fn

    return decorator


def register_eraser(fn=None, *, last=False):
    """Decorator: `fn(user)` removes or anonymises data before the account is deleted. `last=True` for the audit
    log's anonymisation, which must run after erasers that record what they do (a withdrawn application …)."""

    def add(fn):
        target = _final_erasers if last else _erasers
        if fn not in target:
            target.append(fn)
        return fn

    return add(fn) if fn is not None else add


def discover():
    """Import `<app>.exports` of every project app once and register its `export` and `erase` functions."""
    global _discovered
    if _discovered:
        return
    for config in apps.get_app_configs():
        if not config.name.startswith("innoprocure.") or config.name == __name__.rsplit(".", 1)[0]:
            continue
        try:
            module = importlib.import_module(f"{config.name}.exports")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.exports":
                raise
            continue
        if callable(getattr(module, "export", None)):
            _exporters.setdefault(config.label, module.export)
        if callable(getattr(module, "erase", None)):
            register_eraser(module.erase)
        if callable(getattr(module, "purge", None)):
            _purgers.setdefault(config.label, module.purge)
    _discovered = True


def jsonable(value):
    """Dates as ISO 8601, decimals as strings, querysets and sets as lists, model instances as their text."""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset) or hasattr(value, "model"):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def collect(user):
    """The whole export as a JSON-serialisable dict: one section per registered exporter."""
    discover()
    data = {"exported_at": timezone.now().isoformat(), "format": "innoprocure-personal-data/1"}
    for name, exporter in sorted(_exporters.items(), key=lambda item: item[0] != "account"):
        data[name] = jsonable(exporter(user))
    # Apps without an exporter of their own are covered by a catch-all (rows pointing at the user or their e-mail).
    for name, sections in catchall.export_other_apps(user, covered={*_exporters, "accounts"}).items():
        data[name] = jsonable(sections)
    return data


def erase(user):
    """Run every eraser; the caller deletes the user afterwards in the same transaction."""
    discover()
    for eraser in [*_erasers, *_final_erasers]:
        eraser(user)


def purgers():
    """{app label: purge(now)} of every app with retention rules of its own."""
    discover()
    return dict(_purgers)
