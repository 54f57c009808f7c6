"""The events index page's sub-URLs (core/routes.py): upcoming, past and the month calendar."""

from django.urls import path

from innoprocure.events import filters, views

urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path("past/", views.event_listing, {"when": filters.PAST}, name="past"),
    path("month/", views.event_month, name="month"),
    path("month/<int:year>/<int:month_number>/", views.event_month, name="month_of"),
]
