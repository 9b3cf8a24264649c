"""A whole year a question names, as a word of the thing asked: « le
budget de l'an prochain », « l'enveloppe de l'année prochaine », « en
2027 » find « Budget 2027 du groupe : 42 000 € » over « une subvention de
18 000 € », whatever words named the year (the date reader read them)."""

from __future__ import annotations

from handlers.understanding.normalise import Word, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity

__all__ = ["named_years", "whole_year"]


def whole_year(entity: Entity) -> int | None:
    """The year a period entity spans as a whole (1 January to 1 January), else None."""
    period = entity.extra.get("period") if entity.kind == "period" else None
    if period is None or (period.end - period.start).days < 365 or (period.start.month, period.start.day) != (1, 1):
        return None
    return int(period.start.year)


def named_years(u: Understanding) -> list[Word]:
    """The years `u` names as a whole, as words, unless typed as such."""
    years = {y for e in u.entities if (y := whole_year(e)) is not None}
    typed = {w.folded for w in u.words}
    return [words(str(y), shorthand=False)[0] for y in sorted(years) if str(y) not in typed]
