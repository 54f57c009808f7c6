"""Stories: the platform's news — policy, projects, funding, the network, interviews and events."""

from datetime import datetime, time

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from innoprocure.core import seo
from innoprocure.core.blocks import BodyBlock
from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.images import ContentImageMixin, detail_image, load_detail_image
from innoprocure.core.routes import SubpageRoutesMixin


class StoryCategory(models.TextChoices):
    POLICY = "policy", _("Policy")
    PROJECTS = "projects", _("Projects")
    FUNDING = "funding", _("Funding")
    NETWORK = "network", _("Network")
    INTERVIEWS = "interviews", _("Interviews")
    EVENTS = "events", _("Events")


class StoryIndexPage(SubpageRoutesMixin, Page):
    """/stories/: the listing with filters, and the RSS and Atom feeds (all stories and per category)."""

    subpage_urlconf = "innoprocure.stories.routes"

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = ["stories.StoryPage"]
    template = "stories/story_index_page.html"

    class Meta:
        verbose_name = _("stories index")

    def feed_links(self, category=None):
        """The feeds to advertise in the page head: all stories, and the category's when there is one."""
        links = [
            {"type": "application/rss+xml", "title": _("Stories (RSS)"), "url": self.url + self.reverse_subpage("feed_rss")},
            {"type": "application/atom+xml", "title": _("Stories (Atom)"), "url": self.url + self.reverse_subpage("feed_atom")},
        ]
        if category:
            label = StoryCategory(category).label
            for kind, content_type, name in (("rss", "application/rss+xml", "RSS"), ("atom", "application/atom+xml", "Atom")):
                links.append(
                    {
                        "type": content_type,
                        "title": _("Stories: %(category)s (%(format)s)") % {"category": label, "format": name},
                        "url": self.url + self.reverse_subpage(f"category_feed_{kind}", kwargs={"category": category}),
                    }
                )
        return links


class StoryPageTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("story tag")
        verbose_name_plural = _("story tags")


class StoryPage(ContentImageMixin, Page):
    """One story: dated, categorised and tagged, with a rich body and links to related resources."""

    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    teaser = models.TextField(
        _("teaser"), max_length=400, help_text=_("One or two sentences shown in lists and feeds (400 characters at most).")
    )
    category = models.CharField(_("category"), max_length=20, choices=StoryCategory.choices, db_index=True)
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    illustrative = illustrative_field()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("tags"), FieldPanel("illustrative")],
            heading=_("Filing"),
        ),
        FieldPanel("teaser"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        InlinePanel("related_resources", label=_("Related resources"), heading=_("Related resources")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    template = "stories/story_page.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def moment(self):
        """Stories carry a date; feeds and metadata need a moment. Midday in the site's time zone keeps the same
        calendar date for readers anywhere from UTC-11 to UTC+11 (midnight would show the day before in UTC)."""
        return timezone.make_aware(datetime.combine(self.date, time(12, 0)), timezone.get_default_timezone())

    @property
    def category_label(self):
        return StoryCategory(self.category).label if self.category in StoryCategory.values else self.category

    def live_related_resources(self):
        return [link.resource for link in self.related_resources.select_related("resource") if link.resource.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent().specific
        context["index_page"] = index_page
        context["feed_links"] = index_page.feed_links(self.category) if isinstance(index_page, StoryIndexPage) else []
        context["resources"] = self.live_related_resources()
        context["picture"] = detail_image(self)
        context.update(self.web_metadata(request))
        return context

    def web_metadata(self, request=None):
        """Open Graph (an article, with its dates and image) and schema.org NewsArticle of the story."""
        image = seo.wagtail_image(load_detail_image(self), self.image_alt)
        article = seo.news_article(self, url=seo.absolute(self.get_url(request)), image=image)
        return {
            "social": {
                "og_type": "article",
                "image": image,
                "published": self.moment.isoformat(),
                "modified": article["dateModified"],
            },
            "structured_data": article,
        }


class StoryRelatedResource(Orderable):
    """A Resource Centre entry shown under a story, in the editor's order."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_resources")
    resource = models.ForeignKey(
        "resources.Resource", verbose_name=_("resource"), on_delete=models.CASCADE, related_name="story_links"
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("related resource")
        verbose_name_plural = _("related resources")

    def __str__(self):
        return str(self.resource)
