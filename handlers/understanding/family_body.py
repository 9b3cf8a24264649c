"""« le représentant des campings c'est qui ? », « qui représente les hôtels ? »: a trade asked in the plural,
which the group knows through one member's business (« Camping Les Chênes Verts », « Hôtel Le Mas des Ocres »).

The plural finds that body by its first word, but what is asked is who speaks for the whole trade: the member
whose role says so (« Gérant de camping, représentant de l'hôtellerie de plein air au comité de direction »),
the holder of that charge, as the sets read « qui représente les consommateurs ? » (role_holder). A body
named in the singular (« qui représente le camping ? ») or by more of its name stays the body's people
(the lead's set 82)."""

from __future__ import annotations

from handlers.understanding.entities import Entity
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from storage.models import Member

__all__ = ["trade_holder"]


def trade_holder(u: Understanding, org: Entity) -> Member | None:
    """The one member of `org` whose role represents the trade its name opens with, asked in the plural; else None."""
    if org.end - org.start != 1 or " / " in org.label or not any(w.folded.startswith("represent") for w in u.words):
        return None
    typed = u.words[org.start].folded
    head = plain(org.label).split()[:1]
    if not head or not typed.endswith(("s", "x")) or typed[:-1] != head[0]:
        return None
    holders = [m for m in org.items if "represent" in plain(m.role or "")]
    return holders[0] if len(holders) == 1 else None
