"""A body's name typed whole, read in part: « les gens de la direction de la
qualité et des relations avec les usagers dans la commission ? ».

A long name is found by the closest phrase of a few words (entities._orgs:
a close phrase holds no more words than the search allows), so the reader
took « direction de la qualité et des relations avec » for the body and
left « les usagers » over: a topic word, with « la commission » a place,
which sent the question to an agenda point on the usagers' charter (the
lead's set 64). The words typed right after the span that go on with the
body's own name, word for word, are the body's too."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.world import plain

__all__ = ["name_goes_on"]

# Little words a name read on does not end on.
_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "et", "a", "au", "aux", "pour", "sur", "en", "avec"})


def name_goes_on(folded: Sequence[str], start: int, end: int, label: str) -> int:
    """The end of the span `folded[start:end]` stretched over the words after it that continue `label` (a body's
    name, the phrase's last word found in it once), else `end`."""
    name = plain(label).split()
    if end >= len(folded) or not name:
        return end
    last = folded[end - 1]
    places = [k for k, w in enumerate(name) if w == last]
    if len(places) != 1:
        return end
    k, stretched = places[0] + 1, end
    while stretched < len(folded) and k < len(name) and folded[stretched] == name[k]:
        stretched, k = stretched + 1, k + 1
    # A name read on ends on a word of its own, not on « de » (« la maison de l'emploi de Seraing » is not the one of
    # Liège stretched over « de »: the town typed after it says another body).
    while stretched > end and folded[stretched - 1] in _LINKS:
        stretched -= 1
    return stretched
