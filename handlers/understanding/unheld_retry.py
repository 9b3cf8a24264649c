"""The record a confident answer missed, asked again (set 48c).

unheld_answer.py finds a confident answer whose own text shows it missed
what was asked, and offers the readings. Some of those questions name a
thing one record of the group holds plainly; that record is then asked for
directly, and answered when the answer shows what the question wants:

- « c le 28 ou le 4 le forum ?? »: two days offered as a choice; the
  decisions on the thing, when one of them writes one of the two days
  (« … avancé au jeudi 28 janvier 2027, au lieu du 4 février »);
- « je mets quelle date sur mon courrier pour le salon ? » (read as the
  asker's tasks): the decisions on the words a decision holds, when one
  of them writes a date;
- « c'est qui qui fait la navette ? » (answered with dates): the decisions
  on those words, when one holds every one of them (« … assurée par Cars
  Loiret Voyages »: the decision says who);
- « les ateliers CV c'est toujours avec l'APEC ? » (the shorthand read
  « ateliers » as « réunions »): the decisions on the words as typed, when
  the first one shown writes them;
- « le plan de salle doit être validé quand ? » (decisions on « salle
  doit »): the deadline holding the words as typed, when it is the only one
  shown; and so « la liste des ateliers, date limite ? », left unsure
  (« ateliers » read as « réunions »), which asks a deadline in so many
  words (deadline_named).

Nothing is answered otherwise: the readings stay offered."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from handlers.context import Context
from handlers.understanding.deadline_nouns import DEADLINE_WORDS
from handlers.understanding.determined import DETERMINERS
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores

__all__ = ["deadline_named", "retried"]

Answer = Callable[[Context, Understanding], Outcome]

_MONTH = r"(?:janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)\w*"
_CHOICE = re.compile(r"\ble\s+(\d{1,2})\s+ou\s+(?:le\s+)?(\d{1,2})\b", re.IGNORECASE)
_A_DATE = re.compile(rf"\b\d{{1,2}}(?:er)?\s+{_MONTH}\b", re.IGNORECASE)
# The words that ask, not what is asked about: they find no record (« date », « quand », « doit », « mets »).
_ASKING = frozenset({"date", "dates", "jour", "quand", "quel", "quelle", "doit", "doivent", "faut", "toujours",
                     "encore", "fait", "font", "faire", "qui", "mets", "mettre", "note", "noter", "finalement"})
# The sitting nouns the shorthand reads other words as (« ateliers » as « réunions »): never a decision's topic.
_SITTINGS = frozenset({"reunion", "reunions", "reu", "reus", "seance", "seances"})


def _held(u: Understanding, texts: Sequence[str]) -> list[Word]:
    """The question's content words, as typed, that one of `texts` writes (« navette », « forum »); a stop word
    after a determiner is a noun there (« le plan de salle »: « plan » is a stop word of chat, « on a un plan ? »)."""
    nouns = [w for i, w in enumerate(u.words) if i and u.words[i - 1].folded in DETERMINERS and len(w.folded) >= 4
             and w.folded in lexicon().stopwords and not w.typed]
    return [w for w in [*nouns, *content_words(u.words)] if len(w.folded) >= 2 and w.folded not in _ASKING
            and w.folded not in _SITTINGS and any(topic_scores([w], [t], loose=False)[0] >= 1.0 for t in texts)]


def _decided(ctx: Context, u: Understanding, topic: Sequence[Word], answer: Answer,
             accept: Callable[[list[str]], bool]) -> Outcome | None:
    """The decisions on `topic`, when that answer is sure and the decision texts it shows are `accept`ed."""
    if not topic:
        return None
    outcome = answer(ctx, dataclasses.replace(u, intent="decisions_topic", readings=[], topic=list(topic)))
    if not outcome.confident:
        return None
    shown = outcome.reply.plain()
    # The decision texts shown, in the reply's order (the first is the one the topic finds first).
    texts = sorted((d.text for d in ctx.data.decisions() if d.status != "cancelled" and d.text in shown), key=shown.index)
    return outcome if texts and accept(texts) else None


def retried(ctx: Context, u: Understanding, text: str, intent: str, reply: str,
            answers: Mapping[str, Answer]) -> Outcome | None:
    """The record the confident `reply` (read as `intent`) to `text` missed, asked again (see the module); else None."""
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    held = _held(u, decisions)
    if (choice := _CHOICE.search(text)) is not None:
        days = {choice.group(1), choice.group(2)}
        return _decided(ctx, u, held, answers["decisions_topic"], lambda shown: any(
            m.group(0).split()[0].removesuffix("er") in days for t in shown for m in _A_DATE.finditer(t)))
    if intent == "tasks_mine":
        return _decided(ctx, u, held, answers["decisions_topic"], lambda shown: any(_A_DATE.search(t) for t in shown))
    if intent == "dates_period":
        return _decided(ctx, u, held, answers["decisions_topic"], lambda shown: any(
            topic_scores(held, [t], loose=False)[0] >= 1.0 for t in shown))
    if intent == "decisions_topic" and re.match(r"^D[ée]cisions? sur « [^»]+ »", reply):
        replaced = {fold(w.typed).lower() for w in u.words if w.typed}
        typed = [w for w in held if w.folded in replaced]
        if typed:
            return _decided(ctx, u, held, answers["decisions_topic"], lambda shown: all(
                topic_scores([w], [shown[0]], loose=False)[0] >= 1.0 for w in typed))
        return _deadline(ctx, u, answers["dates_period"])
    return None


def _deadline(ctx: Context, u: Understanding, answer: Answer) -> Outcome | None:
    """The one deadline holding two of the question's words at least, as typed, when its answer shows it alone."""
    deadlines = [d.text for d in ctx.data.deadlines()]
    due = _held(u, deadlines)
    if len(due) < 2:
        return None  # « les inscriptions, date limite ? »: one word names no one record
    outcome = answer(ctx, dataclasses.replace(u, intent="dates_period", readings=[], topic=due))
    shown = outcome.reply.plain()
    return outcome if outcome.confident and sum(t in shown for t in deadlines) == 1 else None


def deadline_named(ctx: Context, u: Understanding, answers: Mapping[str, Answer]) -> Outcome | None:
    """« la liste des ateliers, date limite ? » left unsure (the shorthand read « ateliers » as « réunions », which
    no deadline writes) while a deadline word is asked and a deadline is among the readings: the one deadline
    holding the words as typed (« Liste définitive des ateliers … »); else None."""
    # (a participle the lexicon folds onto a deadline noun asks none: « on a limité la durée de passage ? », as
    # typed « limité », is a decision's limit, not « la date limite »)
    if "dates_period" not in u.readings or not any(
            (w.folded in DEADLINE_WORDS or w.lemma in DEADLINE_WORDS)
            and not w.typed.casefold().endswith(("é", "ée", "és", "ées")) for w in u.words):
        return None
    return _deadline(ctx, u, answers["dates_period"])
