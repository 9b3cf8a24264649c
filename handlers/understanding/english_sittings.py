"""Project staff's English names of a sitting, read as the French the records
write: « la réu de kick-off c'était où ? », « le kick-off c'était quand ? »,
« on a décidé quoi au kick-off ? », « le debrief du workshop, il est dispo ? »,
« le workshop mobilité s'est tenu où ? » (blind set 37c, a PTCE's copil).

A kick-off is the launching sitting (« Comité de pilotage de lancement »,
« Réunion de lancement »); a workshop is an « atelier » (« Atelier mobilité
solidaire »). Left in English, the words were unknown: the meeting named by
them was not found (a place's word), and « lancement » alone drew the tasks
« Lancer … ». Written in French with the article that goes with it, the
message names the sitting as members who write French do (« la réunion de
lancement », « l'atelier mobilité »), which the readings of a meeting by
what its heading says already know (described_meeting.py).

« next CA ? », « next réu ? » (set 49b): « next » before a word is « prochain », put before the noun as French
puts it, so that the readings of the group's own sitting named with its order word know it (own_meetings.py);
the lexicon's « next » = « prochaine » came after them."""

from __future__ import annotations

import re

__all__ = ["english_sittings"]

_KICK = r"kick[- ]?off"
# (article as typed, its French with « réunion de lancement ») — longest first.
_KICKOFF = (
    (re.compile(rf"(?i)\b(?:la\s+)?(r[ée]u(?:nion)?|s[ée]ance|rencontre)\s+(?:de\s+|du\s+)?{_KICK}\b"),
     lambda m: f"la {m.group(1)} de lancement"),
    (re.compile(rf"(?i)\b(?:le|la)\s+{_KICK}\b"), lambda m: "la réunion de lancement"),
    (re.compile(rf"(?i)\bdu\s+{_KICK}\b"), lambda m: "de la réunion de lancement"),
    (re.compile(rf"(?i)\bau\s+{_KICK}\b"), lambda m: "à la réunion de lancement"),
    (re.compile(rf"(?i)\b{_KICK}\b"), lambda m: "réunion de lancement"),
)
_WORKSHOP = (
    (re.compile(r"(?i)\b(?:le|la)\s+workshop\b"), "l'atelier"),
    (re.compile(r"(?i)\bdu\s+workshop\b"), "de l'atelier"),
    (re.compile(r"(?i)\bau\s+workshop\b"), "à l'atelier"),
    (re.compile(r"(?i)\bworkshops\b"), "ateliers"),
    (re.compile(r"(?i)\bworkshop\b"), "atelier"),
)


# « next » opening the message, before the word it qualifies (« next CA ? », « next réu mardi ? »).
_NEXT = re.compile(r"(?i)^(\s*)next\s+(?=[^\W\d_])")


def english_sittings(text: str) -> str:
    """`text` with « kick-off » and « workshop » written as the French sitting they name, and « next » as
    « prochain »."""
    text = _NEXT.sub(lambda m: f"{m.group(1)}prochain ", text)
    for pattern, french in _KICKOFF:
        text = pattern.sub(french, text)
    for pattern, word in _WORKSHOP:
        text = pattern.sub(word, text)
    return text
