"""« c'est qui le référent mobilité ? » names a title, « Référent mobilité »: when
several roles speak of mobility (a « Chargée de mission Pass mobilité » and a
« Conseiller insertion, référent mobilité »), the one titled referent is
asked for, not everyone in charge of the subject."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["asked_as_title", "titled_referents"]

# Words of charge that a role holds as a title (« Référente insertion »).
_REFERENT = ("referent", "referente")
# Before the word, what makes it a title: an article (without one, « qui est référente insertion ? » asks
# for the charge, as set 16c labels it).
_BEFORE = frozenset({"le", "la", "l", "un", "une"})
# After it, what makes it a charge instead (« le référent pour le RSA »).
_CHARGE_AFTER = frozenset({"pour", "sur", "en"})
_OF = frozenset({"du", "de", "des", "d"})


def _asks_title(u: Understanding) -> bool:
    """An article, « référent(e) », then its charge (« c'est qui le référent RSA ? »); or « est référente du … »
    (« qui est référente du plan jeunes ? »: the position of that programme, as set 17cb labels it)."""
    return any(word.folded in _REFERENT and u.words[i + 1].folded not in _CHARGE_AFTER and (
        u.words[i - 1].folded in _BEFORE or u.words[i - 1].folded == "est" and u.words[i + 1].folded in _OF)
               for i, word in enumerate(u.words[1:-1], start=1))


def _titled(member: Member) -> bool:
    return any(w.startswith("referent") for w in plain(member.role).split())


def titled_referents(u: Understanding, found: list[Member]) -> list[Member]:
    """The members of `found` whose role holds the title « référent(e) », when the question asks for that
    title followed by its charge; `found` itself otherwise (or when none holds it)."""
    if not _asks_title(u):
        return found
    return [m for m in found if _titled(m)] or found


def asked_as_title(u: Understanding, found: list[Member]) -> bool:
    """« c'est qui le référent RSA ? » asks for the holder of the title « Référent RSA », not for whoever
    has the RSA in charge (« qui est le référent pour le RSA ? »): the title asked, and every member found
    holds it."""
    return _asks_title(u) and all(_titled(m) for m in found)
