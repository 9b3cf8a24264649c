"""« c'est quand le forum à Liévin ? » when a deadline reads « Forum de
l'habitat à Liévin »: the town is a body of the group and a meeting place
too, so the readings split between a date, a meeting and a body's people.
A question of time (« quand ») whose every content word, the town's
included, is in one of the group's deadlines asks for that date: it is
answered by it. A word of the question the deadline does not hold (« le
forum à Arras ») leaves the doubt as it was."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.normalise import fold
from handlers.understanding.world import World

__all__ = ["dated"]

_WHEN = frozenset({"quand", "qd", "date"})
HERE = Path(__file__).parent


@cache
def _verbs() -> frozenset[str]:
    """The verbs a deadline is asked with (lexicon.toml `deadline_verbs`), folded."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(fold(w) for w in tomllib.load(handle).get("deadline_verbs", []))


def dated(ctx: Context, u: Understanding, world: World,
          answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The deadline every content word of a time question names, answered by `answer` (dates_period)."""
    # « … a lieu quel jour ? », « … c'est à quelle date ? » ask when as « quand » does.
    which_day = any(u.words[i].folded in ("quel", "quelle") and u.words[i + 1].folded in ("jour", "date")
                    for i in range(len(u.words) - 1))
    if not (which_day or any(w.folded in _WHEN for w in u.words)) or "dates_period" not in u.readings:
        return None
    # The unknown words and the bodies' or places' words (« a lieu », « tu sais pas » are glue).
    # A town a record names may have been taken out of the entities already (record_named.py): its word still counts.
    spans = sorted({j for e in u.entities if e.kind in ("org", "place") for j in range(e.start, e.end)}
                   | {j for j, w in enumerate(u.words) if w.folded in world.places or w.folded in world.org_aliases})
    topic = [*u.topic, *(w for w in content_words([u.words[j] for j in spans]) if w not in u.topic)]
    topic = [w for w in topic if w.lemma not in _verbs() and w.folded not in _verbs()]
    deadlines = world.records.get("dates_period", ())
    if len(topic) < 2 or not deadlines:
        return None  # one word alone (« Liévin ») may be a meeting place as well
    if max(topic_scores(topic, deadlines)) < 1.0:
        return None
    u.intent, u.topic, u.readings = "dates_period", topic, []
    outcome = answer(ctx, u)
    if outcome.confident:
        return outcome
    u.intent, u.readings = None, ["dates_period"]
    return None
