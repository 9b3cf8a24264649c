"""The group's World (members, bodies, places, roles ready for matching),
built once per state of the store rather than once per question.

Building it reads every member and meeting and derives the bodies' aliases,
acronyms and role titles: about 0.1–0.2 s at 1,000 members
(`python bench/questions_report.py`), paid again by every question before.
It depends only on the members, the meetings and the group's name, so it is
kept in `Store.derived` with the store's version of those tables (the way
the group's .ics is, handlers/calendar_ics.py) and rebuilt when one changes.
Each question gets its own shallow copy, since the answer sets the
question's records on it."""

from __future__ import annotations

import copy

from handlers.context import Context
from handlers.understanding.world import World

__all__ = ["group_world"]

# The tables World.build reads (occurrences: the meetings of a series).
_TABLES = ("members", "meetings", "occurrences")


def group_world(ctx: Context) -> World:
    """The World of the context's group, for one question."""
    data = ctx.data
    name = ctx.group.name if ctx.group else ""
    version = ctx.store.version(*_TABLES)
    key = (version, name)
    cache = ctx.store.derived.setdefault("world", {})
    slug = ctx.group.slug if ctx.group else ""
    kept = cache.get(slug)
    if version is not None and kept is not None and kept[0] == key:
        return copy.copy(kept[1])  # type: ignore[no-any-return]
    world = World.build(data.members(), data.meetings(), name)
    cache[slug] = (key, world)
    return copy.copy(world)
