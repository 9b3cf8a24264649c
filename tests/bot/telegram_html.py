"""Telegram's HTML parser, as the Bot API applies it to `parse_mode=HTML`.

What the fake Bot API server (`fake_telegram`) uses to refuse what Telegram
refuses ("can't parse entities") and to compute what the user reads.
"""

from __future__ import annotations

import re

__all__ = ["TelegramHTMLError", "parse_telegram_html", "utf16_len"]

_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
         "tg-spoiler", "span", "tg-emoji", "blockquote"}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class TelegramHTMLError(ValueError):
    """What Telegram says after "Bad Request: can't parse entities: "."""


def _entity(text: str, i: int) -> tuple[str, int] | None:
    """Decode `&...;` at i like Telegram: 4 named entities and numeric ones."""
    end = text.find(";", i + 1, i + 12)
    if end < 0:
        return None
    body = text[i + 1 : end]
    if body in _NAMED:
        return _NAMED[body], end + 1
    if re.fullmatch(r"#[0-9]{1,7}", body) or re.fullmatch(r"#[xX][0-9a-fA-F]{1,6}", body):
        code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
        if 0 < code < 0x110000:
            return chr(code), end + 1
    return None  # Telegram keeps an unknown "&" as a literal character


def parse_telegram_html(text: str) -> str:
    """The visible text of an HTML message; raises what Telegram would refuse."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&":
            decoded = _entity(text, i)
            if decoded:
                out.append(decoded[0])
                i = decoded[1]
                continue
        if char != "<":
            out.append(char)
            i += 1
            continue
        offset = len(text[:i].encode("utf-8"))
        close = text.find(">", i)
        if close < 0:
            raise TelegramHTMLError(f"Unclosed start tag at byte offset {offset}")
        inside = text[i + 1 : close]
        if inside.startswith("/"):
            name = inside[1:].strip().lower()
            if not stack:
                raise TelegramHTMLError(f"Unexpected end tag at byte offset {offset}")
            if name != stack[-1]:
                raise TelegramHTMLError(
                    f'Unmatched end tag at byte offset {offset}, expected "</{stack[-1]}>", found "</{name}>"'
                )
            stack.pop()
        else:
            name = re.split(r"\s", inside, maxsplit=1)[0].lower()
            if name not in _TAGS:
                raise TelegramHTMLError(f'Unsupported start tag "{name}" at byte offset {offset}')
            stack.append(name)
        i = close + 1
    if stack:
        raise TelegramHTMLError(f"Can't find end tag corresponding to start tag {stack[-1]}")
    return "".join(out)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
