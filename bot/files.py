"""Files people send to the bot, shared by the Telegram and Matrix adapters.

A file reaches the router only when its caption is a command (« /importer »
typed as the caption of a document in Telegram, or as the caption of an
`m.file` in Matrix): the router then sees the caption as the message's text
and the file as `Message.attachment`. Other files are chatter and never
downloaded. Files over `MAX_BYTES` are refused with a French answer instead
of being downloaded.
"""

from __future__ import annotations

from handlers.messages import Reply

__all__ = ["MAX_BYTES", "is_command", "not_fetched", "too_big"]

MAX_BYTES = 2 * 1024 * 1024  # member lists and minutes are far smaller


def is_command(caption: str) -> bool:
    text = caption.strip()
    return text[:1] in ("/", "!") and len(text) > 1 and not text[1].isspace()


def too_big(filename: str, size: int) -> Reply:
    megabytes = MAX_BYTES / (1024 * 1024)
    return Reply.of(
        f"Le fichier « {filename[:80]} » est trop volumineux ({size / (1024 * 1024):.1f} Mo) : "
        f"j'accepte {megabytes:.0f} Mo au plus.",
        "Rien n'a été importé. Envoyez un fichier plus petit, ou découpez-le.",
    )


def not_fetched(filename: str) -> Reply:
    return Reply.of(f"Je n'ai pas pu récupérer le fichier « {filename[:80]} ». Rien n'a été importé ; renvoyez-le.")
