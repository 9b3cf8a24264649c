"""A capitalised word that opens one of the group's names is that name cut short, no slip of a French word.

Members shorten first names (« Chris » for Christophe, « Gwen » for
Gwenaëlle, « Marie-Thé »); shortforms.nickname reads such a word as the
member, but only if the word reaches it as typed. Unknown to the lexicon,
« Chris » was first read as a slip of the chat shorthand « chais » (« je
sais »), one letter away: « Chris vient jeudi ? » became « je sais vient
jeudi » and listed everyone's announcements (set 38c). A word written as a
name (a capital, then lower case), of four letters or more, that opens a
longer word of the group's names (people, places, bodies) is kept as typed.
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["cut_name"]


def cut_name(raw: str, key: str, names: Collection[str]) -> bool:
    """`raw` (folded `key`) is written as a name and opens a longer word of `names` by two letters or more."""
    if len(key) < 4 or not key.isalpha() or not raw[:1].isupper() or not raw[1:].islower():
        return False
    return any(len(name) >= len(key) + 2 and name.startswith(key) for name in names)
