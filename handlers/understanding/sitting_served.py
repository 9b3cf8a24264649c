"""The sitting a thing is due for, said beside it when its date is asked:
« les dossiers complets pour la commission du 10, c'est pour quand dernier
délai ? » of the deadline « Transmission des dossiers complets des candidats
pour la CALEOL du 10 décembre » (the lead's set 83).

The day said there is the sitting's, not the date asked: read as the
period to search, it found the sitting and the rule on complete files, not
the deadline falling a week before. When a deadline's own words name a
sitting on that same day (« pour la CALEOL du 10 décembre »), the clause is
part of the thing and read away, so the thing's words find that deadline.
Only when « quand » or « délai » is asked, and only a clause after other
words (« la commission du 10, c'est quand ? » still asks the sitting)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.understanding.meeting_nouns import SITTINGS
from handlers.understanding.normalise import fold
from handlers.understanding.venues import formation_words

__all__ = ["without_sitting_served"]

# « pour la commission du 10 », « pour le copil du 10 décembre »: the sitting a thing is for, by its day.
_MONTHS = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
_SERVED = re.compile(rf"\s+pour\s+(?:la|le|l')\s*([\w'-]+(?:\s+[\w'-]+)?)\s+du\s+(\d{{1,2}})(?:\s+(?:{_MONTHS}))?"
                     r"\s*(?=[,?]|c['’]\s*est\b|$)", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:quand|d[ée]lai)\b", re.IGNORECASE)


def without_sitting_served(text: str, deadlines: Iterable[str]) -> str:
    """`text` without « pour la <sitting> du <day> » when a deadline names a sitting on that day and the date is
    asked; else `text` as it was."""
    found = _SERVED.search(text)
    if found is None or found.start() == 0 or not _ASKED.search(text[found.end():]):
        return text
    noun = fold(found.group(1).casefold())
    if noun not in SITTINGS and noun not in formation_words():
        return text
    day = found.group(2)
    if not any(re.search(rf"\bpour (?:la|le|l) [\w -]+? du {day}\b", fold(d.casefold())) for d in deadlines):
        return text
    return text[:found.start()] + text[found.end():]
