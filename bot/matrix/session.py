"""The Matrix adapter's start-up: logging in and joining the configured rooms.

Both wait for the homeserver rather than fail: a bot started before its
homeserver (a reboot, a container order) logs in once the server answers.
Only a refusal (a bad token, a wrong password) stops the start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from nio import AsyncClient, InviteMemberEvent, JoinError, LoginResponse, RoomResolveAliasResponse, WhoamiResponse

from bot.config import GroupConfig
from bot.matrix.config import MatrixSettings
from bot.matrix.events import may_invite
from bot.matrix.send import TRANSIENT, MatrixLoginError

__all__ = ["accept_invite", "join_configured", "login", "retrying"]

log = logging.getLogger(__name__)


async def retrying(settings: MatrixSettings, what: str, call: Callable[[], Awaitable[Any]]) -> Any:
    """Await `call()` until the homeserver answers, backing off."""
    delay = settings.backoff_initial
    while True:
        try:
            return await call()
        except TRANSIENT as exc:
            log.warning("matrix: %s failed (%s); retrying in %.0fs", what, type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, settings.backoff_max)


async def login(client: AsyncClient, settings: MatrixSettings) -> None:
    """Log in with the configured token (checked against the user id) or password."""
    if settings.access_token:
        client.access_token = settings.access_token
        who = await retrying(settings, "whoami", client.whoami)
        if not isinstance(who, WhoamiResponse):
            raise MatrixLoginError(f"jeton Matrix refusé par {settings.homeserver} ({who.status_code})")
        if who.user_id != settings.user_id:
            raise MatrixLoginError(f"le jeton Matrix est celui de {who.user_id}, pas de {settings.user_id}")
        client.user_id = who.user_id
        if who.device_id:
            # Loads this device's keys from the key folder (e2e), if there is one.
            client.restore_login(who.user_id, who.device_id, settings.access_token)
    else:
        # The caller passed the stored device id to the client, so restarts do not pile up sessions.
        resp = await retrying(settings, "login", lambda: client.login(settings.password, settings.device_name))
        if not isinstance(resp, LoginResponse):
            raise MatrixLoginError(f"connexion Matrix refusée par {settings.homeserver} ({resp.status_code})")


async def join_configured(
    client: AsyncClient, settings: MatrixSettings, groups: tuple[GroupConfig, ...] | list[GroupConfig]
) -> dict[str, str]:
    """Resolve configured aliases and join configured rooms; returns room id -> alias.

    A room that cannot be resolved or joined is logged and left out: the
    other groups' rooms still work."""
    alias_of: dict[str, str] = {}
    for group in groups:
        for chat in group.chats.get("matrix", ()):
            room_id = chat
            if chat.startswith("#"):
                resp = await retrying(settings, "alias", lambda c=chat: client.room_resolve_alias(c))
                if not isinstance(resp, RoomResolveAliasResponse):
                    log.error("matrix: alias %s of group %s cannot be resolved", chat, group.slug)
                    continue
                room_id = resp.room_id
                alias_of[room_id] = chat
            resp = await retrying(settings, "join", lambda r=room_id: client.join(r))
            if isinstance(resp, JoinError):
                log.error("matrix: cannot join %s of group %s (%s)", chat, group.slug, resp.status_code)
    return alias_of


async def accept_invite(client: AsyncClient, settings: MatrixSettings, room_id: str, invite_state: list[Any]) -> None:
    """Join a room the bot is invited to, if the inviter is allowed (`allowed_inviters`, `allowed_servers`)."""
    for event in invite_state:
        if (
            isinstance(event, InviteMemberEvent) and event.state_key == client.user_id
            and event.membership == "invite"
        ):
            if may_invite(event.sender, settings.allowed_inviters, settings.allowed_servers):
                log.info("matrix: joining %s on %s's invitation", room_id, event.sender)
                resp = await retrying(settings, "join", lambda: client.join(room_id))
                if isinstance(resp, JoinError):
                    log.error("matrix: cannot join %s (%s)", room_id, resp.status_code)
            else:
                log.info("matrix: invitation to %s from %s ignored (not allowed)", room_id, event.sender)
            return
