"""One point checked on a meeting's agenda: « il y a des points divers le 10 ? »,
« il y aura des questions diverses en janvier ? », « on parle des colis au
prochain cotech ? ». The question names a coming meeting (by its day, its
month or its kind) and a thing; the agenda of exactly one such meeting holds
every word of the thing: that meeting's agenda answers, saying the point.

Only a question the readings left unsure is read so, that asks no one
(« qui »), no count (« combien ») and no time (« quand »: agenda_when.py); a point no agenda holds
leaves it unsure (the bot does not answer « no » from an agenda that may
still grow).

A month designates the meetings in it (« au copil de janvier »), « la
prochaine fois » the next meeting. A sitting named by its kind whose agenda
holds the thing in its own words (not through a family) outweighs a decision
found through one (« on vote le budget au copil de janvier ? » is January's
point « Budget 2027 », not a decision « financée par la CAF »), unless the
question asks what was decided (« voté », « validé »)."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.understanding.agenda_elsewhere import agenda_outcome, best_point, point_elsewhere
from handlers.understanding.agenda_topic import AGENDA_NOUNS
from handlers.understanding.agenda_when import GONE, coming_meetings
from handlers.understanding.decision_facts import asks_rhythm
from handlers.understanding.entities import Entity
from handlers.understanding.meeting_nouns import PLAIN, SITTING_BODIES
from handlers.understanding.normalise import fold
from handlers.understanding.periods import FOLDED_MONTHS
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.presence_cues import strong
from handlers.understanding.topics import topic_scores

__all__ = ["point_on_meeting"]

# Participles of deciding: « le budget a été voté au copil ? » asks a decision, « on vote le budget » a point.
_DECIDED = re.compile(r"(?:decid|valid|vot|act|adopt|tranch|arret)(?:e|ee|es|ees)$")
# The auxiliary of a past « dit » (« a dit », « ont dit », « avait dit »).
_HAVING = frozenset({"a", "as", "ont", "avons", "avez", "avait", "avaient"})

# Every word of the thing in the point (« divers » in « Points divers »).
_WHOLE = 1.0
_ASKING_ELSE = frozenset({"qui", "ki", "quand", "qd"})
# Someone coming (not « présente », also a point presented: « le trésorier présente le budget jeudi ? »).
_COMING = frozenset({"vient", "viennent", "venir", "viendra", "viendront", "participe", "participera", "participeront",
                     "assiste", "assistera", "assisteront"})
# Verbs of bringing a point before a sitting (lemmas).
# « … passe au copil du 8 ? »: passing before a sitting is how a point comes up too (the lead's set 60).
_PRESENTING = frozenset({"presenter", "passer", "passe"})
# « le budget est soumis au vote le 10 ? »: submitted to a sitting's vote is how a formal body's point comes up (blind
# set 42c); folded words or lemmas, none of them a word the point holds.
# « on valide combien de recrutements mardi prochain ? »: validating, in the present with a coming day, is the
# sitting's point too (set 47c); « validé » stays a decision asked (_decided).
_SUBMITTING = frozenset({"soumis", "soumise", "soumises", "soumettre", "vote", "voter", "valider", "valide", "validons"})
# « on parlera de la garde des enfants au GT du 27 ? »: talking of a thing in the future is a coming sitting's point,
# which no decision taken can say (the lead's set 75); folded words, none of them a word the point holds.
_TALKED_OF = frozenset({"parlera", "parlerons", "parleront", "discutera", "discuterons", "discuteront", "abordera",
                        "aborderons", "aborderont", "evoquera", "evoquerons", "traitera", "traiterons", "traiteront"})

# « on va parler de … », « vous allez aborder … »: the near future of talking of a thing (folded words).
_GOING = frozenset({"va", "vont", "allons", "allez"})
_TALKING = frozenset({"parler", "aborder", "discuter", "traiter", "evoquer"})


def _count_asked(u: Understanding) -> bool:
    """« combien d'embauches … ? »: « combien » asks a count of things, not « combien de temps » (how long to wait)."""
    folded = [w.folded for w in u.words]
    return any(w == "combien" and folded[i + 1:i + 3] != ["de", "temps"] for i, w in enumerate(folded))


def _one_day(entity: Entity) -> bool:
    """A period entity that spans one day (« le 10 », « jeudi 10 »)."""
    span = entity.extra.get("period")
    return span is not None and (span.end - span.start).days == 1


def _decided(u: Understanding) -> bool:
    """A participle of deciding, written with its accent (« voté », « validée »), or a past tense (« a été »)."""
    words = u.words
    return any(w.raw.casefold().endswith(("é", "ée", "és", "ées")) and _DECIDED.search(w.folded) for w in words) or any(
        w.folded == "ete" for w in words) or _said_past(u)


def _said_past(u: Understanding) -> bool:
    """« qu'est-ce que la commission a dit sur les plans du parc ? »: what a sitting already said (« a dit », « ont
    dit ») is its decision, not a point of the next sitting's agenda (the lead's set 91)."""
    words = u.words
    return any(w.folded == "dit" and i > 0 and words[i - 1].folded in _HAVING for i, w in enumerate(words))


def _headed_sitting(u: Understanding, place: Entity) -> bool:
    """« au comité de suivi »: a place the meetings' headings name, opening on a body named for its sittings
    (« comité », « commission », « bureau », read « réunion » by then): a kind of sitting, as a formation is
    (set 37a)."""
    return 0 <= place.start < len(u.words) and u.words[place.start].folded in PLAIN | SITTING_BODIES


def _month_ahead(ctx: Context, u: Understanding) -> bool:
    """A month to come said (« en mars »), whose name no decision writes: « c'est en janvier qu'on vote le budget ? »
    of a decision « … voté en janvier » asks that decision (sets 27c, 29c), a month no decision says asks its
    sittings' agenda."""
    said = [e for e in u.entities if e.kind == "period" and not _one_day(e) and e.extra["period"].start > ctx.now.date()]
    if len(said) != 1:
        return False
    names = {w.folded for w in u.words[said[0].start:said[0].end]} & set(FOLDED_MONTHS)
    decided = " ".join(fold(d.text) for d in ctx.data.decisions())
    return bool(names) and not any(re.search(rf"\b{name}\b", decided) for name in names)


def point_on_meeting(ctx: Context, outcome: Outcome) -> Outcome:
    """The agenda of the one designated coming meeting that holds the point asked; else `outcome`."""
    u = outcome.understanding
    if u is None or outcome.intent == "chitchat" or not u.topic or "?" not in u.text:
        return outcome
    kinds = [e for e in u.entities if e.kind == "place" and (e.extra.get("formation") or _headed_sitting(u, e))]
    # A decision found through a family of words yields to a sitting's point said in the question's own words.
    # So does a decision or a task sharing a word of the point, when the point is said brought before a sitting of a
    # day (« la redevance passe au comité du 10 ? », « le budget primitif est soumis au vote le 10 ? »).
    brought = any(w.lemma in _PRESENTING | _SUBMITTING or w.folded in _PRESENTING | _SUBMITTING | _TALKED_OF
                  for w in u.words)
    # A day said (« le 10 »), not a month (« c'est en janvier qu'on vote le budget ? » asks the decision dating it:
    # 27c, 29c lost a row on the merged round).
    dated = any(e.kind == "period" and _one_day(e) for e in u.entities)
    folded = [w.folded for w in u.words]
    # « la prochaine fois », « à l'odj de la prochaine réunion »: the next meeting.
    # « on va parler de l'appel à projets au prochain comité ? »: talking of it in the near future (« va parler »)
    # brings it before a sitting as « parlera » does, and « au prochain comité » (« comité » read « réunion ») names
    # the next one as « la prochaine fois » does (the lead's set 96).
    talked = any(word in _GOING and folded[i + 1:i + 2] and folded[i + 1] in _TALKING
                 for i, word in enumerate(folded))
    brought = brought or talked
    next_time = any((word == "fois" or word in PLAIN) and i > 0 and (
        folded[i - 1] == "prochaine" or talked and folded[i - 1] == "prochain") for i, word in enumerate(folded))
    # « on vote les tarifs de l'eau à la prochaine séance ? »: the next sitting names one as a day does (set lead76).
    # « en mars on vote le SAGE ? »: a month to come that no decision says names its sittings too (lead's set 87).
    overriding = outcome.confident and not _decided(u) and (outcome.intent == "decisions_topic" and bool(kinds) or (
        outcome.intent in ("decisions_topic", "in_charge") and brought and (
            dated or next_time or _month_ahead(ctx, u))))
    if outcome.confident and not overriding or _said_past(u):
        return outcome
    if any(w.folded in _ASKING_ELSE for w in u.words) or any(e.kind == "person" for e in u.entities):
        return outcome
    counted = _count_asked(u)
    if counted and not brought:
        return outcome  # « combien d'embauches au premier trimestre ? »: a count, which no point says (set 67)
    if asks_rhythm(u):
        return outcome  # « l'hiver on appelle les inscrits tous les combien ? »: a rule's rhythm, no point of a sitting
    if any(w.folded in GONE for w in u.words):
        return outcome  # « la visite … avec la commission technique, c'était quel jour ? »: no coming sitting's point
    if any(e.kind == "role" for e in u.entities) and (strong(u) or any(w.folded in _COMING for w in u.words)):
        # « le principal de Mistral sera là jeudi ? »: a title's holder being there, not a point naming the collège
        # (set 38a); a title is someone, as a name is.
        return outcome
    periods = [e for e in u.entities if e.kind == "period"]
    months = [e for e in u.entities if e.kind == "month"]
    if not periods and not kinds and not months and not next_time:
        return outcome
    meetings = coming = coming_meetings(ctx)
    if periods:
        span = periods[0].extra["period"]
        meetings = [m for m in meetings if span.start <= m.start.date() < span.end]
        if not meetings and (span.end - span.start).days == 1 and coming and (
                coming[0].start.date() - span.start).days == 7:
            # « on parle des colis samedi ? » on a Tuesday, the meeting being the Saturday after: no meeting on the
            # day the weekday names first, the next one a week later is meant, as the agenda answers read it (set 37b).
            meetings = coming[:1]
        if not meetings and kinds and (span.end - span.start).days == 1:
            # « au GT du 27 » said in December of a GT held on 27 January: the day alone was read in this month, but
            # the sitting named by its kind is the coming one held on that day of a month (the lead's set 75).
            numbers = {m.number for m in kinds[0].items}
            meetings = [m for m in coming if m.number in numbers and m.start.day == span.start.day][:1]
    if months:  # « au copil de janvier »: the coming January's
        first = next((m for m in meetings if m.start.month == months[0].extra["month"]), None)
        meetings = [m for m in meetings if first is not None and (m.start.year, m.start.month) == (
            first.start.year, first.start.month)]
    if kinds:
        numbers = {m.number for m in kinds[0].items}
        meetings = [m for m in meetings if m.number in numbers]
    if not periods and not months:
        meetings = meetings[:1]  # « au prochain cotech », « au cotech », « la prochaine fois »: the next one
    # « l'installation de la téléconsultation sera présentée au comité ? »: presenting is how a point comes up, no
    # word the point holds (set 37a); the verb alone stays the thing (« Présentation des nouveaux membres »).
    # « au programme du prochain copil »: the agenda named, no word of the point either.
    thing = [w for w in u.topic if w.lemma not in _PRESENTING | _SUBMITTING
             and w.folded not in AGENDA_NOUNS | _SUBMITTING | _TALKED_OF] or u.topic
    holding = [m for m in meetings if m.agenda and max(topic_scores(thing, [i.text for i in m.agenda],
                                                                    loose=not overriding)) >= _WHOLE]
    if not holding and len(meetings) == 1 and not overriding:
        # « on parle pas du budget le 10 ? »: the point is another meeting's (agenda_elsewhere.py).
        return point_elsewhere(ctx, u, meetings[0], coming) or outcome
    if len(holding) != 1:
        return outcome
    meeting = holding[0]
    point = best_point(u, meeting)
    if counted and not any(ch.isdigit() for ch in point):
        return outcome  # « on valide combien de … le 8 ? »: only a point that writes the figure says the count
    return agenda_outcome(ctx, u, meeting, f"Oui : le point « {point} » est à l'ordre du jour de la séance n°{meeting.number} :")
