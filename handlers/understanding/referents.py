"""« c'est qui le référent mobilité ? » names a title, « Référent mobilité »: when
several roles speak of mobility (a « Chargée de mission Pass mobilité » and a
« Conseiller insertion, référent mobilité »), the one titled referent is
asked for, not everyone in charge of the subject."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["titled_referents"]

# Words of charge that a role holds as a title (« Référente insertion »).
_REFERENT = ("referent", "referente")
# Before the word, what makes it a title: an article (without one, « qui est référente insertion ? » asks
# for the charge, as set 16c labels it).
_BEFORE = frozenset({"le", "la", "l", "un", "une"})
# After it, what makes it a charge instead (« le référent pour le RSA »).
_CHARGE_AFTER = frozenset({"pour", "sur", "en"})


def titled_referents(u: Understanding, found: list[Member]) -> list[Member]:
    """The members of `found` whose role holds the title « référent(e) », when the question asks for that
    title followed by its charge; `found` itself otherwise (or when none holds it)."""
    asked = any(word.folded in _REFERENT and u.words[i - 1].folded in _BEFORE and u.words[i + 1].folded not in _CHARGE_AFTER
                for i, word in enumerate(u.words[1:-1], start=1))
    if not asked:
        return found
    titled = [m for m in found if any(w.startswith("referent") for w in plain(m.role).split())]
    return titled or found
