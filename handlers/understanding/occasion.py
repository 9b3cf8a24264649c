"""A meeting named as the occasion of decisions: « les décisions de la
réunion du 19 novembre ? », « qu'a-t-on décidé à la première séance ? »,
« ce qui a été acté lors de la réunion de Grenoble » ask for what that
meeting decided, not for the meeting. The decision word comes first and a
preposition ties the meeting to it; « les rencontres à Limoges, c'est
validé ? » (the meeting first) asks whether a meeting was decided."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from handlers.understanding.intents import model
from handlers.understanding.normalise import Word, lexicon

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["decided_at_meeting", "decisions_of_meeting"]

_MEETING_NOUNS = frozenset({"reunion", "reunions", "seance", "seances", "rencontre", "fois"})
# « de la réunion », « du 19 », « à la séance », « lors de », « pendant », « au cours de », « en réunion ».
_TIES = frozenset({"de", "du", "des", "d", "a", "au", "aux", "lors", "pendant", "durant", "cours", "en"})
# Between the tie and the noun: articles and the meeting's order (« à la toute première séance »).
_BETWEEN = frozenset({"la", "le", "l", "les", "cette", "notre", "premier", "premiere", "dernier", "derniere",
                      "precedente", "precedent", "toute", "tout"})
_DECIDED = frozenset({"decider", "decision", "valider", "acter", "trancher", "adopter", "voter", "arreter", "retenir"})


def decided_at_meeting(found: Sequence[Word]) -> bool:
    """A decision word, then a meeting noun tied to it by a preposition."""
    decision = lexicon().decision_words | _DECIDED
    first = next((i for i, w in enumerate(found) if w.lemma in decision or w.folded in decision), None)
    if first is None:
        return False
    for i in range(first + 1, len(found)):
        if found[i].lemma not in _MEETING_NOUNS and found[i].folded not in _MEETING_NOUNS:
            continue
        j = i - 1
        while j > first and found[j].folded in _BETWEEN:
            j -= 1
        if j > first and found[j].folded in _TIES:
            return True
    return False


def decisions_of_meeting(u: Understanding, best: str, ranking: list[tuple[str, float]]) -> float | None:
    """The score of « the decisions of a meeting » when a decision reading
    comes first (or a meeting reading, the meeting being the decisions'
    occasion: `decided_at_meeting`), the message has a decision word and no
    topic, and it designates a meeting by its order or by a meeting noun with
    a month, place or day (« à la réunion de mars »; not « on se réunit à
    Namur ou à Andenne, c'est décidé ? », where the places are what was decided)."""
    from handlers.understanding.pipeline import MEETING_NOUNS, PLAUSIBLE  # pipeline imports this module

    lex = lexicon()
    named = any(w.lemma in MEETING_NOUNS for w in u.words) and any(u.first(k) for k in ("month", "place", "period"))
    family = model().intents[best].family
    if u.topic or not (u.order is not None or named) or (
            family != "decisions" and not (family == "meetings" and decided_at_meeting(u.words))):
        return None
    if not any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in u.words):
        return None
    recent = next((s for name, s in ranking if name == "decisions_recent"), 0.0)
    if recent >= PLAUSIBLE and family == "meetings":
        # The meeting reading was the closest: its closeness is the question's, now read as its decisions.
        return max(recent, ranking[0][1])
    return recent if recent >= PLAUSIBLE else None
