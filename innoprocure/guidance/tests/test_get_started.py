import pytest
from django.core.exceptions import ValidationError

from innoprocure.core.models import ProcurementStage
from innoprocure.guidance.blocks import ComparisonTableBlock
from innoprocure.guidance.tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ProjectsPageFactory,
    ResourceFactory,
    StepByStepPageFactory,
)

STEPS = [
    ("Assess your needs", "needs-assessment"),
    ("Engage the market", "market-engagement"),
    ("Choose the procedure", "tender-design"),
    ("Run the tender", "award"),
    ("Manage the contract", "contract-management"),
    ("Measure the impact", "impact"),
]

COMPARISON = (
    "comparison",
    {
        "caption": "PCP and PPI side by side",
        "corner_heading": "Aspect",
        "columns": ["PCP", "PPI"],
        "rows": [
            {"aspect": "What is bought", "cells": ["Research and development services", "Innovative solutions ready for market"]},
            {"aspect": "Intellectual property", "cells": ["Stays with the suppliers", "As the contract says"]},
        ],
    },
)


@pytest.fixture
def guidance_tree(home_page):
    index = GuidanceIndexPageFactory(parent=home_page)
    path = StepByStepPageFactory(parent=index, title="The path step by step", slug="step-by-step")
    steps = [
        GuidancePageFactory(parent=path, title=title, stage=ProcurementStage.objects.get(slug=slug)) for title, slug in STEPS
    ]
    comparison = GuidancePageFactory(parent=index, title="PCP and PPI", slug="pcp-and-ppi", body=[COMPARISON])
    projects = ProjectsPageFactory(parent=index)
    return {"index": index, "path": path, "steps": steps, "comparison": comparison, "projects": projects}


@pytest.fixture
def stage_resources(db):
    """One published resource per stage, and one draft per stage that must never be shown."""
    published = {slug: ResourceFactory(title=f"Published for {slug}", stages=[slug]) for _title, slug in STEPS}
    for _title, slug in STEPS:
        ResourceFactory(title=f"Draft for {slug}", stages=[slug], live=False)
    return published


def test_index_lists_the_guides_and_links_to_projects(client, guidance_tree):
    response = client.get("/get-started/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "The path step by step" in html
    assert 'href="/get-started/pcp-and-ppi/"' in html
    assert 'href="/get-started/projects/"' in html
    assert html.count("<h1") == 1


def test_step_by_step_lists_every_step_in_order_with_the_resources_of_its_stage(client, guidance_tree, stage_resources):
    html = client.get("/get-started/step-by-step/").content.decode()
    positions = [html.index(title) for title, _slug in STEPS]
    assert positions == sorted(positions)
    for _title, slug in STEPS:
        assert f"Published for {slug}" in html
        assert f'href="/resources/?stage={slug}"' in html
        assert f"Draft for {slug}" not in html
        assert f'href="{stage_resources[slug].get_absolute_url()}"' in html


def test_every_step_page_lists_only_its_own_stage(client, guidance_tree, stage_resources):
    for number, (step, (_title, slug)) in enumerate(zip(guidance_tree["steps"], STEPS, strict=True), start=1):
        response = client.get(step.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f"Step {number} of 6" in html
        assert f"Published for {slug}" in html
        assert f"Draft for {slug}" not in html
        others = [other for _t, other in STEPS if other != slug]
        assert not any(f"Published for {other}<" in html for other in others)
        assert f'href="/resources/?stage={slug}"' in html


def test_step_pages_lead_to_the_next_and_previous_step(client, guidance_tree):
    steps = guidance_tree["steps"]
    html = client.get(steps[1].url).content.decode()
    assert f'href="{steps[0].url}" rel="prev"' in html
    assert f'href="{steps[2].url}" rel="next"' in html
    last = client.get(steps[-1].url).content.decode()
    assert 'rel="next"' not in last


def test_a_step_without_resources_says_so_and_links_to_the_resource_centre(client, guidance_tree):
    html = client.get(guidance_tree["steps"][0].url).content.decode()
    assert "has no resources for this stage yet" in html
    assert 'href="/resources/?stage=needs-assessment"' in html


def test_comparison_table_is_an_accessible_table(client, guidance_tree):
    html = client.get("/get-started/pcp-and-ppi/").content.decode()
    assert "<caption>PCP and PPI side by side</caption>" in html
    assert '<th scope="col">PCP</th>' in html
    assert '<th scope="row">Intellectual property</th>' in html
    assert "<td>Stays with the suppliers</td>" in html


def test_comparison_rows_need_one_cell_per_column():
    block = ComparisonTableBlock()
    value = block.to_python(
        {
            "caption": "x",
            "corner_heading": "Aspect",
            "columns": ["A", "B"],
            "rows": [{"aspect": "Short row", "cells": ["only one"]}],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)
