"""The day of the week something happens on: « les ateliers de soutien c'est
quand dans la semaine ? », « la permanence c'est quel jour de la semaine ? »,
« le café des parents a lieu quel jour d'habitude ? ». What recurs on a
weekday is a decision's (« Les ateliers … ont lieu le mercredi après-midi »),
never a deadline's, which falls on one day: a deadline sharing the thing's
words (« Bilan des ateliers de soutien scolaire ») does not answer it (lead's
set 36 gave that deadline's day). Asked plainly (« les colis c'est quel
jour ? »), the weekday is the decision's when no deadline holds every word
of the thing and nothing else is named."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.days import WEEKDAYS
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["weekday_decision"]

# « quand dans la semaine », « quel jour de la semaine », « quel jour d'habitude », « quel jour en général ».
_ASKED = re.compile(r"\b(?:(?:quand|qd|quel jour|quels jours) (?:dans|de) la semaine|quels? jours? (?:d'habitude|d habitude"
                    r"|en general|habituellement|normalement))\b")
# « les colis c'est quel jour ? », « kel jour la distribution »: the plain question, when no deadline holds the thing
# and nothing else is named (a meeting's place, a month, a person).
_PLAIN = re.compile(r"\bquels? jours?\b")
_WEEKDAY = re.compile(rf"\b(?:le|les|chaque|un|tous les) (?:{'|'.join(WEEKDAYS)})s?\b")


# The words of the question that ask the day, not the thing (« quand », « jour », « semaine », « habitude »).
_ASKING = frozenset({"quand", "qd", "jour", "jours", "semaine", "habitude", "general", "habituellement", "normalement"})


def weekday_decision(ctx: Context, u: Understanding, decisions: Sequence[str],
                     answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer on the thing whose day of the week is asked, when the one decision that holds all its
    words says a weekday; else None."""
    plain_day = _PLAIN.search(" ".join(w.folded for w in u.words))
    if not decisions or not (_ASKED.search(fold(u.text).replace("’", "'")) or plain_day):
        return None
    # As typed: « les ateliers » is no « réunions » here (the shorthand reads it so), it names the thing.
    thing = [w for w in content_words(words(u.text, shorthand=False)) if w.folded not in _ASKING]
    if not thing:
        return None
    if not _ASKED.search(fold(u.text).replace("’", "'")) and (
            u.entities or max(topic_scores(thing, [d.text for d in ctx.data.deadlines()]) or [0.0]) >= 1.0):
        return None  # « le repas de Noël c'est quel jour ? »: a deadline holds the thing, its day is asked
    scores = topic_scores(thing, decisions)
    whole = [text for text, score in zip(decisions, scores, strict=True) if score >= 1.0]
    if len(whole) != 1 or not _WEEKDAY.search(fold(whole[0])):
        return None
    u.entities = [e for e in u.entities if e.kind != "period"]  # « dans la semaine » is no span asked
    return as_decision(ctx, u, thing, answer)
