"""The group's own name before a relative clause that says which of its
sittings is meant: « la CDU qui adopte le rapport annuel c'est quand ? »,
« le CLS où on a voté les fiches actions, c'était quand ? ».

A group called by its kind (own_group.py) calls each of its sittings by it
(own_meetings.py: « la prochaine CDU »). Followed by « qui » or « où » and a
clause, the name is the sitting that clause describes, as « la séance qui
adopte le rapport annuel » is (described_meeting.py, which finds it only
after a sitting's noun): the name is read « la réunion » there. The
clause still has to be said by one sitting's agenda or place alone, or
nothing changes (« la CDU qui s'occupe des plaintes » finds no sitting and
stays the group's). « ou » is « où » unaccented only before a subject
(« la CDU ou on vote … »), never the conjunction (« la CDU ou la
direction »).

So too a record of a sitting asked « du <name> sur … » (« le cr du cvs sur le
rapport d'activité », the lead's set 79): the record is of one sitting, the
one « sur … » says, read « de la réunion sur … ». Only after a record's noun:
« qu'a décidé le cvs sur les visites ? » asks the group's decisions on a
subject, no sitting."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["own_relative_as_meeting"]

# The records kept of one sitting (« le cr », « le PV », « l'odj »).
_RECORD = r"(?:cr|compte[\s-]rendu|pv|proc[èe]s[\s-]verbal|odj|ordre\s+du\s+jour)"

# « qui », « où », or « ou » typed without its accent before a subject pronoun.
_RELATIVE = r"(?:qui|où|ou(?=\s+(?:on|l'on|l’on|nous|vous|il|elle|ils|elles|se|s'|s’)\b))"


def own_relative_as_meeting(text: str, names: Iterable[str]) -> str:
    """`text` with « la <group's one-word name> qui/où … » read « la réunion qui/où … », and « le cr du <name>
    sur … » read « le cr de la réunion sur … »."""
    for name in names:
        if " " in name or len(name) < 2:
            continue  # a name spelled out (« commission des usagers qui … ») is the body asked of as often
        text = re.sub(rf"(?i)\b(?:la|le|l')\s*{re.escape(name)}\s+(?={_RELATIVE}\s)", "la réunion ", text)
        text = re.sub(rf"(?i)\b({_RECORD})\s+du\s+{re.escape(name)}\s+(?=sur\s)", r"\1 de la réunion ", text)
    return text
