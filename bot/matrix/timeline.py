"""Which events of a synced room timeline the bot reads.

A timeline that Synapse truncated (`limited`) is completed from /messages,
so a burst of commands while the bot was down is not reduced to its last
`timeline_limit` messages; events from before the bot's own join were
written before it was there and are not answered.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from nio import AsyncClient, RoomMemberEvent, RoomMessagesResponse

__all__ = ["BACKFILL_PAGES", "backfill", "after_own_join"]

log = logging.getLogger(__name__)

# A truncated timeline is completed from /messages, up to this many pages.
BACKFILL_PAGES = 10

Retrying = Callable[[str, Callable[[], Awaitable[Any]]], Awaitable[Any]]


async def backfill(client: AsyncClient, retrying: Retrying, room_id: str, prev_batch: str, since: str) -> list[Any]:
    """What a truncated timeline left out since our last sync, oldest first."""
    found: list[Any] = []
    start = prev_batch
    for _ in range(BACKFILL_PAGES):
        resp = await retrying(
            "messages", lambda s=start: client.room_messages(room_id, start=s, end=since, limit=100)
        )
        if not isinstance(resp, RoomMessagesResponse):
            log.warning("matrix: cannot fetch the missed events of %s (%s)", room_id, resp.status_code)
            break
        found.extend(resp.chunk)
        if not resp.chunk or not resp.end or resp.end == start:
            break
        start = resp.end
    else:
        log.warning("matrix: more missed events in %s than fetched; the oldest are not answered", room_id)
    return list(reversed(found))


def after_own_join(events: list[Any], user_id: str) -> list[Any]:
    """The events after the bot's own (latest) join; all of them if it joined earlier.

    The state block precedes the timeline, so a join found only there
    precedes every event here."""
    start = 0
    for i, event in enumerate(events):
        if (
            isinstance(event, RoomMemberEvent) and event.state_key == user_id
            and event.membership == "join" and event.prev_membership != "join"
        ):
            start = i + 1
    return events[start:]
