"""The words by which a member's role names the group itself (« présidente
de la plateforme », « secrétaire du partenariat »), read from lexicon.toml
(`group_bodies`) so that a new kind of group is a line of data; and the
levels of a school's classes a teacher's role names (« Enseignant de CE2 »,
`class_levels`), by which « il enseigne en quelle classe ? » is read on the
card (pipeline._on_card, the lead's set 88)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from handlers.understanding.world import plain

__all__ = ["class_levels", "group_bodies"]

HERE = Path(__file__).parent


@cache
def _listed(key: str) -> frozenset[str]:
    """The folded words of lexicon.toml's list `key`."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        return frozenset(plain(w) for w in tomllib.load(handle).get(key, []))


@cache  # called per word on the hot path (group_holders, presence_body): sorted once
def group_bodies() -> tuple[str, ...]:
    """The folded words (longest first, so a regular expression tries « task force » before « task »)."""
    return tuple(sorted(_listed("group_bodies"), key=len, reverse=True))


def class_levels() -> frozenset[str]:
    """The folded levels (« cp », « ce2 », « petite section »), as they stand in a folded role."""
    return _listed("class_levels")
