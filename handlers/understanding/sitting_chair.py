"""A title several members hold, asked of a sitting: the one whose role
holds it over that sitting. « la présidente sera là le 10 ? » when the
« Adjointe au maire …, présidente du comité de pilotage de l'ABC », the
« Présidente de l'association » of a member body and the « présidente du
syndicat local de la châtaigne » are all in the directory, and the 10th's
sitting is headed « Comité de pilotage de l'ABC » (lead's set 80): the chair
of that sitting is whom a member means, not the chairs of member bodies.
The bot asked which of the three; now it does so only when no role, or more
than one, names the sitting's heading."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.world import plain
from storage.models import Meeting, Member

__all__ = ["chair_of_sitting"]


def chair_of_sitting(holders: Sequence[Member], meeting: Meeting, typed: set[str]) -> list[Member]:
    """Among `holders` of a title, the one whose role writes the heading of `meeting` (two words or more) and the
    title as `typed` (folded words): « le président » is no « présidente de la commission », whose gender the
    article contradicts (set 34b: the commission's présidente, the CC's président, a vice-président: unguessed);
    all of them when none or several do."""
    heading = plain(heading_of(meeting.place or "", colon=True)).strip()
    if len(heading.split()) < 2:
        return list(holders)  # « Réunion », « Séance »: no sitting's name to hold a title over
    chosen = [m for m in holders if f" {heading} " in f" {plain(m.role or '')} "
              and typed & set(re.split(r"[\s'-]+", plain(m.role or "")))]
    return chosen if len(chosen) == 1 else list(holders)
