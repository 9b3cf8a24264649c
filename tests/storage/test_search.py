"""Fuzzy lookup: folding, name scores, and ambiguity."""

from __future__ import annotations

from storage.search import fold, lookup, name_score, text_score

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
