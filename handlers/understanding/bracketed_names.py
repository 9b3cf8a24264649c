"""A sitting's other name written in brackets after its heading: « Groupe de
travail jeunesse (réunion des animateurs), Centre social … ». Members say
either name (« le GT jeunesse », « la réunion des animateurs »): the bracket
is an alias of the formation when it opens with a meeting noun (« réunion »,
« rencontre », « comité » …), and it is no part of the formation's subject
(« le groupe jeunesse » still names it). A bracket of another kind
(« Atelier 2 (visio) », « Mairie (salle 3) ») stays what it was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.gathering_headings import gathering_heading
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity
from handlers.understanding.world import entity_data, plain
from storage.models import Meeting

__all__ = ["bracket_aliases", "bracketed_places", "named_in_brackets", "unbracketed"]

_BRACKET = re.compile(r"\(([^()]*)\)")


def unbracketed(segment: str) -> str:
    """`segment` without its bracketed parts (« Groupe de travail jeunesse (réunion des animateurs) » →
    « Groupe de travail jeunesse »)."""
    return " ".join(_BRACKET.sub(" ", segment).split())


def bracket_aliases(place: str) -> list[str]:
    """The other names (folded) that `place`'s heading gives its sitting in brackets, opening with a meeting noun."""
    heading = heading_of(place)
    nouns = set(entity_data()["meeting_nouns"])
    return [plain(inner) for inner in _BRACKET.findall(heading)
            if len(plain(inner).split()) >= 2 and plain(inner).split()[0] in nouns]


def named_in_brackets(key: str, meetings: Sequence[Meeting]) -> bool:
    """Whether the phrase `key` is the bracketed name of every one of these meetings (a formation, as « copil » is)."""
    return bool(meetings) and all(key in bracket_aliases(m.place) for m in meetings)


def bracketed_places(words: Sequence[Word], place_phrases: dict[str, list[Meeting]], taken: set[int]) -> list[Entity]:
    """The sittings named in the question by their bracketed name (« la réunion des animateurs »), found before
    roles are: « animateurs » there is the sitting's word, not a title asked for."""
    found: list[Entity] = []
    i = 0
    while i < len(words):
        hit = None
        for size in range(min(6, len(words) - i), 1, -1):
            span = range(i, i + size)
            if any(j in taken for j in span):
                continue
            key = " ".join(words[j].folded for j in span)
            # « Réunion des rapporteurs, … »: a heading naming whom the sitting gathers is such a name too.
            if key in place_phrases and (named_in_brackets(key, place_phrases[key])
                                         or gathering_heading(key, place_phrases[key])):
                # The meeting noun stays the question's own (« la réunion … » as in « la réunion à Hennebont »):
                # what follows it names which sitting, as a place does.
                tail = range(i + 1, i + size)
                hit = Entity("place", i + 1, i + size, " ".join(words[j].typed or words[j].raw for j in tail),
                             tuple(place_phrases[key]), extra={"bracketed": True})
                break
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.end
    return found
