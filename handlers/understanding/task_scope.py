"""Whose tasks a question asks for when it names nobody: « mes tâches ? »,
« qu'est-ce que je dois faire ? » ask for the sender's own; « qui doit
faire quoi ? », « les tâches du groupe ? », « quelles sont les tâches en
cours ? », « les prochaines étapes ? » ask for the group's open tasks, which
a member without tasks of their own would otherwise never be shown."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["asks_own"]

# The first person singular, as typed and folded (« qu'ai-je », « j'ai », « m'incombe », « de moi »).
_MINE = frozenset({"je", "j", "me", "m", "moi", "mes", "mon", "ma", "ai", "dois", "jdois", "jai"})


def asks_own(found: Sequence[Word]) -> bool:
    """The question speaks of the sender (« je », « mes », « moi »)."""
    return any(w.folded in _MINE for w in found)
