"""Pure helpers for the Telegram adapter: no network, no `telegram` import.

Kept apart from `bot.telegram.adapter` so the rules that decide what a user reads
(splitting at 4096 characters, which commands are for this bot, what the
command menu says) can be tested without a server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from handlers.messages import Reply, Span, render_html
from handlers.registry import Command

__all__ = [
    "MAX_MESSAGE",
    "command_target",
    "menu_entries",
    "render_telegram",
    "split_reply",
    "strip_mention",
    "utf16_len",
]

Render = Callable[[Reply], str]

# Telegram's limit for one message, counted in UTF-16 code units after
# entity parsing; we count the HTML itself, which is never shorter.
MAX_MESSAGE = 4096
# Telegram's limits for the command menu (setMyCommands).
_MENU_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_MENU_DESCRIPTION = 256
_MENU_SIZE = 100


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (an emoji outside the BMP counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def _span_pieces(span: Span, limit: int, render: Render) -> list[Span]:
    """Cut a span whose HTML would not fit in one message.

    Escaping can grow a character to 5 (`&amp;`) and the tags add a few
    more, so pieces of limit // 6 characters (minus the href) always fit.
    """
    if utf16_len(render(Reply(((span,),)))) <= limit:
        return [span]
    room = max(16, (limit - 2 * len(span.href or "") - 32) // 6)
    return [Span(span.text[i : i + room], span.style, span.href) for i in range(0, len(span.text), room)]


def render_telegram(reply: Reply) -> str:
    """HTML for Telegram: mentions become `tg://user?id=` links."""
    return render_html(reply, platform="telegram")


def split_reply(reply: Reply, limit: int = MAX_MESSAGE, render: Render = render_telegram) -> list[str]:
    """The reply as HTML messages of at most `limit`, cut between lines.

    A chunk ends on a line boundary; only a single line longer than a whole
    message is cut inside, between spans or inside a span's text, and never
    inside a tag or an entity because each piece is escaped on its own.
    `render=Reply.plain` gives plain-text messages instead.
    """
    lines: list[tuple[Span, ...]] = []
    for line in reply.lines:
        if utf16_len(render(Reply((line,)))) <= limit:
            lines.append(line)
            continue
        current: list[Span] = []
        for span in line:
            for piece in _span_pieces(span, limit, render):
                if current and utf16_len(render(Reply((tuple(current + [piece]),)))) > limit:
                    lines.append(tuple(current))
                    current = []
                current.append(piece)
        if current:
            lines.append(tuple(current))
    chunks: list[str] = []
    current_html: list[str] = []
    size = 0
    for line in lines:
        html = render(Reply((line,)))
        cost = utf16_len(html) + (1 if current_html else 0)
        if current_html and size + cost > limit:
            chunks.append("\n".join(current_html))
            current_html, size = [], 0
            cost = utf16_len(html)
        current_html.append(html)
        size += cost
    if current_html:
        chunks.append("\n".join(current_html))
    # Telegram refuses empty or whitespace-only messages.
    return [c for c in chunks if c.strip()] or ["…"]


def command_target(text: str) -> str | None:
    """The bot a command names (`/cmd@Bot`, ` !cmd@Bot` -> "bot"), lowercased, or None.

    Spelled as the router reads commands (leading blanks dropped, `/` or
    `!`), so no spelling slips past this check and still runs as ours."""
    text = text.strip()
    if not text.startswith(("/", "!")):
        return None
    token = text.split(maxsplit=1)[0]
    _, at, target = token.partition("@")
    return target.lower() if at and target else None


def strip_mention(text: str, username: str) -> str:
    """Drop a leading `@BotName` so "@Greffier qui est Léa ?" reads as a question."""
    prefix = f"@{username}"
    after = text[len(prefix) : len(prefix) + 1]
    # "@GreffierBotX" is another account, not us followed by "X".
    if text[: len(prefix)].lower() == prefix.lower() and not (after.isalnum() or after == "_"):
        return text[len(prefix) :].lstrip(" ,:;")
    return text


def menu_entries(commands: Iterable[Command], coordinator: bool) -> list[tuple[str, str]]:
    """(name, description) pairs for setMyCommands, within Telegram's limits."""
    entries: list[tuple[str, str]] = []
    for command in commands:
        if command.coordinator and not coordinator:
            continue
        if not _MENU_NAME.match(command.name):
            continue  # Telegram would refuse the whole menu for one bad name
        summary = command.summary.strip() or command.name
        description = summary[0].upper() + summary[1:]
        if command.coordinator:
            description += " (coordination)"
        entries.append((command.name, description[:_MENU_DESCRIPTION]))
    return entries[:_MENU_SIZE]
