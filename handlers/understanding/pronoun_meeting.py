"""A meeting named by a pronoun and what qualifies it, and nothing else:
« et celle d'octobre ? », « celle de janvier ? », « et celle à
Rochechouart ? », « et celui de mars ? » (« le comité », « le copil »).

In a group's chat the feminine « celle » stands for « la réunion » (« la
séance »), the masculine for « le comité »: a month, a day or a meeting
place after it picks the meeting. Its words match no example (the pronoun
is a filler to the matcher), so it read as nothing, or as the body of a
town that is also a meeting place (« à Rochechouart » answered with the
commune's representative, with confidence).
"""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["meeting_pronoun"]

_PRONOUNS = frozenset({"celle", "celui"})
# Words that may stand around the pronoun and its qualifier without asking anything else.
_GLUE = frozenset({"et", "alors", "donc", "mais", "puis", "de", "du", "d", "des", "a", "au", "aux", "en", "le", "la", "l",
                   "svp", "stp", "aussi", "deja", "prevue", "prevu", "c", "est", "quand", "ou", "heure", "quelle"})
_QUALIFIERS = frozenset({"month", "period", "place"})


def meeting_pronoun(u: Understanding) -> bool:
    """The question is « celle » / « celui » and a month, day or meeting place, nothing more."""
    if "?" not in u.text or not any(w.folded in _PRONOUNS for w in u.words):
        return False
    qualifiers = [e for e in u.entities if e.kind in _QUALIFIERS]
    if not qualifiers:
        return False
    spans = {j for e in qualifiers for j in range(e.start, e.end)}
    # A town both a meeting place and a member's body (« à Rochechouart »): the place, after the pronoun.
    if any(e.kind not in _QUALIFIERS and not set(range(e.start, e.end)) <= spans for e in u.entities):
        return False
    return all(i in spans or i in u.framing or w.folded in _GLUE or w.folded in _PRONOUNS
               for i, w in enumerate(u.words))
