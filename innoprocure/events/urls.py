"""The calendars of the events section; the listing and event pages are Wagtail pages under /events/."""

from django.urls import path

from innoprocure.events import views

app_name = "events"

urlpatterns = [
    path("events/calendar.ics", views.calendar_feed, name="calendar_feed"),
    path("events/<slug:slug>/calendar.ics", views.event_calendar, name="event_calendar"),
]
