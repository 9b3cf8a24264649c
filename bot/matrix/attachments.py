"""Files sent to the bot in Matrix rooms (`m.file`), for commands that take one.

A file reaches the router only when it carries a command as its caption:
since Matrix 1.10 a media event whose `body` differs from its `filename` has
`body` as caption (Element X writes it so). The file is downloaded (and
decrypted, in an encrypted room) only then, and only under
`bot.files.MAX_BYTES`.
"""

from __future__ import annotations

import logging
from typing import Any

from nio import AsyncClient, MemoryDownloadResponse, RoomEncryptedFile
from nio.crypto.attachments import decrypt_attachment

from bot import files
from handlers.messages import Reply

__all__ = ["caption", "fetch"]

log = logging.getLogger(__name__)


def caption(content: dict[str, Any]) -> str | None:
    """The caption of a file event, if it has one."""
    filename, body = content.get("filename"), content.get("body")
    if isinstance(filename, str) and isinstance(body, str) and body.strip() and body != filename:
        return body
    return None


async def fetch(client: AsyncClient, event: Any) -> tuple[str, bytes] | Reply:
    """(file name, bytes), or the French answer refusing the file."""
    content = event.source.get("content", {})
    name = str(content.get("filename") or "fichier")
    info = content.get("info") if isinstance(content.get("info"), dict) else {}
    size = info.get("size") if isinstance(info.get("size"), int) else 0
    if size > files.MAX_BYTES:
        return files.too_big(name, size)
    resp = await client.download(mxc=event.url)
    if not isinstance(resp, MemoryDownloadResponse):
        log.warning("matrix: cannot download %s (%s)", event.url, getattr(resp, "status_code", resp))
        return files.not_fetched(name)
    data = resp.body
    if isinstance(event, RoomEncryptedFile):
        data = decrypt_attachment(data, event.key["k"], event.hashes["sha256"], event.iv)
    if len(data) > files.MAX_BYTES:
        return files.too_big(name, len(data))
    return name, data
