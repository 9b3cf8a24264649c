"""A body named by its short form and the rest of its own name: « la caf du
Rhône » for the « Caisse d'allocations familiales du Rhône », « la mission
locale de Villeurbanne » when only « mission locale » was read as the body.
The rest (« du Rhône ») was read apart as a meeting place, so the message
seemed to speak of a meeting as much as of the body, and « qui est là pour
la caf du rhone ? » stayed unsure. When the place right after the body
holds only words of the body's own name, it is part of that name; so are
words of its name typed right after it (« le CHU sud »), and initials in
capitals typed right before it that spell words of its name (« la DD ARS »
for the « ARS …, délégation départementale du Cantal »: « DD » was read as
a title nobody holds, and the body's question became a charge's), or right
after it (« l'Agence de l'eau RMC » for « … Rhône Méditerranée Corse »)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["joined_tails"]

_OF = frozenset({"du", "de", "des", "d"})


def joined_tails(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """`entities` with each body stretched over a place right after it that only repeats its name."""
    stop = lexicon().stopwords
    out = list(entities)
    for org in [e for e in entities if e.kind == "org"]:
        k = org.end
        if k >= len(found) or found[k].folded not in _OF:
            continue
        k += 1 + (k + 1 < len(found) and found[k + 1].folded in ("la", "l"))
        place = next((e for e in out if e.kind == "place" and e.start == k), None)
        if place is None:
            # « l'interlocutrice du médiateur de l'énergie » for the « Médiateur national de l'énergie »: no place
            # read there, the words of its own name that nothing else took.
            out = [_named_on(found, org, k, out) if e is org else e for e in out]
            continue
        said = [found[j].folded for j in range(k, place.end) if found[j].folded not in stop]
        if not said or not all(w in plain(org.label).split() for w in said):
            continue
        out = [e for e in out if e is not place and e is not org]
        out.append(replace(org, end=place.end))
    return sorted(_initials_before(found, _right_after(found, out)), key=lambda e: e.start)


def _named_on(found: Sequence[Word], org: Entity, k: int, entities: Sequence[Entity]) -> Entity:
    """`org` stretched over the words from `k` (after its « de ») that are words of its own name, none taken."""
    if " / " in org.label:
        return org  # « la mission locale de Redon » of two missions locales: the words after say which, as they were
    name, stop = set(plain(org.label).split()), lexicon().stopwords
    taken = {j for e in entities for j in range(e.start, e.end)}
    end = k
    while end < len(found) and end not in taken and found[end].folded not in stop and _in_name(found[end].folded, name):
        end += 1
    if end == k and k < len(found) and k not in taken and found[k].folded in _LOCALITY and _PLACE_TAIL.search(org.label):
        # « les employeurs de la station » for the « Association des employeurs de Serre Chevalier Vallée » (set
        # 41b): the place its name ends on, said by its kind; no topic left for a task sharing the words.
        end = k + 1
    return replace(org, end=end) if end > k else org


# Common nouns of a locality (folded), by which a body's own place is said (« de la station », « du village »).
_LOCALITY = frozenset({"station", "ville", "commune", "village", "vallee", "quartier", "canton", "agglo",
                       "agglomeration", "ile", "bourg"})
# A body's name ending on a place: « … de Serre Chevalier Vallée », « … du Cantal », « … d'Embrun ».
_PLACE_TAIL = re.compile(r"\b(?:de|du|des|d['’])\s*(?:la |l['’]|les )?[A-ZÉÈÎ][\w'’-]*(?:\s+[A-ZÉÈÎ][\w'’-]*)*\s*$")


def _in_name(word: str, name: set[str]) -> bool:
    """A word of the name, or of its family (« la fédé de chasse » of the « Fédération … des chasseurs »: the first
    five letters of words of five letters or more; lead's set 53)."""
    return word in name or len(word) >= 5 and any(len(n) >= 5 and n[:5] == word[:5] for n in name)


def _right_after(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """Each body stretched over the words typed right after it that are words of its own name
    (« le CHU sud » for the « CHU de La Réunion, site Sud »), else left a topic nobody's name holds.
    A meeting place read on the same words stays: « la réunion au CHU sud » asks for that meeting."""
    stop = lexicon().stopwords
    others = {j for e in entities if e.kind not in ("org", "place") for j in range(e.start, e.end)}
    out = []
    for entity in entities:
        end = entity.end
        if entity.kind == "org":
            name = set(plain(entity.label).split())
            while end < len(found) and end not in others and found[end].folded not in stop and found[end].folded in name:
                end += 1
        out.append(replace(entity, end=end) if end > entity.end else entity)
    return out


def _initials_before(found: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """Each body stretched over the word right before it, or right after it, when that word, in capitals, spells the
    initials of words following each other in the body's name (« la DD ARS » of « délégation départementale »,
    « l'Agence de l'eau RMC » of « … Rhône Méditerranée Corse »: the lead's set 87); the entity read on it goes."""
    out = list(entities)
    for org in [e for e in entities if e.kind == "org"]:
        for at in (org.start - 1, org.end):
            if not 0 <= at < len(found) or not _spells(found[at].raw, org.label):
                continue
            stretched = replace(org, start=min(org.start, at), end=max(org.end, at + 1))
            out = [stretched if e is org else e for e in out if e is org or not (e.start <= at < e.end)]
            org = stretched
    return out


def _spells(typed: str, label: str) -> bool:
    """`typed`, in capitals, spells the initials of words following each other in the body's name `label`."""
    if not (typed.isupper() and 2 <= len(typed) <= 4):
        return False
    name = [w for w in plain(label).split() if w not in lexicon().stopwords]
    return plain(typed) in {"".join(w[0] for w in name[k:k + len(typed)]) for k in range(len(name) - len(typed) + 1)}
