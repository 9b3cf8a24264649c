"""Fuzzy lookup: folding, name scores, and ambiguity."""

from __future__ import annotations

from storage.search import fold, lookup, name_score, text_score, text_scores

NAMES = ["Thibault du Kerouëdan", "Jamila Hammoudi", "Sabina Cervetti", "Claire Dubois", "Marc Dubois"]


def test_fold_drops_case_accents_and_punctuation() -> None:
    assert fold("  Élodie  Favre-Bulle (OCE) ") == "elodie favre bulle oce"


def test_exact_match_beats_near_ones() -> None:
    assert name_score("Claire Dubois", "Claire Dubois") == 100.0
    assert name_score("claire dubois", "Claire Dubois") > name_score("claire dubois", "Marc Dubois")


def test_lookup_outcomes() -> None:
    assert lookup("kerouedan", NAMES, str).best.item == "Thibault du Kerouëdan"  # type: ignore[union-attr]
    ambiguous = lookup("dubois", NAMES, str)
    assert ambiguous.best is None and {m.item for m in ambiguous.ambiguous} == {"Claire Dubois", "Marc Dubois"}
    nothing = lookup("Cervantes", NAMES, str)
    assert nothing.best is None and [m.item for m in nothing.suggestions] == ["Sabina Cervetti"]
    assert lookup("", NAMES, str).best is None


def test_text_score_tolerates_typos_and_partial_phrases() -> None:
    text = "Le groupe adopte la charte de collaboration entre partenaires"
    assert text_score("charte", text) == 100.0
    assert text_score("chartre collaboration", text) >= 75
    assert text_score("budget", text) < 75


def test_text_index_follows_additions_changes_and_removals() -> None:
    from storage.search import TextIndex

    index = TextIndex([(1, "Le groupe adopte la charte"), (2, "Budget 2023 validé")])
    assert set(index.matches("charte", 75)) == {1}
    index.add(1, "Le groupe reporte la décision")  # amended text replaces the old one
    assert index.matches("charte", 75) == {} and set(index.matches("reporte", 75)) == {1}
    index.remove(2)
    assert index.matches("budget", 75) == {}
    assert set(index.matches("group", 75)) == {1}  # a typed prefix


def test_numbers_match_only_themselves() -> None:
    texts = ["Budget 2023 validé", "Budget 2021 validé"]
    assert text_scores("budget 2023", texts) == [100.0, 50.0]
