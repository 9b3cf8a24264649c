"""An acronym typed for words a sitting's heading writes whole: « le REX de
l'exercice PPI c'était quand ? », « t'as le CR du REX de l'exercice PPI ? »
where the sitting is headed « Retour d'expérience de l'exercice du plan
particulier d'intervention, salle polyvalente … » (the lead's set 72).

The heading's words were found up to « exercice » and « PPI » was left
over, a topic no sitting holds: the question stayed unsure. An acronym read
one way by everyone in the field (lexicon.toml, [spelled_out]), typed in
capitals, is written whole when a sitting's heading holds what it stands
for and no heading writes the letters themselves; the group's bodies keep
their letters (« le CCAS » stays the body)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from handlers.understanding.normalise import fold
from handlers.understanding.spelled_out import meanings

__all__ = ["headings_spelled"]

# Letters in capitals, alone (« PPI », not « Ppi » nor the « PPI » of « PPI-2 »).
_LETTERS = re.compile(r"(?<![\w'’-])([A-ZÉÈ]{2,6})(?![\w'’-])")


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def headings_spelled(text: str, headings: Sequence[str], bodies: Collection[str]) -> str:
    """`text` with each known acronym a sitting's heading spells out written as the heading writes it; `bodies`
    are the folded names and aliases of the group's bodies, whose letters stay."""
    plain_headings = [f" {_plain(h)} " for h in headings if h]

    def spell(m: re.Match[str]) -> str:
        letters = fold(m.group(1))
        meaning = meanings().get(letters)
        if meaning is None or letters in bodies or any(f" {letters} " in h for h in plain_headings):
            return m.group(0)
        return meaning if any(f" {_plain(meaning)} " in h for h in plain_headings) else m.group(0)

    return _LETTERS.sub(spell, text)
