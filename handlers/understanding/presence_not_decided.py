"""Whether someone was there, answered by a decision: no record of the
decisions says who came.

« le transporteur était là quand on a parlé du car de Puech-Redon ? »
(blind set 48b) found the decision on that coach by its words and showed it
with confidence; the question asks whether a member (named, or by a title
their role holds) was present, which only the attendance of a sitting
says. Such an answer is left unsure, with the attendance offered."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome

__all__ = ["presence_decided"]

# « X était là / présent(e)(s) », « X est venu(e) », « X sera là »: a presence said of the one named.
_THERE = re.compile(r"\b(?:etait|etaient|sera|seront|a ete|ont ete) (?:la|presente?s?)\b|\b(?:est|sont) venue?s?\b")

# « la compagnie de théâtre était là au dernier copil ? »: a body said by what it is, no entity found, as the
# subject opening the question (the lead's set 96): a decision says no more who came.
_SUBJECT_THERE = re.compile(r"(?:le|la|les|l|notre|nos|votre|vos|leur|leurs) (?:\w+ ){1,5}?(?:etait|etaient|a ete|ont ete) "
                            r"(?:la|presente?s?)\b")


def presence_decided(outcome: Outcome) -> bool:
    """`outcome` answers with decisions a question whether a member named was present."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent not in ("decisions_topic", "decisions_recent"):
        return False
    said = fold(u.text).replace("'", " ")
    named = any(e.kind in ("person", "role", "org") for e in u.entities) or bool(_SUBJECT_THERE.match(said))
    return named and bool(_THERE.search(said))
