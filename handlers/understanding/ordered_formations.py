"""A formation named in several words that heads the group's meetings, asked
as a sitting: with an order word before it (« le prochain comité de
direction », « le dernier comité de pilotage », « le prochain comité » where
only some meetings are headed « Comité … ») or a date after it (« le
comité de direction de décembre », « le comité de direction du 17 »). The
phrase is found before roles are: its last word (« direction ») would
otherwise be read as a title (« directrice », « président du comité de
direction ») and the question as « who holds it ». Without those cues
(« qui préside le comité de direction ? ») the words stay the role's."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.normalise import Word
from handlers.understanding.periods import month_of
from handlers.understanding.sitting_order import LEMMAS
from handlers.understanding.spans import Entity
from handlers.understanding.sitting_heading import sittings_by_own_noun
from handlers.understanding.venues import formation_words
from handlers.understanding.world import World, plain

__all__ = ["ordered_formations"]

# The order words that pick one sitting of a formation (their lemmas).
_ORDERS = LEMMAS
# What joins a formation to its date: « le comité de direction de décembre / du 17 / d'octobre ».
_DATE_JOINS = frozenset({"de", "du", "d", "en"})


def _dated(words: Sequence[Word], dated: set[int], j: int) -> bool:
    """A date opens at `j` (« de décembre », « du 17 »): a month, or the question's period right there."""
    if j >= len(words) or words[j].folded not in _DATE_JOINS:
        return False
    return j in dated or j + 1 in dated or (j + 1 < len(words) and month_of(words[j + 1].folded) is not None)


def ordered_formations(words: Sequence[Word], world: World, taken: set[int], dated: set[int]) -> list[Entity]:
    """The formations of several words (entities.toml [meeting_formations]) that head the group's meetings, each
    with an order word before it or a date after it; `dated` are the indices of the question's period."""
    names = formation_words()
    found: list[Entity] = []
    # « le prochain comité » where only some meetings are headed « Comité … »: one word, which is as often the
    # group's own name, so taken after an order word only, a longer formation first (sitting_heading.py).
    own = sittings_by_own_noun(world.meetings)
    i = 0
    while i < len(words):
        for size in range(min(5, len(words) - i), 1, -1):
            if any(j in taken for j in range(i, i + size)):
                continue
            # As typed: the shorthand reads « comité » as « réunion ».
            key = " ".join(plain(w.typed) if w.typed else w.folded for w in words[i:i + size])
            if key not in names or key not in world.place_phrases:
                continue
            if (i > 0 and words[i - 1].lemma in _ORDERS) or _dated(words, dated, i + size):
                found.append(Entity("place", i, i + size, " ".join(w.typed or w.raw for w in words[i:i + size]),
                                    tuple(world.place_phrases[key]), extra={"formation": True}))
                i += size - 1
                break
        else:
            typed = plain(words[i].typed) if words[i].typed else words[i].folded
            if i not in taken and typed in own and i > 0 and words[i - 1].lemma in _ORDERS:
                found.append(Entity("place", i, i + 1, words[i].typed or words[i].raw, tuple(own[typed]),
                                    extra={"formation": True}))
        i += 1
    return found
