"""The bot named in the question: « comment ça marche ce bot ? », « le robot
sait faire quoi ? », « tu sers à quoi, le chatbot ? ». The words that name
the bot itself frame the question and name no topic (« bot » was read as a
thing asked about, and the help the member asked for left unsure: lead's set
36). « greffier » is not among them: it is an ordinary French word (« le
greffier du tribunal »), and the bot's own name is read where it is
addressed (addressing.py)."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["bot_named"]

_BOT = frozenset({"bot", "robot", "chatbot"})  # not « assistant », a title (« l'assistante de direction »)
# What shows the word names the bot in the chat (« ce bot », « le robot »), not a robot talked about (« un robot »).
_BEFORE = frozenset({"ce", "le", "l", "ton", "votre", "notre", "cet"})


def bot_named(found: list[Word]) -> set[int]:
    """Indices of « ce bot », « le robot »: the determiner and the noun."""
    return {j for i, w in enumerate(found) if i and w.folded in _BOT and found[i - 1].folded in _BEFORE
            and w.raw.islower() for j in (i - 1, i)}
