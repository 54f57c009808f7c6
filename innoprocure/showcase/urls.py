from django.urls import path

from innoprocure.showcase import views

app_name = "showcase"

urlpatterns = [
    path("showcase/", views.index, name="index"),
    path("showcase/yours/", views.yours, name="yours"),
    path("showcase/yours/new/", views.create, name="create"),
    path("showcase/yours/<int:pk>/", views.manage, name="manage"),
    path("showcase/yours/<int:pk>/edit/", views.edit, name="edit"),
    path("showcase/yours/<int:pk>/submit/", views.submit, name="submit"),
    path("showcase/yours/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("showcase/moderation/", views.moderation, name="moderation"),
    path("showcase/moderation/<int:pk>/", views.moderate, name="moderate"),
    path("showcase/<slug:slug>/", views.detail, name="detail"),
    path("showcase/<slug:slug>/contact/", views.contact, name="contact"),
]
