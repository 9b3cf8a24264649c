"""A co-title asked is the co-title held.

The lexicon reads « coprésidente » as « présidente » and « copréside » as a
presidency (a co-presidency is a presidency: « qui préside ? » finds the
co-chairs too). But the prefix typed narrows the question: « c'est qui la
coprésidente ? » in a group where a member is « Présidente de l'association
locale » and another « Coprésidente du conseil de développement » asks the
second; the plain president of another body answered it (set 38c). When the
title was typed with « co » and some holders' roles write it with « co »
(« coprésident », « co-présidente »), those holders answer; otherwise the
holders stay as found.

A title asked is a word held, not the start of a longer one: « qui est le
syndic ? » in a copropriété where the syndic's manager is « Gestionnaire …,
syndic des bâtiments A, B et D » and a resident « Président du conseil
syndical » asks the first; the titles are matched by their opening letters
(« conseill » for « conseillère »), so « syndical » held « syndic » and the
resident answered (set 49c). When some holders write the typed title as a word
of its own (or in the feminine or plural) and others only open a longer word
with it, the first answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from handlers.understanding.normalise import Word, fold

__all__ = ["co_holders", "co_typed", "whole_title_holders"]

T = TypeVar("T")


def _co_form(word: str, stems: Sequence[str]) -> bool:
    """`word` (folded) is « co » (or « co- ») then one of the title's stems."""
    rest = word[2:].lstrip("-") if word.startswith("co") else ""
    # « copréside » of the stem « president »: the noun and the verb share their first six letters.
    return bool(rest) and any(len(s) >= 4 and (rest.startswith(s) or len(s) >= 6 and rest[:6] == s[:6]) for s in stems)


def co_typed(typed: Sequence[Word], stems: Sequence[str]) -> bool:
    """The title was typed with its « co » (« coprésidente », « copréside »), before the lexicon read it plain."""
    return any(_co_form(fold(w.typed or w.raw), stems) for w in typed)


def co_holders(typed: Sequence[Word], stems: Sequence[str], holders: list[T], role_of: Callable[[T], str]) -> list[T]:
    """The holders whose role writes the title with « co » when the question typed it so, else `holders`."""
    if not co_typed(typed, stems):
        return holders
    co = [m for m in holders if any(_co_form(w, stems) for w in fold(role_of(m)).replace(",", " ").split())]
    return co or holders


# Endings a title takes in the feminine or the plural (« syndique », « présidentes », « généraux »): the same title.
# « cheffe » of « chef » (the Swiss general set: a « Cheffe de projet » is a chef asked), « maîtresse » of « maître ».
_INFLECTIONS = ("", "e", "s", "es", "x", "ue", "ues", "ne", "nes", "le", "les", "fe", "fes", "sse", "sses")


def whole_title_holders(typed: Sequence[Word], holders: list[T], role_of: Callable[[T], str]) -> list[T]:
    """`holders` but those whose role only opens a longer word with the one word typed as a title (folded), when
    another's writes it as a word, inflected or not (« syndical » of « syndic »); a title held otherwise (« directrice »
    of « directeur », a Swiss syndic's « maire ») stays as the other readings found it."""
    if len(typed) != 1 or len(title := typed[0].folded) < 4:
        return holders
    forms = {title + ending for ending in _INFLECTIONS}

    def said(holder: T) -> list[str]:
        # « coprésidente » holds « présidente » (its word without « co » is tried too); « coordinatrice » stays whole.
        words = fold(role_of(holder)).replace(",", " ").split()
        return words + [w[2:].lstrip("-") for w in words if w.startswith("co")]

    def only_longer(holder: T) -> bool:
        words = said(holder)
        return not any(w in forms for w in words) and any(w.startswith(title) for w in words)

    if not any(any(w in forms for w in said(m)) for m in holders):
        return holders
    return [m for m in holders if not only_longer(m)] or holders
