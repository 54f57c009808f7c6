from django.urls import path

from innoprocure.core import views

# Under every language prefix (innoprocure/urls.py includes these in i18n_patterns).
urlpatterns = [
    path("manifest.webmanifest", views.manifest, name="manifest"),
    path("patterns/", views.patterns, name="patterns"),
]
