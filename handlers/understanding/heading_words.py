"""A sitting asked when or where by the words of its heading, wherever they
stand in it: « le comité de mi-saison c'est quel jour ? » of the sitting
headed « Comité saisonniers de mi-saison », « le bilan de la saison d'hiver
c'est prévu quand ? » of « Comité saisonniers : bilan de la saison d'hiver
2026-2027 » (lead's set 68).

heading_named.py reads a sitting named by the opening words of its heading,
found as a place; here the words are its subject, after the kind (and the
group's name) left out, and no place was found. A decision that shares a
word of them (« pendant la saison », « toute la saison d'hiver ») answered
with confidence. When every content word of the topic is in one sitting's
heading, and in no single decision or deadline, and the question asks when
or where, that sitting is what is asked."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold
from handlers.understanding.pipeline import Understanding
from handlers.understanding.progress_heading import progress_not_meeting
from handlers.understanding.spans import Entity
from storage.models import Meeting

__all__ = ["heading_sitting"]

# Words asking when, where or at what time (folded), as heading_named.py reads them.
_ASKING = frozenset({"quand", "ou", "heure", "jour", "date", "qd"})
_GLUE = frozenset({"le", "la", "les", "l", "de", "d", "du", "des", "et", "a", "au", "aux"})


def _words(text: str) -> set[str]:
    """The folded words of `text`, as the question's are split (« mi-saison » is « mi », « saison »)."""
    return set(fold(text).replace("'", " ").replace("-", " ").replace(":", " ").replace(",", " ").replace(".", " ").split())


def _heading(meeting: Meeting) -> set[str]:
    """The folded words of the sitting's heading (its place before the first comma)."""
    return _words(heading_of(meeting.place))


def _then_parts(meeting: Meeting) -> list[str]:
    """The parts of the sitting's place, after the heading, that open on « puis » or « suivi(e) de »: another event
    of the same sitting (a visit, a lunch), which the members name it by as well."""
    parts = [p.strip() for p in (meeting.place or "").split(",")[1:]]
    return [p for p in parts if fold(p).split()[:1] == ["puis"] or fold(p).startswith(("suivi de ", "suivie de "))]


def heading_sitting(u: Understanding, meetings: Sequence[Meeting], records: Sequence[str]) -> Entity | None:
    """The sitting, as a place found, whose heading holds every content word of the topic (two or more), when
    no other sitting's does, no decision or deadline of `records` holds them all, and the question asks when or
    where and names no one; else None."""
    if not any(w.folded in _ASKING for w in u.words) or any(e.kind in ("person", "org") for e in u.entities):
        return None
    if progress_not_meeting(u.words):
        return None  # « le bilan du PAL il en est où ? »: the « où » of progress asks no place (progress_heading.py)
    said = [w for w in u.topic if w.folded not in _GLUE]
    if len(said) < 2:
        return None
    places = [e for e in u.entities if e.kind == "place"]
    held = [m for m in meetings if m.place and all(w.folded in _heading(m) for w in said)] if not places else []
    if not held:
        # « la visite des pertes de la Drésine c'était quand ? » of « Commission …, mairie de …, puis visite des
        # pertes de la Drésine »: a second event of the day, named after « puis », heads its own part; a place
        # found among its words (« la Drésine ») is one of them.
        said = said + [w for e in places for w in u.words[e.start:e.end] if w.folded not in _GLUE]
        held = [m for m in meetings if any(all(w.folded in _words(part) for w in said) for part in _then_parts(m))]
    # Every word as written, not as the topics' scores weigh them (« mi » is no word they count).
    if len(held) != 1 or any(all(w.folded in _words(text) for w in said) for text in records):
        return None
    positions = [i for i, w in enumerate(u.words) if any(w is t for t in said)]
    return Entity("place", min(positions), max(positions) + 1, heading_of(held[0].place), (held[0],),
                  {"formation": False})
