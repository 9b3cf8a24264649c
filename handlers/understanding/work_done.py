"""« la com com a fait le point sur le minibus ? »: whether a task was done, never a decision.

A yes-or-no question on what someone did (« a fait », « a envoyé »: task_words.done_by) whose participle is
the verb an open task opens with (« Faire le point sur les trajets en minibus »), the thing done (the words
after the participle) being that task's, asks whether the task is done: a decision that shares the
thing's words (« … met un minibus à disposition ») is never « fait ». Every finder of a decision by the
question's words gives way then (dominance.as_decision), and the task's line answers (task_questions.py)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.context import Context
from handlers.understanding.normalise import Word, fold, words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import done_by
from handlers.understanding.topics import SHARE, content_words, topic_scores

__all__ = ["passive_done", "passive_settled", "task_done_asked"]

_HAVE = frozenset({"a", "ont", "avait", "avaient", "ai", "avons"})


# « le projet de charte est rédigé ? », « les devis ont été demandés ? »: the passive's auxiliary before the participle.
_BE = frozenset({"est", "sont", "ete", "etait", "etaient"})


# « le projet de PAGD est parti aux membres ? » (the lead's set 87): a thing sent is said gone, the task says the
# sending (« Envoyer le projet de PAGD aux membres … »).
_GONE = frozenset({"envoyer", "transmettre", "expedier", "adresser"})


# The participle of « partir », which the lemmatiser reads as the noun « parti » (a political party).
_GONE_FORMS = frozenset({"parti", "partie", "partis", "parties"})


def _verb(word: Word) -> str:
    """The verb `word` is a form of: « partir » for « est parti(e)(s) » after « être », else its lemma."""
    return "partir" if word.folded in _GONE_FORMS else word.lemma


def _openings(lemma: str) -> set[str]:
    """The verbs a task opening with may be asked by the participle of `lemma`: its own, or for « parti » the sending."""
    return {lemma} | (set(_GONE) if lemma == "partir" else set())


def _passive(ctx: Context, u: Understanding) -> tuple[int, str, list[Word]] | None:
    """Where the participle of a task's opening verb follows « être » in a yes-or-no question, that verb (its lemma)
    and the thing before it, when the thing is a task's of that verb; else None."""
    if "?" not in u.text:
        return None
    tasks = [t.text for t in ctx.data.tasks() if t.status != "cancelled" and t.text.split()]
    opening = {fold(t.split()[0]) for t in tasks}
    verbs = [i for i, w in enumerate(u.words) if i and (w.lemma != w.folded or w.folded in _GONE_FORMS)
             and _openings(_verb(w)) & opening and u.words[i - 1].folded in _BE]
    if not verbs:
        return None
    verb = _verb(u.words[verbs[0]])
    held = [t for t in tasks if fold(t.split()[0]) in _openings(verb)]
    before = content_words(u.words[:verbs[0] - 1])
    if not before or max(topic_scores(before, held)) < SHARE:
        return None
    return verbs[0], verb, before


def passive_settled(ctx: Context, u: Understanding) -> bool:
    """« les bennes elles ont été installées ? »: the passive in the past asks whether the act was done, which a
    decision in the same verb (« Deux bennes … sont installées … ») never says (set 41c); « les bacs de tri au
    collège ils sont installés ? » too, when a task done in that verb holds every word of the thing (set 40a): the
    task's status answers, not the decision planning it, whatever words the decision shares."""
    if (found := _passive(ctx, u)) is None:
        return False
    at, verb, before = found
    return at >= 2 and u.words[at - 1].folded == "ete" and u.words[at - 2].folded in _HAVE or any(
        t.status == "done" and fold(t.text.split()[0]) in _openings(verb)
        and topic_scores(before, [t.text], loose=False)[0] >= 1.0 for t in ctx.data.tasks())


def passive_done(ctx: Context, u: Understanding) -> bool:
    """« le projet de charte d'usage est rédigé ? » (lead's set 85): a yes-or-no question putting the participle of
    the verb a task opens with (« Rédiger le projet de charte d'usage ») after « être », the thing (the words before
    it) being that task's — done or still open, its status is asked, not the decision sharing the thing's words
    (« Le projet de charte d'usage est adopté »)."""
    if (found := _passive(ctx, u)) is None:
        return False
    if passive_settled(ctx, u):
        return True
    _, verb, before = found
    # « les tickets de bus sont remboursés ? » where a decision says « Les délégués … sont remboursés de leurs tickets
    # de bus », « les EIG sont présentés … tous les combien ? » (« … sont présentés à chaque séance »), « le dashboard
    # est updaté tous les combien ? » (« … est mis à jour chaque mois »): a decision sharing the thing's words in that
    # same verb answers, as before (sets r28d, 73, lead round 25); only a decision in another verb (« … est adopté »)
    # gives way to the task's status.
    decided = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    return not any(score >= SHARE and any(w.lemma == verb for w in words(text))
                   for text, score in zip(decided, topic_scores(before, decided), strict=True))


def task_done_asked(ctx: Context, u: Understanding, topic: Sequence[Word] = ()) -> bool:
    """`u` asks whether someone did what an open task says, in the task's own verb (or whether the thing a task
    makes is made, in the passive)."""
    if passive_done(ctx, u):
        return True
    if not done_by(u):
        return False
    tasks = [t.text for t in ctx.data.tasks() if t.open and t.text.split()]
    opening = {fold(t.split()[0]) for t in tasks}
    # After « avoir » (« a fait », « ont envoyé »): « le guide est traduit en combien de langues ? » is a fact decided.
    verbs = [i for i, w in enumerate(u.words) if w.lemma != w.folded and w.lemma in opening
             and i and u.words[i - 1].folded in _HAVE]
    if not verbs:
        return False
    held = [t for t in tasks if fold(t.split()[0]) == u.words[verbs[0]].lemma]
    # The words after the participle name the thing done; those before it, who did it (« la com com »).
    after = u.words[verbs[0] + 1:]
    rest = [w for w in (topic or content_words(u.words)) if any(w is x for x in after)] or content_words(after)
    return bool(rest) and max(topic_scores(rest, held)) >= SHARE
