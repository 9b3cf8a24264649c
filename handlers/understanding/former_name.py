"""A body named by its former name, said so: « qui représente l'ancienne
Fondation Abbé Pierre ? », « l'ex-ARS », « l'ancien Pôle emploi ». The store
knows the old name as an alias of the body (entities.toml), and the member
who says « ancienne » before it says only that the name has changed: the
word asks nothing of its own, where it read as an unknown topic word and
left the body's people unsure. Only right before a body the entities found
(« l'ancien président » still asks a former holder, which no record has)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["former_names"]

_FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-"})


def former_names(found: Sequence[Word], entities: Sequence[Entity]) -> set[int]:
    """The indices of « ancien(ne) », « ex » said just before a body's name."""
    starts = {e.start for e in entities if e.kind == "org"}
    return {i for i, w in enumerate(found) if w.folded in _FORMER and i + 1 in starts}
