"""The second look at a first answer: what `answer.respond` asks once the
question has been read and answered (or not) by its intent.

When unsure: a fact or a slot one decision states (« combien de places en
alternance ? », « le marché c'est où ? »), the decision in its own words
(« l'annuaire sera publié où ? »), which holidays are meant (« avant les
vacances de février »). Whatever the first answer: the meeting whose agenda
holds a point asked « quand », the task a question on work asked about,
readings that all give one answer, and an event dated by its decision
rather than by a document's deadline. Kept out of answer.py, which reads
the question, so that each step of this order is said in one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding.absence_notice import absence_notice, told_to_whom
from handlers.understanding.dated_decision import keeps_dated_decision
from handlers.understanding.agenda_check import point_on_meeting
from handlers.understanding.approved_minutes import approved_minutes
from handlers.understanding.agenda_when import appointment_said, point_meeting, thing_dated, thing_decided
from handlers.understanding.agreeing import agreeing
from handlers.understanding.answers_people import who_the_decision_names
from handlers.understanding.body_duration import body_lasting
from handlers.understanding.changed_record import still_recorded
from handlers.understanding.chat import asked_of_members, asks_time
from handlers.understanding.decision_ages import decision_by_age
from handlers.understanding.group_rules import meeting_habit
from handlers.understanding.decision_facts import asks_duration, decision_fact, states_duration
from handlers.understanding.number_asked import number_unstated
from handlers.understanding.decision_lead import decision_lead
from handlers.understanding.decision_slots import SLOT_KEY, decision_slot
from handlers.understanding.dominance import as_decision
from handlers.understanding.event_date import event_of_document
from handlers.understanding.holiday_doubt import holiday_doubt
from handlers.understanding.intents import model
from handlers.understanding.kind_defined import kind_defined
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.outcome import Outcome
from handlers.understanding.own_formation import own_deadlines
from handlers.understanding.pipeline import Understanding
from handlers.understanding.qualified_sitting import decided_event
from handlers.understanding.received_task import received_task
from handlers.understanding.task_answers import named_tasks
from handlers.understanding.task_questions import task_followup
from handlers.understanding.tense import PAST
from handlers.understanding.topics import topic_scores
from handlers.understanding.taking_effect import TAKING_EFFECT_KEY
from handlers.understanding.timed_deadline import possessive_in_name
from handlers.understanding.worded_decision import people_asked, worded_decision

__all__ = ["second_look"]

# Nouns of a sitting: a question naming one asks which meeting, when an agenda point is its topic.
_SITTINGS = nouns("plain", "formations", "sitting_bodies")
_MEETING_ANSWERS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})


def _sitting_gone(u: Understanding) -> bool:
    """« la visite de la centrale avec la commission technique c'était quand ? »: a kind of sitting named, asked when
    in the past: one of its sittings held, which no decision's date is (a decision on its next one was shown: the
    lead's set 63)."""
    return asks_time(u.words) and bool({w.folded for w in u.words} & PAST) and any(
        e.kind == "place" and e.extra.get("formation") for e in u.entities)


# Parts of the day: « c'est l'après-midi ? », « le matin ? » (« l'aprem » folded as typed).
_DAY_PARTS = frozenset({"matin", "matinee", "apres", "midi", "soir", "soiree", "aprem", "journee"})


def _sitting_day_part(u: Understanding) -> bool:
    """« le GT sur les élèves en situation de handicap c'est l'après-midi ? » (set 46b): a sitting named by its kind
    and subject, the part of the day it is held checked, which its hours answer; a decision saying « mercredi
    après-midi » of something else was shown."""
    inside = {id(u.words[i]) for e in u.entities if e.kind == "place" and e.extra.get("formation")
              for i in range(e.start, e.end)}
    rest = [w for w in u.topic if id(w) not in inside]
    return bool(inside) and bool(rest) and all(w.folded in _DAY_PARTS for w in rest)


def second_look(ctx: Context, outcome: Outcome,
                answers: Mapping[str, Callable[[Context, Understanding], Outcome]]) -> Outcome:
    """`outcome` once the decisions, the agenda, the tasks and the other readings have had their say."""
    u = outcome.understanding
    if u is not None and not outcome.confident and _sitting_day_part(u):
        u.intent, u.topic, u.readings = "meeting_which", [], []
        return answers["meeting_which"](ctx, u)
    if u is not None and outcome.intent in _MEETING_ANSWERS | {None} and (
            defined := kind_defined(ctx, u, answers["decisions_topic"])) is not None:
        return defined  # « c'est quoi le comité technique ? »: what the decisions say of it (kind_defined.py)
    if outcome.confident and u is not None and outcome.intent in _MEETING_ANSWERS and (
            lasting := body_lasting(u)) is not None:
        # « les résidences durent combien de temps ? »: no sitting named, the thing a body's name holds (body_duration.py)
        if (decided := as_decision(ctx, u, lasting, answers["decisions_topic"])) is not None:
            return decided
        u.intent, u.readings = None, [outcome.intent, "decisions_topic"]
        return Outcome(Reply.of("Je ne suis pas sûr d'avoir compris.", "Vouliez-vous :",
                                *(f"• {model().intents[name].label} ?" for name in u.readings),
                                "Reformulez votre question en précisant, ou tapez /aide."), None, False, "", u)
    if outcome.confident and u is not None and outcome.intent in _MEETING_ANSWERS:
        outcome = decision_slot(ctx, u, over_meeting=True) or outcome  # « le marché c'est où ? » on an agenda too
    if outcome.confident and u is not None and outcome.intent in _MEETING_ANSWERS and thing_dated(ctx, outcome):
        # « le plan grand froid ça commence quand ? »: the decision naming the plan dates it, not the next meeting.
        outcome = as_decision(ctx, u, list(u.topic), answers["decisions_topic"]) or outcome
    if (event := decided_event(ctx, outcome)) is not None and u is not None:
        # « la réunion publique sur le plan de mobilité, c'est prévu quand ? »: the event decided, no sitting.
        outcome = as_decision(ctx, u, event, answers["decisions_topic"]) or outcome
    if u is not None and (outcome.confident and outcome.intent in _MEETING_ANSWERS or not outcome.confident and (
            outcome.intent != "chitchat" and appointment_said(u))) and (
            asked := thing_decided(ctx, outcome)) is not None:
        # « le point conseil budget c'est sur rendez-vous ? »: the decision's « sans rendez-vous », no meeting; so
        # too when no reading was sure (« le médecin prend les saisonniers sans rdv quand ? », lead's set 68); asked
        # « qui », the members the decision names with it (« qui reçoit les saisonniers sans rendez-vous ? »).
        texts = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
        texts = [t for t, score in zip(texts, topic_scores(asked, texts, loose=False)) if score >= 1.0]
        outcome = as_decision(ctx, u, asked, (lambda c, v: who_the_decision_names(c, v, texts)) if any(
            w.folded == "qui" for w in u.words) else answers["decisions_topic"]) or outcome
    if outcome.confident and u is not None and outcome.intent == "dates_period" and asks_duration(u):
        # « la convention c'est pour combien de temps ? »: how long it runs, that a decision states (« pour trois
        # ans »), not the deadline for signing it.
        decisions = tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled")
        outcome = decision_fact(ctx, u, decisions, answers["decisions_topic"]) or outcome
    if u is not None and any(w.folded in _SITTINGS for w in u.words):
        # « le plan vélo, on en parle à quelle séance ? »: the meeting asked for, before any decision on the point.
        outcome = point_meeting(ctx, outcome)
    # « en cas d'empêchement on prévient qui ? » (set 44b): a « qui » read as who is in charge that found only the
    # decision is the decision on absences too.
    # « excuses à qui » (set 45b): whom the apologies go to, not who sent them for the next sitting.
    if (not outcome.confident or outcome.intent == "in_charge" and outcome.reply.plain().startswith("Décisions sur")
            or outcome.intent in ("rsvp_upcoming", "attendance_meeting") and u is not None and told_to_whom(u)) and (
            u is not None and (told := absence_notice(ctx, u, answers["decisions_topic"]))):
        outcome = told  # « si je ne peux pas venir jeudi, je préviens qui ? »: the decision on absences (absence_notice.py)
    # « quelqu'un a le numéro de la halte-répit ? » asks the members (chat.py): no decision is sought for them.
    if not outcome.confident and u is not None and outcome.intent != "chitchat" and not asked_of_members(
            u.words, opening=True) and not people_asked([w.folded for w in u.words]) and not (  # « quelles sont les personnes … ? »
            _sitting_gone(u)):
        # « combien de places en alternance ? », « la permanence, c'est quel jour ? »: a fact one decision states.
        decisions = tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled")
        # « le marché c'est où ? », « on avait dit combien ? », « c'est pour qui ? »: a slot of one decision (decision_slots.py);
        # « l'annuaire sera publié où ? » in the decision's own words (worded_decision.py).
        # « on se réunit quel jour de la semaine ? », « … pendant les vacances scolaires ? »: the decision setting the
        # sittings' day or rhythm, before any decision whose words share « se réunir » (group_rules.meeting_habit).
        outcome = (meeting_habit(ctx, u) or decision_slot(ctx, u) or decision_fact(ctx, u, decisions, answers["decisions_topic"])
                   or worded_decision(ctx, u, decisions, answers["decisions_topic"])
                   # « quelqu'un de 63 ans on le prend ? »: the decision whose age range holds it (decision_ages.py);
                   # « la régie recrute combien ? »: the decision its words lead by far (decision_lead.py).
                   or decision_by_age(ctx, u, decisions, answers["decisions_topic"])
                   or decision_lead(ctx, u, decisions, answers["decisions_topic"]) or outcome)
    if not outcome.confident and u is not None and own_deadlines(u, ctx.data.members()):
        # « les prochaines échéances du comité de pilotage ? »: the group's own deadlines (own_formation.py).
        u.intent, u.readings = "dates_period", []
        u.entities = [e for e in u.entities if not (e.kind == "place" and e.extra.get("formation"))]
        outcome = answers["dates_period"](ctx, u)
    if not outcome.confident and u is not None and outcome.intent != "chitchat":
        records = tuple(d.text for d in ctx.data.decisions()) + tuple(d.text for d in ctx.data.deadlines()) + tuple(
            t.text for t in ctx.data.tasks())
        outcome = holiday_doubt(u, records) or outcome  # « avant les vacances de février »: which zone's, asked (holiday_doubt.py)
    outcome = point_meeting(ctx, outcome)  # « le préavis passe en plénière quand ? »: agenda_when.py
    checked = point_on_meeting(ctx, outcome)  # « il y a des points divers le 10 ? »: agenda_check.py
    # « le budget primitif est soumis au vote le 10 ? »: the point found on that sitting's agenda, no task sharing its
    # words (« Préparer la maquette du budget primitif »).
    pointed, outcome = checked is not outcome, checked
    if outcome.confident and outcome.intent == "agenda_items" and u is not None and (
            awaited := received_task(ctx, u)) is not None:
        # « les places E2C pour janvier, on les a ? »: a thing received is no agenda point, even when a point's words
        # and the month said make a sitting's agenda (received_task.py, set 44c).
        pointed, outcome = False, named_tasks(ctx, u, awaited)
    # « le PV de la dernière séance a été approuvé ? »: that sitting's minutes, not another's (approved_minutes.py).
    approved = approved_minutes(ctx, outcome)
    pointed, outcome = pointed or approved is not outcome, approved
    named = outcome.confident and outcome.intent == "dates_period" and u is not None and possessive_in_name(
        u, tuple(d.text for d in ctx.data.deadlines()))  # « sur ma démarche FSE »: the platform's name, no task of mine
    if not outcome.key.startswith((SLOT_KEY, TAKING_EFFECT_KEY)) and not named and not pointed:  # the slot weighed the tasks, a start no task says
        followed = task_followup(ctx, outcome)
        # « les fiches c'était à rendre pour quand ? »: the decision's date, not an undated task (dated_decision.py)
        outcome = outcome if keeps_dated_decision(ctx, outcome, followed) else followed
    if not outcome.confident and u is not None and outcome.intent is None:
        outcome = agreeing(ctx, u, answers) or outcome  # readings that all give one answer (agreeing.py)
    if not outcome.confident and u is not None and outcome.intent is None:
        # « la navette, c'est toujours d'actualité ? »: the decisions on the thing checked (changed_record.py)
        outcome = still_recorded(ctx, u, answers["decisions_topic"]) or outcome
    if u is not None and (event := event_of_document(ctx, u, outcome, tuple(d.text for d in ctx.data.deadlines()),
                                                     tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled"), answers["decisions_topic"],
                                                     tuple(t.text for t in ctx.data.tasks() if t.open))):
        outcome = event  # « la fête du jeu c'est quelle date ? »: not the deadline of its programme (event_date.py)
    if outcome.confident and u is not None and outcome.intent == "decisions_topic" and asks_duration(u) and (
            not states_duration(outcome.reply.plain())):
        # « les comprimés d'iode ça se garde combien de temps ? »: decisions naming them that say no length answer
        # nothing of how long (the lead's set 63); one stating it answered above (decision_fact).
        u.intent, u.readings = None, ["decisions_topic"]
        outcome = Outcome.unsure(u, ["Aucune décision du groupe ne dit cette durée : je ne peux pas répondre avec "
                                     "certitude.", "Vouliez-vous :", f"• {model().intents['decisions_topic'].label} ?",
                                     "Reformulez votre question en précisant, ou tapez /aide."], "")
    # « c'est quoi le numéro du contrôle des habitants ? »: a decision naming the office gives no number to call.
    return number_unstated(outcome) or outcome
