"""« M. Rouiller il est conseiller communal ? », « Erwan Tanguy il est
bénévole ? », « Nadia elle est à la commune ? »: a member named, then « est »
and what the asker checks of them. The member's card (name, body, role)
answers whatever those words are, so they are no topic the answer must hold,
and they do not raise the bar a confident who_is reading must pass (a title
in two words, « conseiller communal », left « communal » as a topic and the
question in doubt). Not when « qui » asks someone else, nor for a title with
its definite article (« Sonia c'est la trésorière ? » may ask who the
treasurer is)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity
from handlers.understanding.normalise import Word

__all__ = ["checked_of_card"]


def checked_of_card(found: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """The indices of the words checked against a member's card (after the « est » that follows the member named,
    within three words), or none."""
    if any(w.folded == "qui" for w in found):
        return set()
    for e in (e for e in entities if e.kind == "person"):
        after = [w.folded for w in found[e.end:e.end + 3]]
        if "est" in after:
            start = e.end + after.index("est") + 1
            definite = start < len(found) and found[start].folded in ("le", "la", "les", "l")
            return set() if definite else set(range(start, len(found)))
    return set()
