"""What must be done, asked of a thing a decision rules on: « une fiche action
doit passer en cotech avant le copil ? », « les dossiers doivent être signés
par le maire ? ».

The sittings named (« en cotech », « le copil ») draw a meeting reading, but
the question asks whether the thing must go through them: an obligation (a
modal « doit », « doivent », « faut ») whose verb and thing are both written
in one decision (« Chaque fiche action passe en comité technique avant d'être
présentée en comité de pilotage. ») asks that rule, which answers instead of
the sitting (set 43c). A thing no decision writes, or a verb the decision does
not say, leaves the reading as it was."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import as_decision, first_of
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import topic_scores

__all__ = ["must_rule"]

_MODALS = frozenset({"doit", "doivent", "devra", "devront", "faut", "faudra"})
_WHOLE = 0.999


def _verb_after_modal(u: Understanding) -> list:
    """The infinitive right after the modal (« passer » of « doit passer »), « être » skipped for a passive."""
    for i, word in enumerate(u.words[:-1]):
        if word.folded in _MODALS:
            j = i + 1
            if u.words[j].folded in ("etre", "être") and j + 1 < len(u.words):
                j += 1
            return [u.words[j]]
    return []


def must_rule(ctx: Context, outcome: Outcome, answer: Callable[[Context, Understanding], Outcome],
              readings: frozenset[str]) -> Outcome:
    """The decision stating the obligation a meeting reading was given to, else `outcome`."""
    u = outcome.understanding
    if not outcome.confident or outcome.intent not in readings or u is None or not u.topic or "?" not in u.text:
        return outcome
    verb = _verb_after_modal(u)
    if not verb:
        return outcome
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    asked = [*u.topic, *verb]
    if not texts or (best := first_of(asked, texts)) is None or topic_scores(asked, [texts[best]])[0] < _WHOLE:
        return outcome
    return as_decision(ctx, u, list(u.topic), answer, lambda found: texts[best] in found.reply.plain()) or outcome
