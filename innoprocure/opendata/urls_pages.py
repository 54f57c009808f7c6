from django.urls import path

from innoprocure.opendata import views

urlpatterns = [path("open-data/", views.index, name="open_data")]
