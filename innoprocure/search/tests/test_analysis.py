"""Text analysis: folding, stemming per language, stop words, the typo machinery. No database needed."""

import pytest

from innoprocure.search import analysis


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Innovación", "innovacion"),
        ("Προμήθεια", "προμηθεια"),
        ("Øresund Łódź", "oresund lodz"),
        ("Straße", "strasse"),
        ("Œuvre", "oeuvre"),
    ],
)
def test_fold_drops_case_and_accents(text, folded):
    assert analysis.fold(text) == folded


def terms(language, word):
    return set(analysis.get_analyser(language).terms(analysis.normalise(word)))


@pytest.mark.parametrize(
    ("language", "word", "variant"),
    [
        ("de", "Beschaffung", "Beschaffungen"),
        ("en", "procurement", "procurements"),
        ("fr", "marché", "marches"),
        ("es", "innovación", "innovaciones"),
        ("it", "innovazione", "innovazioni"),
        ("nl", "aanbesteding", "aanbestedingen"),
        ("el", "προμήθεια", "προμήθειες"),
        ("pt", "inovação", "inovacao"),
    ],
)
def test_forms_of_a_word_share_a_term_in_their_language(language, word, variant):
    assert terms(language, word) & terms(language, variant)


def test_other_languages_are_folded_but_not_stemmed():
    assert terms(analysis.SIMPLE, "Zamówienia") == {"xx:zamowienia"}
    assert analysis.analyser_for("pl") == analysis.SIMPLE
    assert analysis.analyser_for("de") == "de"


def test_stop_words_are_not_indexed_in_their_language():
    assert terms("en", "the") == set()
    assert terms("de", "und") == set()
    assert terms("de", "the")  # an English word in a German text is an ordinary word


def test_query_words_are_analysed_in_every_language():
    keys = analysis.query_terms("innovation")
    assert {key.split(":")[0] for key in keys} == set(analysis.ANALYSERS)


def test_document_weights_favour_the_title():
    entries, words, _length = analysis.analyse_document(
        [("title", "Hydrogen", 10.0), ("body", "hydrogen hydrogen hydrogen and buses", 2.0)], "en"
    )
    title_only, _w, _l = analysis.analyse_document([("title", "Hydrogen", 10.0)], "en")
    body_only, _w, _l = analysis.analyse_document([("body", "hydrogen hydrogen hydrogen", 2.0)], "en")
    assert title_only["en:hydrogen"][0] > body_only["en:hydrogen"][0]
    assert entries["en:hydrogen"][1] == [1, 12, 13, 14]  # positions; the body starts after a gap
    assert "hydrogen" in words and "and" not in words


@pytest.mark.parametrize(
    ("typed", "word", "distance"),
    [
        ("procurment", "procurement", 1),
        ("procuremnet", "procurement", 1),
        ("prucurement", "procurement", 1),
        ("procurment", "procurment", 0),
        ("prcurmnt", "procurement", 3),
    ],
)
def test_edit_distance(typed, word, distance):
    assert analysis.edit_distance(typed, word, limit=3) == distance


def test_a_typo_shares_a_delete_variant_with_its_word():
    assert analysis.variants("procurment") & analysis.variants("procurement")
    assert analysis.variants("procuremnet") & analysis.variants("procurement")
    assert analysis.max_typos("bus") == 0
    assert analysis.max_typos("tender") == 1
    assert analysis.max_typos("procurement") == 2
