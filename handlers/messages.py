"""Plain data that crosses the adapter boundary: `Message` in, `Reply` out.

Adapters (console, Telegram, Matrix) turn platform events into `Message` and
render `Reply`; handlers never see a platform object. A `Reply` carries text as
styled spans, never markup, so no user text can inject HTML: the renderers in
this module escape every span.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

__all__ = [
    "counted",
    "Attachment",
    "Message",
    "Reply",
    "Span",
    "Style",
    "InputError",
    "UserError",
    "bold",
    "italic",
    "link",
    "mention",
    "render_html",
    "text",
]

Style = Literal["plain", "bold", "italic", "link", "mention"]


@dataclass(frozen=True, slots=True)
class Message:
    """One incoming chat message, already stripped of platform types."""

    platform: str  # "console", "telegram", "matrix"
    chat_id: str
    sender_id: str  # the platform's stable id, never a display name
    sender_name: str
    text: str
    timestamp: datetime  # aware
    private: bool = False  # a one-to-one chat with the bot
    addressed: bool = False  # the bot was mentioned or replied to
    # The platform says this sender administers the chat (Telegram admin,
    # Matrix power level); counts only where the group's config allows it.
    sender_is_admin: bool = False
    event_id: str | None = None  # platform id of the update/event, for dedup
    # Whether a leading « Greffier, … » in the text addresses the bot. False
    # where the adapter has already decided from the platform's own mention
    # data (Matrix: `m.mentions` alone decides when present).
    name_calls: bool = True
    reply_to_bot: bool = False  # a reply to one of the bot's own messages (also sets `addressed`)
    thread_id: str | None = None  # the topic (Telegram) or thread (Matrix) the message was posted in
    # Appended to a command to address this bot explicitly where the platform
    # may not deliver a bare one ("@GreffierBot" in a Telegram group with
    # privacy mode on); empty where a bare command always arrives.
    command_suffix: str = ""
    # A file sent with the message (Telegram document, Matrix m.file): (file name, bytes).
    attachment: tuple[str, bytes] | None = None

    @property
    def sender_key(self) -> str:
        """Platform-qualified sender id, as coordinators are listed in config."""
        return f"{self.platform}:{self.sender_id}"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one style; `href` only for links."""

    text: str
    style: Style = "plain"
    href: str | None = None
    # For a mention: the person's platform ids ((platform, user id), …);
    # each renderer picks its own platform's, else shows the name alone.
    ids: tuple[tuple[str, str], ...] = ()


def counted(n: int, word: str) -> str:
    """« 1 excusé », « 0 point », « 3 tâches »: in French a count under two takes the singular."""
    return f"{n} {word}" if n < 2 else f"{n} {word}s"


def text(value: str) -> Span:
    return Span(value)


def bold(value: str) -> Span:
    return Span(value, "bold")


def italic(value: str) -> Span:
    return Span(value, "italic")


def link(label: str, href: str) -> Span:
    return Span(label, "link", href)


def mention(name: str, platform_ids: dict[str, str]) -> Span:
    """A person named so that the platform notifies them where it can
    (Telegram `tg://user?id=`, a Matrix pill); plain text shows the name."""
    return Span(name, "mention", ids=tuple(sorted(platform_ids.items())))


def _mention_href(span: Span, platform: str | None) -> str | None:
    user_id = dict(span.ids).get(platform or "")
    if platform == "telegram" and user_id and user_id.isdigit():
        return f"tg://user?id={user_id}"
    if platform == "matrix" and user_id and user_id.startswith("@") and ":" in user_id:
        return f"https://matrix.to/#/{user_id}"
    return None


Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a reply (an `.ics` invitation)."""

    filename: str
    mimetype: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says: lines of styled spans, optionally a file.

    `notice` marks bot-initiated announcements (Matrix sends them as
    m.notice so other bots do not answer them).
    """

    lines: tuple[Line, ...]
    attachment: Attachment | None = None
    notice: bool = False

    @classmethod
    def of(cls, *lines: str | Span | Line | list[Span]) -> Reply:
        """Build a reply; each argument is one line (a str, a span or spans)."""
        built: list[Line] = []
        for line in lines:
            if isinstance(line, str):
                built.append((Span(line),))
            elif isinstance(line, Span):
                built.append((line,))
            else:
                built.append(tuple(line))
        return cls(tuple(built))

    def with_attachment(self, attachment: Attachment) -> Reply:
        return Reply(self.lines, attachment, self.notice)

    def as_notice(self) -> Reply:
        return Reply(self.lines, self.attachment, True)

    def mentioned(self, platform: str) -> list[str]:
        """The user ids this reply mentions on `platform` (Matrix `m.mentions`)."""
        return list(dict.fromkeys(
            user for line in self.lines for span in line if span.style == "mention"
            for where, user in span.ids if where == platform
        ))

    def plain(self) -> str:
        """The reply as plain text (console, Matrix `body`)."""
        return "\n".join("".join(_plain_span(s) for s in line) for line in self.lines)


def _plain_span(span: Span) -> str:
    if span.style == "link" and span.href and span.href != span.text:
        return f"{span.text} ({span.href})"
    return span.text


_SAFE_SCHEMES = ("https://", "http://", "mailto:", "tel:")


def _html_span(span: Span, platform: str | None = None) -> str:
    body = html.escape(span.text, quote=False)
    if span.style == "mention":
        href = _mention_href(span, platform)
        return f'<a href="{html.escape(href, quote=True)}">{body}</a>' if href else body
    if span.style == "bold":
        return f"<b>{body}</b>"
    if span.style == "italic":
        return f"<i>{body}</i>"
    if span.style == "link" and span.href and span.href.lower().startswith(_SAFE_SCHEMES):
        return f'<a href="{html.escape(span.href, quote=True)}">{body}</a>'
    return body


def render_html(reply: Reply, newline: str = "\n", platform: str | None = None) -> str:
    """The reply as the small HTML subset Telegram and Matrix both accept.

    Telegram's HTML mode keeps "\\n" as line breaks; Matrix wants "<br>".
    `platform` ("telegram", "matrix") turns mentions into that platform's link.
    """
    return newline.join("".join(_html_span(s, platform) for s in line) for line in reply.lines)


@dataclass
class UserError(Exception):
    """A mistake the user can fix; `message` is French and shown as is."""

    message: str
    usage: str | None = None
    details: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.message

    def reply(self) -> Reply:
        lines: list[str] = [self.message, *self.details]
        if self.usage:
            lines.append(f"Usage : {self.usage}")
        return Reply.of(*lines)


class InputError(UserError):
    """The arguments are malformed; the router adds the command's usage."""
