"""A body named right after an order word counts one of the sittings, not its
people: « qui a confirmé pour le prochain CMJ ? » asks the announcements for
the next sitting of the conseil municipal des jeunes (the group a member body
also names), not those of the young councillors alone (blind set 40a). A body
is never « next » nor « last »; its sittings are (« la dernière CCA »,
own_meetings.py, reads the group's own name so)."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import RELATIVE

__all__ = ["ordered_body"]

# Order words, folded: « le prochain CMJ », « la dernière CAL », « au précédent copil ».
_ORDERS = RELATIVE


def ordered_body(u: Understanding, start: int) -> bool:
    """Whether the body whose name opens at word `start` follows an order word."""
    return start > 0 and u.words[start - 1].folded in _ORDERS
