"""The secret address of a group's calendar feed.

One token per group, in the store (`calendar-token:<slug>`), made on first
demand and replaced by `/calendrier nouveau_lien`: whoever holds the old
address then gets a 404. The token is the only secret in the URL; the feed
compares it in constant time (see bot/calendar_feed.py).
"""

from __future__ import annotations

import logging
import secrets

from storage.store import Store
from storage.validation_state import state_problem

__all__ = ["feed_path", "feed_token", "rotate_token"]


log = logging.getLogger(__name__)


def _key(slug: str) -> str:
    return f"calendar-token:{slug}"


def feed_token(store: Store, slug: str, create: bool = True) -> str | None:
    """The group's token; made now if it has none and `create`."""
    with store.locked():
        token = store.get_state(_key(slug))
        if token is not None and state_problem(_key(slug), token) is not None:
            # Validated on load; a malformed one still never reaches a URL.
            log.warning("calendar token of %s malformed: %s", slug, "replaced" if create else "ignored")
            token = None
        if token is None and create:
            token = secrets.token_urlsafe(24)
            store.set_state(_key(slug), token)
    return token if isinstance(token, str) else None


def rotate_token(store: Store, slug: str) -> str:
    token = secrets.token_urlsafe(24)
    store.set_state(_key(slug), token)
    return token


def feed_path(slug: str, token: str) -> str:
    return f"/calendrier/{slug}/{token}.ics"
