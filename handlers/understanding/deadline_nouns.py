"""A word of a role that names a deadline, in a question about a deadline:
« les comptes 2026, délai ? », « le délai de remise des comptes ? », « le
rapport financier, c'est pour quand l'échéance ? ». « comptes » reads as the
treasurer's charge (« qui tient les comptes ? »); asked with « délai » or
« échéance » (Swiss usage: the deadline) and written in one of the group's
deadlines, it is that deadline's subject, and the role reading would answer
another question (who keeps the accounts)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from functools import cache

from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import HERE, Word, fold, stem, words

__all__ = ["DEADLINE_WORDS", "deadline_nouns", "deadline_verbs", "dated_nouns"]

# Lemmas and folded words that ask for a deadline (« délai » is read « échéance »).
DEADLINE_WORDS = frozenset({"echeance", "echeances", "delai", "delais", "limite", "butoir", "deadline", "deadlines"})


@cache
def deadline_verbs(key: str = "deadline_verbs") -> frozenset[str]:
    """The verbs a deadline is asked with (lexicon.toml `deadline_verbs`, or `deadline_participles`), folded."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(fold(w) for w in tomllib.load(handle).get(key, []))


def _stems(texts: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(w.lemma) for text in texts for w in words(text, shorthand=False) if len(w.folded) >= 3)


def deadline_nouns(found: Sequence[Word], entities: Sequence[Entity], records: Mapping[str, tuple[str, ...]]) -> set[int]:
    """Indices of the role words that a deadline of the group holds, when the question asks for a deadline."""
    if not any(w.lemma in DEADLINE_WORDS or w.folded in DEADLINE_WORDS for w in found):
        return set()
    held = _stems(records.get("dates_period", ()))
    out: set[int] = set()
    for e in entities:
        if e.kind == "role" and all(stem(found[j].lemma) in held for j in range(e.start, e.end)):
            out.update(range(e.start, e.end))
    return out


# A sitting's nouns (« la réunion c'est quand ? » asks the next one, whatever deadline names a meeting).
_SITTINGS = nouns("plain", "chat", "formations", plural=True)
# Determiners that show the next word is a noun (« les fiches », « nos fiches », « la convention »).
_DETERMINERS = frozenset({"le", "la", "les", "l", "des", "du", "nos", "vos", "mes", "ses", "leurs"})


def dated_nouns(found: Sequence[Word], entities: Sequence[Entity], records: Mapping[str, tuple[str, ...]],
                frame: frozenset[str]) -> set[int]:
    """Indices of the nouns a deadline of the group holds that the intents' examples also use (`frame`: « la fiche
    de <personne> » asks who someone is), in a question asking « quand »: « les fiches c'est pour quand ? » asks
    the day of « Retour des fiches d'orientation », not every date to come (lead's set 36)."""
    if not any(w.folded in ("quand", "qd") for w in found) or any(w.folded in _SITTINGS for w in found):
        return set()  # (« la réunion sur le réseau de chaleur c'est quand ? » asks the sitting)
    held = _stems(records.get("dates_period", ()))
    covered = {j for e in entities for j in range(e.start, e.end)}
    return {i for i, w in enumerate(found) if i and found[i - 1].folded in _DETERMINERS and i not in covered
            and len(w.folded) >= 4 and w.lemma in frame and w.lemma not in deadline_verbs() and w.folded not in deadline_verbs() and w.folded not in _SITTINGS and w.lemma not in _SITTINGS
            and stem(w.lemma) in held}
