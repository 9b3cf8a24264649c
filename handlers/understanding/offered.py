"""Whether the group offers someone for a need: « je parle pas bien
français, on peut avoir quelqu'un pour traduire ? », « il y a quelqu'un
pour nous accompagner ? », « y a quelqu'un pour garder les enfants ? ».
Asked so (« on peut avoir », « il y a », « y a » and « quelqu'un pour »),
the member asks about a service decided for everyone (« Un interprète est
proposé aux membres du conseil qui le demandent »), not who carries one
piece of work: the charge's readings found the task « Traduire le
questionnaire … » and its pilot. The decision answers when it holds the
need at least as well as any open task does (« quelqu'un pour traduire le
questionnaire ? » names the task's own object: the task stays), and no
member's role holds it (« y a quelqu'un pour traduire ? » of an
« Interprète … »: that member, as « qui s'occupe de … » finds).

So is whether something new is offered: « il y a un nouveau trophée cette
année ? » (the lead's set 49) asks whether the group created one, which the
decision creating it records (« Un trophée du bénévole de l'année est
créé … »); the deadline sharing the noun (« Envoi des candidatures aux
trophées … ») creates nothing. The decision answers when it holds the noun
asked at least as well as any deadline and says a creation (`new_thing`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, topic_scores, with_activities

__all__ = ["new_thing", "offered_service"]

# « on peut avoir », « il y a », « y a », « est-ce qu'il y a », « vous avez » before « quelqu'un pour ».
_OFFERS = (("on", "peut", "avoir"), ("on", "pourrait", "avoir"), ("je", "peux", "avoir"), ("il", "y", "a"), ("y", "a"),
           ("ya",), ("vous", "avez"), ("y", "a", "t", "il"))
_SOMEONE = ("quelqu", "un", "pour")


def _asks_offer(folded: list[str]) -> bool:
    for i in range(len(folded) - 2):
        if tuple(folded[i:i + 3]) == _SOMEONE:
            before = tuple(folded[max(0, i - 4):i])
            return any(before[-len(offer):] == offer for offer in _OFFERS)
    return False


def offered_service(ctx: Context, u: Understanding, decisions: Sequence[str],
                    answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer on the need asked when someone is asked for as a service; else None."""
    if u.intent not in ("in_charge", None) or not u.topic or not decisions or not _asks_offer([w.folded for w in u.words]):
        return None
    roles = [with_activities(m.role) for m in ctx.data.members() if m.role]
    if roles and max(topic_scores(u.topic, roles)) >= SHARE:
        return None  # « y a quelqu'un pour traduire ? » where a member's role says it: that member (in_charge)
    decided = max(topic_scores(u.topic, decisions))
    tasks = [t.text for t in ctx.data.tasks() if t.open]
    if decided < SHARE or decided < max(topic_scores(u.topic, tasks), default=0.0):
        return None
    return as_decision(ctx, u, u.topic, answer)


# « il y a un nouveau trophée ? », « y a une nouvelle permanence ? », « est-ce qu'il y a de nouveaux ateliers ? ».
_NEW_ASKED = re.compile(r"\b(?:il y a|y a|ya|y a t il)\s+(?:un|une|des|de|d)\s+(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles)\b")
# What a decision writes of a thing it creates (folded).
_CREATED = re.compile(r"\b(?:cree|creee|crees|creees|creation|nouveau|nouvel|nouvelle|nouveaux|nouvelles|instaure\w*"
                      r"|mis en place|mise en place|lance|lancee)\b")


def new_thing(ctx: Context, u: Understanding, decisions: Sequence[str],
              answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision creating the thing asked, when « il y a un nouveau … ? » asks whether one was created; else None."""
    if not u.topic or not decisions or not _NEW_ASKED.search(" ".join(w.folded for w in u.words)):
        return None
    shares = topic_scores(u.topic, decisions)
    best = max(shares)
    deadlines = [d.text for d in ctx.data.deadlines() if not d.cancelled]
    if best < SHARE or best < max(topic_scores(u.topic, deadlines), default=0.0):
        return None
    if not any(s == best and _CREATED.search(fold(text)) for s, text in zip(shares, decisions, strict=True)):
        return None  # the decisions holding the noun create nothing: no answer to whether one is new
    return as_decision(ctx, u, u.topic, answer)
