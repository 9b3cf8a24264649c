"""A meeting named as the occasion of decisions: « les décisions de la
réunion du 19 novembre ? », « qu'a-t-on décidé à la première séance ? »,
« ce qui a été acté lors de la réunion de Grenoble » ask for what that
meeting decided, not for the meeting. The decision word comes first and a
preposition ties the meeting to it; « les rencontres à Limoges, c'est
validé ? » (the meeting first) asks whether a meeting was decided. The
reading itself is taken in meeting_decisions.py."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.sitting_order import FIRST, LAST, PREVIOUS, SINGULAR

__all__ = ["decided_at_meeting"]

_MEETING_NOUNS = nouns("plain", plural=True) | {"fois"}
# « de la réunion », « du 19 », « à la séance », « lors de », « pendant », « au cours de », « en réunion ».
_TIES = frozenset({"de", "du", "des", "d", "a", "au", "aux", "lors", "pendant", "durant", "cours", "en"})
# Between the tie and the noun: articles and the meeting's order (« à la toute première séance »).
_BETWEEN = (FIRST | LAST | PREVIOUS) & SINGULAR | {"la", "le", "l", "les", "cette", "notre", "toute", "tout"}
_DECIDED = frozenset({"decider", "decision", "valider", "acter", "trancher", "adopter", "voter", "arreter", "retenir"})
# Spoken order, the meeting first: only the words that ask what was decided (« c'est validé ? » asks whether
# the meeting itself is), with a word asking what (« quoi », « qu'est-ce qui », « quelles décisions »).
_DECIDED_WHAT = frozenset({"decider", "decide", "decision", "decisions", "acter", "acte", "trancher"})
_WHAT = frozenset({"quoi", "qu", "quel", "quelle", "quels", "quelles"})


def decided_at_meeting(found: Sequence[Word]) -> bool:
    """A decision word, then a meeting noun tied to it by a preposition; or the meeting put first and what
    it decided asked after it (« la séance de novembre, on a décidé quoi ? »)."""
    decision = lexicon().decision_words | _DECIDED
    first = next((i for i, w in enumerate(found) if w.lemma in decision or w.folded in decision), None)
    if first is None:
        return False
    if _meeting_put_first(found, first):
        return True
    for i in range(first + 1, len(found)):
        if found[i].lemma not in _MEETING_NOUNS and found[i].folded not in _MEETING_NOUNS:
            continue
        j = i - 1
        while j > first and found[j].folded in _BETWEEN:
            j -= 1
        if j > first and found[j].folded in _TIES:
            return True
    return False



def _meeting_put_first(found: Sequence[Word], decided: int) -> bool:
    """A meeting noun before the first decision word, that word one of those that ask what was decided, and
    a word asking what: « la réunion de novembre, ça a décidé quoi ? », « la dernière séance, qu'est-ce qui
    a été acté ? »."""
    if found[decided].lemma not in _DECIDED_WHAT and found[decided].folded not in _DECIDED_WHAT:
        return False
    meeting = any(w.lemma in _MEETING_NOUNS or w.folded in _MEETING_NOUNS for w in found[:decided])
    return meeting and any(w.folded in _WHAT for w in found)
