"""A surname made only of particles: « Le Du », « Le Bras » is not one, « Du Le » would be.

Names are matched word by word, particles (« le », « de », « du », « da »…)
skipped as glue before the word that says who (« Da Silva », « Mme de La
Tour »). A Breton surname such as « Le Du » is particles only: nothing
follows them, « M. Le Du a quoi à faire ? » found no member and was read as
the asker's own tasks (set 38c). The world indexes such a surname joined
(« ledu », world.py, as it does « Le Goff » typed « Legoff »); the run of
particles typed is looked up so, and its owners are who the words name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from handlers.understanding.normalise import Word

__all__ = ["PARTICLES", "particle_surname"]

PARTICLES = frozenset({"da", "de", "du", "des", "la", "le", "van", "von", "di", "dos", "das", "del", "d", "ben", "el", "al",
                       "ibn"})


def particle_surname(words: Sequence[Word], at: int, index: Mapping[str, Any]) -> tuple[str, int] | None:
    """The joined index key and the end of a run of two particles or more from `at` that is a whole surname of the
    index (« le du » → « ledu »), the longest such run; else None."""
    end = at
    while end < len(words) and words[end].folded in PARTICLES:
        end += 1
    for stop in range(end, at + 1, -1):
        joined = "".join(w.folded for w in words[at:stop])
        if joined in index:
            return joined, stop
    return None
