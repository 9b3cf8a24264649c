"""End-to-end encryption for the Matrix adapter (matrix-nio's e2e extra).

matrix-nio 0.26's `e2e` extra runs on vodozemac (a wheel from PyPI: no
libolm, nothing to compile). With it installed and a key folder given
(`MatrixSettings.e2e_store`, by default `matrix-e2e/` in the data folder),
the bot keeps its device keys and room sessions there, decrypts what it is
sent in encrypted rooms and encrypts its answers. Devices are trusted on
first use, as bots commonly do: messages go to every device of the room's
members, verified or not (`ignore_unverified_devices`). Without the extra
(or the folder), encrypted rooms get a one-time notice instead.

Between syncs the client must upload its keys, fetch the keys of new
devices, claim one-time keys and send queued to-device messages (room keys
for other devices): `chores` does what nio's `sync_forever` would.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from nio import AsyncClient, AsyncClientConfig
from nio.crypto import ENCRYPTION_ENABLED

__all__ = ["ENCRYPTION_ENABLED", "chores", "client_config", "store_path"]

log = logging.getLogger(__name__)


def store_path(folder: Path | None) -> Path | None:
    """The key folder to use, created; None when encryption is unavailable or not asked for."""
    if folder is None or not ENCRYPTION_ENABLED:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)  # device and session keys: readable by the bot's user only
    return folder


def client_config(encrypted: bool) -> AsyncClientConfig:
    # nio's own retries off: the adapter decides (see adapter.py).
    return AsyncClientConfig(
        max_limit_exceeded=0, max_timeouts=0, store_sync_tokens=False, encryption_enabled=encrypted,
    )


async def chores(client: AsyncClient) -> None:
    """Key uploads, queries and claims, and queued to-device messages."""
    if client.olm is None:
        return
    responses: list[Any] = [await client.send_to_device_messages()] if client.outgoing_to_device_messages else []
    if client.should_upload_keys:
        responses.append(await client.keys_upload())
    if client.should_query_keys:
        responses.append(await client.keys_query())
    if client.should_claim_keys:
        responses.append(await client.keys_claim(client.get_users_for_key_claiming()))
    for resp in responses:
        for item in resp if isinstance(resp, list) else [resp]:
            if getattr(item, "status_code", None):
                log.warning("matrix: e2e key request failed (%s)", item.status_code)
