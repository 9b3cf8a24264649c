"""A title asked at a place that a holder's role names: « qui dirige le
foyer des Tilleuls ? » for « Directrice du foyer de jeunes travailleurs Les
Tilleuls », when the group also met at that hostel. The words read as the
meeting's venue (a place entity), so no topic was left to tell the title's
holders apart, and « dirige » went to the group's chair (« présidente de la
commission »). The holder whose role holds every word typed for the place is
the one asked."""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["holders_at_place"]


def holders_at_place(words: list[Word], entities: list[Entity], holders: list[Member]) -> list[Member]:
    """The `holders` whose role holds every content word of a place the question names (« foyer »,
    « tilleuls »); none when no place is named or no role holds it."""
    stop = lexicon().stopwords
    for place in (e for e in entities if e.kind == "place"):
        typed = [w.folded for w in words[place.start:place.end] if w.folded not in stop and len(w.folded) > 2]
        if not typed:
            continue
        found = [m for m in holders if all(t in plain(m.role).split() for t in typed)]
        if found:
            return found
    return []
