"""Language-independent open-data documents; the open-data page itself is in urls_pages.py (under i18n_patterns)."""

from django.urls import path, register_converter

from innoprocure.opendata import views


class RdfFormat:
    regex = "ttl|jsonld|rdf"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(RdfFormat, "rdf")

app_name = "opendata"
urlpatterns = [
    path("catalog", views.catalogue_negotiate, name="catalogue_negotiate"),
    path("catalog.<rdf:fmt>", views.catalogue, name="catalogue"),
    path("catalog/resources/<int:resource_id>", views.resource_negotiate, name="resource_negotiate"),
    path("catalog/resources/<int:resource_id>.<rdf:fmt>", views.resource_rdf, name="resource"),
    path("catalog/opportunities/<int:opportunity_id>", views.opportunity_negotiate, name="opportunity_negotiate"),
    path("catalog/opportunities/<int:opportunity_id>.<rdf:fmt>", views.opportunity_rdf, name="opportunity"),
    path("open-data/dumps/<str:name>", views.dump_file, name="dump"),
]
