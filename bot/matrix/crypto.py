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

__all__ = ["ENCRYPTED_NOTICE", "ENCRYPTION_ENABLED", "UNDECRYPTABLE_NOTICE", "chores", "client_config", "store_path", "unreadable"]

log = logging.getLogger(__name__)

ENCRYPTED_NOTICE = (
    "Ce salon est chiffré de bout en bout : je ne peux pas lire les messages qui y sont écrits, "
    "donc je n'y répondrai pas. Utilisez un salon non chiffré pour parler au Greffier."
)
UNDECRYPTABLE_NOTICE = (
    "Je n'ai pas pu déchiffrer un message de ce salon : sa clé n'a pas été partagée avec mon appareil "
    "(message écrit avant mon arrivée, ou appareil pas encore connu). Renvoyez-le : les suivants me parviendront."
)


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


def unreadable(client: AsyncClient, event_id: str, room_id: str) -> tuple[str, str]:
    """(state name, notice) for an encrypted message the bot could not read."""
    if client.olm is None:
        return "encrypted-notice", ENCRYPTED_NOTICE
    # Encryption works, but this message's room key never reached the bot's device.
    log.warning("matrix: cannot decrypt %s in %s (no room key for this device)", event_id, room_id)
    return "undecryptable-notice", UNDECRYPTABLE_NOTICE
