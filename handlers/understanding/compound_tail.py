"""A charge's word is no tail of a hyphenated compound: « le représentant des
officiers volontaires » is the officers', not the « représentante élue des
sous-officiers volontaires » (lead's set 78). Words are compared as stems, so
« officiers » finds « sous-officiers » and both roles hold every word of the
charge; the role saying the word on its own is the one asked, when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold
from storage.models import Member

__all__ = ["outside_compounds"]


def _compounded(word: str, role: str) -> bool:
    """`word` (folded) appears in folded `role` only as the tail of a compound (« sous-officiers »)."""
    alone = re.search(rf"(?<![\w-]){re.escape(word)}", role)
    return alone is None and re.search(rf"\w-{re.escape(word)}", role) is not None


def outside_compounds(topic: Sequence[Word], found: list[Member]) -> list[Member]:
    """`found` without the members whose role holds a word of `topic` only inside a compound, when others hold
    every word on its own; else `found` as it is."""
    words = [w.folded for w in topic if len(w.folded) > 3]
    kept = [m for m in found if not any(_compounded(w, fold(m.role or "")) for w in words)]
    return kept if kept and len(kept) < len(found) else found
