"""The words by which a member's role names the group itself (« présidente
de la plateforme », « secrétaire du partenariat »), read from lexicon.toml
(`group_bodies`) so that a new kind of group is a line of data."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from handlers.understanding.world import plain

__all__ = ["group_bodies"]

HERE = Path(__file__).parent


@cache
def group_bodies() -> tuple[str, ...]:
    """The folded words (longest first, so a regular expression tries « task force » before « task »)."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        words = tomllib.load(handle).get("group_bodies", [])
    return tuple(sorted({plain(w) for w in words}, key=len, reverse=True))
