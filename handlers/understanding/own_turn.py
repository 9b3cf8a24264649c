"""Whose turn a piece of work is, asked with « à moi »: « c'est à moi
d'envoyer le compte rendu ? », « c'est à moi de chiffrer les travaux ? »,
« c'est à nous de rédiger la convention ? ».

The same question as « c'est moi qui dois envoyer le compte rendu ? », which
the task answers read (the task, its pilot and date); worded with « à moi
de », it was read as a request for the minutes or left unsure (blind set
49b). The words are put in that order; nothing else changes.
"""

from __future__ import annotations

import re

__all__ = ["own_turn"]

# « c'est à moi de / d' <verb> », « c'est bien à nous d' <verb> », « c à moi de » (chat), accents or not.
_TURN = re.compile(r"\bc(?:'|’|\s)?\s*(?:est\s+)?(?:bien\s+)?[àa]\s+(moi|nous)\s+(?:de\s+|d['’]\s*)(?=[^\W\d_]{3,})",
                   re.IGNORECASE)


def own_turn(text: str) -> str:
    """`text` with « c'est à moi de <verbe> » read « c'est moi qui dois <verbe> » (« nous » : « devons »)."""
    return _TURN.sub(lambda m: "c'est moi qui dois " if m.group(1).casefold() == "moi" else "c'est nous qui devons ",
                     text)
