"""« qui s'occupe de l'annuaire ? »: who handles a thing, read as another kind of answer.

A « qui » whose verb says handling a thing (« s'occupe de », « gère », « s'en
charge », « tient à jour », « met à jour ») asks for the member doing it, never
for the directory nor for a date: « qui s'occupe de l'annuaire ? » of the task
« Mettre à jour l'annuaire des permanences » was answered with the directory
(« annuaire » reads as the directory's own word), and « la salle du comité de
mars, qui s'en charge ? » was offered the meeting of March. When the question
has that shape, names no member, and the charge's answer is sure and shows an
open task holding the thing (with its pilot), or the one decision giving the
thing to someone, that answer is given; otherwise
the first reading stands. Left unsure, the question is tried as a charge too:
the shape asks who acts whatever the readings close to its words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.normalise import Word
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, content_words, topic_scores
from handlers.understanding.who_named import gives_work

__all__ = ["asks_handling", "handling_charge"]

# Verbs of handling a thing, after « qui » (folded as typed).
_HANDLING = frozenset({"occupe", "occupent", "gere", "gerent", "charge", "chargent", "tient", "met", "centralise",
                       "suit", "coordonne",
                       # « qui fait les ateliers théâtre ? » (the lead's set 96)
                       "fait", "font"})
# Pronouns between « qui » and its verb (« qui s'en charge », « qui s'en occupe », « qui le tient à jour »).
_CLITICS = frozenset({"se", "s", "en", "y", "le", "la", "les", "l"})
# Words of the asking itself, no topic (« je m'adresse à qui »).
_ASKING = frozenset({"adresse", "adresser"})
# The readings that never answer who handles a thing.
_NOT_PEOPLE = frozenset({"directory", "dates_period", "meeting_next", "meeting_which", "meeting_last",
                         "meetings_upcoming", "agenda_items"})


def asks_handling(found: Sequence[Word]) -> bool:
    """« qui s'occupe de … », « c'est qui qui gère … », « …, qui s'en charge ? »: a « qui » before a verb of handling."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded):
        if word != "qui":
            continue
        j = i + 1
        while j < len(folded) and folded[j] in _CLITICS:
            j += 1
        if j < len(folded) and folded[j] in _HANDLING and folded[j + 1:j + 2] != ["partie"]:
            return True  # not « qui fait partie du CA ? », the body's members
    # « à qui je m'adresse pour … ? », « pour … je m'adresse à qui ? »: the member to turn to.
    return "qui" in folded and any(a in ("m", "me") and b == "adresse" for a, b in zip(folded, folded[1:]))


def _one_role_holding(ctx: Context, topic: Sequence[Word]) -> str | None:
    """The name of the one member whose role and body hold every word of `topic`, else None."""
    members = [m for m in ctx.data.members() if m.role]
    scores = topic_scores(list(topic), [f"{m.role} {m.organisation or ''}" for m in members])
    holding = [m.name for s, m in zip(scores, members, strict=True) if s >= 1.0]
    return holding[0] if len(holding) == 1 else None


def handling_charge(ctx: Context, outcome: Outcome, in_charge: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The charge's sure answer to a question asking who handles a thing, read first as a directory, a date or a
    meeting (or left unsure among those)."""
    u = outcome.understanding
    if u is None or u.first("person") is not None or not asks_handling(u.words):
        return None
    if outcome.confident and outcome.intent not in _NOT_PEOPLE:
        return None
    if not outcome.confident and outcome.intent == "chitchat":
        return None
    kept = (u.intent, u.readings, u.topic)
    # The verb of handling is no charge's topic (« qui s'en charge ? » is no « chargée de mission »).
    # Left empty by the first reading (« la salle du comité de mars, qui s'en charge ? »): the words outside the
    # entities and the framing that say a thing.
    spans = {i for e in u.entities for i in range(e.start, e.end)} | u.framing
    words = u.topic or [w for i, w in enumerate(u.words) if i not in spans and w in content_words([w])]
    topic = [w for w in words if w.folded not in _HANDLING and w.folded not in _ASKING and w.folded != "qui"]
    if not topic:
        return None
    u.intent, u.readings, u.topic = "in_charge", [], topic
    # Only when an open task holds the thing and the charge's answer names its pilot: the shape says someone acts,
    # the task says who (a role reached by loose activity words is no such answer).
    tasks = [t for t in ctx.data.tasks() if t.open]
    shares = topic_scores(topic, [t.text for t in tasks])
    best = max(shares, default=0.0)
    held = [t.text for s, t in zip(shares, tasks, strict=True) if s == best and best >= SHARE]
    if not held:
        # « qui s'occupe des encombrants aux Hirondelles à partir de janvier ? »: no task, but the one decision holding
        # every word gives the work to someone (« … est confiée à l'équipe nettoyage »; who_named.gives_work), which
        # the charge's answer then shows (lead's set 93).
        decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
        given = [d for s, d in zip(topic_scores(topic, decisions), decisions, strict=True) if s >= 1.0]
        held = given if len(given) == 1 and gives_work(given) else []
    charged = in_charge(ctx, u) if held else None
    # The answer shows that task itself (with its pilot), not a decision naming other members.
    if charged is not None and charged.confident and any(text in charged.reply.plain() for text in held):
        return charged
    # A body named (« qui suit le pacte au CCAS ? ») asks for its people, not for a role elsewhere (set 29a).
    # A message that asks nothing (« les gens qui s'en occupent sont au centre », a relative « qui ») names no one;
    # one opening on its « qui » asks even unpunctuated (« c'est qui qui gère le planning du studio », set 15e).
    opening = [w.folded for w in u.words[:3]]
    asked_who = u.text.rstrip().endswith("?") or opening[:1] == ["qui"] or opening == ["c", "est", "qui"]
    if not outcome.confident and u.first("org") is None and asked_who and (
            holder := _one_role_holding(ctx, topic)) is not None:
        # « qui gère les ateliers numériques ? », « qui fait les ateliers théâtre ? »: no task holding the thing (or
        # one sharing a word only, « … sans équipement numérique »), but one member's role (or body) says every word
        # of it (« … lecture jeunesse et ateliers numériques »): the charge's sure answer naming that member, where
        # the thing's words (« ateliers ») also read as sittings (the lead's set 96).
        charged = charged or in_charge(ctx, u)
        if charged.confident and holder in charged.reply.plain():
            return charged
    u.intent, u.readings, u.topic = kept
    return None
