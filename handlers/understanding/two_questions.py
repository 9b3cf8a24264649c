"""Two questions of different kinds in one message: the first answered, the
other said to be left.

Members ask on the go: « c'est quand la prochaine réunion ? Et qui
représente la CAF, au fait ? », « Yacine, il est à France Travail ? et il
sera là mardi ? ». Read as one, the two questions make a reading of
neither (whether the CAF's member comes to the next meeting). When the
parts ask the same record (« c'est quand ? et c'est où ? », « c'est
gratuit ? et limité à combien ? »), one answer serves them all and the
message is read whole. When they do not, the first question is answered on
its own — the one the member asked first — and the reply says which
question was left, to be asked again: one sure answer, never a guess mixing
both. Two questions under one mark (« qui préside le copil, et il vient de
quelle structure ? ») are split at their « et » (`joined_questions`) when
the message read whole is no sure answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.messages import Reply
from handlers.understanding.echo import shorten
from handlers.understanding.intents import model
from handlers.understanding.outcome import Outcome

__all__ = ["first_of_two", "joined_questions"]

# « qui préside le copil, et il vient de quelle structure ? », « qui vient d'Emmaüs Connect et comment je le
# contacte ? »: a second question joined by « et » under one question mark.
_AND_ASKS = re.compile(r",?\s+et\s+(?=(?:qui|quand|o[uù]|comment|combien|quel(?:le)?s?|[àa]\s+quelle|il|elle|ça|ca|"
                       r"c'est|on)\b)", re.IGNORECASE)


def joined_questions(text: str) -> list[str]:
    """The two questions of a message that joins them by « et » under its one question mark, else none."""
    if text.count("?") != 1:
        return []
    asked, mark, _ = text.partition("?")
    parts = _AND_ASKS.split(asked, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        return []
    return [parts[0].strip() + " ?", parts[1].strip() + " ?"]


def _same_kind(a: str | None, b: str | None) -> bool:
    """Both readings answer from the same records (the model's families: meetings, people, decisions…)."""
    return a is not None and b is not None and (a == b or b in model().family(a))


def first_of_two(parts: list[str], whole: Outcome, read: Callable[[str], Outcome]) -> Outcome | None:
    """The first of `parts` answered alone (`read`) with the others named as left, when it is a sure answer
    of another kind than `whole`'s reading (the message read whole); None otherwise."""
    if len(parts) < 2:
        return None
    first = read(parts[0])
    if not first.confident or whole.confident and _same_kind(whole.intent, first.intent):
        return None
    if any(_same_kind(first.intent, read(part).intent) for part in parts[1:]):
        return None  # « c'est quand ? et on parle de quoi ? »: the parts ask one meeting, answered whole or not at all
    left = " ".join(f"« {shorten(part)} »" for part in parts[1:])
    note = f"(Je réponds à votre première question ; reposez à part l'autre : {left})"
    return Outcome(Reply(first.reply.lines + Reply.of(note).lines, first.reply.attachment), first.intent, True,
                   first.key, first.understanding)
