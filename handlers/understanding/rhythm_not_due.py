"""A rhythm asked is no day's due things: « on doit envoyer nos stats tous
les combien ? » asks how often, which the decision setting the rhythm
answers (rhythm_asked.py), not what falls due on a day.

The examples of what is due on a day (« qu'est-ce qu'on doit envoyer
<periode> », set 44c) share « on doit envoyer » with such a question, and
read it as the dates of a period it never names. The reading stays where a
period is said (« après janvier, on doit l'envoyer tous les combien ? »
names one the dates may answer).
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.entities import Entity

__all__ = ["rhythm_not_due"]


def rhythm_not_due(ranking: list[tuple[str, float]], text: str,
                   entities: Sequence[Entity]) -> list[tuple[str, float]]:
    """The ranking without the reading of a period's dates when the message asks a rhythm and names no period."""
    # rhythm_asked reads Understanding, which the pipeline defines: imported late.
    from handlers.understanding.rhythm_asked import asks_rhythm

    if any(e.kind == "period" for e in entities) or not asks_rhythm(text):
        return ranking
    return [(name, s) for name, s in ranking if name != "dates_period"]
