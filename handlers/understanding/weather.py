"""« quel temps fait-il à Laissac ? », « quel temps fera-t-il demain ? »: the weather, which no record of the group says.

« temps » is a word of time elsewhere (« combien de temps avant le comité ? », « en même temps »), so a weather
question named a place or a day and was answered with that day's dates or the meeting held there. « quel temps »
followed by the verb « faire » (« fait-il », « fera-t-il », « va-t-il faire ») asks the weather only.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word

__all__ = ["asks_weather"]

# Forms of « faire » after « quel temps » (« fait-il », « fera-t-il », « ferait-il », « va-t-il faire »).
_MAKING = frozenset({"fait", "fera", "ferait", "faire", "va", "annonce", "prevu"})


def asks_weather(found: Sequence[Word]) -> bool:
    """The message asks what the weather is or will be."""
    folded = [w.folded for w in found]
    return any(folded[i:i + 2] == ["quel", "temps"] and _MAKING & set(folded[i + 2:i + 5]) for i in range(len(folded)))
