from django.urls import path

from innoprocure.network import views

app_name = "network"

urlpatterns = [
    path("network/members/", views.centre_directory, name="directory"),
    path("network/members/<slug:slug>/", views.centre_detail, name="centre"),
    path("network/governance/", views.governance, name="governance"),
    path("network/knowledge-exchange/", views.knowledge_exchange, name="knowledge_exchange"),
    path("network/knowledge-exchange/<int:number>/", views.meeting_detail, name="meeting"),
    path("network/declaration/endorse/", views.endorse, name="endorse"),
    path("network/declaration/signatories/<int:pk>/letter/", views.signatory_letter, name="signatory_letter"),
]
