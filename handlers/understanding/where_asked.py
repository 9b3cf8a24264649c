"""« le forum se tient où ? »: where a thing takes place is no deadline.

A question asking where (« où », not « ou » between two things) whose topic is
also a deadline's (« Inscriptions des structures au forum de l'accès aux
droits ») was answered with that date, which says no place. A decision on the
same topic may say it (« Le forum de l'accès aux droits a lieu le 4 février
2027 au centre social Les Cévennes. »): that decision answers; without one, the
bot offers both readings rather than a date that does not answer.

So too a « où » question left unsure between the next meeting, a decision and
the dates (« La halte-chaleur, c'est où ? », set 34c): when no meeting's place
names the thing asked, it is no meeting, and the one decision found on it
says where it is (« Une halte-chaleur ouvre au sous-sol de l'église
Saint-Esprit … »).

And the other way (« le repas des aînés, c'est où que ça se fait ? », set
36c): left unsure between the decisions and the dates, the one deadline on
the thing that itself says where it is held (« Repas de Noël des aînés à la
salle polyvalente ») answers, when no decision on it names a place of the
kind (the decisions said who offers the meal and to whom, not where).

And where to turn (« un saisonnier qui cherche un logement il doit s'adresser
où ? », the lead's set 68): « où » and no « qui » asks a desk, which the
members whose roles share the words (six « … logement des saisonniers »)
are not; the one decision on the thing (« Toutes les demandes … sont
centralisées par le point info logement ») answers, else both readings are
offered (`desk_not_people`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.dominance import sure_as
from handlers.understanding.eligibility import asks_someone
from handlers.understanding.normalise import fold, stem
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import SHARE, topic_scores

__all__ = ["asks_where", "desk_not_people", "place_dated", "place_decided", "place_not_date"]

# Words that ask for a time too (« c'est quand et où ? »): the deadline may then be meant.
_WHEN = frozenset({"quand", "date", "dates", "jour", "heure", "delai", "echeance", "limite", "avant"})


def asks_where(u: Understanding) -> bool:
    """« où » typed with its accent, or « ou » closing the question (« ça se passe ou ? »)."""
    raw = [w.raw.casefold() for w in u.words]
    folded = [w.folded for w in u.words]
    return ("où" in raw or bool(folded) and folded[-1] == "ou") and not any(f in _WHEN for f in folded)


def place_not_date(ctx: Context, outcome: Outcome, decisions: Callable[[Context, Understanding], Outcome],
                   unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The decision on the topic for a « où » question answered with a deadline, else readings offered."""
    u = outcome.understanding
    if u is None or not outcome.confident or outcome.intent != "dates_period" or not u.topic or not asks_where(u):
        return None
    if any(e.kind in ("period", "month", "date") for e in u.entities):
        return None
    u.intent = "decisions_topic"
    decided = decisions(ctx, u)
    if decided.confident:
        return decided
    u.intent, u.readings = None, ["dates_period", "decisions_topic"]
    return unsure(u)


def desk_not_people(ctx: Context, outcome: Outcome, decisions: Callable[[Context, Understanding], Outcome],
                    unsure: Callable[[Understanding], Outcome]) -> Outcome | None:
    """The one decision on the topic for a « où » question (no « qui » asking someone; a relative « qui » may be
    there: « un saisonnier qui cherche … ») answered with the members whose roles share
    its words, else readings offered; None when the question or the answer is another."""
    u = outcome.understanding
    if (u is None or not outcome.confident or outcome.intent != "in_charge" or not u.topic or not asks_where(u)
            or asks_someone(u) or "d'après leur rôle" not in outcome.reply.plain()):
        return None
    kept = u.topic
    u.intent, u.readings = "decisions_topic", []
    decided = decisions(ctx, u)
    if decided.confident and decided.reply.plain().count("Décision n°") == 1:
        return decided
    u.intent, u.topic, u.readings = None, kept, ["in_charge", "decisions_topic"]
    return unsure(u)


def place_decided(ctx: Context, outcome: Outcome, decisions: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision on the topic for a « où » question left unsure with a decision among its readings, when no
    meeting's place names the topic; else None (the readings stay offered)."""
    u = outcome.understanding
    if (u is None or outcome.confident or "decisions_topic" not in u.readings or not u.topic or not asks_where(u)
            or any(e.kind in ("period", "month", "number", "place") for e in u.entities)):
        return None
    stems = {stem(w.folded) for w in u.topic if len(w.folded) >= 4}
    places = [fold(m.place or "") for m in ctx.data.meetings()]
    if not stems or any(s in place for s in stems for place in places):
        return None  # « le forum, c'est où ? » of a meeting at the forum: the meeting readings stay
    kept = (u.intent, u.readings)
    u.intent, u.readings = "decisions_topic", []
    decided = decisions(ctx, u)
    if decided.confident and decided.reply.plain().count("Décision n°") == 1:
        return decided  # one decision found: it is the thing's, and says where it is
    u.intent, u.readings = kept
    return None  # several (« le local de quartier » in six decisions): the readings stay offered


# A venue a record says a thing is held at (« à la salle polyvalente », « au gymnase »), not a body one turns to
# (« auprès de la mairie »).
_VENUE = re.compile(r"\b(?:a la|a l|au|aux)\s+(?:salle|mairie|maison|centre|gymnase|foyer|eglise|ecole|mediatheque"
                    r"|espace|chapiteau|local)\b")


def _says_venue(text: str) -> bool:
    return _VENUE.search(fold(text).replace("'", " ")) is not None


def place_dated(ctx: Context, outcome: Outcome, dates: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The one deadline on the topic that says where, for a « où » question left unsure between the decisions and
    the dates, when no decision on the topic names a venue; else None (the readings stay offered)."""
    u = outcome.understanding
    if (u is None or outcome.confident or not {"decisions_topic", "dates_period"} <= set(u.readings) or not u.topic
            or not asks_where(u) or u.entities):
        return None
    today = ctx.now.date()
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today]
    on_topic = [d for score, d in zip(topic_scores(u.topic, [d.text for d in deadlines]), deadlines, strict=True)
                if score >= SHARE]
    decisions = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    decided = [t for score, t in zip(topic_scores(u.topic, decisions), decisions, strict=True) if score >= SHARE]
    placed = [d for d in on_topic if _says_venue(d.text)]
    if len(placed) != 1 or any(_says_venue(t) for t in decided):
        return None
    return sure_as(ctx, u, "dates_period", dates)
