"""« quelle est la commune la plus représentée au copil ? », « quelle structure
a le plus de monde au comité ? », « quel organisme a le moins de
représentants ? »: a body compared with the others by its number of members.

The bot keeps no count to rank, but the directory lists every member with
their body, and the member reads the answer from it; read word by word, the
question was left unsure (« représentée », « monde » as a roll call). It is
asked as « quelles structures sont représentées ? ». Only a kind of body
asked with « quel(le) » and compared by its people, so that « qui a le plus
de tâches ? » (the tasks) or « la plus grande commune » (no count of
members: unheld_superlative.py) are left as typed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["most_represented"]

_KINDS = (r"(?:structures?|organismes?|organisations?|communes?|villes?|institutions?|partenaires?|associations?|"
          r"collectivites?|services?|administrations?|entreprises?)")
_REPRESENTED = re.compile(
    rf"\bquel(?:le)?s?\s+(?:est\s+|sont\s+)?(?:la\s+|le\s+|l\s+|les\s+)?{_KINDS}\b.{{0,30}}?\b(?:la|le|les|l)\s+"
    r"(?:plus|moins|mieux)\s+(?:representee?s?|nombreu(?:x|se|ses))\b")
_PEOPLE = re.compile(
    rf"\bquel(?:le)?s?\s+{_KINDS}\s+(?:a|ont|compte|comptent|envoie|envoient)\s+le\s+(?:plus|moins)\s+de\s+"
    r"(?:monde|membres|representants|representantes|gens|personnes|sieges|elus)\b")


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").replace("'", " ")


def most_represented(text: str) -> str:
    """`text` asked as « quelles structures sont représentées ? » when it ranks bodies by their members."""
    folded = _folded(text)
    if _REPRESENTED.search(folded) or _PEOPLE.search(folded):
        return "quelles structures sont représentées ?"
    return text
