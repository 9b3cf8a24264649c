"""« la séance du deuxième trimestre avait commencé à quelle heure ? »,
« le compte rendu de la séance du deuxième trimestre » when the sittings
are headed by the quarter they are held for (« Commission des usagers,
séance du deuxième trimestre, … »): the quarter is part of the sitting's
name, not a period to search. Read as a period, a quarter without its year
is the next such one (period_parts.py): in December the second quarter of
next year, where no sitting is, and the reader answered « Aucune séance au
deuxième trimestre 2027 » (lead's set 64), or another sitting of the
current quarter than the one headed so.

When a sitting's noun comes right before « du <ordinal> trimestre » (or
semestre), no year said, and exactly one sitting's heading says that
quarter, the words are read as that sitting's day (« la séance du 18 juin
2026 »), as dated_heading.py reads « le copil du 25 novembre ».

So is a season that heads a sitting: « la plénière de printemps c'était où ? »,
« le compte rendu de la plénière de printemps » where the sittings are headed
« …, séance plénière de printemps, … » (lead's set 69): read as a period,
« printemps » was next spring's, where no sitting is."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS
from handlers.understanding.sitting_order import numbered_up_to, ranks_up_to
from storage.models import Meeting

__all__ = ["quarter_of_heading", "season_of_heading"]

# Which quarter or half, as written (folded): « deuxième », « 2e », « second »…
_ORDINALS = ranks_up_to(4) | numbered_up_to(4)
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# A sitting's noun (one sitting: no plural), then « du deuxième trimestre », no year after.
_SITTING_NOUNS = (r"r[ée]union|r[ée]u|s[ée]ance|comit[ée](?:\s+de\s+pilotage|\s+technique|\s+de\s+suivi)?|copil|cotech"
                  r"|commission|pl[ée]ni[èe]re|bureau|assembl[ée]e|conseil")
_PART = r"(?P<part>trimestre|semestre)"


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    own = "".join(f"|{re.escape(n)}" for n in names if " " not in n and len(n) >= 2)
    return re.compile(rf"(?i)\b(?:{_SITTING_NOUNS}{own})\s+(?P<link>du)\s+(?P<ordinal>\S+)\s+{_PART}\b(?!\s+\d)")


def _said(heading: str, number: int, part: str) -> bool:
    """The folded heading names the `number`th quarter (or half) by one of its ordinals."""
    return any(n == number and re.search(rf"\b{w}\s+{part}\b", heading) for w, n in _ORDINALS.items())


def quarter_of_heading(text: str, read_meetings: Callable[[], Sequence[Meeting]], names: Iterable[str] = ()) -> str:
    """`text` with « <sitting> du deuxième trimestre » given the day of the one sitting headed with that quarter,
    else as is (the meetings are read from the store only when such a phrase is there)."""
    folded = fold(text)
    if len(folded) != len(text):
        return text  # « œ », « ß »: the folded span would not be the text's (rare; the message is left as it was)
    found = _pattern(names).search(folded)
    if found is None or (number := _ORDINALS.get(found.group("ordinal"))) is None:
        return text
    headed = [m for m in read_meetings() if m.status != "cancelled" and _said(fold(m.place), number, found.group("part"))]
    if len(headed) != 1:
        return text
    held = headed[0].start
    start = found.start("link")
    return f"{text[:start]}du {held.day} {MONTHS[held.month - 1]} {held.year}{text[found.end('part'):]}"


# « de printemps », « d'été », « d'automne », « d'hiver », no year after.
_SEASON = re.compile(r"(?P<link>de\s+|d')(?P<season>printemps|ete|automne|hiver)\b(?!\s+\d)")


def season_of_heading(text: str, read_meetings: Callable[[], Sequence[Meeting]], names: Iterable[str] = ()) -> str:
    """`text` with « <sitting> de printemps » given the day of the one sitting whose heading says « <sitting> de
    printemps » too, else as is."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    own = "".join(f"|{re.escape(n)}" for n in names if " " not in n and len(n) >= 2)
    found = re.search(rf"(?i)\b(?P<noun>{_SITTING_NOUNS}{own})\s+{_SEASON.pattern}", folded)
    if found is None:
        return text
    said = re.sub(r"\s+", " ", f"{found.group('noun')} {found.group('link')}{found.group('season')}")
    headed = [m for m in read_meetings() if m.status != "cancelled" and said in fold(m.place)]
    if len(headed) != 1:
        return text
    held = headed[0].start
    start = found.start("link")
    return f"{text[:start]}du {held.day} {MONTHS[held.month - 1]} {held.year}{text[found.end('season'):]}"
