"""What the bot says when a question names school holidays or a rentrée it
cannot date: « avant les vacances de février » (each French zone has its
own), « à la rentrée » in a canton, « pendant les vacances de Pâques ».

School holidays differ by zone in France and by canton in Switzerland, and
the group's store does not say which applies: rather than guess a span
silently, the bot says what it understood and asks for the dates (the
readings it would offer list the same answers for any span). The
holidays it can date (France's Christmas holidays: school_periods.py) are
read as periods before this is reached.
"""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding

__all__ = ["holiday_doubt"]

_HOLIDAY_WORDS = frozenset({"vacances", "rentree", "conges"})


def holiday_doubt(u: Understanding, records: tuple[str, ...]) -> Outcome | None:
    """An unsure answer naming the holidays the question speaks of, if it speaks of some left unread
    (not the group's own « vacances apprenantes », which a record names: its readings are offered)."""
    covered = {j for e in u.entities if e.kind == "period" for j in range(e.start, e.end)}
    said = next((w for i, w in enumerate(u.words) if w.folded in _HOLIDAY_WORDS and i not in covered), None)
    if said is None or any(said.folded in re.findall(r"\w+", fold(text)) for text in records):
        return None
    what = "la rentrée" if said.folded == "rentree" else "ces vacances"
    return Outcome.unsure(u, [
        f"Je ne sais pas dater {what} : les vacances scolaires et la rentrée dépendent de la zone ou du canton.",
        "Précisez la période (par ex. « avant le 12 février », « en janvier »), ou tapez /agenda pour toutes "
        "les dates à venir."], "")
