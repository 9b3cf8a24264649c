"""The nouns a group calls its sittings by, ONE vocabulary for every module
(lexicon.toml [meeting_nouns]): the plain nouns (« réunion », « séance »,
« rencontre »), their chat forms and slips (« réu », « rdv »), the
formations that only name a sitting (« plénière », « copil », « AG ») and
the bodies named for their sittings (« le prochain bureau », « le CA de
mars »), which also name the body itself and so are asked for apart.

Modules used to keep their own lists, each a different subset; a noun a
reader adds here is now known to all of them. A caller takes the kinds it
needs (`nouns("plain", "chat")`), with the plurals when the words it
checks are folded as typed (`plural=True`)."""

from __future__ import annotations

import tomllib
from functools import cache

from handlers.understanding.normalise import HERE, fold

__all__ = ["FORMATIONS", "PLAIN", "SITTING_BODIES", "SITTINGS", "nouns"]

_KINDS = ("plain", "chat", "formations", "sitting_bodies")


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
