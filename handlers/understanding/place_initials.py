"""The initials of a meeting's venue, as members write them: « la réunion
à la MDS » for the Maison départementale des solidarités, « le CR de la
séance à la MJC » for the Maison des jeunes et de la culture. initials.py
gives a body's name its initials; a venue that is no member's body had
none, so « MDS » was an unknown word.

Only venues of three words or more that say something (« maison »,
« départementale », « solidarités »), only initials that are no French
word, and never over a body's alias or a place word already known."""

from __future__ import annotations

import re

from handlers.understanding.initials import _is_word, _significant  # the rules of a body's initials, shared
from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["venue_initials"]


def venue_initials(place_phrases: dict[str, list[Meeting]], places: dict[str, list[Meeting]],
                   aliases: dict[str, object]) -> None:
    """Adds to `places` the initials of each venue phrase (« mds » -> the meetings held there)."""
    for phrase, meetings in list(place_phrases.items()):
        significant = [w for w in _significant(phrase) if not re.fullmatch(r"\d+", w)]
        if len(significant) < 3:
            continue
        letters = "".join(w[0] for w in significant)
        # Its openings too: « MJD » for the Maison de justice et du droit de Borny (the town left out).
        for initials in {letters[:k] for k in range(3, min(len(letters), 5) + 1)}:
            # A body's alias that the venue spells out itself (« le FJT » of a hostel's director, the meeting
            # held at the hostel) names the venue as well: the place and the body are one.
            own = initials in aliases and f" {plain(meanings().get(initials, '') or '#')} " in f" {plain(phrase)} "
            if initials not in places and (initials not in aliases or own) and not _is_word(initials):
                places[initials] = meetings
