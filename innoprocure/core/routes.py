"""Index pages whose sub-URLs are a URLconf of their app, the way Django names ROOT_URLCONF.

Wagtail's RoutablePageMixin finds a page's sub-URLs in methods of the page model, which then import the views that
do the work, and the views import the models: a cycle. Here the page names its app's routes module by dotted path
(`subpage_urlconf`); the routes module imports the views, the views import the models, and models import no view.
A route's view is called as `view(request, index_page=<the page>, **the URL's and the route's arguments)`.
"""

from functools import partial
from importlib import import_module

from wagtail.contrib.routable_page.models import RoutablePageMixin


class SubpageRoutesMixin(RoutablePageMixin):
    subpage_urlconf = ""  # e.g. "innoprocure.events.routes", a module with `urlpatterns`

    @classmethod
    def get_subpage_urls(cls):
        return tuple(import_module(cls.subpage_urlconf).urlpatterns)

    def resolve_subpage(self, path):
        match = self.get_resolver().resolve(path)
        match.func = partial(match.func, index_page=self)
        return match
