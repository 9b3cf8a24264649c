"""A month bounded in a question: « jusqu'en février », « jusqu'à fin janvier »,
« jusqu'au mois de mars », « avant mars », « avant la fin mars », « jusqu'à
mi-janvier », « avant début février ».

Without it, the month after the bound was read on its own: « jusqu'en février »
listed February only (« en février »), « jusqu'à fin janvier » the last days of
January (« fin janvier »), « avant mars » went through March (« d'ici mars »): a
silently different span (set 20d). The rule: from today to the bound, the
month itself included after « jusqu'à » and excluded after « avant » (« avant
la fin mars » includes it); a bound inside the month (« mi-», « début ») is
printed as the day it stops on, so the member sees the span read.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.understanding.periods import Period

__all__ = ["after_month", "bounded_month", "next_month_end"]

_AFTER_UNTIL = ("a", "au", "en")  # « jusqu'à », « jusqu'au », « jusqu'en »
_OF = ("de", "du", "d")


def next_month_end(folded: list[str], i: int, today: date) -> Period | None:
    """« à la fin du mois prochain »: the last days of next month (21st on), as « fin janvier »; after a bound
    (« d'ici la fin du mois prochain », « jusqu'à la fin du mois prochain ») from today to its last day. Read
    alone, « fin du mois » named this month's end, a month early."""
    from handlers.understanding.periods import MONTHS, Period  # periods imports this module

    if folded[i:i + 3] != ["fin", "du", "mois"] or i + 3 >= len(folded) or folded[i + 3] not in ("prochain", "suivant"):
        return None
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    end = (first + timedelta(days=32)).replace(day=1)
    name = f"{MONTHS[first.month - 1]} {first.year}"
    before = folded[max(i - 3, 0):i]
    if any(w in ("ici", "avant", "jusqu") for w in before):
        return Period(today, end, f"d'ici fin {name} (jusqu'au {end - timedelta(days=1):%d/%m})", i, i + 4)
    start = first.replace(day=21)
    return Period(start, end, f"fin {name} (du {start:%d/%m} au {end - timedelta(days=1):%d/%m})", i, i + 4)


def bounded_month(folded: list[str], i: int, today: date) -> Period | None:
    """The span from today to a month's bound, when word `i` starts one (« jusqu », « avant »)."""
    from handlers.understanding.periods import MONTHS, Period, month_of, month_span  # periods imports this module

    bound = folded[i]
    if bound not in ("jusqu", "avant"):
        return None
    k = i + 1
    if bound == "jusqu" and k < len(folded) and folded[k] in _AFTER_UNTIL:
        k += 1
    k += k < len(folded) and folded[k] == "la"  # « jusqu'à la fin de janvier »
    part = folded[k] if k < len(folded) and folded[k] in ("fin", "mi", "debut", "mois") else None
    if part is not None:
        k += 1 + (k + 1 < len(folded) and folded[k + 1] in _OF)
    month = month_of(folded[k]) if k < len(folded) else None
    if month is None:
        return None
    start, end, label = month_span(month, today)
    name = f"{MONTHS[month - 1]} {start.year}"
    if part == "mi":
        end, said = date(start.year, month, 16), f"mi-{name} (jusqu'au 15/{month:02d})"
    elif part == "debut" and bound == "jusqu":
        end, said = date(start.year, month, 11), f"début {name} (jusqu'au 10/{month:02d})"
    elif bound == "avant" and part in (None, "debut"):
        end, said = start, name  # « avant mars »: March is not in it
    else:
        said = f"fin {name}" if part == "fin" else name
    if end <= today:
        return None  # « avant décembre » typed in December: no span ahead to read
    verb = "avant" if bound == "avant" else "jusqu'en" if part in (None, "mois") else "jusqu'à"
    last = end - timedelta(days=1)
    return Period(today, end, f"{verb} {said}" + ("" if part in ("mi", "debut") else f" (jusqu'au {last:%d/%m})"), i, k + 1)


# How far ahead « après janvier » reaches: a year, as the group's calendar runs.
_AFTER_REACH = timedelta(days=365)


def after_month(folded: list[str], i: int, today: date) -> Period | None:
    """« la réunion d'après janvier », « le comité de projet après décembre », « les échéances après le mois de
    février »: from the first day after the month on, when word `i` is « après ». Read alone, the month named its own
    meeting (January's, not the one after it). A question in the past (« qu'a-t-on fait après septembre ? ») is left
    as it was: the span would be read a year ahead."""
    from handlers.understanding.periods import MONTHS, Period, _asked_in_past, month_of, month_span  # periods imports this module

    if folded[i] != "apres":
        return None
    k = i + 1
    if folded[k:k + 2] == ["le", "mois"] and k + 2 < len(folded) and folded[k + 2] in _OF:
        k += 3
    month = month_of(folded[k]) if k < len(folded) else None
    if month is None or _asked_in_past(folded):
        return None
    start, end, _ = month_span(month, today)
    first = i - 1 if i > 0 and folded[i - 1] == "d" else i  # « d'après janvier »: the « d' » belongs to the period
    return Period(end, end + _AFTER_REACH, f"après {MONTHS[month - 1]} {start.year} (dès le {end:%d/%m})", first, k + 1)
