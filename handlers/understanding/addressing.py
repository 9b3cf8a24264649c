"""The words that address the bot, removed before understanding.

A mention anywhere (`qui représente Sceaux @GreffierBot ?`) and the bot's
name at the start (`Greffier, qui ...`, `Greffier : ...`, and as dictated to
a phone, with no comma: `greffier c'est quand ...`, `ok greffier qui ...`,
`Greffier. On se voit ...`) are taken off.
The name is the platform's: Telegram's username (`@ClercBot` -> « Clerc,
… »), Matrix's `names` setting; "greffier" only where the platform gives
none (the console). The name elsewhere is an ordinary word ("le greffier
du tribunal a signé") and stays: whether a message is addressed at all is
the platform's call (`Message.addressed`), not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["DEFAULT_NAMES", "called_by_name", "mentions_bot", "strip_address"]

DEFAULT_NAMES: tuple[str, ...] = ("greffier",)
# Telegram requires a username to end in "bot" (ClercBot, greffier_bot):
# people call the bot by what comes before it.
_BOT_SUFFIX = re.compile(r"[_.-]?bot$", re.IGNORECASE)
_GREETING = r"(?:(?:bonjour|salut|hello|hey|coucou|dis|dites|ok|okay|euh|alors|allô|allo)\s+)?"
# Dictated to a phone, the name is said and no comma written: « greffier c'est quand la prochaine réunion »,
# « Greffier. On se voit… ». The name then opens the message before a word that cannot make it a noun phrase: not
# « de », « du », « des », « d' », « à », « au », « en » (« Greffier du tribunal, … » is the clerk).
_SPOKEN_AFTER = r"(?:\.\s*|\s+(?!(?:de|du|des|d['’]|à|au|aux|en|et|adjoint|adjointe|en chef)\b))"


def _stems(names: Iterable[str]) -> tuple[str, ...]:
    """The names people write: each name, and its stem without "bot"."""
    found: set[str] = set()
    for name in names:
        name = name.strip().lstrip("@").split(":", 1)[0].casefold()
        if not name:
            continue
        found.add(name)
        stem = _BOT_SUFFIX.sub("", name)
        if len(stem) >= 3:
            found.add(stem)
    # The longest first, so that "clercbot" wins over "clerc".
    return tuple(sorted(found or set(DEFAULT_NAMES), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=32)
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(n) for n in _stems(names))
    # @ClercBot, @clerc_bot, @greffier:example.org (a Matrix id), anywhere.
    mention = re.compile(rf"(?<![\w@])@(?:{words})(?:[_.-]?bot)?(?::[\w.-]+)?(?![\w-])", re.IGNORECASE)
    # The name as the first word followed by a comma, colon or dash, or alone.
    leading = re.compile(rf"^\s*{_GREETING}(?:{words})(?:\s*[,:;!—–-]+\s*|\s*$|{_SPOKEN_AFTER})", re.IGNORECASE)
    return mention, leading


def _key(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({n.casefold() for n in names if n})) or DEFAULT_NAMES


def called_by_name(text: str, names: Iterable[str] = DEFAULT_NAMES) -> bool:
    """The message starts by calling the bot: `Greffier, ...`, `Clerc : ...`."""
    return bool(_patterns(_key(names))[1].match(text))


def mentions_bot(text: str, names: Iterable[str] = DEFAULT_NAMES) -> bool:
    """The message mentions the bot (`@ClercBot`) somewhere."""
    return bool(_patterns(_key(names))[0].search(text))


def strip_address(text: str, names: Iterable[str] = DEFAULT_NAMES) -> str:
    """The message without the mention or leading name."""
    mention, leading = _patterns(_key(names))
    text = mention.sub(" ", text)
    call = leading.match(text)
    text = leading.sub("", text, count=1)
    text = " ".join(text.split()).strip(" ,:")
    if call is not None and _ASKING_CALL.match(call.group()) and text and not _ENDED.search(text):
        # « dis greffier on a réunion la semaine prochaine », dictated: « dis » calls the bot to answer; what follows
        # is asked, though said as a statement with no « ? » (news is not told to the bot with « dis »).
        text += " ?"
    return text


# The call « dis greffier », « dites, Greffier » asks (unlike « ok greffier », « bonjour greffier »).
_ASKING_CALL = re.compile(r"^\s*(?:dis|dites)\b", re.IGNORECASE)
# A message already ended by its mark, typed or dictated (« … point d'interrogation »).
_ENDED = re.compile(r"[?.!]\s*$|\binterrogation\s*$", re.IGNORECASE)
