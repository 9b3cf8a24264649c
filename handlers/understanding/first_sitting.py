"""Since when the group meets: « depuis quand on se réunit ? », « on se
retrouve depuis quand ? », « ça fait combien de temps qu'on a commencé les
réunions ? », « le comité existe depuis quand ? ».

The member asks how long the group has been meeting: the answer is its
first sitting held, whose date says since when (set 35b). The words were
those of the last meeting (« quand », « se réunir », a past tense), which
answered with confidence and wrongly. Only a verb of meeting, beginning or
being said by the group (« on », « nous », the group's own name) asks it;
a negation asks since when it last met (« on s'est pas vus depuis
quand ? », seen_since.py reads it), a person or a body named asks about
them (« depuis quand Hugo est au comité ? »)."""

from __future__ import annotations

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import meeting_lines

__all__ = ["first_sitting", "since_first_asked"]

_MEET = frozenset({"reunit", "reunissons", "reunis", "reunie", "reunies", "voit", "voyons", "retrouve",
                   "retrouvons", "existe", "siege", "siegeons", "reunir", "voir", "retrouver", "sieger"})
_BEGUN = frozenset({"commence", "commencee", "commences", "commencees", "demarre", "demarree", "demarres", "lance",
                    "lancee", "debute", "debutee", "debutes", "commencer", "demarrer", "debuter"})
_NEGATIONS = frozenset({"pas", "plus", "ne", "n", "jamais"})
_NAMED = frozenset({"person", "org", "role"})


def since_first_asked(u: Understanding) -> bool:
    """« depuis quand » with a verb of meeting or beginning, or « ça fait combien de temps » with a verb of
    beginning; no negation, no one named."""
    folded = [w.folded for w in u.words]
    since_when = any(a == "depuis" and b == "quand" for a, b in zip(folded, folded[1:]))
    how_long = "fait" in folded and any(a == "combien" and c == "temps" for a, c in zip(folded, folded[2:]))
    verbs = set(folded) | {w.lemma for w in u.words}
    asked = (since_when and bool(verbs & (_MEET | _BEGUN))) or (how_long and bool(verbs & _BEGUN))
    return asked and not set(folded) & _NEGATIONS and not any(e.kind in _NAMED for e in u.entities)


def first_sitting(ctx: Context, u: Understanding) -> Outcome | None:
    """The group's first sitting held, when the message asks since when the group meets."""
    if not since_first_asked(u):
        return None
    held = sorted((m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now),
                  key=lambda m: m.start)
    if not held:
        return None
    u.intent, u.readings = "meeting_which", []
    first = held[0]
    return Outcome.sure(u, meeting_lines(first, ctx.now, ctx.locale, title="Première séance"), f"n°{first.number}")
