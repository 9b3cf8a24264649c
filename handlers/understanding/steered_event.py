"""The event a committee steers, asked by its own name: « les SISM 2027 c'est
quand ? » where a sitting is headed « Comité de pilotage des SISM 2027, … »,
« le forum des employeurs c'est quand ? / c'est où ? » where one is headed
« Groupe de travail forum des employeurs, … » (set 42b: a working group
names the thing it works on the same way; where is asked as when is, of a
decision that says where).

A sitting that prepares or steers something (« Comité de pilotage des
SISM 2027 », « Réunion de préparation du forum », « Comité d'organisation
de la fête ») carries that thing's name in its heading, so the thing named
alone reads as that sitting, and « c'est quand ? » got the committee's date
— not the event's. When the question names only the thing (no word of the
sitting: « comité », « copil », « réunion », « séance »…), asks when, and
one decision holds the thing's words and a date (« Les SISM 2027 du
territoire ont lieu du 5 au 18 octobre 2027 … »), that decision answers.
Without such a decision, the sitting's reading stays (« la fête c'est
quand ? » with only its organising committee in the store)."""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.context import Context
from handlers.understanding.days import WEEKDAYS
from handlers.understanding.decision_slots import holds
from handlers.understanding.dominance import as_decision
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.sitting_order import LAST, NEXT, PREVIOUS, SINGULAR
from handlers.understanding.spans import Entity
from handlers.understanding.topics import content_words

__all__ = ["event_not_committee"]

# A heading that steers or prepares a thing, up to the thing's name.
_STEERING = re.compile(r"^\s*(?:(?:comite\s+de\s+pilotage|copil|comite\s+d\s+organisation|comite\s+de\s+suivi"
                       r"|(?:reunion|groupe|seance)\s+de\s+preparation|preparation)\s+(?:des|du|de\s+la|de\s+l|de|d)\s+"
                       # « Groupe de travail forum des employeurs », « Groupe de travail sur le forum » (set 42b)
                       # « Sous-groupe forum transfrontalier de l'emploi » (set 43a)
                       r"|(?:groupe\s+de\s+travail|sous\s+groupe)\s+(?:sur\s+(?:les|le|la|l)\s+|(?:des|du|de\s+la|de\s+l|de|d)\s+)?)")
# Words naming a sitting, or asking for one.
_SITTING = frozenset({"comite", "comites", "copil", "copils", "reunion", "reunions", "reu", "seance", "seances",
                      "pilotage", "preparation", "organisation", "suivi", "rencontre", "gt", "groupe", "visio"}) | (
    (NEXT | LAST | PREVIOUS) & SINGULAR)
_WHEN = frozenset({"quand", "qd", "kan", "date", "dates"})
# « le forum des employeurs c'est où ? »: where, when a decision says where (set 42b).
_WHERE = frozenset({"ou"})
# « c'est où cette année ? »: the event's coming edition, no period to look in (set 43a).
_THIS_YEAR = frozenset({"cette", "cet", "annee", "an", "ci"})


def event_not_committee(ctx: Context, outcome: Outcome, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision dating the thing a steering sitting's heading names, for « <thing> c'est quand ? » answered
    with that sitting; else None."""
    u = outcome.understanding
    if u is None or outcome.intent == "decisions_recent" or not outcome.confident and "decisions_recent" in u.readings:
        # « on a décidé quoi pour le forum ? » where a sub-group is headed « Sous-groupe forum … » and has not sat:
        # the decisions on the thing, not the sitting's (set 43a).
        return _decided_on_event(ctx, u, answer) if u is not None else None
    if not outcome.confident or outcome.intent not in ("meeting_which", "meeting_next"):
        return None
    folded = [w.folded for w in u.words]
    if (stop := _thing_at_place(ctx, u, answer)) is not None:
        return stop
    slot = "time" if any(f in _WHEN for f in folded) else "place" if any(f in _WHERE for f in folded) else None
    if slot is None or (named := _steered_thing(u)) is None:
        return None
    dated = [d.text for d in ctx.data.decisions() if d.status != "cancelled" and holds(slot, d.text)
             and all(re.search(rf"\b{re.escape(n)}\b", fold(d.text).replace("'", " ")) for n in named)]
    if len(dated) > 1:
        # « Les SISM 2027 … ont lieu du 5 au 18 octobre » beside « Le ciné-débat des SISM 2027 a lieu … »: the one whose
        # subject is the thing named, not a part of it.
        opening = re.compile(rf"^(?:les|le|la|l|des|du)?\s*{re.escape(' '.join(named))}\b")
        dated = [d for d in dated if opening.match(fold(d).replace("'", " ").replace("’", " "))]
    if len(dated) != 1:
        return None
    best = dated[0]
    return as_decision(ctx, u, content_words(words(best, shorthand=False)), answer,
                       accept=lambda o: fold(best)[:40] in fold(o.reply.plain()))


# An article opening the question before the thing it is about (« le bus est à Maurs quel jour ? »).
_ARTICLES = frozenset({"le", "la", "les", "l"})
# « quel jour », « quels jours », « quand »: the day asked.
_DAY = frozenset({"jour", "jours"})


def _thing_at_place(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« le bus est à Maurs quel jour ? » where the working group on « la tournée du bus » sat at Maurs: the thing
    the sitting there steers, opening the question as its subject, and the town it goes to ask the decision that
    dates the thing's stop in that town (« … à Maurs le mardi matin … »), not the sitting held there. Only when one
    decision holds the thing's words, the town and a time; « on était allés à Maurs quel jour pour le bus ? » (the
    members the subject) keeps the sitting."""
    folded = [w.folded for w in u.words]
    if (len(u.words) < 4 or folded[0] not in _ARTICLES or not u.topic or u.words[1].folded not in {w.folded for w in u.topic}
            or not (any(f in _WHEN for f in folded) or any(f in _DAY for f in folded))
            or any(w.folded in _SITTING or w.lemma in _SITTING for w in u.words)):
        return None
    places = [e for e in u.entities if e.kind == "place"]
    if len(places) != 1 or any(e.kind in ("period", "month", "number", "person", "org") for e in u.entities):
        return None
    thing = [w.folded for w in u.topic if len(w.folded) > 2]
    town = [w.folded for w in u.words[places[0].start:places[0].end] if len(w.folded) > 2]
    # The sitting held there steers the thing (its heading names it after « groupe de travail sur … »).
    steered = [_STEERING.sub("", plain) for m in places[0].items
               if _STEERING.match(plain := fold(m.place).replace("'", " ").replace("’", " "))]
    if not thing or not town or not any(all(re.search(rf"\b{re.escape(t)}\b", h) for t in thing) for h in steered):
        return None
    dated = [d.text for d in ctx.data.decisions() if d.status != "cancelled" and holds("time", d.text)
             and all(re.search(rf"\b{re.escape(n)}\b", fold(d.text).replace("'", " ")) for n in [*thing, *town])]
    if len(dated) > 1:
        # « À partir du mardi 5 janvier, le bus dessert … Maurs, … » beside « … à Maurs le mardi matin … »: the one
        # giving the town its day.
        dated = [d for d in dated if re.search(rf"\b{re.escape(' '.join(town))}\s+(?:le|les)\s+(?:{'|'.join(WEEKDAYS)})",
                                               fold(d).replace("'", " "))]
    if len(dated) != 1:
        return None
    best = dated[0]
    return as_decision(ctx, u, [*u.topic, *u.words[places[0].start:places[0].end]], answer,
                       accept=lambda o: fold(best)[:40] in fold(o.reply.plain()))


def _this_year(u: Understanding, entity: Entity) -> bool:
    """« cette année », « cette année-ci »: the period said of the event's edition, no sitting's."""
    return entity.kind == "period" and all(w.folded in _THIS_YEAR for w in u.words[entity.start:entity.end])


def _steered_thing(u: Understanding) -> list[str] | None:
    """The folded words of the one place `u` names when they are the thing a steering sitting's heading names, and
    the question names no sitting (« comité », « réunion »…) nor anything else that picks one; else None."""
    if any(w.folded in _SITTING or w.lemma in _SITTING for w in u.words):
        return None
    places = [e for e in u.entities if e.kind == "place"]
    if len(places) != 1 or any(e.kind in ("period", "month", "number", "person", "org") and not _this_year(u, e)
                               for e in u.entities):
        return None
    named = [w.folded for w in u.words[places[0].start:places[0].end] if len(w.folded) > 1]
    steered = [_STEERING.sub("", plain).split(",")[0] for m in places[0].items
               if _STEERING.match(plain := fold(m.place).replace("'", " ").replace("’", " "))]
    if not named or not steered or not any(all(re.search(rf"\b{re.escape(n)}\b", s) for n in named) for s in steered):
        return None
    return named


def _decided_on_event(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions on the thing a steering sitting's heading names, asked as decisions « pour le forum »."""
    if (named := _steered_thing(u)) is None:
        return None
    place = next(e for e in u.entities if e.kind == "place")
    topic = content_words(u.words[place.start:place.end])
    return as_decision(ctx, u, topic, answer, accept=lambda o: all(n in fold(o.reply.plain()) for n in named))
