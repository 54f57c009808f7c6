from django.urls import path

from innoprocure.search import views

urlpatterns = [path("", views.glossary_page, name="glossary")]
