"""The nouns a group calls its sittings by, ONE vocabulary for every module
(lexicon.toml [meeting_nouns]): the plain nouns (« réunion », « séance »,
« rencontre »), their chat forms and slips (« réu », « rdv »), the
formations that only name a sitting (« plénière », « copil », « AG ») and
the bodies named for their sittings (« le prochain bureau », « le CA de
mars »), which also name the body itself and so are asked for apart:
such a body is read as a sitting only where the words say one occurrence
is meant (`sitting_words`: after an order word, or dated by a month or a
day), as « le renouvellement du bureau » stays the body.

Modules used to keep their own lists, each a different subset; a noun a
reader adds here is now known to all of them. A caller takes the kinds it
needs (`nouns("plain", "chat")`), with the plurals when the words it
checks are folded as typed (`plural=True`)."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, fold
from handlers.understanding.sitting_order import FIRST, FOLLOWING, PREVIOUS, RELATIVE, SINGULAR

__all__ = ["FORMATIONS", "PLAIN", "SITTING_BODIES", "SITTINGS", "heading_of", "nouns", "sitting_words"]

_KINDS = ("plain", "chat", "formations", "sitting_bodies")


def heading_of(place: str, colon: bool = False) -> str:
    """A sitting's heading: its place before the first comma (« Comité plénier » of « Comité plénier,
    salle B »), with `colon` before the first colon as well (« Commission des usagers » of « Commission des
    usagers : bilan », where what follows the colon is what the sitting discussed). ONE definition for the
    readers that name a sitting by its heading, which used to cut the place each in its own line."""
    cut = place.split(",")[0]
    return cut.split(":")[0] if colon else cut


def _plural(word: str) -> str:
    """The plural of one noun as written: an abbreviation in capitals keeps its form (« les AG », « les
    RDV »), so does a noun ending in s, x or z; « bureau » takes an x, the others an s (« réus »)."""
    if word.isupper() or word.endswith(("s", "x", "z")):
        return word
    return word + ("x" if word.endswith("eau") else "s")


@cache
def _table(plural: bool) -> dict[str, frozenset[str]]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        raw = tomllib.load(handle)["meeting_nouns"]
    return {kind: frozenset(fold(w.casefold()) for written in raw.get(kind, [])
                            for w in ((written, _plural(written)) if plural else (written,)))
            for kind in _KINDS}


def nouns(*kinds: str, plural: bool = False) -> frozenset[str]:
    """The folded nouns of the `kinds` named (plain, chat, formations, sitting_bodies), with their
    plurals when `plural`."""
    table = _table(plural)
    return frozenset().union(*(table[kind] for kind in kinds))


PLAIN = nouns("plain")
SITTINGS = nouns("plain", "chat")  # a sitting by its plain noun or a chat form of it
FORMATIONS = nouns("formations")
SITTING_BODIES = nouns("sitting_bodies")


# Order words that pick one sitting of a body (« le prochain bureau », « au dernier CA »).
_ORDER = RELATIVE | FIRST & SINGULAR
# « le CA » is written out as « conseil d'administration » (phrases.py): the sitting is the three words.
_WRITTEN_OUT = {"conseil": ("d", "administration"), "conseils": ("d", "administration")}


def _dated(folded: list[str], i: int) -> bool:
    """« de mars », « du 10 », « de janvier à Andenne »: a month or a day after the body."""
    from handlers.understanding.periods import month_of  # periods reads the lexicon this module shares

    return (i + 1 < len(folded) and folded[i] in ("de", "du", "d")
            and (month_of(folded[i + 1]) is not None or folded[i] == "du" and folded[i + 1].isdigit()))


# « la commission précédente », « le bureau suivant »: the order word placed after the body picks one sitting too.
_ORDER_AFTER = PREVIOUS | FOLLOWING
# « les task forces à venir », « une commission avant Noël »: the body's sittings placed in time.
_TIMED = (("a", "venir"), ("avant",))


def _timed(folded: list[str], i: int) -> bool:
    """The words from `i` place the body's sittings in time (« à venir », « avant Noël »)."""
    return any(tuple(folded[i:i + len(cue)]) == cue for cue in _TIMED) and i + 1 < len(folded)


def sitting_words(folded: list[str]) -> dict[int, str]:
    """Among a message's folded words, the bodies named for their sittings that stand for one sitting
    (« le prochain bureau », « le dernier CA », « la commission de mars », « la commission précédente », « les TF à
    venir ») -> the word they are read as
    (« réunion », « réunions »), and « "" » for the words of « conseil d'administration » after the first.
    « comité » is read « réunion » anywhere (lexicon.toml [synonyms])."""
    bodies = nouns("sitting_bodies", plural=True) - nouns("plain", "chat", "formations", plural=True)
    found: dict[int, str] = {}
    for i, word in enumerate(folded):
        if word not in bodies:
            continue
        tail = _WRITTEN_OUT.get(word, ())
        end = i + 1 + len(tail) if tuple(w.strip("'") for w in folded[i + 1:i + 1 + len(tail)]) == tail else i + 1
        bare = [w.strip("'") for w in folded]
        if (i > 0 and folded[i - 1] in _ORDER or _dated(bare, end) or _timed(bare, end)
                or end < len(folded) and folded[end] in _ORDER_AFTER):
            # « les prochains CA »: the plural an abbreviation does not show, the order word does.
            plural = word.endswith(("s", "x")) or i > 0 and folded[i - 1] in _ORDER and folded[i - 1].endswith("s")
            found[i] = "réunions" if plural else "réunion"
            found.update({j: "" for j in range(i + 1, end)})
    return found
