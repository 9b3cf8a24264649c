"""A meeting named by the body that hosted it, in other words than its place
writes: « la réunion chez l'office HLM, c'était quand ? » when the place
says « siège d'Orvitis, Dijon » and the members' list « Orvitis, office
public de l'habitat de la Côte-d'Or » (blind set 34a).

The body is found by the readings of bodies (its kind, its acronym, an old
name), the meeting is not: the places write the body's own name, which the
member did not say. After a meeting noun and « chez », « à », « au » or
« aux », each body the words may stand for is tried by its own name (what
comes before a comma, « Orvitis »): when one meeting's place and no other's
holds every word of it, the message is read again with « la réunion du
22 septembre 2026 » in place of the description. Two meetings at that body,
or none, leave the message as it was; a place the readings found already
is theirs (« la réunion à la sous-préf »)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.described_meeting import named_meeting
from handlers.understanding.normalise import fold
from handlers.understanding.pipeline import Understanding
from storage.models import Meeting

__all__ = ["hosted_meeting"]

_NOUNS = frozenset({"reunion", "seance", "rencontre", "fois", "reu"})
_LINKS = frozenset({"chez", "a", "au", "aux", "avec"})
_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _LITTLE}


_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _loose(folded: str) -> str:
    """A pattern of the folded word as it may be typed, accents or not (« seance » finds « séance »)."""
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in folded)


def hosted_meeting(u: Understanding, meetings: Sequence[Meeting]) -> str | None:
    """`u`'s message with « la réunion chez l'office HLM » read as the one meeting held at that body, else None."""
    if any(e.kind == "place" for e in u.entities):
        return None
    for body in (e for e in u.entities if e.kind == "org"):
        link = body.start - 1 - (body.start > 1 and u.words[body.start - 1].folded in ("l", "la", "le", "les"))
        noun = next((i for i in range(link - 1, max(link - 3, -1), -1) if u.words[i].folded in _NOUNS), None)
        if link < 1 or u.words[link].folded not in _LINKS or noun is None:
            continue
        # « la réunion avec la direction de région »: the body's words as typed, when the heading writes them (« … avec
        # la direction de région, Maison relais ») and not the body's own name (the lead's set 77).
        typed = " ".join(w.folded for w in u.words[body.start:body.end])
        held = {id(m): m for name in [*body.label.split(" / "), typed] if (own := _words(name.split(",")[0]))
                for m in meetings if m.status != "cancelled" and own <= _words(m.place)}
        if len(held) != 1:
            continue
        # The words from the noun's article to the body, as typed (« la réunion chez l'office HLM »).
        first = noun - 1 if noun and u.words[noun - 1].folded in ("la", "cette", "le") else noun
        said = r"\W+".join(_loose(w.folded) for w in u.words[first:body.end])
        found = re.search(said, u.text, flags=re.IGNORECASE)
        if found is not None:
            return u.text[:found.start()] + named_meeting(next(iter(held.values()))) + u.text[found.end():]
    return None
