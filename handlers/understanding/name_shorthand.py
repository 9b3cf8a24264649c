"""A word of a body's name that chat shorthand would write out.

« assos » is chat for « associations » (lexicon.toml [synonyms]), so
« c'est qui pour France Assos Santé ? » lost the body's name (« France
associations Santé ») and read as a charge (set 37a). A word capitalised
inside one of the group's bodies' names (not its first word: « Asso des
parents » may well be chat) that the shorthand rewrites is a word of that
name: typed capitalised, it stays as typed (normalise._read keeps a
capitalised word of the group's names), and the body is found. A word closing the name before the comma that opens its
description (« Fédé Dôm'Asso, fédération des associations étudiantes ») is
one as well: the comma is no part of the word (lead's set 65).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from handlers.understanding.normalise import fold

__all__ = ["shorthand_in_names"]


def shorthand_in_names(labels: Collection[str], synonyms: Mapping[str, str]) -> frozenset[str]:
    """The folded words capitalised after the first word of the body names `labels` that `synonyms` rewrite."""
    return frozenset(fold(word) for label in labels for word in re.split(r"[\s'’()/,;.-]+", label)[1:]
                     if len(word) >= 4 and word[:1].isupper() and fold(word) in synonyms)
