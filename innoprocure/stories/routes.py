"""The stories index page's sub-URLs (core/routes.py): the listing, a category, and their RSS and Atom feeds."""

from django.urls import path

from innoprocure.stories import feeds, views

urlpatterns = [
    path("", views.listing, name="listing"),
    path("feed/rss/", feeds.serve_feed, {"kind": "rss"}, name="feed_rss"),
    path("feed/atom/", feeds.serve_feed, {"kind": "atom"}, name="feed_atom"),
    path("category/<str:category>/", views.category, name="category"),
    path("category/<str:category>/feed/rss/", feeds.serve_feed, {"kind": "rss"}, name="category_feed_rss"),
    path("category/<str:category>/feed/atom/", feeds.serve_feed, {"kind": "atom"}, name="category_feed_atom"),
]
