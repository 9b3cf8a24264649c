"""The words that address the bot, removed before understanding.

A mention anywhere (`qui représente Sceaux @GreffierBot ?`) and the bot's
name at the start (`Greffier, qui ...`, `Greffier : ...`) are taken off.
"greffier" elsewhere is an ordinary French word ("le greffier du tribunal
a signé") and stays: whether a message is addressed at all is the
platform's call (`Message.addressed`), not this module's.
"""

from __future__ import annotations

import re

__all__ = ["strip_address", "called_by_name"]

BOT_NAME = "greffier"
# @GreffierBot, @greffier:example.org (a Matrix id), anywhere in the message.
_MENTION = re.compile(r"(?<!\w)@greffier[\w.-]*(?::[\w.-]+)?", re.IGNORECASE)
# The name as the first word followed by a comma, colon or dash, or alone.
_LEADING = re.compile(r"^\s*(?:(?:bonjour|salut|hello|hey|dis|dites)\s+)?greffier\s*(?:[,:;!—–-]+\s*|$)", re.IGNORECASE)


def called_by_name(text: str) -> bool:
    """The message starts by calling the bot: `Greffier, ...`, `Greffier : ...`."""
    return bool(_LEADING.match(text))


def strip_address(text: str) -> str:
    """The message without the mention or leading name."""
    text = _MENTION.sub(" ", text)
    text = _LEADING.sub("", text, count=1)
    return " ".join(text.split()).strip(" ,:")
