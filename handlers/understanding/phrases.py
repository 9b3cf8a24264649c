"""Chat shorthand of several words, read before word-by-word shorthand
(lexicon.toml, [shorthand_phrases]): « la com com » is the communauté de
communes, not twice « communication »; « le pdt » is a président, while
« pdt » alone stays « pendant »; « la déc n°3 » is a decision, while
« le 3 déc » stays December. Initials typed in capitals that would read
as a little word in lower case are written out ([capital_shorthand]:
« le CA du PLIE » is its conseil d'administration, « ça » stays « ça »; « le prochain ca » in lower case too, after a
word ordering sittings). A phrase is matched on folded typed words,
whole, so a word is only read otherwise beside the words that say so. A word cut short before a number
([before_number]: « les art 60 », « l'art. 27 ») is read whole only there: « l'art » alone stays art."""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from functools import cache

from handlers.understanding.normalise import HERE, fold
from handlers.understanding.sitting_headings import headed_kind
from handlers.understanding.sitting_order import LEMMAS

__all__ = ["read_phrases", "shorthand_capitals"]


@cache
def _table() -> dict[tuple[str, ...], list[str]]:
    """Folded typed words -> the words they are read as."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle)
    # The meeting nouns' names in several words (« comité technique », [meeting_nouns.phrases]) are read the same way.
    raw = {**table.get("meeting_nouns", {}).get("phrases", {}), **table.get("shorthand_phrases", {})}
    return {tuple(fold(k).split()): v.split() for k, v in raw.items()}


@cache
def _capitals() -> dict[str, list[str]]:
    """Initials typed in capitals that are a little word in lower case (« le CA » is no « ça »)."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        raw = tomllib.load(handle).get("capital_shorthand", {})
    return {k: v.replace("'", "' ").split() for k, v in raw.items()}


@cache
def shorthand_capitals() -> frozenset[str]:
    """The folded initials capital_shorthand writes out (« ca », « cs »)."""
    return frozenset(fold(k) for k in _capitals())


# Words ordering sittings, after which a lower-case « ca » is the conseil d'administration.
# Folded as typed: the masculine singular (« la prochaine ca » is no such slip).
_ORDERING = LEMMAS


@cache
def _before_number() -> dict[str, str]:
    """Words cut short that are read whole only before a number (« art 60 » is an article)."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return tomllib.load(handle).get("before_number", {})


def _acronym(word: str) -> bool:
    """`word` is written as initials in capitals (« OPAH », « PLU »)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def read_phrases(typed: list[str], capitals: bool = True, headings: Collection[str] = (),
                 bodies: Collection[str] = ()) -> list[str]:
    """`typed` (a message's words as typed) with the shorthand phrases read out; with `capitals`
    (the message is not all in capitals), the initials of capital_shorthand too, unless they are a group's body's
    (`bodies`, folded initials). A phrase naming a kind of sitting that the group's meeting `headings` hold (folded,
    sitting_headings.py) stays as typed."""
    if capitals:
        # « l'OPAH-CD », « le PLU CD »: initials right after another acronym qualify it (an OPAH « copropriété
        # dégradée »), no conseil départemental of their own (set 49c).
        # « qui préside le CS ? » in a copropriété whose « Conseil syndical des … » is a body: its initials, no centre
        # social (set 49c).
        typed = [part for k, w in enumerate(typed)
                 for part in ([w] if k and _acronym(typed[k - 1]) or fold(w) in bodies else _capitals().get(w, [w]))]
    # « date du prochain ca ? »: the CA typed in lower case right after a word ordering sittings, where the pronoun
    # never stands; a typed « ça » stays the pronoun (« le prochain ça commence à quelle heure ? »; lead's set 93).
    typed = [part for k, w in enumerate(typed)
             for part in (_capitals().get("CA", [w]) if w in ("ca", "CA") and k and fold(typed[k - 1]) in _ORDERING
                          else [w])]
    cut = _before_number()
    typed = [cut.get(fold(w), w) if k + 1 < len(typed) and typed[k + 1].isdigit() else w for k, w in enumerate(typed)]
    table = _table()
    longest = max((len(k) for k in table), default=0)
    out: list[str] = []
    i = 0
    while i < len(typed):
        for size in range(min(longest, len(typed) - i), 1, -1):
            meant = table.get(tuple(fold(w) for w in typed[i:i + size]))
            if meant is not None and not headed_kind(typed[i:i + size], meant, headings):
                out.extend(meant)
                i += size
                break
        else:
            out.append(typed[i])
            i += 1
    return out
