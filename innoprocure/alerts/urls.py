from django.urls import path

from innoprocure.alerts import views

app_name = "alerts"

urlpatterns = [
    path("alerts/", views.manage, name="manage"),
    path("alerts/new/", views.new, name="new"),
    path("alerts/settings/", views.save_settings, name="settings"),
    path("alerts/feed-address/", views.revoke_feed, name="revoke_feed"),
    path("alerts/follow/", views.follow, name="follow"),
    path("alerts/<int:pk>/", views.edit, name="edit"),
    path("alerts/<int:pk>/<slug:action>/", views.change, name="change"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("alerts/calendar/<str:token>.ics", views.calendar, name="calendar"),
    path("alerts/feed/<str:token>/", views.feed, name="feed"),
    path("alerts/feed/<str:token>/<int:search_id>/", views.feed, name="feed_search"),
]
