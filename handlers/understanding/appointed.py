"""« qui a été désigné référent auprès de la Région ? », « qui a été
choisi comme prestataire ? », « qui a été nommé coordinateur ? »: who the
group appointed is a decision that names someone (« Martine Vabre est
désignée référente du groupe auprès de la Région »), not a role of the
directory: the title asked may be held by others under another charge
(the MSA's « référente des aidants »), and the question read as close to a
role as to a decision ended in « je ne suis pas sûr ». When the words after
the participle find one decision clearly first, and that decision names a
member of the group by name, it answers, with that member."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import leads
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.world import World, plain

__all__ = ["appointed"]

# Participles of appointing, as typed (folded).
_APPOINTED = frozenset({"designe", "designee", "designes", "designees", "nomme", "nommee", "nommes", "nommees",
                        "elu", "elue", "elus", "elues", "choisi", "choisie", "choisis", "choisies", "retenu", "retenue",
                        "retenus", "retenues", "mandate", "mandatee", "mandates", "mandatees"})


def appointed(ctx: Context, u: Understanding, world: World,
              answer: Callable[[Context, Understanding, list[str]], Outcome]) -> Outcome | None:
    """The decision naming who was appointed, answered by `answer` (the decision, then the members it names)."""
    folded = [w.folded for w in u.words]
    if u.intent is not None or not folded or folded[0] != "qui" or not any(w in _APPOINTED for w in folded):
        return None
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    topic = [w for w in content_words(u.words) if w.folded not in _APPOINTED]
    if not topic or not decisions:
        return None
    scores = topic_scores(topic, decisions)
    if not leads(scores):
        return None
    best = [decisions[max(range(len(decisions)), key=lambda k: scores[k])]]
    # A member appointed by name (« Martine Vabre est désignée … »): a town or a body merely mentioned
    # (« la navette du marché de Rodez ») appoints nobody.
    said = plain(best[0])
    if not any(f" {plain(m.name)} " in f" {said} " for m in world.members):
        return None
    u.topic = topic
    return answer(ctx, u, best)
