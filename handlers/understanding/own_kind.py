"""The group's name said of a sitting, when only some of its sittings bear it:
« la prochaine CDU » of a commission des usagers whose next meeting is a
working group (« Groupe de travail sur le projet des usagers, … ») and whose
sittings are headed « Commission des usagers … » (the lead's set 73).

own_meetings.py reads the group's name counting one of its meetings as the
plain « réunion »: right when every sitting is the body's (set 64), wrong
when the group also meets as a working group, on a visit or at another
site: « la prochaine CDU » then answered the working group. There the name,
spelled out, heads only some of the sittings, and the noun it opens with
(« commission ») is a formation that finds exactly those sittings: the name
is read as that noun (« la prochaine commission »), so meeting_kinds.py
picks among the body's own sittings. Only feminine nouns, so the article
and the adjective of order own_meetings.py writes stay right."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.venues import formation_words
from handlers.understanding.world import plain
from storage.models import Meeting

__all__ = ["own_sitting_noun"]

# The feminine nouns of a formation a group is called by (« la commission des usagers », « la cellule de veille »).
_FEMININE = frozenset({"commission", "cellule", "conference", "assemblee", "instance"})


def _heading(place: str) -> str:
    """A sitting's heading: its place before the first comma or colon, folded (« commission des usagers »)."""
    return plain(heading_of(place, colon=True))


def own_sitting_noun(names: Iterable[str], meetings: Sequence[Meeting]) -> tuple[str, frozenset[int]]:
    """The noun (« commission ») the group's spelled-out name opens with, when that name heads some of the sittings
    but not all, and every sitting headed by the noun is headed by the whole name; with the months those sittings
    fall in (« la CDU de janvier » is the noun's only when one is held then: else whatever the group held that month,
    set 64's working group). ("", ∅) otherwise."""
    headings = [(_heading(m.place), m) for m in meetings if m.place]
    for name in names:
        head = name.split()[0]
        if " " not in name or head not in _FEMININE or head not in formation_words():
            continue
        own = [m for h, m in headings if f"{h} ".startswith(f"{name} ")]
        by_noun = [m for h, m in headings if h.split()[:1] == [head]]
        if own and len(own) < len(headings) and len(by_noun) == len(own):
            return head, frozenset(m.start.month for m in own)
    return "", frozenset()
