"""Questions whether something was decided, answered by the decision they
name: « on se réunit à Namur ou à Andenne, c'est décidé ? » (the question's
own words are one of the group's decisions), « les décisions concernant le
Département de la Gironde ? » (a decision question whose only subject is a
body one of the decisions names). Moved out of answer.py, which reads
every question; these two read only the ones about deciding."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.explained import unexplained
from handlers.understanding.named import body_as_decision_topic
from handlers.understanding.normalise import Word
from handlers.understanding.order_words import order_phrase
from handlers.understanding.sitting_headings import headed_sitting_words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_words import has
from handlers.understanding.topics import SHARE, content_words, topic_scores
from handlers.understanding.world import World

__all__ = ["DECIDED_VERBS", "decided_on_body", "was_decided"]

Answer = Callable[[Context, Understanding], Outcome]

# Verbs that ask whether something was decided, and the answers about meetings they make doubtful.
DECIDED_VERBS = frozenset({"decider", "valider", "acter", "trancher", "arreter", "adopter", "voter"})


def decided_on_body(ctx: Context, u: Understanding, world: World, answer: Answer) -> Outcome | None:
    """« les décisions concernant le Département de la Gironde ? »: a decision
    question whose only subject is a body, which one of the decisions names
    (asked, not told: « le département a voté le budget hier » is news)."""
    if "?" not in u.text or (named := body_as_decision_topic(u, world)) is None:
        return None
    u.intent, u.topic, u.readings = "decisions_topic", named, []
    outcome = answer(ctx, u)
    if outcome.confident and not unexplained(u, outcome.reply.plain()):
        return outcome
    u.intent, u.readings = None, []
    return None


# The auxiliary of a passive to come (« sera voté », « va être adopté »), which asks of a sitting ahead.
_FUTURE_AUX = frozenset({"sera", "seront", "serait", "seraient"})


def _to_come(found: list[Word]) -> bool:
    """A verb of deciding said in the future: « sera voté », « seront adoptées », « va être validé »."""
    for i, w in enumerate(found[:-1]):
        nxt = found[i + 1]
        if w.folded in _FUTURE_AUX and nxt.lemma in DECIDED_VERBS:
            return True
        if w.folded in ("va", "vont") and nxt.folded == "etre" and i + 2 < len(found) and found[i + 2].lemma in DECIDED_VERBS:
            return True
    return False


def _purpose_only(found: list[Word]) -> bool:
    """Every verb of deciding is an infinitive of purpose (« pour délibérer », « pour voter »): the question asks
    what deciding takes, not what was decided."""
    at = [i for i, w in enumerate(found) if w.lemma in DECIDED_VERBS]
    return bool(at) and all(i > 0 and found[i - 1].folded == "pour" and found[i].folded.endswith("er") for i in at)


def was_decided(ctx: Context, u: Understanding, world: World, answer: Answer) -> Outcome | None:
    """« on se réunit à Namur ou à Andenne, c'est décidé ? »: a question
    whether something was decided, whose own words are one of the group's
    decisions, is answered by that decision (else by doubt, as before)."""
    # « décision au sujet du fonds énergie ? »: the noun asks as the verb does, only here (a meeting is no decision).
    # « pourquoi le comité de mars est à Guérigny ? »: a reason asked of a meeting is a decision's, when one holds
    # every word of the question.
    why = any(w.folded == "pourquoi" for w in u.words)
    if not any(w.lemma in DECIDED_VERBS or w.lemma == "decision" for w in u.words) and not why or not (
            "?" in u.text or any(w.folded == "quoi" for w in u.words)):
        return None
    if has(u.words, "task_nouns"):
        return None  # « on en est où des actions décidées en comité ? »: the tasks decided, not a decision
    if _to_come(u.words) or _purpose_only(u.words):
        # « le compte administratif sera voté quand ? »: a vote to come; « il faut combien de délégués pour
        # délibérer ? »: what deciding takes. Neither asks whether something was decided (set 42c).
        return None
    if not why and any(e.kind == "person" for e in u.entities) and any(w.folded == "qui" for w in u.words):
        # « c'est bien M. Caussade qui présente les conclusions de l'ASNR ? »: who does it, checked on a member
        # (« conclusions » reads as « décisions »): no question whether something was decided (the lead's set 63).
        return None

    # With the noun alone, its topic's every word must be in a decision (« guichet commun » is no « présentation commune »).
    noun = not any(w.lemma in DECIDED_VERBS for w in u.words)
    # « ce qu'on a décidé la dernière fois ? »: the order picks the meeting, its words are no topic (order_words.py).
    at = order_phrase(u.words)
    ordered = bool(at)
    # « qu'est-ce qui avait été décidé au premier comité de suivi ? »: the sitting named as the meetings are headed,
    # and the order word picking one of them, are no topic either (set 37a).
    at |= headed_sitting_words(u)
    picked = {id(u.words[i]) for i in at}
    # The words as typed are read apart from the message's (« au dernier CA », typed « conseil »): the picked ones
    # are left out before when an order word picks the sitting (set 49b); a sitting named alone (« la méthode retenue
    # au comité technique ») keeps the message's words, set 24d.
    kept = [w for i, w in enumerate(u.words) if not (ordered and i in at)]
    topic = [w for w in (u.topic if noun and not why else content_words(kept))
             if w.folded != "pourquoi" and id(w) not in picked]
    if why:
        # The month of the meeting asked counts too (« le comité de mars » is no other meeting at Guérigny), and the
        # decision must hold every word: a reason is never guessed from a town alone.
        topic += [w for e in u.entities if e.kind == "month" for w in u.words[e.start:e.end] if w.folded.isalpha()]
        if len(topic) < 2:
            return None
    decisions = world.records.get("decisions_topic", ())
    if not topic or not decisions or max(topic_scores(topic, decisions)) < (1.0 if noun or why else SHARE):
        return None
    u.intent, u.topic, u.readings = "decisions_topic", topic, []
    outcome = answer(ctx, u)
    return outcome if outcome.confident else None
