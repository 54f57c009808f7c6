"""The Resource Centre's search service: ranking, languages, typos, phrases, facets, sorting, paging, snippets."""

import pytest

from innoprocure.resources.search import SearchRequest, more_like_this, parse_params, search
from innoprocure.search.tests.factories import ResourceFactory, add_attachment
from innoprocure.search.tests.fixtures import fresh_cache  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def find(q="", **params):
    request, errors = parse_params({"q": q, **params}, api=True)
    assert not errors, errors
    return search(request)


def titles(results):
    return [hit.resource.title for hit in results.hits]


def test_a_title_match_ranks_above_many_body_matches():
    ResourceFactory(title="Buying for hospitals", body="<p>" + "Hydrogen buses and hydrogen trains. " * 20 + "</p>")
    ResourceFactory(title="Hydrogen in public transport", summary="How cities buy clean buses.")
    assert titles(find("hydrogen")) == ["Hydrogen in public transport", "Buying for hospitals"]


def test_every_word_must_match():
    ResourceFactory(title="Hydrogen buses")
    ResourceFactory(title="Electric buses")
    assert titles(find("hydrogen buses")) == ["Hydrogen buses"]


def test_german_resources_are_stemmed_in_german():
    ResourceFactory(title="Innovative Beschaffung im Gesundheitswesen", summary="Ein Leitfaden.", language="de")
    assert titles(find("Beschaffungen")) == ["Innovative Beschaffung im Gesundheitswesen"]
    assert titles(find("beschaffung gesundheitswesens")) == ["Innovative Beschaffung im Gesundheitswesen"]


def test_greek_stemming_and_accents():
    ResourceFactory(title="Δημόσιες προμήθειες καινοτομίας", summary="Οδηγός για δήμους.", language="el")
    assert titles(find("προμήθεια")) == ["Δημόσιες προμήθειες καινοτομίας"]
    assert titles(find("ΔΗΜΟΣΙΕΣ")) == ["Δημόσιες προμήθειες καινοτομίας"]
    assert titles(find("δημοσιες")) == ["Δημόσιες προμήθειες καινοτομίας"]


@pytest.mark.parametrize("query", ["innovación", "innovacion", "INNOVACIONES", "Innovacion"])
def test_spanish_accents_and_endings_fold(query):
    ResourceFactory(title="Compra pública de innovación", summary="Guía para ayuntamientos.", language="es")
    assert titles(find(query)) == ["Compra pública de innovación"]


def test_portuguese_typed_without_accents():
    ResourceFactory(title="Contratação pública de inovação", summary="Guia prático.", language="pt")
    assert titles(find("inovacao")) == ["Contratação pública de inovação"]
    assert titles(find("contratacao")) == ["Contratação pública de inovação"]


@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("fr", "Les marchés publics innovants", "marche public"),
        ("it", "Appalti innovativi nei comuni", "appalto innovativo"),
        ("nl", "Innovatiegerichte aanbestedingen", "aanbesteding"),
        ("en", "Procuring innovative solutions", "procurement innovation"),
    ],
)
def test_each_language_is_stemmed(language, title, query):
    ResourceFactory(title=title, language=language)
    assert titles(find(query)) == [title]


def test_a_typo_still_finds_and_suggests_the_right_word():
    ResourceFactory(title="Procurement of innovation in hospitals")
    results = find("procurment hospitals")
    assert titles(results) == ["Procurement of innovation in hospitals"]
    assert results.did_you_mean == "procurement hospitals"


def test_a_word_that_matches_nothing_is_replaced_by_the_closest():
    ResourceFactory(title="Hydrogen buses for Bolzano")
    results = find("hydrgoen")
    assert titles(results) == ["Hydrogen buses for Bolzano"]
    assert results.corrections == {"hydrgoen": "hydrogen"}
    assert results.did_you_mean == "hydrogen"


def test_a_correct_word_gets_no_suggestion():
    ResourceFactory(title="Hydrogen buses")
    assert find("hydrogen").did_you_mean == ""


def test_quoted_phrase_needs_the_words_together():
    ResourceFactory(title="Running a market consultation", summary="Before the tender.")
    ResourceFactory(title="Consultation of the market", summary="Another order of words.")
    assert titles(find('"market consultation"')) == ["Running a market consultation"]
    assert sorted(titles(find("market consultation"))) == ["Consultation of the market", "Running a market consultation"]


def test_a_phrase_with_a_stop_word_keeps_its_place():
    ResourceFactory(title="Procurement of innovation")
    ResourceFactory(title="Innovation procurement")
    assert titles(find('"procurement of innovation"')) == ["Procurement of innovation"]


def test_unbalanced_quotes_and_operators_are_plain_words():
    ResourceFactory(title="Market consultation guide")
    assert titles(find('"market (consultation) AND -guide* OR')) == ["Market consultation guide"]


@pytest.fixture
def four_tenders():
    ResourceFactory(title="Tender one", sectors=["energy"], countries=["DE"])
    ResourceFactory(title="Tender two", sectors=["energy"], countries=["FR"])
    ResourceFactory(title="Tender three", sectors=["health-care"], countries=["DE"])
    ResourceFactory(title="Tender four", sectors=["health-care"], countries=["FR"], resource_type="guidance")


def counts(results, facet):
    return {item.value: item.count for item in results.facets[facet]}


def test_facet_counts_apply_the_other_facets_filters(four_tenders):
    results = find("tender", sector="energy")
    assert results.total == 2
    assert counts(results, "sector") == {"energy": 2, "health-care": 2}  # its own filter is not applied
    assert counts(results, "country") == {"DE": 1, "FR": 1}
    assert counts(results, "type") == {"report": 2}


def test_values_of_a_facet_combine_with_or_facets_with_and(four_tenders):
    results = find("tender", sector=["energy", "health-care"], country="DE")
    assert sorted(titles(results)) == ["Tender one", "Tender three"]
    assert counts(results, "sector") == {"energy": 1, "health-care": 1}
    assert counts(results, "country") == {"DE": 2, "FR": 2}


def test_a_selected_value_stays_listed_with_zero(four_tenders):
    results = find("tender", type="guidance", country="DE")
    assert results.total == 0
    assert counts(results, "type") == {"guidance": 0, "report": 2}
    assert counts(results, "country")["DE"] == 0


def test_an_empty_result_says_which_filter_to_drop(four_tenders):
    results = find("tender", type="guidance", country="DE")
    ways_out = {relaxation.facet: relaxation.count for relaxation in results.relaxations}
    assert ways_out == {"type": 2, "country": 1, "q": 0}
    drop_type = next(relaxation for relaxation in results.relaxations if relaxation.facet == "type")
    assert search(drop_type.request).total == 2


def test_filters_without_words_list_everything_that_matches(four_tenders):
    results = find("", country="FR")
    assert sorted(titles(results)) == ["Tender four", "Tender two"]


def test_sort_by_newest_and_title():
    ResourceFactory(title="Beta guide", publication_year=2015)
    ResourceFactory(title="Alpha guide", publication_year=2024)
    ResourceFactory(title="Gamma guide", publication_year=2019)
    assert titles(find("guide", sort="newest")) == ["Alpha guide", "Gamma guide", "Beta guide"]
    assert titles(find("guide", sort="title")) == ["Alpha guide", "Beta guide", "Gamma guide"]
    assert titles(find("")) == ["Alpha guide", "Gamma guide", "Beta guide"]  # no words: newest first


def test_title_sort_ignores_case_and_accents():
    ResourceFactory(title="Zebra guide")
    ResourceFactory(title="éco guide")
    ResourceFactory(title="Delta guide")
    assert titles(find("guide", sort="title")) == ["Delta guide", "éco guide", "Zebra guide"]


def test_pages_do_not_overlap_and_cover_everything():
    for number in range(23):
        ResourceFactory(title=f"Toolkit part {number}", publication_year=2000 + number)
    seen = []
    for page in (1, 2, 3):
        results = find("toolkit", page=str(page), page_size="10")
        assert results.total == 23
        seen += titles(results)
    assert len(seen) == 23 == len(set(seen))
    assert find("toolkit", page="4", page_size="10").hits == []


def test_snippets_and_titles_are_escaped_then_marked():
    ResourceFactory(title="<script>alert(1)</script> tender guide", summary="A <b>tender</b> & more.")
    hit = find("tender").hits[0]
    assert "<script>" not in hit.title_html
    assert str(hit.title_html) == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>tender</mark> guide"
    assert str(hit.snippet) == "A &lt;b&gt;<mark>tender</mark>&lt;/b&gt; &amp; more."


def test_the_snippet_shows_the_matching_passage_of_the_body():
    body = "<p>" + "Unrelated words about many other things. " * 30 + "The award criteria weigh life-cycle cost.</p>"
    ResourceFactory(title="A long guide", summary="Nothing here.", body=body)
    snippet = str(find("criteria").hits[0].snippet)
    assert "<mark>criteria</mark>" in snippet
    assert snippet.startswith("…")


def test_words_only_in_an_attachment_are_found():
    resource = ResourceFactory(title="Annual report", summary="The report of the year.")
    add_attachment(resource, "Annex: the zygomorphic flowers procurement pilot in Ghent.")
    results = find("zygomorphic")
    assert titles(results) == ["Annual report"]
    assert results.hits[0].matched_in == "attachment"
    assert "<mark>zygomorphic</mark>" in str(results.hits[0].snippet)


def test_tags_are_searched_and_filterable():
    ResourceFactory(title="First", tags=["circular economy"])
    ResourceFactory(title="Second")
    assert titles(find("circular")) == ["First"]
    assert titles(find("", tag="circular-economy")) == ["First"]


def test_drafts_never_appear_and_publishing_makes_them_appear():
    resource = ResourceFactory(title="Quantum sensing pilot", live=False)
    assert find("quantum").total == 0
    resource.live = True
    resource.save()
    assert titles(find("quantum")) == ["Quantum sensing pilot"]
    resource.live = False
    resource.save()
    assert find("quantum").total == 0
    assert find("").total == 0


def test_edits_and_deletions_reach_the_results():
    resource = ResourceFactory(title="Wind farm tender")
    resource.title = "Solar park tender"
    resource.save()
    assert titles(find("solar")) == ["Solar park tender"]
    assert find("wind").total == 0
    resource.delete()
    assert find("tender").total == 0


def test_facet_changes_reach_the_counts():
    resource = ResourceFactory(title="Wind farm tender", sectors=["energy"])
    resource.sectors.set([])
    resource.save()
    assert counts(find("tender"), "sector") == {}


def test_more_like_this_prefers_shared_distinctive_words():
    anchor = ResourceFactory(title="Hydrogen buses for the city", summary="Fuel cell buses and hydrogen refuelling.")
    similar = ResourceFactory(title="Fuel cell buses in Aberdeen", summary="Hydrogen refuelling stations for buses.")
    ResourceFactory(title="School meals", summary="Organic food for children.")
    ResourceFactory(title="Draft on hydrogen buses", live=False)
    assert more_like_this(anchor) == [similar]


def test_invalid_parameters_are_reported_by_name():
    request, errors = parse_params(
        {"q": "x" * 600, "type": "novel", "sector": "nope", "year": "abc", "sort": "best", "page": "0", "page_size": "1000"},
        api=True,
    )
    assert [error.parameter for error in errors] == ["q", "type", "sector", "year", "sort", "page", "page_size"]
    assert request == SearchRequest(q="x" * 500)


def test_country_and_language_codes_are_case_insensitive(four_tenders):
    request, errors = parse_params({"country": "de", "language": "EN"})
    assert not errors
    assert search(request).total == 2
