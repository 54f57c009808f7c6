from django.urls import path

from innoprocure.forum import views

app_name = "forum"

urlpatterns = [
    path("forum/", views.index, name="index"),
    path("forum/guidelines/", views.guidelines, name="guidelines"),
    path("forum/notifications/", views.notifications, name="notifications"),
    path("forum/notifications/read/", views.mark_read, name="mark_read"),
    path("forum/notifications/<int:pk>/", views.open_notification, name="open_notification"),
    path("forum/settings/", views.settings_view, name="settings"),
    path("forum/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("forum/members/", views.member_directory, name="directory"),
    path("forum/members/<slug:handle>/", views.profile, name="profile"),
    path("forum/members/<slug:handle>/suspend/", views.suspend_from_forum, name="suspend_from_forum"),
    path("forum/moderation/", views.queue, name="queue"),
    path("forum/attachments/<int:pk>/", views.attachment, name="attachment"),
    path("forum/posts/<int:pk>/edit/", views.edit_post, name="edit_post"),
    path("forum/posts/<int:pk>/history/", views.post_history, name="post_history"),
    path("forum/posts/<int:pk>/helpful/", views.helpful, name="helpful"),
    path("forum/posts/<int:pk>/accept/", views.accept, name="accept"),
    path("forum/posts/<int:pk>/report/", views.report, name="report"),
    path("forum/posts/<int:pk>/moderate/", views.moderate_post, name="moderate_post"),
    path("forum/deliberations/<int:pk>/questions/", views.applicant_questions, name="applicant_questions"),
    path("forum/<slug:slug>/", views.group_detail, name="group"),
    path("forum/<slug:slug>/join/", views.join, name="join"),
    path("forum/<slug:slug>/ask-to-join/", views.ask_to_join, name="ask_to_join"),
    path("forum/<slug:slug>/leave/", views.leave, name="leave"),
    path("forum/<slug:slug>/follow/", views.follow, name="follow_group"),
    path("forum/<slug:slug>/members/", views.members, name="members"),
    path("forum/<slug:slug>/members/<int:pk>/", views.decide_membership, name="decide_membership"),
    path("forum/<slug:slug>/new/", views.new_thread, name="new_thread"),
    path("forum/<slug:slug>/<int:pk>/", views.thread_detail, name="thread"),
    path("forum/<slug:slug>/<int:pk>/reply/", views.reply, name="reply"),
    path("forum/<slug:slug>/<int:pk>/follow/", views.follow, name="follow_thread"),
    path("forum/<slug:slug>/<int:pk>/moderate/", views.moderate_thread, name="moderate_thread"),
]
