"""Demo content of Stories: the /stories/ page and stories from 2019 to 2026, original writing on real events.

Idempotent: a story that exists (by slug) is left alone. Related resources are looked up by slug in the Resource
Centre (loaded before the stories); a missing one is skipped.
"""

import datetime

from django.utils import timezone

from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.demo.documents import read_toml
from innoprocure.stories.models import StoryIndexPage, StoryPage, StoryRelatedResource

INTRODUCTION = (
    "News on public procurement of innovation in Europe: policy and law, projects, funding, the P2I Network, "
    "interviews with buyers and suppliers, and reports from events."
)


def body_blocks(blocks):
    """The StreamField value of a story's body: "## …" is a heading, any other string a paragraph block."""
    return [
        ("heading", block[3:])
        if block.startswith("## ")
        else ("paragraph", "".join(f"<p>{text}</p>" for text in block.strip("\n").split("\n\n")))
        for block in blocks
    ]


# The stories' text and facts are in content/stories.toml, oldest first.
STORIES = [{**item, "body": body_blocks(item["body"])} for item in read_toml("stories.toml")["stories"]]

# Stories whose people, meetings or details are invented to show the kind of story the section carries: they are
# labelled "Illustrative example". The other stories report real policy, law, funding and projects.
ILLUSTRATIVE = {item["slug"] for item in STORIES if item.get("illustrative")}


def related_resources(slugs):
    try:
        from innoprocure.resources.models import Resource
    except ImportError:  # the Resource Centre is not installed
        return []
    found = {resource.slug: resource for resource in Resource.objects.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def load(out):
    home = ensure_home_page()
    index = ensure_child_page(home, StoryIndexPage, "stories", title="Stories", introduction=INTRODUCTION)
    existing = set(StoryPage.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    for item in STORIES:
        if item["slug"] in existing:
            continue
        page = StoryPage(
            title=item["title"],
            slug=item["slug"],
            date=item["date"],
            teaser=item["teaser"],
            category=item["category"],
            body=item["body"],
            illustrative=item["slug"] in ILLUSTRATIVE,
            first_published_at=timezone.make_aware(datetime.datetime.combine(item["date"], datetime.time(9, 0))),
        )
        page.tags.add(*item["tags"])
        page.related_resources = [StoryRelatedResource(resource=resource) for resource in related_resources(item["resources"])]
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    out.write(f"  {created} stories created ({len(STORIES)} in the demo set)")
