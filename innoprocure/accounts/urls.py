from django.urls import path

from innoprocure.accounts import views

# Included under "accounts/" before allauth's own URLs.
urlpatterns = [
    path("profile/", views.profile, name="account_profile"),
    path("profile/data/", views.export, name="account_export"),
    path("profile/delete/", views.delete, name="account_delete"),
]
