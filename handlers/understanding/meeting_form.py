"""The form the group's meetings take, asked of the meetings in general: « Les
rencontres, c'est-tu en présentiel ou sur Teams ? », « On peut assister aux
rencontres à distance ? », « les réunions se font en visio ? ». The words of
form (« présentiel », « distance », « visio », « Teams ») are no topic of the
meeting questions, so such a message was offered the calendar and nothing
sure, or the list of the meetings to come, which says nothing of their form.
No one meeting is named (no date, month, place, « prochaine », « dernière »):
the question asks the rule, and the one decision on the meetings that speaks
of their form (« Les rencontres de la table se tiennent en présentiel, avec
un lien Teams … ») answers it, by its own words of form (« en ligne ? » is
answered by the decision saying « présentiel » and « Teams »). With none, or
several, the message stays as it was."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import FOLLOWING, LAST, NEXT, PREVIOUS, SINGULAR
from handlers.understanding.world import plain

__all__ = ["form_of_meetings"]

# Words of a meeting's form, folded.
_FORM = frozenset({"presentiel", "distanciel", "distance", "visio", "visioconference", "teams", "zoom", "hybride",
                   "hybrides", "ligne"})
# The meetings in the plural, as members and decisions name them.
_MEETINGS = frozenset({"reunions", "rencontres", "seances"})
# Words asking when: the meetings' dates are asked (« les rencontres en visio, c'est quand ? »), not their form.
_WHEN = frozenset({"quand", "date", "dates", "heure", "jour", "jours", "calendrier"})
# Words that name one meeting: then that meeting is asked, not the rule.
_ONE = NEXT | LAST | (PREVIOUS | FOLLOWING) & SINGULAR


def form_of_meetings(ctx: Context, outcome: Outcome, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on the meetings' form for a message left unsure, or given the meetings to come, that asks it of
    the meetings in general."""
    u = outcome.understanding
    if u is None or outcome.intent == "chitchat" or outcome.confident and outcome.intent != "meetings_upcoming":
        return None
    # As typed: « visio » is read as « réunion » by the lexicon.
    typed = {fold(w.typed or w.raw) for w in u.words}
    folded = [w.folded for w in u.words]
    if (not _FORM & typed or not _MEETINGS & set(folded) or (_ONE | _WHEN) & set(folded)
            or any(e.kind in ("period", "month", "number", "place", "person") for e in u.entities)):
        return None
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    saying = [d for d in decisions if (held := set(plain(d).split())) & _FORM and held & _MEETINGS]
    if len(saying) != 1:
        return None
    said = sorted(set(plain(saying[0]).split()) & _FORM)
    return as_decision(ctx, u, words(" ".join(said), shorthand=False), answer)
