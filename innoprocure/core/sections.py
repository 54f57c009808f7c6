"""The platform's sections, and what each one shows on the home page.

A section app contributes to the home page by providing `<app>/teasers.py` with
`SECTION = (order, title, path)` and `latest(limit, request=None) -> list[Teaser]` (the request lets page URLs share
one reading of the site's root paths).
"""

from functools import cache

from django.apps import apps
from django.utils.module_loading import import_module, module_has_submodule


@cache  # the installed apps do not change while the process runs
def section_modules():
    modules = []
    for app_config in apps.get_app_configs():
        if app_config.name.startswith("innoprocure.") and module_has_submodule(app_config.module, "teasers"):
            module = import_module(f"{app_config.name}.teasers")
            if hasattr(module, "latest"):
                modules.append(module)
    return sorted(modules, key=lambda module: module.SECTION[0])


def latest_by_section(limit=3, request=None):
    """[{title, path, items}] for every section that has something to show.

    An item two sections would show (an Expert Opinion Paper is also a resource) appears once, in the more specific
    section: sections are filled from the last to the first, so the Resource Centre, the general library, comes last
    and shows its other newest items instead.
    """
    shown, sections = set(), []
    for module in reversed(section_modules()):
        _order, title, path = module.SECTION
        candidates = module.latest(limit + len(shown), request=request)
        items = [item for item in candidates if _same(item) not in shown][:limit]
        shown.update(_same(item) for item in items)
        sections.append({"title": title, "path": path, "items": items})
    return sections[::-1]


def _same(item):
    return " ".join(item.title.casefold().split())
