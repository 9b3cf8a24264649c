"""Whether a decision that names someone answers « qui … ? » better than a
task, when the two share the question's topic as much: the record that
holds more of the question's own words (its verb too) is the one asked of.

« qui met à jour l'annuaire des permanences ? » with a decision « Un
annuaire commun des permanences … est tenu par l'UDCCAS » and a task
« Mettre à jour l'annuaire des permanences » (Odile): the task holds
« mettre », « jour », « annuaire », « permanences », the decision two of
them; the task's pilot is asked for. « qui tient l'annuaire des
permanences ? » finds « tenu » in the decision: the decision answers, as a
decision that holds as many words does (« qui rédige la note de cadrage ? »
and « La Fondation rédige la note de cadrage »)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.who_named import names_someone_acting
from handlers.understanding.world import plain
from handlers.understanding.world_cache import group_world
from storage.tasks import Task

__all__ = ["closest_tasks", "decided_over_roles", "decision_says_who"]


# « qui a été chargé de l'étude ? », « qui est chargée du bilan ? »: the participle asks who was given the work;
# it is no word of the work (« le cahier des charges de l'étude » holds no more of the question for it).
_GIVEN = frozenset({"charge", "chargee", "charges", "chargees", "confie", "confiee", "confies", "confiees"})
_BEING = frozenset({"ete", "est", "sont", "etait", "etaient", "sera", "seront"})


def _shares(u: Understanding, texts: Sequence[str]) -> list[float]:
    """The share of the question's content words (verbs included) each of `texts` holds."""
    given = {i for i, w in enumerate(u.words) if w.folded in _GIVEN and i and u.words[i - 1].folded in _BEING}
    said = content_words([w for i, w in enumerate(u.words) if i not in given])
    return topic_scores(said, texts) if said else [0.0] * len(texts)


def decision_says_who(ctx: Context, u: Understanding, decisions: Sequence[str]) -> bool:
    """The closest `decisions` name who acts, and no open task holds more of the question's words."""
    if not (names_someone_acting(list(decisions), group_world(ctx)) or _everyone_acts(u, decisions)) or not _act_said(
            u, decisions):
        return False
    tasks = [t.text for t in ctx.data.tasks() if t.open]
    return max(_shares(u, tasks), default=0.0) <= max(_shares(u, decisions), default=0.0)


# The group's members all (« Chaque membre de la cellule signe la charte », « tous les membres remettent … »).
_EVERYONE = re.compile(r"\b(?:chaque membre|chacun des membres|tous les membres|l ensemble des membres|chaque partenaire|"
                       r"tous les partenaires)\b")


def _everyone_acts(u: Understanding, decisions: Sequence[str]) -> bool:
    """« qui doit signer la charte de confidentialité ? » and « Chaque membre … signe la charte de confidentialité »: a
    decision holding every word asked, its verb too, whose subject is every member, says who (all of them; lead's set
    86), though it names no one."""
    return bool(u.topic) and any(_EVERYONE.search(plain(d)) for d in decisions) and max(
        topic_scores(u.topic, list(decisions)), default=0.0) >= 1.0


# Verbs of paying (folded): who pays is said by a decision that says so, not by one naming who is hired or served.
_PAYING = frozenset({"paie", "paye", "paient", "payent", "finance", "financent", "remunere", "remunerent"})


def _act_said(u: Understanding, decisions: Sequence[str]) -> bool:
    """« c'est qui qui paie le SMIC des salariés … ? » and « Les salariés … sont embauchés en CDI au SMIC … »: a verb
    of paying asked right after « qui » is one a decision must say; else it names who is hired, not who pays (the
    lead's set 67). Other verbs (« qui mène l'étude ? » of « … confiée à l'ADIL ») are the doing a decision's actor
    answers."""
    for i, w in enumerate(u.words[:-1]):
        if w.folded == "qui" and u.words[i + 1].folded in _PAYING:
            return max(topic_scores([u.words[i + 1]], list(decisions)), default=0.0) >= 1.0
    return True


def closest_tasks(u: Understanding, tasks: list[Task]) -> list[Task]:
    """Of tasks that share the topic as much, those holding most of the question's words
    (« qui met à jour l'annuaire des permanences ? »: not « le bilan des permanences »)."""
    shares = _shares(u, [t.text for t in tasks])
    best = max(shares, default=0.0)
    return [t for s, t in zip(shares, tasks, strict=True) if s == best] or tasks


def decided_over_roles(ctx: Context, u: Understanding, roles: Sequence[str],
                       names: Callable[[Context, Understanding, list[str]], Outcome]) -> Outcome | None:
    """« qui gère la permanence du jeudi ? » when the roles found hold no word of it as such, only kin (a
    « Directeur du réseau d'accueil de jour »: « jour », « accueil »), but one decision holds them all and
    names who acts (« L'AVASAD tient une permanence parents-enfants le jeudi matin »): the decision and its
    people, not a role matched by kin. A role holding one of the words itself (« Coordinateur des
    bénévoles ») stays the answer, and so does a role for a charge of one word."""
    texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    # One word (« les finances ») may be in any decision (« … est financé par … »): only a charge of two words or
    # more, all in one decision, says that decision is about it.
    if len(u.topic) < 2 or not texts or not roles or any(topic_scores([w], roles)[k] >= 1.0 for w in u.topic
                                                         for k in range(len(roles))):
        return None
    shares = topic_scores(u.topic, texts)
    if max(shares) < 1.0 or shares.count(max(shares)) > 1:
        return None
    closest = [texts[shares.index(max(shares))]]
    return names(ctx, u, closest) if decision_says_who(ctx, u, closest) else None
