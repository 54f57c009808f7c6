from django.urls import path

from innoprocure.api.api import api

urlpatterns = [path("", api.urls)]
