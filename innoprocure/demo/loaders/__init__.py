"""One loader module per section, each with `load(out)` and, where it links to a later section's items, `link(out)`.

SECTIONS is the order they run in: the core (home page, roles) and the accounts first, so the sections can rely on
them; the resources before the stories, events and Get started links that recommend them.
"""

from innoprocure.demo.loaders import (
    accounts,
    challenges,
    core,
    events,
    forum,
    guidance,
    membership,
    network,
    opportunities,
    resources,
    search,
    showcase,
    stories,
)

# (app label, loader module), in the order of INSTALLED_APPS; the label names the section in the command's output.
SECTIONS = [
    ("core", core),
    ("accounts", accounts),
    ("guidance", guidance),
    ("resources", resources),
    ("stories", stories),
    ("events", events),
    ("opportunities", opportunities),
    ("network", network),
    ("membership", membership),
    ("forum", forum),
    ("challenges", challenges),
    ("showcase", showcase),
    ("sitesearch", search),
]
