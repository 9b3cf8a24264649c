"""« la permanence du mardi au CCAS de la Grand-Combe, c'est qui ? »: a decision
answering « qui », shown with the members it names.

A « qui » question whose words find a decision (« La CAF tient une permanence
le mardi matin au CCAS de La Grand-Combe. ») was answered with the decision
alone, read as decisions on a topic: the member asked for (the CAF's) was not
in the reply. When « qui » asks for people (not « à qui », « par qui », nor a
relative: eligibility.asks_someone) and the decision the topic finds first
names members of the group, the reply is the decision with those members, as a
charge that a decision answers (answers_people.who_the_decision_names).

A passive « par qui » of what is done for a public (« les copropriétaires
endettés sont accompagnés par qui ? », « les bénévoles sont formés par
qui ? ») asks how the group arranged it: the decision that says so is the
answer, as a decision, with the members it names (set 49c); a project run
(« le diagnostic est piloté par qui ? ») keeps asking who is in charge
(arranged_by)."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.decided_questions import DECIDED_VERBS
from handlers.understanding.eligibility import asks_someone
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.payers import paying_words
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.topics import SHARE, topic_scores
from handlers.understanding.vote_record import asks_how_decided
from handlers.understanding.who_source import asks_receiver
from handlers.understanding.who_named import acting_members, names_someone_acting
from handlers.understanding.world_cache import group_world

__all__ = ["arranged_by", "decision_with_people"]

# Words saying a thing was settled or whom it concerns (folded): the decision itself is asked.
_SETTLED = frozenset({"decide", "decidee", "decides", "decidees", "acte", "actee", "actes", "valide", "validee", "retenu",
                      "retenue", "retenus", "concerne", "concernee", "concernes", "concernees", "prevu", "prevue",
                      # « qui a pris la décision sur le ramassage ? » (set 44b): the decision tells it (its sitting).
                      "decision", "decisions"})
# Words of money (« le financement de la coordination c'est qui ? »): who pays, the decision answers.
_MONEY = ("financ", "budget", "pai", "pay", "cout", "subvention")
# Words before « qui » that make it ask for another thing than the doer (« à qui », « par qui », « chez qui »).
# « je préviens qui ? » asks whom to tell, the one the rule names (absence_notice.py): no doer either.
_NOT_DOER = frozenset({"a", "par", "pour", "avec", "chez", "de", "sur", "contre", "previens", "previent", "prevenir",
                       "avertis", "avertir", "signale", "signaler"})


# Participles of what is done for a public, its support or its cost (folded stems), before « par qui »: the group
# decides who accompanies, trains, houses or pays, whereas a project is « piloté », « porté », « organisé » by someone
# in charge. (« suivi » is left out: « le dossier est suivi par qui ? » asks whose charge it is.)
_ARRANGED = ("accompagne", "forme", "heberge", "accueilli", "oriente", "soutenu", "aide", "finance", "paye",
             "rembourse", "subventionne", "examine")
_ARRANGED_BY = re.compile(r"\b(?:" + "|".join(_ARRANGED) + r")(?:e|s|es)?\s+par\s+qui\b")


def arranged_by(u: Understanding) -> bool:
    """« sont accompagnés par qui ? »: the passive of what is done for a public, which a decision arranges."""
    return bool(_ARRANGED_BY.search(fold(u.text)))


def decision_with_people(ctx: Context, outcome: Outcome,
                         names: Callable[[Context, Understanding, list[str]], Outcome]) -> Outcome | None:
    """The decision with the members it names, for a « qui » question answered with decisions alone."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "decisions_topic" or not u.topic:
        return None
    folded = [w.folded for w in u.words]
    doer = [i for i, f in enumerate(folded) if f == "qui" and not (i and folded[i - 1] in _NOT_DOER)]
    if not doer or not asks_someone(u) or u.first("person") is not None or paying_words(u.words) or any(
            f.startswith(_MONEY) for f in folded):
        return None  # « qui finance le bus ? » is the decision on who pays, as the sets read it (payers.py)
    if asks_receiver(u.words):
        return None  # « qui peut avoir une place en crèche ? », « qui a droit aux places d'urgence ? »: whom the rule entitles
    if any(w.lemma in DECIDED_VERBS or w.folded in _SETTLED for w in u.words) or "quoi" in folded[:doer[0]] or (
            asks_how_decided(u.text, u.words)):  # « qui a voté contre la hausse ? »: the vote the decision records (vote_record.py)
        # « qui fait l'inventaire des haies, c'est décidé ? », « c'est quoi qui a été retenu … ? », « qui est concerné
        # par … ? »: what was decided is asked, the decision is the answer (as the sets label it).
        return None
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    shares = topic_scores(u.topic, texts)
    best = max(shares, default=0.0)
    closest = [t for s, t in zip(shares, texts, strict=True) if s == best]
    if best < SHARE or len(closest) != 1 or not acting_members(closest, group_world(ctx)) or not names_someone_acting(
            closest, group_world(ctx)):
        return None  # (« Les chantiers du CQD … »: a body whose the thing is, no one acting: who_named.py)
    tasks = [t for t in ctx.data.tasks() if t.status != "cancelled"]
    done = topic_scores(u.topic, [t.text for t in tasks])
    if done and max(done) > best and done.count(max(done)) == 1:
        # « les panneaux patous, qui les a commandés ? »: a task says it closer than the decision (« Commander les
        # panneaux patous … »); its pilot did it, not the members the decision happens to name (set 45a).
        return named_tasks(ctx, u, [tasks[done.index(max(done))].number])
    named = names(ctx, u, closest)
    return named if named.confident and named.intent == "in_charge" else None
