"""A document or a thing named by its number: « la fiche action 3 », « l'avenant
n°2 », « le lot 4 ».

The number is no topic word, so « la fiche action 3 c'est quoi ? » used to find
every record on « fiche action » — the task on the table of all the fiches, the
deadline for returning them, the decision on fiche 7 — and answer the first
with confidence. The thing asked is the one with that number: when a decision
writes it (« La fiche action 3 (rénovation … de l'école) est prioritaire … »)
and the answer given shows no record that does, those decisions answer; when
no record of the group writes it, the answer found by the noun alone is about
another thing, and the member is offered readings instead (set 43c)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.views import decision_lines

__all__ = ["numbered_thing"]

# Nouns whose number picks a record the bot counts itself (« la décision 6 », « la séance 3 »), or a day (« le 10 »):
# other readings answer those.
_COUNTED = frozenset({"decision", "decisions", "tache", "taches", "echeance", "echeances", "seance", "seances",
                      "reunion", "reunions", "numero", "n", "no", "page", "le", "du", "au"})


def _asked(u: Understanding) -> tuple[str, str] | None:
    """The noun of the topic and the number written right after it (« action », « 3 »; « avenant », « 2 » of
    « avenant n°2 »), else None."""
    topic = {id(w) for w in u.topic}
    found = u.words
    for i, word in enumerate(found[:-1]):
        j = i + 1
        if found[j].folded in ("n", "no") and j + 1 < len(found):
            j += 1  # « n°2 », « no 2 »
        number = found[j].folded
        if id(word) in topic and word.folded not in _COUNTED and number.isdigit() and len(number) <= 2 and (
                j + 1 == len(found) or not found[j + 1].lemma.startswith(("janvier", "fevrier", "mars", "avril"))) and (
                not _counts(found[j + 1:], topic)) and not _cut_off(u.text, word, number):
            return word.folded, number
    return None


def _counts(after: Sequence[Word], topic: set[int]) -> bool:
    """The number counts what follows it, no label: a noun of the topic (« les études 4 soirs par semaine ») or the
    rest of a figure (« 20 000 € », « 15 000 »)."""
    return bool(after) and (id(after[0]) in topic or after[0].folded.isdigit())


def _cut_off(text: str, word: Word, number: str) -> bool:
    """A stop between the noun and the number as typed (« sur le forum, 12 ou 15 000 ? »): the number begins
    another phrase, no part of the noun's name."""
    return re.search(rf"\b{re.escape(fold(word.raw))}\s*[,;:.!?]\s*{number}\b", fold(text)) is not None


def _writes(text: str, noun: str, number: str) -> bool:
    """`text` writes the noun (or its plural) with that number after it."""
    stem = re.escape(noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 3 else noun)
    return re.search(rf"\b{stem}[sx]?\s+(?:n\s*[°o]?\s*)?{number}\b", fold(text)) is not None


def numbered_thing(ctx: Context, outcome: Outcome, unsure: Callable[[Understanding], Outcome]) -> Outcome:
    """`outcome`, or the decisions writing the numbered thing asked, or readings offered when no record writes it."""
    u = outcome.understanding
    if u is None or outcome.intent == "chitchat" or (asked := _asked(u)) is None:
        return outcome
    noun, number = asked
    if outcome.confident and _writes(outcome.reply.plain(), noun, number):
        return outcome  # the answer shows the thing with its number
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled" and _writes(d.text, noun, number)]
    others = any(_writes(text, noun, number) for text in _texts(ctx))
    if not outcome.confident:
        # Left unsure, the question is answered only when the decisions alone write the thing (« la fiche action 3
        # c'est quoi ? »); when a task or a date writes it too (« l'avenant n°2 »), which is asked stays open.
        if not decisions or others or "?" not in u.text:
            return outcome
    if decisions:
        lines: list[list[Span] | str] = [[bold(f"Décisions sur « {u.topic_text} {number} » ({len(decisions)})")]]
        for decision in decisions:
            lines.extend(decision_lines(decision, ctx.locale))
        u.intent, u.readings = "decisions_topic", []
        return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in decisions))
    if not others:
        # Nothing of the group writes the thing with its number: the answer is about others of its kind.
        u.readings, u.intent = [outcome.intent] if outcome.intent else [], None
        return unsure(u)
    return outcome


def _texts(ctx: Context) -> Sequence[str]:
    data = ctx.data
    return [*(d.text for d in data.deadlines()), *(t.text for t in data.tasks()),
            *(item.text for m in data.meetings() for item in m.agenda)]
