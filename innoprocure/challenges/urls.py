from django.urls import path

from innoprocure.challenges import views

app_name = "challenges"

urlpatterns = [
    path("challenges/", views.index, name="index"),
    path("challenges/new/", views.create, name="create"),
    path("challenges/organisation/", views.my_organisation, name="my_organisation"),
    path("challenges/organisations/<int:pk>/document/", views.verification_document, name="verification_document"),
    path("challenges/moderation/", views.moderation, name="moderation"),
    path("challenges/moderation/organisations/<int:pk>/", views.verify, name="verify"),
    path("challenges/responses/<int:pk>/", views.response_detail, name="response"),
    path("challenges/responses/<int:pk>/files/<int:file_pk>/", views.response_file, name="response_file"),
    path("challenges/responses/<int:pk>/status/", views.set_status, name="set_status"),
    path("challenges/responses/<int:pk>/feedback/", views.feedback, name="feedback"),
    path("challenges/responses/<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("challenges/follow-ups/<int:pk>/answer/", views.answer_follow_up, name="answer_follow_up"),
    path("challenges/<slug:slug>/", views.detail, name="detail"),
    path("challenges/<slug:slug>/edit/", views.edit, name="edit"),
    path("challenges/<slug:slug>/submit/", views.submit, name="submit"),
    path("challenges/<slug:slug>/moderate/", views.moderate, name="moderate"),
    path("challenges/<slug:slug>/attachments/<int:pk>/", views.attachment, name="attachment"),
    path("challenges/<slug:slug>/attachments/<int:pk>/remove/", views.remove_attachment, name="remove_attachment"),
    path("challenges/<slug:slug>/questions/", views.ask, name="ask"),
    path("challenges/<slug:slug>/questions/<int:pk>/answer/", views.answer, name="answer"),
    path("challenges/<slug:slug>/respond/", views.respond, name="respond"),
    path("challenges/<slug:slug>/responses/", views.responses, name="responses"),
    path("challenges/<slug:slug>/outcome/", views.outcome, name="outcome"),
]
