"""A meeting place named by its kind clipped short.

Elected officials and staff say « la conf des maires » for the Conférence
des maires, « la commiss' de janvier », « l'assemb' »: the first word of
the place cut after four letters or more. The chat shorthand reads such a
clip as a plain noun (« conf » is « réunion »), so the place is looked up
as typed, and a clip is no key of the group's venues: the meeting is
missed and the place's other words are left as a topic or a role
(« maires »), or as a task's words.

A clip the shorthand replaced names a venue only when exactly one of the
group's venue words opens with it and is longer (« conf » → « conférence »),
so a clip that could open two venues names neither."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["clipped_venue"]

_SHORTEST = 4  # « conf », « comm »: shorter cuts are chat shorthand of their own (« réu », « com »)


def clipped_venue(typed: str, venues: Iterable[str]) -> str | None:
    """The one venue word (folded) that `typed` (folded, as typed before the shorthand replaced it) opens, else None."""
    if len(typed) < _SHORTEST:
        return None
    found = {venue for venue in venues if venue.startswith(typed) and len(venue) > len(typed) and " " not in venue}
    return next(iter(found)) if len(found) == 1 else None
