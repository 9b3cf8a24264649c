"""Things asked of the members: « qui a des chaises en plus pour la journée
des aidants », « quelqu'un aurait une rallonge à prêter », « qui a un
vidéoprojecteur de rechange ».

A member who needs a thing asks the others whether one of them has it to
spare; the records hold no chairs, and the words after it (« pour la
journée des aidants ») would match a task or a meeting. « qui » or
« quelqu'un », then « a / aurait / as / avez », then, within a few words,
what makes the thing spare (« en plus », « en trop », « de rechange », « à
prêter », « à donner »): asked of the members, as « qui monte avec moi ? »
is (chat.company_sought). « qui a des tâches en retard ? » names no spare
thing and stays a question for the bot."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["spare_sought"]

_WHO = frozenset({"qui", "quelqu", "qqn", "quelquun"})
_HAS = frozenset({"a", "aurait", "as", "avez", "aurais", "auriez"})
# What says the thing is to spare, as folded word pairs.
_SPARE = frozenset({("en", "plus"), ("en", "trop"), ("de", "rechange"), ("a", "preter"), ("a", "donner"),
                    ("me", "preter"), ("nous", "preter")})
_REACH = 5  # words between « a » and what makes the thing spare


def spare_sought(found: list[Word]) -> bool:
    """« qui a … en plus / à prêter »: a thing asked of the other members."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded[:-2]):
        if word not in _WHO:
            continue
        has = i + 1 if folded[i + 1] in _HAS else i + 2 if folded[i + 1] == "un" and folded[i + 2] in _HAS else -1
        if has >= 0 and any(pair in _SPARE for pair in zip(folded[has + 1:has + _REACH], folded[has + 2:has + _REACH + 1])):
            return True
    return False
