"""A sitting named after the people it gathers, as the coordinator heads its
place: « Réunion des rapporteurs, Maison des associations, Tours »,
« Rencontre des animateurs, … ». Members say the heading whole (« la
prochaine réunion des rapporteurs », « le PV de la réunion des
rapporteurs ») and mean those sittings; « rapporteurs » there is no title
asked for, though members' roles say « rapporteur ». Only a plain meeting
noun (« réunion », « séance », « rencontre ») followed by « des / du / de
la » opens such a name: a sitting body (« comité d'attribution ») is also
the body whose chair a role names (« qui préside le comité
d'attribution ? »), and stays what it was."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.meeting_nouns import heading_of, nouns
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["gathering_heading"]

_OF = frozenset({"des", "du", "de"})


def gathering_heading(key: str, meetings: Sequence[Meeting]) -> bool:
    """Whether the phrase `key` (folded) is « réunion des … » and the whole heading of every one of these
    meetings (the segment before the first comma; a heading with a bracket is bracketed_names.py's)."""
    words = key.split()
    if len(words) < 3 or words[0] not in nouns("plain") or words[1] not in _OF or not meetings:
        return False
    return all(plain(heading_of(m.place)) == key for m in meetings)
