"""A body named by its acronym that is also where meetings are held.

« la séance à la HE-Arc » names the body Haute École Arc by its initials;
the meeting place « Haute École Arc, Delémont » is written in full, so the
place index (venues.py) never sees « HE-Arc ». When a body found in the
message has its full name as a phrase of a meeting place, the same words
name that place too, and the pipeline picks the place when the message
speaks of a meeting, the body otherwise (as for a town)."""

from __future__ import annotations

import re

from handlers.understanding.spans import Entity
from handlers.understanding.world import ORG_STOP, World, bare_label, plain

__all__ = ["bodies_as_places"]


def bodies_as_places(entities: list[Entity], places: list[Entity], world: World) -> list[Entity]:
    """Place entities over the bodies of `entities` whose name is a meeting place's phrase, where no place is found."""
    found: list[Entity] = []
    for body in entities:
        if body.kind != "org" or any(p.start < body.end and body.start < p.end for p in places):
            continue
        name = bare_label(body.label)
        # « EDF, CNPE de Saint-Sernin-de-Garonne »: the site after the comma is what a sitting's place writes (« Visite
        # du chantier …, CNPE de Saint-Sernin-de-Garonne »), the firm before it is not (lead's set 52).
        parts = [plain(part) for part in re.sub(r"\([^)]*\)", " ", body.label).split(",")[1:]]
        held = world.place_phrases.get(name) or _seat(name, world) or _room_of(name, world) or next(
            (world.place_phrases[part] for part in parts if sum(w not in ORG_STOP for w in part.split()) >= 2
             and part in world.place_phrases), None)
        if held:
            found.append(Entity("place", body.start, body.end, body.label, tuple(held)))
    return found


def _room_of(name: str, world: World) -> tuple | None:
    """The meetings held in a room of the body, its full name closing the place: « au CP » (Centre pénitentiaire de
    Saint-Hilaire-du-Clain) for « salle polyvalente du centre pénitentiaire de Saint-Hilaire-du-Clain »."""
    if sum(w not in ORG_STOP for w in name.split()) < 2:
        return None
    return next((tuple(held) for key, held in world.place_phrases.items()
                 if key.endswith(f" du {name}") or key.endswith(f" de la {name}") or key.endswith(f" de l {name}")), None)


# The seats a town or an intercommunality meets in, named before its own name (« Hôtel de communauté
# Portes de France-Thionville », « Mairie de Saint-Denis »).
# The kinds of body that sit there: an intercommunality (a town is named by its town, a place word already).
_INTERCOMMUNAL = frozenset({"communaute", "agglomeration", "communes", "metropole", "urbaine"})
_SEATS = ("hotel de communaute", "hotel communautaire", "hotel d agglomeration", "hotel de ville", "mairie", "siege")


def _seat(name: str, world: World) -> tuple | None:
    """The meetings held at the seat of the body, named by the body's own name after its kind: « l'agglo »
    (Communauté d'agglomération Portes de France-Thionville) for « Hôtel de communauté Portes de
    France-Thionville ». Only an intercommunality's kind words come before the name kept (« CCI Seine-Saint-Denis »
    is held at no « Mairie de Saint-Denis »), and a seat's words before it in the place."""
    words = name.split()
    for k in range(1, len(words) - 1):
        head, tail = words[:k], words[k:]
        if not all(w in _INTERCOMMUNAL or w in ORG_STOP for w in head):
            return None
        if tail[0] in ORG_STOP or sum(w not in ORG_STOP for w in tail) < 2:
            continue
        phrase = " ".join(tail)
        for key in sorted(world.place_phrases, key=len, reverse=True):
            at = f" {key} ".find(f" {phrase} ")
            before = key[:at].split() if at >= 0 else []
            while before and before[-1] in ORG_STOP:
                before.pop()
            # « siège de la communauté de communes des Vallées de Chavin »: the body's kind repeated after the seat
            # (« hôtel de communauté » is a seat whole, tried first).
            bare = list(before)
            while bare and (bare[-1] in ORG_STOP or bare[-1] in _INTERCOMMUNAL):
                bare.pop()
            if at >= 0 and (" ".join(before).endswith(_SEATS) or " ".join(bare).endswith(_SEATS)):
                return tuple(world.place_phrases[key])
    return None
