"""« la réunion d'été, elle se fait où ? »: a season's sitting the group's rule
speaks of, when no sitting of that season is in the store.

The meeting answers read « d'été » as the next summer and found nothing in
it, so they said « Aucune séance en été 2027 » and gave the next meeting, at
another place: a confident answer about the wrong sitting. When one of the
group's decisions writes the same sitting of the same season (« … sauf la
réunion d'été qui se tient en estive. »), that decision is the answer: it
says how the group holds it (blind set 45a)."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import decision_lines

__all__ = ["season_decided"]

# A sitting of a season, as questions and records write it (folded): « réunion d'été », « séance de printemps ».
_SEASON_SITTING = re.compile(r"\b(?:reunion|seance|commission|assemblee)s?\s+(?:d\s*|de\s+l\s*|de\s+)"
                             r"(ete|hiver|automne|printemps)\b")


_WRITTEN = {"ete": "d'été", "hiver": "d'hiver", "automne": "d'automne", "printemps": "de printemps"}


def _season(text: str) -> str | None:
    found = _SEASON_SITTING.search(plain(text).replace("'", " ").replace("’", " "))
    return found.group(1) if found else None


def season_decided(ctx: Context, outcome: Outcome) -> Outcome | None:
    """The one decision writing the season's sitting the question names, for a meeting answer that found no sitting
    in that season; else None."""
    u: Understanding | None = outcome.understanding
    if u is None or not outcome.confident or outcome.intent not in ("meeting_which", "meeting_next"):
        return None
    if not outcome.reply.plain().startswith("Aucune séance"):
        return None
    season = _season(" ".join(w.raw for w in u.words))
    if season is None:
        return None
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled" and _season(d.text) == season]
    if len(decisions) != 1:
        return None
    u.intent = "decisions_topic"
    return Outcome.sure(u, [f"Décision sur la réunion {_WRITTEN[season]}", *decision_lines(decisions[0], ctx.locale)],
                        f"n°{decisions[0].number}")
