"""A question that is nothing but a period: « cette semaine ? », « le mois
prochain ? », « vendredi prochain ? », « entre le 5 et le 20 ? », « dans
les 15 jours ? », « et d'ici la fin du mois ? ».

Said to the bot, it asks what falls in that period (the answer to « quoi
de prévu … ? »). Its words match no example closely (a period is one
placeholder), so it read as chat or as a random intent: « d'ici la fin du
mois ? » got my tasks. Only a question qualifies (a question mark, or a
question word: « y a quoi en février »): « à jeudi ! », « bonne semaine »
stay chat.
"""

from __future__ import annotations

from handlers.understanding.normalise import lexicon
from handlers.understanding.pipeline import Understanding
from handlers.understanding.shape import is_clock_time

__all__ = ["period_only", "timed"]

# Words that may stand around the period without asking anything else.
_GLUE = frozenset({"au", "et", "alors", "donc", "pour", "d", "ici", "jusqu", "jusque", "le", "la", "les", "l", "de", "du",
                   "des", "en", "sur", "pendant", "durant", "dans", "entre", "puis", "svp", "stp",
                   "bonjour", "salut", "merci", "coup", "aussi", "encore",
                   # « rien de spécial demain ? », « y a des trucs cette semaine ? », « quelque chose jeudi ? »
                   "rien", "special", "particulier", "truc", "trucs", "chose", "choses", "quelque", "quoi", "il", "y"})
# « à » only where it ends « jusqu'à », « d'ici à » (or is « y a »): « à jeudi ? » is a goodbye.
_AFTER_UNTIL = frozenset({"a", "aux"})


def period_only(u: Understanding) -> bool:
    """The message asks about a period and says nothing else."""
    # A question word asks as a mark does, typed on a phone without one (« y a quoi en février »).
    if not u.words or "?" not in u.text and not any(w.folded in lexicon().question_words for w in u.words):
        return False
    kinds = {e.kind for e in u.entities}
    if not kinds or not kinds <= {"period", "month"}:
        return False
    covered = {j for e in u.entities for j in range(e.start, e.end)}
    for i, word in enumerate(u.words):
        if i in covered or i in u.framing:
            continue
        until = word.folded in _AFTER_UNTIL and i > 0 and u.words[i - 1].folded in ("jusqu", "ici", "y")
        if word.folded not in _GLUE and not until and not timed(u, i):
            return False
    return True


# « c'est toujours à 14h jeudi 10 ? », « bien 9h30 mardi ? »: whether the meeting of that day still holds, at that hour.
_CONFIRMING = frozenset({"c", "est", "toujours", "bien"})


def timed(u: Understanding, i: int) -> bool:
    """Word `i` is a time of day (or its « à »), or a word confirming it, beside a time of day."""
    word = u.words[i]
    clock = [k for k, w in enumerate(u.words) if is_clock_time(w)]
    if not clock:
        return False
    return i in clock or word.folded in _CONFIRMING or word.folded in ("a", "vers") and i + 1 in clock
