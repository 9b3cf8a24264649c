"""Two periods said one after the other: « cette semaine et la suivante »,
« cette semaine et la semaine prochaine », « en décembre et en janvier »,
« ce mois-ci et le suivant », « cette semaine et la prochaine »; either of two
(« cette semaine ou la semaine pro ? ») asks both as well.

Read as its first period alone, the question got half its answer, given with
confidence (« en décembre et en janvier, il se passe quoi ? » showed December).
The two read as one span, from the first's start to the second's end, when
the second follows « et » (or « puis ») at once and does not start before the
first. Not two single days (« le 3 et le 10 décembre » are two dates, which
the day readers answer), nor two stretches far apart in the message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word

if TYPE_CHECKING:
    from handlers.understanding.periods import Period  # periods imports this module late

__all__ = ["joined"]

_AND = frozenset({"et", "puis"})
# « et la suivante », « et le suivant », « et celle d'après », « et la prochaine »: the same stretch again, right
# after (not « et la prochaine réunion »: a meeting, which a noun after it names).
_NEXT = (("la", "suivante"), ("le", "suivant"), ("celle", "d", "apres"), ("celui", "d", "apres"), ("la", "prochaine"),
         ("le", "prochain"))
_NOUNS = nouns("plain", plural=True) | {"fois"}


def _following(start: date, end: date) -> date:
    """The end of the stretch as long as [start, end) that follows it: a calendar month after a month."""
    if start.day == 1 and end.day == 1 and 28 <= (end - start).days <= 31:
        return date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    return end + (end - start)


def joined(words: list[Word], now: datetime, first: Period,
           finder: Callable[[list[Word], datetime], Period | None]) -> Period:
    """`first`, run on to the period said after it with « et », if one is."""
    folded = [w.folded for w in words]
    j = first.end_word
    # « cette semaine ou la semaine pro ? »: either stretch asked, so both (« ou » as typed: « où » is no joiner).
    either = j < len(words) and words[j].raw.casefold() == "ou"
    if j >= len(folded) or (folded[j] not in _AND and not either) or (first.end - first.start).days < 2:
        return first
    link = "ou" if either else "et"
    for phrase in _NEXT:
        after = j + 1 + len(phrase)
        named = after < len(words) and (words[after].lemma in _NOUNS or words[after].folded in _NOUNS)
        if tuple(folded[j + 1:after]) == phrase and not named:
            return replace(first, end=_following(first.start, first.end),
                           label=f"{first.label} {link} {' '.join(phrase).replace('d ', 'd’')}", end_word=after,
                           month=None)
    second = finder(words[j + 1:], now)
    if second is None or second.start_word > 1 or second.start < first.start or (second.end - second.start).days < 2:
        return first
    return replace(first, end=max(first.end, second.end), label=f"{first.label} {link} {second.label}",
                   end_word=j + 1 + second.end_word, month=None)
