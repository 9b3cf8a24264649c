"""A record named by its rank: « c'est quoi la 6e décision ? », « la sixième
décision ? », « la 3ème tâche c'est quoi ? ».

The records are numbered in the order they were taken (« Décision n°6 »):
the sixth decision is decision n°6, as « la décision 6 » asks (set 38a). Read
as « la décision 6 ». Only when the rank and the noun close the phrase: « la
deuxième décision du copil » counts within one sitting, not the group's
numbering, and is left as typed.
"""

from __future__ import annotations

import re

from handlers.understanding.sitting_order import RANKS

__all__ = ["ranked_record"]

_ORDINALS = RANKS
_FOLD = str.maketrans("éèêë", "eeee")
_RANKED = re.compile(
    r"\b(l[ae])\s+(?:(\d{1,3})\s*(?:e|è|ème|eme|ieme|ième)|([a-zéèêë]+ième|premi[eè]re?|second|seconde))\s+"
    r"(d[ée]cision|t[âa]che)\b(?=\s*(?:[?!.,]|déjà|deja|c['’]|svp|stp|$))", re.IGNORECASE)


def ranked_record(text: str) -> str:
    """`text` with « la 6e décision » read as « la décision 6 », or `text` itself."""
    def number(m: re.Match[str]) -> str:
        rank = int(m.group(2)) if m.group(2) else _ORDINALS.get(m.group(3).lower().translate(_FOLD))
        return m.group(0) if rank is None else f"{m.group(1)} {m.group(4)} {rank}"
    return _RANKED.sub(number, text)
