import pytest

from innoprocure.guidance.tests.factories import GuidanceIndexPageFactory, ProjectFactory, ProjectsPageFactory, ResourceFactory


@pytest.fixture
def projects_page(home_page):
    index = GuidanceIndexPageFactory(parent=home_page)
    return ProjectsPageFactory(parent=index)


@pytest.fixture
def projects(db):
    return {
        "health": ProjectFactory(title="Smart hospital beds", sectors=["health-care"], countries=["FI", "SE"]),
        "mobility": ProjectFactory(
            title="Zero-emission buses",
            sectors=["mobility"],
            countries=["NL"],
            project_partners="Municipality of Eindhoven (NL)\nProvince of Noord-Brabant (NL)",
            project_start="2020-03-01",
            project_end=None,
            external_url="https://buses.example.eu/",
        ),
        "draft": ProjectFactory(title="Unpublished project", sectors=["health-care"], countries=["FI"], live=False),
        "guide": ResourceFactory(title="A guide, not a project", sectors=["health-care"], countries=["FI"]),
    }


def test_lists_live_projects_with_partners_countries_dates_and_website(client, projects_page, projects):
    html = client.get("/get-started/projects/").content.decode()
    assert "Smart hospital beds" in html
    assert "Zero-emission buses" in html
    assert "Unpublished project" not in html
    assert "A guide, not a project" not in html
    assert "<li>Municipality of Eindhoven (NL)</li><li>Province of Noord-Brabant (NL)</li>" in html
    assert "Finland, Sweden" in html
    assert '<time datetime="2021-01-01">January 2021</time>' in html
    assert "ongoing" in html
    assert 'href="https://buses.example.eu/"' in html
    assert "2 projects" in html


def test_filters_by_sector_and_country(client, projects_page, projects):
    html = client.get("/get-started/projects/?sector=mobility").content.decode()
    assert "Zero-emission buses" in html and "Smart hospital beds" not in html
    html = client.get("/get-started/projects/?country=se").content.decode()
    assert "Smart hospital beds" in html and "Zero-emission buses" not in html
    html = client.get("/get-started/projects/?sector=mobility&country=FI").content.decode()
    assert "No project matches these filters." in html


def test_filter_options_show_only_sectors_and_countries_with_projects(client, projects_page, projects):
    html = client.get("/get-started/projects/").content.decode()
    assert '<option value="mobility">Transport and mobility (1)</option>' in html
    assert '<option value="FI">Finland (1)</option>' in html
    assert 'value="energy"' not in html


@pytest.mark.parametrize("query", ["sector=no-such-sector", "country=XX", "country=<script>", "sector=&country=", "page=abc"])
def test_unknown_filter_values_are_ignored_with_a_notice(client, projects_page, projects, query):
    response = client.get(f"/get-started/projects/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Smart hospital beds" in html and "Zero-emission buses" in html
    if "=no-such" in query or "XX" in query or "script" in query:
        assert "have been ignored" in html
    assert "<script>" not in html


def test_projects_are_paginated(client, projects_page):
    for number in range(14):
        ProjectFactory(title=f"Project {number:02d}")
    first = client.get("/get-started/projects/").content.decode()
    second = client.get("/get-started/projects/?page=2").content.decode()
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second
    assert first.count('class="partner-list"') == 12
    assert second.count('class="partner-list"') == 2
