"""Whether a record says who acts: « Le Relais social coordonne les abris
de nuit » names a body of the group, « Un fonds d'aide à l'énergie est
créé » names nobody. « qui s'occupe de l'énergie ? » may be answered by a
decision only when the decision says who (else the answer is a list of
decisions that does not answer « qui »: a confident wrong answer)."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.understanding.world import World, name_words, plain
from storage.models import Member

__all__ = ["names_someone"]


def names_someone(texts: Iterable[str], members: list[Member]) -> bool:
    """True when one of `texts` names a member (by a word of their name) or
    one of the members' bodies (by a name, an acronym or an alias)."""
    aliases = World.build(members, []).org_aliases
    names = {w for m in members for w in name_words(m.name) if len(w) >= 3}
    for text in texts:
        words = plain(text).split()
        joined = f" {' '.join(words)} "
        if names & set(words) or any(f" {alias} " in joined for alias in aliases if len(alias) >= 3):
            return True
    return False
