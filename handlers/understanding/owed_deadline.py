"""A deadline the asker owes, asked in the first person: « je dois te
renvoyer ma fiche action pour quand ? », « je dois rendre le bilan avant
quand ? », « j'ai jusqu'à quand pour envoyer mon questionnaire ? ».

« je dois » makes a question about deadlines one about the asker's tasks
(my_duty.py): « qu'est-ce que je dois rendre cette semaine ? » lists them.
But when the question names something — and that thing is one of the
group's deadlines, not one of the asker's open tasks — the member asks the
date by which the whole group owes it (every partner sends its « fiche
action »), and the list of their own tasks answers nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["owed_deadline"]

# The date is asked (« pour quand », « jusqu'à quand », « la date limite », « dans quel délai »), not what to do.
_WHEN = frozenset({"quand", "qd", "date", "delai", "limite"})
# A thing named by at least half its words in one deadline (« ma fiche action » in « Retour des fiches actions »).
_NAMED = 0.5


def owed_deadline(ctx: Context, u: Understanding,
                  answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The deadline a first-person « je dois … pour quand ? » names, when its words name one of the group's
    deadlines better than any of the asker's open tasks; None otherwise."""
    if not u.topic or u.first("person") is not None or not any(w.folded in _WHEN for w in u.words):
        return None
    deadlines = [d.text for d in ctx.data.deadlines()]
    if not deadlines:
        return None
    member = ctx.sender.member
    mine = [t.text for t in ctx.data.tasks() if t.open and member is not None and t.pilot == member.number]
    best = max(topic_scores(u.topic, deadlines))
    if best < _NAMED or mine and max(topic_scores(u.topic, mine)) >= best:
        return None
    kept = u.intent
    u.intent = "dates_period"
    outcome = answer(ctx, u)
    if not outcome.confident:
        u.intent = kept
        return None
    return outcome
