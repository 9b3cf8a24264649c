"""Two months read as one span: « les échéances de janvier à mars »,
« entre février et avril », « janvier-février », « échéances février
mars », « les dates limites de janvier et février ».

A question naming two months asks about both, and everything between:
read as the first month alone it showed half of what was asked (« echeances
fevrier mars » got February's lone meeting and none of March's deadlines).
The span runs from the first month's coming (or current) start to the end
of the second month that follows it. Not when a day number stands before a
month (« le 3 février et le 10 mars » are two dates), nor when the months
are far apart in the message.
"""

from __future__ import annotations

from datetime import date

from handlers.understanding.days import asked_in_past
from handlers.understanding.periods import MONTHS, Period, month_of, month_span

__all__ = ["month_pair"]

# What may stand between the two months: « de janvier à mars », « janvier et février », « janvier ou février ».
_BETWEEN = frozenset({"a", "au", "et", "ou", "jusqu", "jusque", "puis", "-", "/"})
# Words before the first month that open a span (kept inside the period's words).
_OPENING = frozenset({"de", "d", "entre", "en"})


def _month_word(folded: list[str], i: int) -> int | None:
    """The month at word `i`, unless a day number stands before it (« le 3 février »)."""
    if i > 0 and (folded[i - 1].isdigit() or folded[i - 1] in ("premier", "1er")):
        return None
    return month_of(folded[i]) if len(folded[i]) >= 3 else None


def month_pair(folded: list[str], today: date) -> Period | None:
    """The span of two months named together, if the message names them so."""
    for i in range(len(folded)):
        first = _month_word(folded, i)
        if first is None:
            continue
        j = i + 1
        while j < len(folded) and folded[j] in _BETWEEN and j - i <= 2:
            j += 1
        if j >= len(folded) or j - i > 3 or (last := _month_word(folded, j)) is None or last == first:
            continue
        # « on s'est réunis où en septembre et octobre ? », « les décisions de septembre et octobre » in December:
        # the last ones (decisions are taken at meetings held).
        start, _, _ = month_span(first, today, asked_in_past(folded) or any(w.startswith("decision") for w in folded))
        span = (last - first) % 12
        end_month = first + span
        year = start.year + (end_month - 1) // 12
        month = (end_month - 1) % 12 + 1
        end = date(year + (month == 12), month % 12 + 1, 1)
        label = f"de {MONTHS[first - 1]} à {MONTHS[month - 1]} {year}"
        begin = i - 1 if i > 0 and folded[i - 1] in _OPENING else i
        return Period(start, end, label, begin, j + 1)
    return None
