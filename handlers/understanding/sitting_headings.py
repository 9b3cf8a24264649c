"""A sitting named in full as the group's own meetings head it.

The lexicon reads « le dernier comité de suivi » as « le dernier comité »
([meeting_nouns.phrases]): in most groups the comité de suivi is the group
itself and « suivi » no topic, so the last comité is the last meeting. But
where the group's meeting headings name that very kind (« Comité de suivi
du CLS, salle du conseil communautaire, Orgelet » beside « Comité technique
du CLS, mairie d'Arinthod » and working groups), the full name picks those
sittings: « le dernier comité de suivi » is the last of them, not the last
sitting of any kind (set 37a). Such a phrase is then left as typed, and the
meetings' places find the kind as they find « la réunion du comité de
suivi ».
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from handlers.understanding.normalise import fold
from handlers.understanding.sitting_order import SINGULAR

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["folded_headings", "headed_kind", "headed_sitting_words"]

# The lemmas a sitting's noun is read as by then (« comité » -> « réunion »).
SITTING_LEMMAS = frozenset({"reunion", "seance", "comite", "commission", "bureau", "conseil"})
# Order words that pick one sitting of a kind (folded).
_ORDER = SINGULAR


def folded_headings(places: Sequence[str]) -> frozenset[str]:
    """The meetings' headings (places), folded, words joined by single spaces and padded with one."""
    return frozenset(f" {' '.join(re.split(r'[^0-9a-z]+', fold(place))).strip()} " for place in places if place)


def headed_kind(typed: Sequence[str], meant: Sequence[str], headings: Collection[str]) -> bool:
    """The phrase `typed`, read by the lexicon as `meant` keeping its first word (an order word) and dropping a
    tail, names from its second word on a kind of sitting in several words that one of the `headings` holds."""
    if len(typed) < 3 or not meant or fold(meant[0]) != fold(typed[0]):
        return False
    kind = " ".join(fold(w) for w in typed[1:])
    return any(f" {kind} " in heading for heading in headings)


def headed_sitting_words(u: Understanding) -> set[int]:
    """Indices of a sitting named as the meetings are headed (a place opening on a meeting noun: « au comité de
    suivi », whose « comité » is read « réunion ») and of the order word right before it (« premier »)."""
    found: set[int] = set()
    for e in u.entities:
        if e.kind == "place" and 0 <= e.start < len(u.words) and u.words[e.start].lemma in SITTING_LEMMAS:
            found |= set(range(e.start, e.end))
            if e.start > 0 and u.words[e.start - 1].folded in _ORDER:
                found.add(e.start - 1)
    return found
