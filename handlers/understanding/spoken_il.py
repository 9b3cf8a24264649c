"""Spoken French (Québec's above all) says « il » as « y »: « Patrick, y
travaille où ? », « le forum, y commence à quelle heure ? », « le PV, y est
où ? ». After a comma that closes the subject put first, « y » and a verb
resume that subject, as « il » does (« Patrick, il travaille où ? »). Not
« y a » (« il y a »: « la table, y a combien de membres ? ») nor « y en »,
whose « y » is the adverb."""

from __future__ import annotations

import re

__all__ = ["il_for_y"]

# A comma, « y », then a word that is no form of « avoir » after the adverb « y » (« y a », « y avait »), nor
# « en » (« y en a »).
_Y = re.compile(r",\s*y\s+(?!(?:a|avait|aura|aurait|ait|en|avaient)\b)(?=[^\W\d_])", re.IGNORECASE)


def il_for_y(text: str) -> str:
    """`text` with « , y <verb> » read as « , il <verb> »; else as it is."""
    return _Y.sub(", il ", text)
