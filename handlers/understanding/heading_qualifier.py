"""The group's sittings named by the qualifier of their heading: « la
prochaine coordination », « la coordination du 19 janvier se tient où ? »,
« la dernière coordination s'est-elle tenue à l'hôtel de ville ? ».

When the coordinator heads the places of several meetings « Réunion de
coordination, … » (« Réunion de suivi », « Séance de concertation »),
members drop the plain noun and call each sitting by what qualifies it, as
Belgian and French staff say « la coordination », « la concertation ». Read
alone, the qualifier is a topic: it drew the decision that writes « la
réunion de coordination se tient une fois par mois » (« se tient où ? »),
or the meeting by place where the last one was asked. It names one sitting
only where one is picked: after an order word or an article of one among
several (« la prochaine », « la dernière », « cette », « chaque »), or before
the day that says which (« la coordination du 10/12 », « … de janvier »,
« … de jeudi », « … de la semaine prochaine »). There the heading is written whole (« la réunion de
coordination »), which the readings already know. « qui assure la
coordination ? », « la coordination de la plateforme » name a charge and
stay as typed; a qualifier that is itself a sitting's noun (« réunion de
bureau ») or heads a single meeting is left to the rules that read those.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.meeting_nouns import FORMATIONS, PLAIN, SITTINGS, SITTING_BODIES, heading_of
from handlers.understanding.normalise import fold
from handlers.understanding.periods import MONTHS
from handlers.understanding.world import plain

__all__ = ["qualifier_as_meeting"]

_OF = frozenset({"de", "d"})
# Words before the qualifier that pick one sitting, and their feminine form (« réunion » is feminine).
_PICKING = {"prochain": "prochaine", "prochaine": "prochaine", "dernier": "dernière", "derniere": "dernière",
            "precedent": "précédente", "precedente": "précédente", "suivant": "suivante", "suivante": "suivante",
            "premier": "première", "premiere": "première", "deuxieme": "deuxième", "seconde": "seconde",
            "cette": "cette", "ce": "cette", "chaque": "chaque", "une": "une", "prochaines": "prochaines",
            "dernieres": "dernières"}
_ARTICLES = frozenset({"la", "le", "l"})
# What says the day after « du / de / d' »: a number (« du 10/12 »), a month, a weekday, « ce » (« de ce jeudi »),
# « la semaine … » (« de la semaine prochaine »).
_DAY_WORDS = frozenset({fold(m) for m in MONTHS} | set(WEEKDAYS) | {"ce", "cette"})
_WORD = re.compile(r"\w+")


def _qualifiers(places: Iterable[str]) -> frozenset[str]:
    """The one-word qualifiers heading two meetings or more as « <plain noun> de <qualifier> »."""
    counted: Counter[str] = Counter()
    for place in places:
        heading = plain(heading_of(place)).split()
        if len(heading) == 3 and heading[0] in PLAIN and heading[1] in _OF:
            counted[heading[2]] += 1
    return frozenset(q for q, n in counted.items() if n >= 2 and q not in SITTINGS | FORMATIONS | SITTING_BODIES)


def _dated(folded: list[str], i: int) -> bool:
    """The words after the qualifier at `i` say which day (« du 10/12 », « de janvier », « de jeudi »)."""
    if i + 2 >= len(folded) or folded[i + 1] not in _OF | {"du"}:
        return False
    following = folded[i + 2]
    # « la coordination de la semaine prochaine »: the week said of it
    return following.isdigit() or following in _DAY_WORDS or folded[i + 2:i + 4] == ["la", "semaine"]


def qualifier_as_meeting(text: str, places: Iterable[str]) -> str:
    """`text` with each heading qualifier that picks one sitting written as the whole heading (« réunion de X »)."""
    qualifiers = _qualifiers(places)
    if not qualifiers:
        return text
    spans = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    folded = [f for _, _, f in spans]
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) over `text`
    for i, word in enumerate(folded):
        if word not in qualifiers or i == 0:
            continue
        before = folded[i - 1]
        if before in _OF and i >= 2 and folded[i - 2] in PLAIN:
            continue  # « la réunion de coordination »: written whole already
        if before in _PICKING:
            start, end, _ = spans[i - 1]
            edits.append((start, end, _PICKING[before]))
            if i >= 2 and folded[i - 2] == "le":
                edits.append((spans[i - 2][0], spans[i - 2][1], "la"))  # « le prochain » -> « la prochaine »
            edits.append((spans[i][0], spans[i][0], "réunion de "))
        elif before in _ARTICLES and _dated(folded, i):
            if before == "le":
                edits.append((spans[i - 1][0], spans[i - 1][1], "la"))
            elif before == "l":
                edits.append((spans[i - 1][0], spans[i][0], "la "))  # « l'évaluation du 10 » -> « la réunion d'… »
            edits.append((spans[i][0], spans[i][0], "réunion de "))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
