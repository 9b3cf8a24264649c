"""A check that something no longer holds: « la visite du théâtre ne se fait
plus ? », « le comité ne se réunit plus le mardi ? », « Thomas n'est plus
coordinateur ? ».

« ne … plus » asks whether it still holds, which the same question asked
with « toujours » answers (« la visite du théâtre se fait toujours ? »: the
task and its state, here cancelled). negated_check.py leaves « plus » aside
(« je n'ai plus rien à faire ? » is more than a check); read as typed, « ne »
and « plus » weighed on the examples' closeness and the check stayed unsure
(set 39c). Like negated_check.py, only a plain check is read so: no question
word, no other negative word (« plus rien », « plus personne », « plus
aucun »), and not « plus de » (« plus de fresque ? » has no verb to keep)."""

from __future__ import annotations

import re

from handlers.understanding.hearsay import past_frame
from handlers.understanding.negated_check import ASKING, OTHER_NEGATIONS
from handlers.understanding.normalise import fold

__all__ = ["still_asked"]

# « ne » / « n' » before the verb, « plus » after it (« ne se fait plus », « n'est plus », « ne vient plus »).
_NO_LONGER = re.compile(r"\b(?:ne\s+|n['’]\s*)(?P<verb>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+plus\b", re.IGNORECASE)


def still_asked(text: str) -> str | None:
    """`text` with « ne <verbe> plus » read « <verbe> toujours » when it is a plain check, else None."""
    if "?" not in text:
        return None
    tokens = re.findall(r"[a-z0-9]+", fold(text.casefold()))
    # « il paraît qu'on ne fait plus le forum de Jargeau ? »: the hearsay frame's « que » is no question word (set 48c).
    tokens = tokens[past_frame(tokens):]
    if any(t in ASKING or (t in OTHER_NEGATIONS and t != "plus") for t in tokens) or "pas" in tokens:
        return None
    if any(t == "plus" and after in ("de", "d", "du", "des") for t, after in zip(tokens, tokens[1:])):
        return None
    match = _NO_LONGER.search(text)
    if match is None:
        return None
    return f"{text[:match.start()]}{match.group('verb')} toujours{text[match.end():]}"
