"""A meeting place named by its first and last words: « la Cité de la
tapisserie » for the « Cité internationale de la tapisserie, Aubusson »,
« la Maison des associations » for « Maison départementale des
associations ». The place is found by its capitalised word (« Cité »); the
words after it that are words of the same place (« de la tapisserie ») are
the place's too, not a topic of the question. A verb ends the name: in « la
prochaine plénière c'est à Grandson ? » the town is checked, not named
with « Séance plénière, Salle communale de Grandson »."""

from __future__ import annotations

from dataclasses import replace

from handlers.understanding.meeting_rivals import checked_at
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["whole_places"]

# Forms of « être » no place's name holds (« c'est », « était », « sera »).
_VERBS = frozenset({"est", "etait", "sera", "sont", "etaient", "seront", "fut"})


def _extended(found: list[Word], place: Entity) -> Entity:
    meetings = [m for m in place.items if isinstance(m, Meeting)]
    own = {w for m in meetings for w in plain(m.place).split()}
    stop = lexicon().stopwords
    end = j = place.end
    while j < len(found) and (found[j].folded in stop or found[j].folded in own) and found[j].folded not in _VERBS:
        j += 1
        if found[j - 1].folded in own and found[j - 1].folded not in stop:
            end = j
    if end <= place.end:
        return place
    # « le bureau de Lanester »: the words said after a kind of sitting pick those of its sittings held there.
    said = [w.folded for w in found[place.end:end] if w.folded not in stop]
    there = tuple(m for m in meetings if all(w in plain(m.place).split() for w in said))
    if there and len(there) < len(meetings):  # (marked narrowed: the sittings held there, kind_decisions.py)
        return replace(place, end=end, items=there, extra={**place.extra, "narrowed": True})
    return replace(place, end=end)


def whole_places(found: list[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` with each place extended over the words of its own name that follow it."""
    # A sitting's bracketed name (bracketed_names.py) is whole as said: the venue after it is a place of its own.
    taken = {i for e in entities for i in range(e.start, e.end)}
    whole = [_fronted(found, _extended(found, e), taken) if e.kind == "place" and e.items and not e.extra.get(
        "bracketed") else e for e in entities]
    # « le prochain copil France services » of « Comité de pilotage du réseau France services, … »: the words the
    # copil's span took in are its name, not a second place (the sittings at « France services de Murat »).
    # Only one that would pick other sittings is dropped (one holding the same sittings says them again).
    grown = [w for w, e in zip(whole, entities, strict=True) if (w.start, w.end) != (e.start, e.end)]
    return _joined(found, [w for w in whole if not (w.kind == "place" and any(
        g is not w and g.start <= w.start and w.end <= g.end and not _numbers(w) <= _numbers(g) for g in grown))])


def _numbers(place: Entity) -> set[int]:
    """The numbers of the sittings a place entity holds."""
    return {m.number for m in place.items if isinstance(m, Meeting)}


# The little words that join a noun to the name after it (« lac de Lagraou », « plateau du Montaspet »).
_OF = frozenset({"de", "du", "d", "des"})


def _fronted(found: list[Word], place: Entity, taken: set[int]) -> Entity:
    """« on est montés au lac de Lagraou » for « Visite de terrain …, parking du lac de Lagraou »: a noun and « de »
    before the place found by its name, as one sitting's place writes them in a row, are that place's too — the
    sittings held there (not « la maison forestière de Lagraou »), not a topic (lead's set 53)."""
    start = place.start
    # « l'exercice PPI » of « Observation de l'exercice PPI »: a noun right before the name, in a row as well.
    back = 2 if start >= 2 and found[start - 1].folded in _OF else 1
    if start < back or start - back in taken or found[start - back].folded in lexicon().stopwords or len(
            found[start - back].folded) < 3:
        return place
    phrase = f" {' '.join(w.folded for w in found[start - back:place.end])} "
    there = tuple(m for m in place.items if isinstance(m, Meeting) and phrase in f" {plain(m.place)} ")
    if not there:
        return place
    narrowed = {"narrowed": True} if len(there) < len(place.items) else {}
    return replace(place, start=start - back, items=there, extra={**place.extra, **narrowed})


def _joined(found: list[Word], entities: list[Entity]) -> list[Entity]:
    """« la réunion des animateurs à Hennebont »: a kind of sitting and the place it sat at, said apart, designate
    the sittings of both; the first place keeps only those when some are (the meeting answers read the first)."""
    places = [e for e in entities if e.kind == "place" and e.items]
    if len(places) < 2:
        return entities
    first = places[0]
    # « la dernière réunion des animateurs, c'était à Hennebont ? » checks the place: it designates nothing.
    apart = [p for p in places[1:] if (p.start >= first.end or p.end <= first.start) and not checked_at(found, p.start)]
    if not apart:
        return entities
    numbers = {m.number for m in first.items if isinstance(m, Meeting)}
    for other in apart:
        numbers &= {m.number for m in other.items if isinstance(m, Meeting)}
    both = tuple(m for m in first.items if isinstance(m, Meeting) and m.number in numbers)
    if not both or len(both) == len(first.items):
        return entities
    return [replace(e, items=both, extra={**e.extra, "narrowed": True}) if e is first else e for e in entities]
