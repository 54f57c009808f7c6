"""The opportunities index page's sub-URLs (core/routes.py): the fixed ones before an opportunity's slug."""

from django.urls import path

from innoprocure.opportunities import views

urlpatterns = [
    path("", views.listing, name="current"),
    path("archive/", views.listing, {"archive": True}, name="archive"),
    path("feed/", views.feed, name="feed"),
    path("<slug:slug>/", views.detail, name="opportunity"),
]
