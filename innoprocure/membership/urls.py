from django.urls import path

from innoprocure.membership import views

app_name = "membership"

urlpatterns = [
    path("network/membership/", views.overview, name="overview"),
    path("network/membership/self-check/", views.self_check, name="self_check"),
    path("network/membership/apply/", views.apply, name="apply"),
    path("network/membership/my-application/", views.my_application, name="my_application"),
    path("network/membership/my-application/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("network/membership/applications/<int:pk>/evidence/<slug:requirement>/", views.evidence, name="evidence"),
    path("network/membership/ballots/", views.ballot_list, name="ballots"),
    path("network/membership/ballots/<int:pk>/", views.ballot_detail, name="ballot"),
    path("network/membership/ballots/<int:pk>/close/", views.close_ballot, name="close_ballot"),
    path("network/membership/secretariat/", views.secretariat_list, name="secretariat"),
    path("network/membership/secretariat/<int:pk>/", views.secretariat_application, name="secretariat_application"),
    path("network/membership/secretariat/<int:pk>/return/", views.return_application, name="return_application"),
    path("network/membership/secretariat/<int:pk>/open-ballot/", views.open_ballot, name="open_ballot"),
]
