"""Short forms members type in chat for what the group's store names in
full: a first name's opening (« Gwen » for Gwenaëlle, « Nico » for
Nicolas), a venue's word cut short (« visio » for Visioconférence), and the
check that keeps a close spelling of a name from taking a word that names a
body or a place (« Castellane » is not Castellani)."""

from __future__ import annotations

import simplemma

from handlers.understanding.normalise import Word
from handlers.understanding.world import World

__all__ = ["names_elsewhere", "nickname", "truncated"]


def nickname(word: Word, world: World) -> str | None:
    """The one member's name that a short form opens (« Gwen » for Gwenaëlle, « Nico »
    for Nicolas), for a word no dictionary knows."""
    folded = word.folded
    # Three letters only when written as a name (« Seb »): « pat » is the PAT, « ess » the ESS.
    short = len(folded) < 4 and not (len(folded) == 3 and word.raw[:1].isupper() and not word.raw.isupper())
    if short or not folded.isalpha() or simplemma.is_known(folded, lang="fr"):
        return None
    longer = [k for k in world.name_index if k.startswith(folded) and len(k) >= len(folded) + 2]
    owners = {id(m) for k in longer for m in world.name_index[k]}
    return longer[0] if len(owners) == 1 else None


def names_elsewhere(word: str, world: World) -> bool:
    """`word` is itself a meeting place's word or a body's one-word alias."""
    return word in world.places or word in world.org_aliases


def truncated(word: str, world: World) -> str | None:
    """The one place word `word` shortens (« visio » for Visioconférence), if
    `word` is the exact place word or its first five letters or more."""
    if word in world.places:
        return word
    if len(word) < 5:
        return None
    longer = [p for p in world.places if p.startswith(word) and len(p) >= len(word) + 3]
    return longer[0] if len(longer) == 1 else None
