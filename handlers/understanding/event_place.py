"""A meeting question whose « où » names another event: « on se voit au
forum ? », « on se retrouve à la braderie ? ».

A word after « à » / « au » says where one meets; when the group's store
knows it only as words of a meeting's agenda (« Bilan du forum de
l'emploi »), the answer's agenda shows it and the meeting reading passed
for explained, though the message asks about meeting at the forum, not
about the meeting that discusses it. Such a word must be shown by the
meeting's own place line; otherwise the reading is offered, not given.

So does a topic word right after « prochain » (« quand est le prochain job
dating ? », « le prochain forum emploi »): the next such event is asked, not
the next meeting whose agenda prepares it.
"""

from __future__ import annotations

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import NEXT

__all__ = ["other_event"]

_READINGS = frozenset({"meeting_next", "meeting_which"})
_ARTICLES = frozenset({"la", "le", "les", "l"})
# « au sujet du forum », « à propos du budget »: a topic marker, no place.
_MARKERS = frozenset({"sujet", "propos", "niveau", "ordre", "programme"})
_NEXT = NEXT
# « la prochaine fois », « le prochain copil »: the meeting itself, whatever the records make of the word.
_SITTINGS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True) | {"fois"}


def _after_at(u: Understanding, i: int) -> bool:
    """The word at `i` follows « à », « au » or « aux » (an article between at most)."""
    j = i - 1
    if j >= 0 and u.words[j].folded in _ARTICLES:
        j -= 1
    if j < 0:
        return False
    word = u.words[j]
    return word.folded in ("au", "aux") or word.raw.casefold() == "à"


def _alternative(u: Understanding, i: int) -> bool:
    """« c'est à Saignelégier ou aux Breuleux ? »: the word is the other side of « ou », after a place the
    question names (explained.py lets the place shown answer it)."""
    before = [w.folded for w in u.words[max(0, i - 3):i]]
    return "ou" in before and any(e.kind == "place" and e.end <= i for e in u.entities)


def other_event(u: Understanding, shown: str) -> bool:
    """A topic word where one meets (after « à »), which the answer's place line does not show."""
    if u.intent not in _READINGS or not u.topic:
        return False
    place = " ".join(line for line in shown.splitlines() if line.startswith("Lieu"))
    place_words = {w.folded for w in words(place, shorthand=False)} | {w.lemma for w in words(place, shorthand=False)}
    topic = {id(w) for w in u.topic}
    for i, word in enumerate(u.words):
        if id(word) in topic or any(t.raw == word.raw for t in u.topic):
            if i > 0 and u.words[i - 1].folded in _NEXT and word.folded not in place_words and (
                    word.lemma not in _SITTINGS and word.folded not in _SITTINGS):
                return True  # « le prochain job dating »: another event than the meeting
            if word.folded in _MARKERS or not _after_at(u, i) or _alternative(u, i):
                continue
            if word.folded not in place_words and word.lemma not in place_words:
                return True
    return False
