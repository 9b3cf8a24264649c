"""« le forum se tient où ? »: where a thing takes place is no deadline.

A question asking where (« où », not « ou » between two things) whose topic is
also a deadline's (« Inscriptions des structures au forum de l'accès aux
droits ») was answered with that date, which says no place. A decision on the
same topic may say it (« Le forum de l'accès aux droits a lieu le 4 février
2027 au centre social Les Cévennes. »): that decision answers; without one, the
bot offers both readings rather than a date that does not answer."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["asks_where", "place_not_date"]

# Words that ask for a time too (« c'est quand et où ? »): the deadline may then be meant.
_WHEN = frozenset({"quand", "date", "dates", "jour", "heure", "delai", "echeance", "limite", "avant"})


def asks_where(u: Understanding) -> bool:
    """« où » typed with its accent, or « ou » closing the question (« ça se passe ou ? »)."""
    raw = [w.raw.casefold() for w in u.words]
    folded = [w.folded for w in u.words]
    return ("où" in raw or bool(folded) and folded[-1] == "ou") and not any(f in _WHEN for f in folded)


def place_not_date(ctx: Context, outcome: Outcome, decisions: Callable[[Context, Understanding], Outcome],
                   unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The decision on the topic for a « où » question answered with a deadline, else readings offered."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "dates_period" or not u.topic or not asks_where(u):
        return None
    if any(e.kind in ("period", "month", "date") for e in u.entities):
        return None
    u.intent = "decisions_topic"
    decided = decisions(ctx, u)
    if decided.confident:
        return decided
    u.intent, u.readings = None, ["dates_period", "decisions_topic"]
    return unsure(u)
