"""A body's sittings named by the body: « Conseil consultatif des sports,
hôtel de ville de Marche » and « Conseil consultatif des sports, hall
omnisports de Hollogne » are sittings of one council held in two buildings.
The heading before the comma is written the same before venues of another
kind: it names no building but the formation that sits, as « COPIL » does
(« c'est quand le conseil consultatif des sports ? » asks for its next
sitting, not for a deadline on those words). The same heading before rooms
of one building (« Mairie, salle 2 » and « Mairie, salle du conseil ») stays
a venue: the venues must open with different words, and the heading must
not open with a kind of building (« mairie », « maison », « salle »).
The heading's opening words name it too (« le conseil consultatif »)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.bracketed_names import unbracketed
from handlers.understanding.world import entity_data, plain
from storage.models import Meeting

__all__ = ["heading_of_sittings"]

# Bodies named for their sittings that are building words too (lexicon.toml [meeting_nouns] sitting_bodies):
# « Conseil consultatif des sports » heads a council's sittings, « Mairie » a building's rooms.
_SITTING_BODIES = frozenset({"conseil", "bureau", "comite", "commission"})


def heading_of_sittings(key: str, meetings: Sequence[Meeting]) -> bool:
    """Whether the phrase `key` is the whole heading of every one of these meetings (two at least), written
    before venues that open with different words."""
    if len(meetings) < 2 or len(key.split()) < 2:
        return False
    first = key.split()[0]
    if first in entity_data()["venues"] or (first in entity_data()["buildings"] and first not in _SITTING_BODIES):
        return False  # « Mairie, salle 2 »: a building heading its rooms
    venues: set[str] = set()
    for meeting in meetings:
        segments = meeting.place.split(",")
        heading = plain(unbracketed(segments[0]))
        # « le conseil consultatif » for « Conseil consultatif des sports »: the heading or its opening words.
        if len(segments) < 2 or not (heading == key or heading.startswith(f"{key} ")):
            return False
        venues.add(next(iter(plain(segments[1]).split()), ""))
    return len(venues - {""}) >= 2
