"""A sitting asked with whom it is held: « la plénière avec la sous-préf
c'est quand ? », « la réunion avec le bailleur c'est à quelle heure ? »
(blind set 47b).

The body or member after « avec » says who sits there, which no sitting's
record holds (the places and agendas name no guests), so the question was
left unsure between the sittings. When it was read as a sitting, or every
reading offered is one, and no sitting's heading names the guest (« Réunion
avec la CAF » tells that one apart), the question is read again without
« avec » and whom it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain

__all__ = ["without_guest"]

_ARTICLES = frozenset({"le", "la", "les", "l"})


def _named_in(guest: Entity, u: Understanding, places: Sequence[str]) -> bool:
    """A sitting's place or heading names the guest (« Réunion avec la CAF »): then it tells the sittings apart."""
    said = {w.folded for w in u.words[guest.start:guest.end] if len(w.folded) > 2} | {
        w for w in plain(guest.label).split() if len(w) > 2}
    return any(said & set(plain(place).split()) for place in places)


def without_guest(u: Understanding, places: Sequence[str]) -> str | None:
    """`u`'s message without « avec » and the body or member after it, as the module says; else None. `places`:
    the group's sittings' places (headings)."""
    readings = [u.intent] if u.intent is not None else u.readings
    if not readings or not all(r.startswith("meeting") for r in readings):
        return None
    for i, word in enumerate(u.words):
        if word.folded != "avec":
            continue
        start = i + 1 + (i + 1 < len(u.words) and u.words[i + 1].folded in _ARTICLES)
        guest = next((e for e in u.entities if e.kind in ("org", "person") and e.start == start), None)
        if guest is None or _named_in(guest, u, places):
            continue
        raws = [re.escape(w.raw) for w in u.words[i:guest.end]]
        match = re.search(r"[\s\-']*".join(raws), u.text, re.IGNORECASE)
        if match is not None:
            return " ".join((u.text[:match.start()] + u.text[match.end():]).split())
    return None
