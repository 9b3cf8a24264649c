"""An event asked when by its one word, and the sittings that hold the word
(blind set 45c, an office municipal des sports):

- « c'est quand les trophées déjà ? » when one sitting is the event itself
  (« Soirée des trophées des sportifs, salle des fêtes ») and a deadline only
  prepares it (« Envoi des propositions de lauréats pour les trophées … »):
  the sitting, not the deadline. heading_words.py wants two words, and no
  record holding them; one word will do when the heading names it before
  any colon, and every deadline holding it says it after « pour » (done for
  the event), and no decision dates it, and the question says the verb of
  no open task holding it (« on commande les trophées quand ? » asks the
  task « Commander les trophées et les médailles »);
- « le Téléthon c'est quel jour ? » when the word is only a subject a past
  sitting discussed (« Bureau élargi : subventions 2027 et Téléthon »,
  after the colon) and a decision dates the event (« … au Téléthon le samedi
  5 décembre … »): the decision, not the sitting that spoke of it.

Neither is read when the question names a sitting (« la réunion du
Téléthon »), a person or a body, or asks for a due date."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import is_dated
from handlers.understanding.event_date import due_asked
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import Word, fold
from handlers.understanding.pipeline import MEETING_NOUNS, Understanding
from handlers.understanding.spans import Entity
from storage.models import Meeting

__all__ = ["discussed_event", "event_sitting"]

_GLUE = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "et", "a", "au", "aux", "deja"})


def _said(text: str) -> list[str]:
    return [w.removesuffix("s").removesuffix("x") for w in re.split(r"[^a-z0-9]+", fold(text)) if w]


def _stem(word: Word) -> str:
    return word.folded.removesuffix("s").removesuffix("x")


def _plain_time_question(u: Understanding) -> bool:
    """A time asked, of no sitting, person or body named, and no due date."""
    return (asks_time(u.words) and not due_asked([w.folded for w in u.words])
            and not any(w.lemma in MEETING_NOUNS for w in u.words)
            and not any(e.kind in ("person", "org", "role") for e in u.entities))


def _after_pour(text: str, stem: str) -> bool:
    """Every time `text` says the word, it says it after « pour »: a thing done for the event."""
    said = _said(text)
    return "pour" in said and stem not in said[:said.index("pour")]


def event_sitting(u: Understanding, meetings: Sequence[Meeting], deadlines: Sequence[str],
                  decisions: Sequence[str], tasks: Sequence[str] = ()) -> Entity | None:
    """The sitting, as a place found, that is the one-word event asked when; else None (module docstring)."""
    if not _plain_time_question(u) or any(e.kind == "place" for e in u.entities):
        return None
    said = [w for w in u.topic if w.folded not in _GLUE]
    if len(said) != 1:
        return None
    stem = _stem(said[0])
    # The heading before its colon names the sitting; after it, what the sitting discussed.
    held = [m for m in meetings if m.place and stem in _said(heading_of(m.place, colon=True))]
    if len(held) != 1:
        return None
    if any(stem in _said(text) and not _after_pour(text, stem) for text in deadlines):
        return None
    if any(stem in _said(text) and is_dated(text) for text in decisions):
        return None
    # A task's verb said (« on commande … ? »): its stem, five letters of the infinitive (« command » of both).
    acts = {said[:5] for text in tasks if stem in _said(text) for said in _said(text)[:1]}
    if any(w.folded[:5] in acts for w in u.words if len(w.folded) >= 5):
        return None
    at = next(i for i, w in enumerate(u.words) if w is said[0])
    return Entity("place", at, at + 1, heading_of(held[0].place), (held[0],), {"formation": False})


def discussed_event(u: Understanding, intent: str | None, decisions: Sequence[str], now_past: Sequence[Meeting]) -> bool:
    """« le Téléthon c'est quel jour ? » read as the past sitting whose heading lists it after its colon, when a
    decision dates the event: the decision is what is asked (module docstring). `now_past`: the sittings held."""
    if intent not in ("meeting_which", "meeting_last") or not _plain_time_question(u):
        return False
    place = u.first("place")
    if place is None or place.end - place.start != 1:
        return False
    stem = _stem(u.words[place.start])
    sittings = [m for m in place.items if isinstance(m, Meeting)]
    if not sittings or any(m not in now_past for m in sittings):
        return False
    for meeting in sittings:
        heading = heading_of(meeting.place)
        if ":" not in heading or stem not in _said(heading.split(":", 1)[1]):
            return False
    return sum(stem in _said(text) and is_dated(text) for text in decisions) == 1
