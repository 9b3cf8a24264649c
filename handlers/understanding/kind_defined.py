"""What a kind of sitting is: « c'est quoi le comité technique ? ».

A newcomer asks what one of the group's instances is. The words name a
kind of sitting (a formation, « le cotech », or a sitting headed so in the
meetings, « le comité de suivi »), so the readings answered with its next
sitting (set 37a), which says when it meets, not what it is. What the group
wrote of it is in its decisions (« Le comité de suivi se réunit trois fois
par an ; le comité technique prépare ses séances … »): when the question is
only « c'est quoi » and the kind, the decisions holding the kind's words as
typed answer; none holding them leaves the first answer.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.meeting_nouns import PLAIN, SITTING_BODIES
from handlers.understanding.normalise import words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["kind_defined"]

# The words of « c'est quoi … ? », « qu'est-ce que c'est … ? » around the kind named, and their fillers.
_WHAT_IS = frozenset({"c", "est", "ce", "quoi", "koi", "qu", "que", "quest", "le", "la", "l", "les", "un", "une",
                      "exactement", "au", "juste", "deja", "ca", "alors", "svp", "stp", "pardon", "desole"})
_ASKING = frozenset({"quoi", "koi", "quest"})


def _kind(u: Understanding) -> tuple[int, int] | None:
    """The span of the one kind of sitting the question names, every other word one of « c'est quoi »."""
    places = [e for e in u.entities if e.kind == "place"]
    if len(places) != 1 or len(u.entities) != 1:
        return None
    place = places[0]
    if not (place.extra.get("formation") or (0 <= place.start < len(u.words)
                                             and u.words[place.start].folded in PLAIN | SITTING_BODIES)):
        return None
    rest = [w.folded for i, w in enumerate(u.words) if not place.start <= i < place.end]
    if not set(rest) <= _WHAT_IS or not set(rest) & _ASKING or u.order is not None:
        return None
    return place.start, place.end


def kind_defined(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions on the kind of sitting « c'est quoi … ? » names, as typed; else None."""
    if "?" not in u.text or _kind(u) is None:
        return None
    typed = [w for w in words(u.text, shorthand=False) if w.folded.isalpha() and w.folded not in _WHAT_IS]
    return as_decision(ctx, u, typed, answer) if typed else None
