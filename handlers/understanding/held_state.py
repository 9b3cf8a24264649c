"""« on en est où du garage solidaire ? » when a decision says where it stands.

A decision may record a thing's state: put on hold, postponed, suspended,
dropped (« Le projet de garage solidaire est mis en attente jusqu'à l'avis
des garagistes de la commune »). Asked how far it has got, that decision is
the answer; a task sharing the thing's words (« Demander l'avis des
garagistes … sur le garage solidaire ») is one step of it, which the
decision names already (the lead's set 67).

Only a question asking progress (« où en est », « on en est où »), left
unsure or read as decisions, whose topic one decision holds whole and says
a state of."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import asks_progress
from handlers.understanding.topics import topic_scores

__all__ = ["state_decided"]

# The words of a state a decision puts a thing in (folded).
_STATE = re.compile(r"\b(?:en attente|suspendue?s?|reportee?s?|ajournee?s?|abandonnee?s?|gelee?s?|en pause|"
                    r"mise?s? de cote|en suspens)\b")


def state_decided(ctx: Context, outcome: Outcome,
                  decisions_topic: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The one decision saying the state of the thing whose progress is asked, else None."""
    u = outcome.understanding
    if u is None or outcome.confident and outcome.intent != "decisions_topic" or outcome.intent == "chitchat" or (
            not u.topic or not asks_progress(u)):
        return None
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    scores = topic_scores(u.topic, texts, loose=False)
    whole = [t for t, s in zip(texts, scores, strict=True) if s >= 1.0]
    if len(whole) != 1 or not (state := _STATE.search(said := fold(whole[0].casefold()))):
        return None
    if topic_scores(u.topic[:1], [said[:state.start()]], loose=False)[0] < 1.0:
        # « les bénévoles pour la vogue, ça en est où ? » of « La vogue … est reportée …, faute de bénévoles » (set
        # 49a): the state is the vogue's, the thing asked (its first word) is named only after it, as a cause; the
        # task of finding them says how far they have got.
        return None
    if outcome.confident:
        return outcome  # read so already: kept, before a task sharing its words is looked for (task_questions.py)
    u.intent, u.readings = "decisions_topic", []
    answered = decisions_topic(ctx, u)
    return answered if answered.confident else None
