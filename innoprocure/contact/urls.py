from django.urls import path

from innoprocure.contact import views

app_name = "contact"

urlpatterns = [
    path("contact/", views.contact, name="contact"),
    path("contact/sent/", views.sent, name="sent"),
]
