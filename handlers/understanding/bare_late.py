"""« les retards ? », « des retards svp », « et les retards ? »: the late tasks
asked by the plural noun alone.

The intents' examples read « retard » beside « désolé pour le retard » (a
member apologising), so the noun alone went to chat, and an example « les
retards » made typed-over apologies (« DEEOLEE STP PR LE RETADD ») read as
the late tasks. The plural as typed is what asks: nobody apologises for
« les retards »; so the rule takes the word spelt « retards », with nothing
but articles, « et », polite words and « ? » around it."""

from __future__ import annotations

from handlers.understanding.normalise import fold
from handlers.understanding.pipeline import Understanding

__all__ = ["asks_late_plural"]

_AROUND = frozenset({"les", "des", "et", "nos", "vos", "svp", "stp", "merci", "alors", "du", "coup", "quels", "quoi",
                     "comme", "on", "a", "en", "y", "il", "s", "plait", "vous", "te"})


def asks_late_plural(u: Understanding) -> bool:
    """The message is « retards » typed in the plural, with only glue words around it."""
    typed = [fold(w.typed or w.raw) for w in u.words]
    return typed.count("retards") == 1 and all(
        t == "retards" or t in _AROUND or w.folded in _AROUND for t, w in zip(typed, u.words, strict=True))
