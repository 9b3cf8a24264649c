"""Checks on what users type: length, control characters, markup, numbers.

Everything a user types is untrusted. These helpers bound it and raise
`UserError` with the command's usage, before any write.
"""

from __future__ import annotations

import re
import unicodedata

from handlers.messages import UserError

__all__ = ["MAX_MESSAGE", "check_message", "clean", "looks_numeric", "number", "split_fields"]

MAX_MESSAGE = 4000  # characters in one message; longer ones are refused whole
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
# Markdown that some clients would render: links, bold, underline, code.
_MARKDOWN = re.compile(r"\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|__[^_]+__|`[^`]+`")


def check_message(raw: str, usage: str | None = None) -> None:
    if len(raw) > MAX_MESSAGE:
        raise UserError(f"Message trop long ({len(raw)} caractères ; limite {MAX_MESSAGE}).", usage)


def clean(value: str, what: str, usage: str, limit: int, required: bool = True) -> str:
    """A single-line field, stripped and checked; raises with `usage` if bad."""
    value = value.strip()
    if not value:
        if required:
            raise UserError(f"Il manque {what}.", usage)
        return ""
    if any(unicodedata.category(c) == "Cc" and c not in "\t" for c in value):
        raise UserError(f"{what.capitalize()} contient des caractères de contrôle.", usage)
    if _TAG.search(value):
        raise UserError(f"Les balises HTML ne sont pas acceptées dans {what}.", usage)
    if _MARKDOWN.search(value):
        raise UserError(f"La mise en forme (Markdown) n'est pas acceptée dans {what} : écrivez le texte simplement.", usage)
    if len(value) > limit:
        raise UserError(f"{what.capitalize()} est trop long ({len(value)} caractères ; limite {limit}).", usage)
    return " ".join(value.split())


_ASCII_DIGITS = frozenset("0123456789")


def _bare(raw: str) -> str:
    return raw.strip().lstrip("#").removeprefix("n°").removeprefix("N°").strip()


def looks_numeric(raw: str) -> bool:
    """Whether `raw` is meant as a number: digits of any script (`3`, `³`, `③`, `٣`).

    Callers that accept either a number or words use it to send a number
    written with other digits to `number`, which refuses it clearly."""
    bare = _bare(raw)
    return bool(bare) and bare.isdigit()


def number(raw: str, what: str, usage: str) -> int:
    """A number written with the ASCII digits 0-9, else `UserError` with `usage`.

    `str.isdigit` and `int` also take superscripts, circled, Arabic-Indic
    or fullwidth digits (and `int("²")` raises): only 0-9 are numbers here."""
    bare = _bare(raw)
    if bare.isdigit() and not set(bare) <= _ASCII_DIGITS:
        raise UserError(f"{what.capitalize()} s'écrit avec les chiffres 0 à 9 (ex. 3), pas « {bare[:12]} ».", usage)
    if not bare or not set(bare) <= _ASCII_DIGITS or len(bare) > 6:
        raise UserError(f"{what.capitalize()} doit être un numéro (ex. 3).", usage)
    return int(bare)


def split_fields(raw: str, count: int) -> list[str]:
    """`a ; b ; c` -> at most `count` fields, the last keeping any extra `;`."""
    parts = [p.strip() for p in raw.split(";", count - 1)]
    return parts + [""] * (count - len(parts))
