"""« Bienvenue à Maëlle qui remplace Hervé au lycée agricole ! »: a welcome, no question.

A member welcomed often comes with what they do or whom they replace, and
those words find a role or a title: the welcome was answered with the
member whose role says « remplace Hervé Le Floch » (set 38c). A message
opening on « bienvenue » (after a greeting or not), with no question mark,
greets; it asks nothing of the bot.
"""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["is_welcome"]

_WELCOME = frozenset({"bienvenue", "bienvenu", "bienvenues", "bienvenus", "welcome"})
_BEFORE = frozenset({"bonjour", "salut", "coucou", "hello", "et", "alors", "un", "une", "grand", "grande", "gros", "petit",
                     "chaleureuse", "chaleureux", "tres", "belle", "bonne"})


def is_welcome(text: str, found: list[Word]) -> bool:
    """`text` opens on a welcome (« Bienvenue à … », « Un grand bienvenue à … ») and holds no « ? »."""
    if "?" in text:
        return False
    for word in found[:4]:
        if word.folded in _WELCOME:
            return True
        if word.folded not in _BEFORE:
            return False
    return False
