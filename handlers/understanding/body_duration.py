"""How long something lasts, asked of a thing that a body's name holds: « les
résidences durent combien de temps ? » (the body « Résidence-mission du CLEA
… », the decision « Deux artistes sont accueillis en résidence-mission de
janvier à avril 2027 »).

« dure combien de temps » is a sitting's question (« la prochaine réunion dure
combien de temps ? »), and with no sitting named the next meeting answered,
its length shown (set 39c): a confident wrong answer. When no sitting is
named — no meeting noun, place, day, month, period or number — and a body is,
the body's words are the thing asked, whose length a decision states; the
decisions answer on those words when one is found, else the question is left
unsure."""

from __future__ import annotations

from handlers.understanding.decision_facts import asks_duration
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import RELATIVE, SINGULAR

__all__ = ["body_lasting"]

_SITTINGS = nouns("plain", "formations", "sitting_bodies")
_SITTING_KINDS = frozenset({"place", "day", "month", "period", "when", "number"})
# « la prochaine dure combien de temps ? »: a sitting by its order alone.
_ORDERS = RELATIVE & SINGULAR


def body_lasting(u: Understanding) -> list[Word] | None:
    """The words of the body named in `u` when `u` asks how long it lasts and names no sitting; else None."""
    if not asks_duration(u) and not _lasts(u):
        return None
    if any(e.kind in _SITTING_KINDS for e in u.entities) or any(
            w.folded in _SITTINGS or w.lemma in _SITTINGS or w.folded in _ORDERS for w in u.words):
        return None
    body = u.first("org")
    return list(u.words[body.start:body.end]) if body is not None else None


def _lasts(u: Understanding) -> bool:
    """« durer » and « combien de temps » (« les résidences durent combien de temps ? »)."""
    folded = [w.folded for w in u.words]
    return any(w.lemma == "durer" for w in u.words) and "combien" in folded and "temps" in folded
