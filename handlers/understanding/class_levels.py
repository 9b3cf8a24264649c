"""A school's classes by their level (« CP », « CE2 », « petite section »), as
a teacher's role names them (« Enseignant de CE2 »), read from lexicon.toml
(`class_levels`) so that another school system's levels are a line of data:
« Mathieu Gaucher il enseigne en quelle classe ? » asks what his card says
(pipeline._on_card, the lead's set 88)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from handlers.understanding.world import plain

__all__ = ["class_levels"]

HERE = Path(__file__).parent


@cache
def class_levels() -> tuple[str, ...]:
    """The folded levels, as they stand in a folded role."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        words = tomllib.load(handle).get("class_levels", [])
    return tuple(plain(w) for w in words)
