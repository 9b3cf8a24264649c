"""From an understanding to a reply: the answer of a confident intent, or
what was understood and the closest readings when unsure."""

from __future__ import annotations

import dataclasses
import re

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.messages import Reply
from handlers.understanding import answers_attendance as attendance
from handlers.understanding import answers_meetings as meetings
from handlers.understanding import answers_people as people
from handlers.understanding import answers_records as records
from handlers.understanding.head_count import counted_things, head_count
from handlers.understanding.chaired import chaired
from handlers.understanding.progress_heading import progress_not_meeting
from handlers.understanding.described_meeting import described_meeting, event_named, qualified_meeting
from handlers.understanding.decided_sitting import decided_sitting
from handlers.understanding.heading_kin import SITTING_KINDS, kin_heading
from handlers.understanding.held_before import held_before
from handlers.understanding.hosted_meeting import hosted_meeting
from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.meeting_rank import latest_held_there
from handlers.understanding.sitting_on import sitting_on
from handlers.understanding.when_clause import when_as_case
from handlers.understanding.person_of_body import person_of_body
from handlers.understanding.person_as_body import person_as_body
from handlers.understanding.sitting_with import without_guest
from handlers.understanding.described_person import described_person
from handlers.understanding.task_verb_asked import task_verb_asked
from handlers.understanding.indirect import bare_order, direct_question
from handlers.understanding.agenda_act import act_as_sitting
from handlers.understanding.quarter_heading import quarter_of_heading, season_of_heading
from handlers.understanding.unheld_code import unheld_code, unheld_code_outcome
from handlers.understanding.relayed import relayed_question
from handlers.understanding.bare_late import asks_late_plural
from handlers.understanding.charge_asked import handling_charge
from handlers.understanding.decision_people import decision_with_people
from handlers.understanding.where_asked import desk_not_people, place_dated, place_decided, place_not_date
from handlers.understanding.meeting_form import form_of_meetings
from handlers.understanding.steered_event import event_not_committee
from handlers.understanding.undone import glue_of, own_done_asked, undone_asked
from handlers.understanding.task_answers import own_tasks, scoped_tasks
from handlers.understanding.work_since import work_since
from handlers.understanding.body_amount import body_amount
from handlers.understanding.founding import founding_unstated
from handlers.understanding.unrecorded_figure import figure_unstated, not_counted_there, year_unstated
from handlers.understanding.named_amount import named_amount, shows_amount_asked, sum_asked
from handlers.understanding.body_as_written import as_written
from handlers.understanding.group_composition import composition_asked
from handlers.understanding.asked_marks import asked_mark
from handlers.understanding.inverted_subject import own_first, subject_said
from handlers.understanding.own_turn import own_done, own_mark, own_turn
from handlers.understanding.tu_particle import without_tu_particle
from handlers.understanding.chat_furniture import without_furniture
from handlers.understanding.deputy_titles import short_deputy_titles
from handlers.understanding.chat_particles import without_chat_particles
from handlers.understanding.youth_chat import without_youth_chat
from handlers.understanding.inclusive_writing import without_inclusive_writing
from handlers.understanding.whole_group import without_whole_group
from handlers.understanding.sitting_served import without_sitting_served
from handlers.understanding.confirmed_check import confirmed_as_decided
from handlers.understanding.spoken_il import il_for_y
from handlers.understanding.alsace_turns import alsace_as_french
from handlers.understanding.antilles_turns import antilles_as_french
from handlers.understanding.chti_turns import chti_as_french
from handlers.understanding.unheld_hour import hour_unheld, hours_range_asked
from handlers.understanding.creole_turns import creole_as_french
from handlers.understanding.german_turns import german_as_french
from handlers.understanding.gascon_turns import gascon_as_french
from handlers.understanding.until_event import without_event_bound
from handlers.understanding.season_sitting import season_decided
from handlers.understanding.named_doer_tasks import doer_tasks
from handlers.understanding.lyon_turns import lyon_as_french
from handlers.understanding.marseille_turns import marseille_as_french
from handlers.understanding.stressed_pronoun import without_stressed_pronoun
from handlers.understanding.order_alone import sitting_of_order
from handlers.understanding.our_relative import participle_of_ours
from handlers.understanding.beyond_group import beyond_unsure, counted_beyond
from handlers.understanding.held_charge import charge_as_work
from handlers.understanding.date_checked import checked_deadline_day
from handlers.understanding.deadline_asked import deadline_asked
from handlers.understanding.typed_task import typed_task
from handlers.understanding.held_state import state_decided
from handlers.understanding.ready_task import ready_task
from handlers.understanding.role_decided import role_as_decision_topic
from handlers.understanding.own_formation import without_own_formation, without_own_tail
from handlers.understanding.heading_acronyms import headings_spelled
from handlers.understanding.own_kind import own_sitting_noun
from handlers.understanding.body_people import body_people_asked
from handlers.understanding.own_meetings import own_as_meeting
from handlers.understanding.own_relative import own_relative_as_meeting
from handlers.understanding.sitting_clause import describes_sitting, kind_relative_as_meeting
from handlers.understanding.heading_qualifier import qualifier_as_meeting
from handlers.understanding.named_body_sitting import body_sitting
from handlers.understanding.heading_named import heading_named
from handlers.understanding.heading_words import heading_sitting
from handlers.understanding.event_sitting import discussed_event, event_sitting
from handlers.understanding.none_coming_decided import none_coming_decided
from handlers.understanding.decided_at_place import decided_at_place
from handlers.understanding.formation_subject import decided_in_formation, formation_lead
from handlers.understanding.intents import PLACEHOLDERS, model
from handlers.understanding.kind_lists import all_dates, kind_listed, own_calendar, plural_sittings, sittings_only
from handlers.understanding.kind_decisions import asks_kind_decisions
from handlers.understanding.sitting_thing import thing_not_sitting
from handlers.understanding.decision_count import asks_all_decisions
from handlers.understanding.afterthought import without_afterthought
from handlers.understanding.joining_mode import joining_asked, joining_framed
from handlers.understanding.meeting_circumstance import without_circumstance
from handlers.understanding.told_absence import missed_as_decided, without_absence_after, without_told_absence
from handlers.understanding.title_checked import holder_before_card, title_asked
from handlers.understanding.fronted_title import title_put_back
from handlers.understanding.fronted_object import object_put_back
from handlers.understanding.agenda_topic import agenda_texts
from handlers.understanding.unheld_answer import figures_shown, unheld_readings
from handlers.understanding.unheld_retry import deadline_named, retried
from handlers.understanding.bare_period import period_only
from handlers.understanding.chat import company_sought, roll_call, thing_sought
from handlers.understanding.lending import spare_sought
from handlers.understanding.howto import how_to
from handlers.understanding.title_initials import spelled_title, title_by_initials
from handlers.understanding.syllable_initials import syllables_as_body
from handlers.understanding.clipped_words import kind_heads, unclipped
from handlers.understanding.coming_when import coming_when
from handlers.understanding.clock_check import meeting_reread
from handlers.understanding.sub_groups import sub_groups
from handlers.understanding.rhythm_asked import asks_rhythm, pause_decision, rhythm_decision
from handlers.understanding.pronoun_meeting import meeting_pronoun
from handlers.understanding.changed_record import changed_record
from handlers.understanding.dominance import as_decision, dominant_decision, typed_decided
from handlers.understanding.offered import new_thing, offered_service
from handlers.understanding.or_not import or_not_asked, without_changed_tail
from handlers.understanding.eligibility import (asks_eligibility, before_doing, conditional_case, eligible_decision,
                                                relative_case)
from handlers.understanding.decision_ages import asked_ages, decision_by_age
from handlers.understanding.day_meeting import meeting_of_the_day
from handlers.understanding.dictation import spoken_punctuation
from handlers.understanding.spoken_numbers import spoken_numbers
from handlers.understanding.slash_days import slash_days
from handlers.understanding.own_body import own_words
from handlers.understanding.group_body import without_group_body
from handlers.understanding.homophones import heard_words
from handlers.understanding.real_words import real_words
from handlers.understanding.autocorrected import autocorrected
from handlers.understanding.nobody import nobody_as_who
from handlers.understanding.numbered_thing import numbered_thing
from handlers.understanding.own_task_when import one_task_when
from handlers.understanding.must_rule import must_rule
from handlers.understanding.negated_check import affirmed
from handlers.understanding.no_longer import still_asked
from handlers.understanding.nothing_asked import something_asked
from handlers.understanding.everyone import everyone_as_members
from handlers.understanding.everyone_present import everyone_as_who
from handlers.understanding.restricted_count import count_of_restriction
from handlers.understanding.english_sittings import english_sittings
from handlers.understanding.handled_case import handled_case
from handlers.understanding.usual_place import usual_place
from handlers.understanding.decision_check import checked_decision
from handlers.understanding.appointed import appointed
from handlers.understanding.dated import dated, dated_initials
from handlers.understanding.body_kinds import other_body, other_body_outcome
from handlers.understanding.plural_kinds import one_of_many
from handlers.understanding.acronym_meaning import meaning_asked, meaning_unsure
from handlers.understanding.body_charge import charge_within_body, unit_in_roles
from handlers.understanding.turn_to_body import turned_to_body
from handlers.understanding.namesakes import other_person, other_person_outcome
from handlers.understanding.meeting_rule import day_of_month, habit_checked, meeting_rule
from handlers.understanding.minutes_cues import minutes_keeper, minutes_reading
from handlers.understanding.institutions import named_institution, other_institution, other_institution_outcome
from handlers.understanding.event_place import other_event
from handlers.understanding.explained import doubt_readings, unexplained
from handlers.understanding.named import (body_as_decision_topic, ignores_held_name, ignores_named_body, ignores_unknown_name,
                                         news_of_people, public_of_another_sense, topic_is_a_body)
from handlers.understanding.person_office import office_asked
from handlers.understanding.owed_deadline import owed_deadline
from handlers.understanding.outcome import Outcome
from handlers.understanding.my_duty import own_charge_at
from handlers.understanding.normalise import words
from handlers.understanding.doubtful_readings import doubtful
from handlers.understanding.place_overlap import narrow_places
from handlers.understanding.payers import paid_by
from handlers.understanding.doers import done_by
from handlers.understanding.decided_questions import DECIDED_VERBS, decided_on_body, was_decided
from handlers.understanding.decided_when import decided_when
from handlers.understanding.delays import asks_delay, delay_asked, delay_rule
from handlers.understanding.postponed import postponed_decision
from handlers.understanding.letter import asks_members, letter_parts, spoken_to_colleague
from handlers.understanding.self_corrected import self_corrected
from handlers.understanding.two_questions import first_of_two, joined_questions
from handlers.understanding.context_tail import asked_after_context, asked_before_context, following_the_day, without_own_reason
from handlers.understanding.members_request import members_asked_to_act
from handlers.understanding.own_purpose import without_purpose
from handlers.understanding.ordinal_record import ranked_record
from handlers.understanding.superlative_order import ordered_superlative
from handlers.understanding.ranked_deadline import ranked_deadline
from handlers.understanding.moods import without_mood
from handlers.understanding.participants import participants_as_members
from handlers.understanding.dated_heading import date_of_heading
from handlers.understanding.most_represented import most_represented
from handlers.understanding.unheld_superlative import unheld_measure, unheld_reply
from handlers.understanding.pipeline import CONFIDENT, Understanding, shorten, understand
from handlers.understanding.presence import presence_reading
from handlers.understanding.own_presence import asker_at_meeting
from handlers.understanding.seen_since import met_since, since_words
from handlers.understanding.first_sitting import first_sitting
from handlers.understanding.role_body_presence import role_body_there
from handlers.understanding.group_holders import group_lead, sittings_of_role
from handlers.understanding.verb_lead import lead_by_verb
from handlers.understanding.body_members import asks_body_members, unknown_body_members
from handlers.understanding.body_head import body_head, titled_head
from handlers.understanding.bot_named import asks_use, asks_what_to_ask
from handlers.understanding.publics import public_body
from handlers.understanding.represented import represented_in_roles
from handlers.understanding.staff_voice import staff_voice
from handlers.understanding.function_charge import function_holder
from handlers.understanding.second_look import second_look
from handlers.understanding.contact_body import contact_at_body
from handlers.understanding.asker_condition import if_for_in_case
from handlers.understanding.stand_in import stand_in
from handlers.understanding.seats import seats
from handlers.understanding.group_rules import group_rule, meeting_habit, vote_ahead
from handlers.understanding.vote_record import others_vote, vote_record
from handlers.understanding.presence_not_decided import presence_decided
from handlers.understanding.public_title import public_representative
from handlers.understanding.person_records import (card_asked, colleagues_of, decisions_naming, without_resumed_pronoun,
                                                    without_title_before_name, successor_of)
from handlers.understanding.stood_in_for import stood_in_for
from handlers.understanding.tenure import tenure_answered, tenure_asked
from handlers.understanding.turnover import turnover_holder
from handlers.understanding.still_there import still_there
from handlers.understanding.plural_charge import inner_body, plural_charge
from handlers.understanding.meeting_programme import meeting_programme
from handlers.understanding.taking_effect import taking_effect
from handlers.understanding.timed_deadline import asks_day, deadline_after, due_to_body, handed_in, timed_deadline
from handlers.understanding.due_before_meeting import due_before_meeting
from handlers.understanding.meeting_against import meeting_against
from handlers.understanding.settle import settle
from handlers.understanding.window_asked import window_record
from handlers.understanding.heading_tail import without_heading_tail
from handlers.understanding.decided_for_place import place_as_topic
from handlers.understanding.weekday_asked import weekday_decision
from handlers.understanding.who_source import decision_actor, who_source
from handlers.understanding.topics import record_pairs, with_activities
from handlers.understanding.kin_pairs import with_kin_pairs
from handlers.understanding.world import World, entity_data
from handlers.understanding.world_cache import group_world
from storage.models import Decision
from storage.search import lookup

__all__ = ["respond", "ANSWERS"]

ANSWERS: dict[str, Callable[[Context, Understanding], Outcome]] = {
    "meeting_next": meetings.meeting,
    "meeting_which": meetings.meeting,
    "meeting_last": meetings.meeting_last,
    "meetings_upcoming": meetings.meetings_upcoming,
    "agenda_items": meetings.agenda_items,
    "dates_period": records.dates_period,
    "who_is": people.who_is,
    "role_holder": people.role_holder,
    "org_representative": people.org_people,
    "org_members": people.org_people,
    "directory": people.directory,
    "decisions_topic": records.decisions_topic,
    "decisions_recent": records.decisions_recent,
    "decision_number": records.decision_number,
    "in_charge": people.in_charge,
    "tasks_late": records.tasks,
    "tasks_mine": records.tasks,
    "attendance_meeting": attendance.attendance_answer,
    "rsvp_upcoming": attendance.attendance_answer,
    "minutes_request": attendance.minutes_answer,
}

EXAMPLES = "« prochaine réunion ? », « qui représente <organisation> ? », « qu'a-t-on décidé sur <sujet> ? »"
_GREETINGS = ("bonjour", "salut", "hello", "coucou", "bonsoir", "hey")
_THANKS = ("merci", "top", "super", "parfait", "genial", "bravo")


def _understood(u: Understanding) -> str:
    """What the bot recognised, in words: « Mme Lefèvre », « mars »."""
    names = [f"« {shorten(e.label)} »" for e in u.entities]
    if u.topic:
        names.append(f"« {u.topic_text} »")
    return ", ".join(names)


def _chat(u: Understanding) -> Outcome:
    first = u.words[0].folded if u.words else ""
    if first in _GREETINGS:
        line = "Bonjour ! Posez-moi une question sur le groupe, par ex. " + EXAMPLES + "."
    elif first in _THANKS:
        line = "Avec plaisir !"

    else:
        line = "Je n'ai pas compris la question. Je réponds aux questions sur le groupe, par ex. " + EXAMPLES + "."
    return Outcome(Reply.of(line), "chitchat", False, "", u)


def _unknown_name(u: Understanding, world: World) -> Outcome | None:
    """A question about someone or a body the store does not know:
    "qui est Jean Dupont ?" is answered by saying so, with close names."""
    if not u.topic or u.entities:
        return None
    honorifics = entity_data()["honorifics"]
    looks_named = any(w.raw[:1].isupper() or w.folded in honorifics for w in u.topic) or any(
        w.folded == "qui" for w in u.words)
    if not looks_named:
        return None  # "le budget ?" is a topic, not a name
    # Would it be a question about someone if its unknown words were a name?
    for kind in ("person", "org"):
        as_name = [PLACEHOLDERS[kind] if t == PLACEHOLDERS["topic"] else t for t in u.tokens]
        best, score = model().rank(as_name)[0]
        if best in ("who_is", "org_representative", "org_members") and score >= CONFIDENT:
            break
    else:
        return None
    name = shorten(" ".join(w.raw for w in u.topic if w.folded not in honorifics)) or u.topic_text
    labels = [m.name for m in world.members] + sorted({m.organisation for m in world.members if m.organisation})
    found = lookup(name, labels, lambda label: label)
    close = [m for m in (found.best, *found.ambiguous, *found.suggestions) if m is not None]
    hint = " Vouliez-vous dire : " + ", ".join(m.item for m in close) + " ?" if close else ""
    return Outcome(Reply.of(f"Je ne trouve pas « {name} » parmi les membres ni les organisations du groupe.{hint}",
                            "Tapez /membres pour l'annuaire."), None, False, "", u)


def _unsure(u: Understanding) -> Outcome:
    intents = model().intents
    seen = _understood(u)
    head = f"Je ne suis pas sûr d'avoir compris ({seen})." if seen else "Je ne suis pas sûr d'avoir compris."
    if not u.readings:
        return Outcome(Reply.of("Je n'ai pas compris la question." + (f" (J'ai reconnu : {seen}.)" if seen else ""), f"Essayez par ex. {EXAMPLES}, ou tapez /aide."), None, False, "", u)
    lines = [head, "Vouliez-vous :"] + [f"• {intents[name].label} ?" for name in u.readings]
    lines.append("Reformulez votre question en précisant, ou tapez /aide.")
    return Outcome(Reply.of(*lines), None, False, "", u)


# A span of hours a decision writes (« de 11 heures à 20 heures », « de 9 h à 12 h »).
_CLOCK_RANGE = re.compile(r"\bde\s+\d{1,2}\s*(?:h|heures?)\s*(?:\d{2})?\s+(?:a|à)\s+\d{1,2}\s*(?:h|heures?)", re.IGNORECASE)
_ARTICLES = frozenset({"le", "la", "les", "l", "a", "au", "aux", "du", "de", "des", "d"})

# Readings of a question on who pays that a decision saying so answers better (payers.py).
_PAYER_READINGS = frozenset({"in_charge", "role_holder", "who_is", "org_representative", "decisions_topic", "decisions_recent"})
# Answers naming people, which never say how often something happens.
_PEOPLE_ANSWERS = frozenset({"who_is", "role_holder", "org_representative", "org_members", "directory", "in_charge"})
_MEETING_ANSWERS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})
# The readings a question on the day of the week something recurs on may get first (weekday_asked.py).
_WEEKDAY_READINGS = frozenset({None, "meeting_next", "meeting_which", "meetings_upcoming", "dates_period"})


# The answers on who came or comes, which an absence told first may draw by its own words.
_PRESENCE = frozenset({"attendance_meeting", "rsvp_upcoming"})


def _reread(text: str, names: list[str]) -> tuple[str, frozenset[str] | None] | None:
    """The question `text` asks read once more, with the answers kept from it: the asker's absence told first read
    away (told_absence.py: any sure answer), a title checked on a name asked as its holder (title_checked.py: a role's
    holder only), the question after a context of the member's own (context_tail.py: any sure answer)."""
    if (context := without_told_absence(text) or without_absence_after(text)) is not None:
        return context, None
    if (holder := title_asked(text)) is not None:
        return holder, frozenset({"role_holder"})
    if (question := asked_after_context(text, names) or asked_before_context(text)) is not None:
        return question, None  # « je serai en retard, c'est où ? », « c'est où mardi, je viens du taf » (context_tail.py)
    if (plain := subject_said(text)) is not None:
        return plain, None  # « Le quorum était-il atteint ? » as « le quorum était atteint ? » (inverted_subject.py)
    if (plain := object_put_back(text)) is not None:
        return plain, None  # « les permanences, M. Cornu les a proposées ? » in the plain order (fronted_object.py)
    return None


def respond(ctx: Context, text: str, afterthought: bool = True, rewritten: bool = False, affirm: bool = True,
            told: bool = True, measured: bool = False, joining: bool = True) -> Outcome:
    """`_answer`'s reply, unless the message's own words put its confident reading in doubt (« les réunions au
    deuxième trimestre ? » in a school's group, « Samir il doit présenter quoi ? » read as his card,
    « les parents de Parents ensemble c'est qui ? » as a charge): then the
    readings are offered, since a confident wrong answer is worse than « je ne suis pas sûr » (doubtful_readings.py)."""
    outcome = _answer(ctx, text, afterthought, rewritten, affirm, told, measured, joining)
    if (window := window_record(ctx, outcome)) is not None:
        return window  # « jusqu'à quand on peut postuler ? »: the deadline or decision of that act (window_asked.py)
    u = outcome.understanding
    if outcome.confident and u is not None and hour_unheld(text, outcome.intent, outcome.reply.plain()):
        # « on était monté sur le terril à quelle heure en septembre ? »: no decision found says an hour (unheld_hour.py)
        return _unsure(dataclasses.replace(u, intent=None, readings=["meeting_which", "decisions_topic"]))
    if outcome.confident and u is not None and hours_range_asked(text, outcome.intent, outcome.reply.plain()):
        # « les visites à Ker Arvor c'est de quelle heure à quelle heure ? »: the hours decided, not a past sitting's
        # (unheld_hour.py); the place's words are the thing's too.
        named = [w for e in u.entities if e.kind == "place" for w in u.words[e.start:e.end] if w.folded not in _ARTICLES]
        decided = as_decision(ctx, dataclasses.replace(u, entities=list(u.entities)), [*u.topic, *named],
                              ANSWERS["decisions_topic"], lambda o: bool(_CLOCK_RANGE.search(o.reply.plain())))
        return decided or _unsure(dataclasses.replace(u, intent=None, readings=[outcome.intent, "decisions_topic"]))
    if outcome.confident and outcome.intent and u is not None:
        if (readings := doubtful(u, outcome.intent, group_world(ctx))) is not None:
            return _unsure(dataclasses.replace(u, intent=None, readings=readings))
        if (titled := public_representative(outcome)) is not None:
            return titled  # « la représentante des usagers c'est qui ? »: that title's holder, no council (public_title.py)
        if outcome.intent in ("in_charge", "role_holder") and (body := body_people_asked(
                ctx, dataclasses.replace(u), outcome.reply.plain() if outcome.intent == "role_holder" else "")) is not None:
            return body  # « le centre social c'est qui ? »: the body's people, not the role sharing its words (body_people.py)
        if outcome.intent == "decisions_topic" and (shown := outcome.reply.plain()) and (
                figure_unstated(text, shown_texts := [d.text for d in ctx.data.decisions() if d.text in shown])
                or year_unstated(text, shown_texts, ctx.now.year)
                or not_counted_there(text, [w.folded for w in u.topic], shown_texts)):
            # « combien de permis on a financés ? » answered with the aid's amount, « combien d'adhérents en 2024 ? »
            # with this year's: no decision shown states the count, the average or the year asked (unrecorded_figure.py).
            return _unsure(dataclasses.replace(u, intent=None, readings=["decisions_topic"]))
        if founding_unstated(text, outcome.reply.plain()):
            # « ça fait combien de temps que le GEIQ existe ? »: no record dates a founding (founding.py).
            return _unsure(dataclasses.replace(u, intent=None, readings=["meeting_which"]))
        if outcome.intent == "dates_period" and (summed := sum_asked(ctx, u)) is not None:
            return summed  # « le budget du FAJ pour l'an prochain ? »: the sum decided, not the year's dates (named_amount.py)
        if outcome.intent == "dates_period" and (typed := typed_decided(ctx, u, ANSWERS["decisions_topic"],
                                                                          outcome.reply.plain())) is not None:
            return typed  # « échéancier eau »: the decision writing the word as typed, not the calendar (dominance.py)
        if (unheld := unheld_readings(text, outcome.intent, outcome.reply.plain(), [w.folded for w in u.topic],
                                      [d.text for d in ctx.data.decisions() if d.status != "cancelled"],
                                      [m.start for m in ctx.data.meetings()], ctx.now)) is not None:
            # « c'est confirmé pour la navette ? » answered with the next meeting whose agenda names it, while a
            # decision holds it too; « c le 28 ou le 4 … ? » with a record writing neither (unheld_answer.py).
            if unheld == ["meeting_next", "decisions_topic"]:
                # The decision holding the words the agenda point holds too, when it answers surely on its own.
                decided = ANSWERS["decisions_topic"](ctx, dataclasses.replace(u, intent="decisions_topic", readings=[]))
                if decided.confident and figures_shown(text, decided.reply.plain()):
                    return decided
            # « c le 28 ou le 4 le forum ?? »: the record that holds what was asked, when it shows it (unheld_retry.py).
            if (again := retried(ctx, u, text, outcome.intent, outcome.reply.plain(), ANSWERS)) is not None:
                return again
            return _unsure(dataclasses.replace(u, intent=None, readings=unheld))
    if not outcome.confident and u is not None and (due := deadline_named(ctx, u, ANSWERS)) is not None:
        return due  # « la liste des ateliers, date limite ? »: the one deadline holding its words (unheld_retry.py)
    return outcome


def _answer(ctx: Context, text: str, afterthought: bool = True, rewritten: bool = False, affirm: bool = True,
           told: bool = True, measured: bool = False, joining: bool = True) -> Outcome:
    """Understand `text` against the group's store and answer it (`rewritten`: `text` is already the message with a
    body's name as the records write it, body_as_written.py, and is not rewritten again; `affirm`: a check in the
    negative left unsure is read again in the positive, negated_check.py; `told`: the asker's absence told first is
    read away, and a title checked on a name asked as its holder, when the whole message is no sure answer:
    told_absence.py, title_checked.py)."""
    if not measured and (superlative := unheld_measure(text, _records_of(ctx))) is not None:
        # « la réunion la plus longue ? », « le plus gros chantier ? »: no record holds the measure compared, so no
        # record found is the answer for sure (unheld_superlative.py).
        found = respond(ctx, text, afterthought, rewritten, affirm, told, measured=True)
        if not found.confident:
            return found
        return Outcome(Reply.of(unheld_reply(superlative), *found.reply.lines), found.intent, False, found.key,
                       found.understanding)
    if not measured and (code := unheld_code(text, _group_texts(ctx), [m.organisation or "" for m in ctx.data.members()])):
        # « le parking P2 est gratuit le dimanche ? »: a thing named by a code no text of the group writes; the
        # decisions its other words find are about another (unheld_code.py).
        return unheld_code_outcome(respond(ctx, text, afterthought, rewritten, affirm, told, measured=True), code)
    text = without_furniture(text)  # « @tous », a pasted link, « (désolée si déjà demandé) »: chat_furniture.py
    text = without_inclusive_writing(text)  # « qui était présent·e ? », « le/la référent(e) »: inclusive_writing.py
    text = without_whole_group(text)  # « la prochaine réunion des partenaires ? »: no sitting named (whole_group.py)
    text = without_mood(text)  # « help !! », « Pardon d'insister : … », « … ? on en a marre »: moods.py
    text = participants_as_members(text)  # « la liste des participants au comité de suivi »: its members (participants.py)
    text = date_of_heading(text, ctx.data.meetings)  # « le copil du 25 novembre » headed so: its day (dated_heading.py)
    # « la séance du deuxième trimestre » headed so: its day (quarter_heading.py)
    text = quarter_of_heading(text, ctx.data.meetings, group_world(ctx).own_names)
    text = season_of_heading(text, ctx.data.meetings, group_world(ctx).own_names)  # « la plénière de printemps » headed so
    text = act_as_sitting(text, ctx.data.meetings())  # « on adopte le bilan 2026 quel jour ? »: agenda_act.py
    # « les dossiers complets pour la commission du 10, c'est pour quand ? »: the deadline's own words (sitting_served.py)
    text = without_sitting_served(text, [d.text for d in ctx.data.deadlines()])
    text = self_corrected(text)  # « la réunion de février, pardon, de janvier »: the mending only (self_corrected.py)
    # « ma collègue demande quand est la prochaine réunion », « Karima me demande quelles sont ses tâches »: the
    # question passed on, asked directly, of the one who asks it (relayed.py).
    text = relayed_question(text, [(m.name, m.organisation or "", m.role or "") for m in ctx.data.members()])
    text = without_tu_particle(text)  # « on se rencontre-tu en mars ? »: Québec's asking particle (tu_particle.py)
    text = without_chat_particles(text)  # « wallah c'est quand la prochaine ? », « … même ? »: chat_particles.py
    text = without_youth_chat(text)  # « la réuuuu c quand mdr », « le skatepark on en parle kan ? »: youth_chat.py
    text = antilles_as_french(text)  # « ki lè réinion-la ? », « kimoun ka représenté CAF-la ? »: antilles_turns.py
    text = creole_as_french(text)  # « la réunion lé kan ? », « ki i représente la CAF ? »: creole_turns.py
    text = chti_as_french(text)  # « ch'est quand eul prochaine ? », « Crépin i fait quo ? »: chti_turns.py
    text = alsace_as_french(text)  # « ça geht's ? … », « il vient avec mardi ? », « um 18 Uhr »: alsace_turns.py
    # « la Sitzung », « le Protokoll », « …, oder ? », « l'Anne-Sophie »: german_turns.py
    text = german_as_french(text, lambda: _group_texts(ctx), [m.name for m in ctx.data.members()])
    text = marseille_as_french(text)  # « vé, … », « on se capte quand ? », « c'est qui en bas ? »: marseille_turns.py
    text = lyon_as_french(text)  # « ça fait une paye, … », « pas de pressage, mais … », « on se rejoint où ? »: lyon_turns.py
    text = gascon_as_french(text)  # « adieu ! … », « c'est à quelle heure con ? », « …, que j'ai … »: gascon_turns.py
    text = without_event_bound(text)  # « les dates de réunion d'ici la montée en estive ? »: until_event.py
    text = confirmed_as_decided(text)  # « strasbourg c'est confirmé ? »: « … c'est acté ? » (confirmed_check.py)
    text = il_for_y(text)  # « Patrick, y travaille où ? »: « il » as spoken (spoken_il.py)
    text = without_stressed_pronoun(text)  # « je suis inscrit, moi, pour le 10 ? »: the subject said once (stressed_pronoun.py)
    text = sitting_of_order(text)  # « la précédente, elle était où ? »: « la réunion précédente » (order_alone.py)
    text = participle_of_ours(text)  # « les décisions qu'on a prises aux Genêts »: « … prises … » (our_relative.py)
    text = without_own_reason(text)  # « mes tâches s'il te plaît, je fais mon planning »: the request (context_tail.py)
    text = without_purpose(text)  # « rappelle-moi la date de la plénière, je dois envoyer les convocations » (own_purpose.py)
    text = most_represented(text)  # « la commune la plus représentée ? »: the directory (most_represented.py)
    text = ordered_superlative(text)  # « la réunion la plus proche »: « la prochaine réunion » (superlative_order.py)
    text = ranked_record(text)  # « c'est quoi la 6e décision ? »: « la décision 6 » (ordinal_record.py)
    text = if_for_in_case(text)  # « au cas où j'aurais besoin du CMP, qui … ? »: « si », no place asked (asker_condition.py)
    text = following_the_day(text, ctx.now.weekday())  # « je ne pourrai pas être là le 8. La suivante ? »: after the 8th (context_tail.py)
    text = or_not_asked(text)  # « accueil de jour ouvert samedi ou pas »: the tag asks as « ? » does (or_not.py)
    text = without_changed_tail(text)  # « c'est toujours le 10 ou ça a changé ? »: the check (or_not.py)
    text = syllables_as_body(text, [m.organisation or "" for m in ctx.data.members()])  # « la CoVaTI »: syllable_initials.py
    # « la DL c'est toujours Mme Voisenet ? »: the title's initials said as its words (title_initials.py)
    text = spelled_title(text, [m.role or "" for m in ctx.data.members()], [m.organisation or "" for m in ctx.data.members()])
    if (term := meaning_asked(text, [m.organisation for m in ctx.data.members() if m.organisation])) is not None:
        return meaning_unsure(term)  # « c'est quoi la GUP ? »: what the initials mean, no record (acronym_meaning.py)
    if counted_beyond(text):
        return beyond_unsure()  # « combien il y a de CPTS en France ? »: a national figure, no record (beyond_group.py)
    if affirm and (positive := affirmed(text) or still_asked(text) or something_asked(text)) is not None:
        # « y a pas réunion le 8 ? », « j'étais pas là en septembre ? »: the same answer as in the positive; « la visite
        # ne se fait plus ? » as « … se fait toujours ? » (no_longer.py), « rien n'a été annulé ? » as « quelque chose a
        # été annulé ? » (nothing_asked.py).
        asked = respond(ctx, text, afterthought, rewritten, affirm=False)
        if asked.confident or asked.intent == "chitchat":
            return asked
        again = respond(ctx, positive, afterthought, rewritten, affirm=False)
        return again if again.confident else asked
    if told and (reread := _reread(text, [m.name for m in ctx.data.members()])) is not None:
        # « j'étais pas là au dernier comité, il a eu lieu où ? », « l'élu à la voirie ce n'est pas Gérard ? »: the
        # whole message first; when it is no sure answer, the question it asks read once more.
        again, kept = reread
        if holder_before_card(text) and (held := respond(ctx, again, afterthought, rewritten, affirm, told=False)).confident and (
                kept is not None and held.intent in kept):
            # « la référente Ports propres c'est Élodie ? »: the title's holder answers the check, right or wrong the
            # guess, before the guess's card the whole message may draw (title_checked.py, set 36b).
            return held
        whole = respond(ctx, text, afterthought, rewritten, affirm, told=False)
        if whole.intent in _PRESENCE and whole.confident and without_told_absence(text) is not None and (
                asked := respond(ctx, again, afterthought, rewritten, affirm, told=False)).confident and (
                asked.intent not in _PRESENCE):
            # « j'étais absent au dernier CA, qu'est-ce que vous avez décidé ? »: the absence told weighed as a question
            # on attendance, which the question after the comma is not (told_absence.py, set 49b).
            return asked
        if whole.confident or whole.intent == "chitchat":
            return whole
        asked = respond(ctx, again, afterthought, rewritten, affirm, told=False)
        return asked if asked.confident and (kept is None or asked.intent in kept) else whole
    if told and len(parts := joined_questions(text)) > 1:
        # « qui préside le copil, et il vient de quelle structure ? »: the whole message first; when it is no sure
        # answer, the first question answered and the other named as left (two_questions.py).
        whole = respond(ctx, text, afterthought, rewritten, affirm, told=False)
        if whole.confident or whole.intent == "chitchat":
            return whole
        return first_of_two(parts, whole, lambda part: respond(ctx, part, afterthought, rewritten, affirm,
                                                                told=False)) or whole
    if afterthought and (front := without_afterthought(text)) != text:
        # « les dates des réunions, vous pouvez me les redonner ? »: the whole message first; when it is no sure
        # answer, the thing put first, asked alone (afterthought.py).
        whole = respond(ctx, text, afterthought=False, rewritten=rewritten)
        if whole.confident:
            return whole
        alone = respond(ctx, front, afterthought=False, rewritten=rewritten)
        return alone if alone.confident else whole
    if joining and (joined := joining_asked(without_circumstance(text))) != text:
        # « on peut suivre la plénière à distance ? », « jeudi c'est en hybride ? »: the whole message first; when it
        # is no sure answer, how the meeting named is held, asked plainly (joining_mode.py); « au même endroit que la
        # dernière fois » asked as « où », « avec la neige » left out (meeting_circumstance.py).
        if joining_framed(text) and (plain := respond(ctx, joined, afterthought, rewritten, affirm, told, measured,
                                                      joining=False)).confident:
            return plain  # « on pourra participer à distance à … ? »: how one joins, not who comes
        whole = respond(ctx, text, afterthought, rewritten, affirm, told, measured, joining=False)
        if whole.confident or whole.intent == "chitchat":
            return whole
        plain = respond(ctx, joined, afterthought, rewritten, affirm, told, measured, joining=False)
        return plain if plain.confident else whole
    text = spoken_punctuation(text)  # « … point d'interrogation », dictated (dictation.py)
    text = spoken_numbers(text)  # « la réunion du vingt et un », « à dix-sept heures trente » (spoken_numbers.py)
    text = slash_days(text)  # « présents 19/11 », « réu 10/12 heure »: the day with its month named (slash_days.py)
    text = asked_mark(text)  # « est-ce que le budget a été voté », « suis-je inscrite jeudi »: asked (asked_marks.py)
    text = own_first(text)  # « Ai-je été notée présente … ? »: « j'ai été notée … ? » (inverted_subject.py)
    text = own_turn(text)  # « c'est à moi d'envoyer le CR ? »: « c'est moi qui dois envoyer … » (own_turn.py)
    text = own_mark(text)  # « j'ai été noté comment le 19 ? »: « j'étais noté comment … » (own_turn.py)
    text = own_done(text)  # « la salle, je l'ai bien réservée ? »: « j'ai bien réservé la salle ? » (own_turn.py)
    text = missed_as_decided(text)  # « j'ai raté quoi le 19 ? »: « qu'est-ce qu'on a décidé le 19 ? » (told_absence.py)
    text = charge_as_work(text)  # « ce que la coordinatrice a en charge »: her work (held_charge.py)
    text = direct_question(text)  # « rappelle-moi qui préside », « je cherche le PV de mars »: the question (indirect.py)
    if bare_order(text):  # « rappelle-moi stp »: nothing named to recall, asked back (indirect.py), never a record
        return Outcome(Reply.of("Que voulez-vous savoir ? Par ex. " + EXAMPLES + "."), "chitchat", False, "", None)
    if spoken_to_colleague(text) or asks_members(text) or members_asked_to_act(text, words(text)):
        # « @Mireille pourrais-tu m'envoyer le tableau ? »: for her; the bot's own mention is off already. « Bonjour,
        # pourriez-vous m'envoyer vos fiches actions ? »: for the members (letter.py).
        outcome = _respond(ctx, text)
        return Outcome(outcome.reply, outcome.intent, False, outcome.key, outcome.understanding)
    if parts := letter_parts(text):
        # « Bonjour à tous, … pourriez-vous me rappeler la date de la prochaine plénière ? Merci. Nadia »: the
        # request of a letter read alone first, the whole message when that is no confident answer (letter.py).
        inner = respond(ctx, " ".join(parts), rewritten=rewritten)
        # « c'est quand la prochaine réunion ? Et qui représente la CAF ? »: two kinds of questions, the first
        # answered and the other named as left (two_questions.py).
        if (first := first_of_two(parts, inner, lambda part: respond(ctx, part, rewritten=rewritten))) is not None:
            return first
        if inner.confident:
            return inner
        # « À qui dois-je adresser les conventions ? Qui tient le secrétariat ? »: one of two requests answered.
        sure = [o for o in (respond(ctx, part, rewritten=rewritten) for part in parts) if o.confident] if len(parts) > 1 else []
        if len(sure) == 1:
            return sure[0]
    text = title_put_back(text)  # « le contrat local de santé, c'est qui la coordinatrice ? »: fronted_title.py
    if (howto := how_to(ctx, text)) is not None:
        return howto  # « comment je propose un point ? »: the command's help, not the agenda (howto.py)
    if roll_call(words(text)):  # « Greffier, t'es là ? » (chat.py): said so, never confident, never a record
        return Outcome(Reply.of("Oui, je suis là ! Posez-moi une question sur le groupe, par ex. " + EXAMPLES + "."),
                       "chitchat", False, "", None)
    # « mon asso », « de chez nous », « ma cheffe »: the sender's own body and its people, named (own_body.py).
    members = ctx.data.members()  # (read once for the rewrites below: each read sorts the whole list)
    text = own_words(text, ctx.sender.member, members, [m.place for m in ctx.data.meetings()],
                     [d.text for d in ctx.data.decisions() if d.status != "cancelled"])
    text = without_group_body(text, members)  # « l'annuaire du SIVOM ? »: the group's own body (group_body.py)
    text = heard_words(text)  # « le devis sait fait », « ses qui qui fait le CR » (homophones.py)
    text = real_words(text)  # « la réunion et maintenue ? », « qui à pris la décision ? » (real_words.py)
    # « la CAFE », « le SDJ ES », « Mme beau-fils », « Emma Quenelle »: the group's names autocorrect changed.
    text = autocorrected(text, [m.name for m in members], [v for m in members for v in (m.organisation, m.role) if v])
    text = when_as_case(text)  # « qu'est-ce qu'il faut donner quand on déclare … ? »: a case, no time (when_clause.py)
    text = nobody_as_who(text)  # « personne s'occupe de la salle ? » asks who does (nobody.py)
    text = everyone_as_members(text)  # « les coordonnées de tout le monde ? »: the members' (everyone.py)
    text = everyone_as_who(text)  # « tout le monde vient jeudi ? »: who comes, who does not (everyone_present.py)
    text = count_of_restriction(text)  # « il n'y a que quatre réunions de prévues ? »: how many (restricted_count.py)
    text = english_sittings(text)  # « le kick-off », « le workshop »: the French sitting they name (english_sittings.py)
    # « le diag », « la conv' », « le CT », « la FA 2 »: the group's words written whole (clipped_words.py).
    text = unclipped(text, _records_of(ctx), [v for m in members for v in (m.name, m.organisation)],
                     [m.role for m in members if m.role], kind_heads(ctx.data.meetings()))
    # « le REX de l'exercice PPI »: a known acronym a sitting's heading writes whole, so written (heading_acronyms.py).
    text = headings_spelled(text, [m.place for m in ctx.data.meetings() if m.place], group_world(ctx).org_aliases)
    # « une CCA en janvier », « la prochaine CCA »: the group's name counting one of its meetings (own_meetings.py).
    # « la prochaine CDU » when the group also meets otherwise: the sittings its name heads (own_kind.py).
    own_names = group_world(ctx).own_names
    text = own_as_meeting(text, own_names, *own_sitting_noun(own_names, ctx.data.meetings()))
    # « la prochaine coordination », « la coordination du 10/12 »: a sitting named by its heading's qualifier
    # (« Réunion de coordination, … »), written whole (heading_qualifier.py).
    text = qualifier_as_meeting(text, [m.place for m in ctx.data.meetings()])
    # « la prochaine commission égalité » of sittings headed « … de la commission égalité … »: named_body_sitting.py
    text = body_sitting(text, [m.place for m in ctx.data.meetings()])
    # « la remplaçante de M. Pernot était là la dernière fois ? »: the one member described, named (described_person.py)
    text = described_person(text, {m.name for m in members}, lambda asked: _respond(ctx, asked)) or text
    # A task question the first reading missed (« j'ai des trucs à rendre cette semaine ? »): task_questions.py.
    outcome = _respond(ctx, text)
    if (voted := vote_record(ctx, outcome.understanding)) is not None:
        return voted  # « qui a voté contre la hausse ? », « pourquoi ce transporteur ? »: the decision's record (vote_record.py)
    if presence_decided(outcome) and outcome.understanding is not None:
        # « le transporteur était là quand on a parlé du car ? »: who came, which no decision says (presence_not_decided.py)
        outcome.understanding.readings, outcome.understanding.intent = ["attendance_meeting"], None
        return _unsure(outcome.understanding)
    if others_vote(outcome) and outcome.understanding is not None:
        # « le conseil départemental a voté notre subvention ? »: that body's vote, which no record of ours says
        outcome.understanding.readings, outcome.understanding.intent = ["decisions_topic"], None
        return _unsure(outcome.understanding)
    u = outcome.understanding
    if tenure_answered(u, outcome.intent, outcome.confident):
        return outcome  # « Nadia revient quand ? »: her card, which says it, not her tasks found again (tenure.py)
    if u is not None and outcome.intent not in _MEETING_ANSWERS and heading_named(u, ctx.data.meetings()):
        # « le groupe de travail hébergement d'urgence a lieu quand ? »: the sitting its heading's words name, not the
        # decision or the task sharing them (heading_named.py)
        u.intent, u.readings, u.topic = "meeting_which", [], []
        sitting = ANSWERS["meeting_which"](ctx, u)
        if sitting.confident:
            return sitting
    decisions_said = [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
    if u is not None and outcome.confident and discussed_event(u, outcome.intent, decisions_said,
                                                             [m for m in ctx.data.meetings() if m.start < ctx.now]):
        # « le Téléthon c'est quel jour ? »: the decision dating it, not the past sitting that discussed it
        # (event_sitting.py).
        place = u.first("place")
        kept = (u.intent, u.readings, u.topic, u.entities)
        u.intent, u.readings, u.topic = "decisions_topic", [], u.words[place.start:place.end]
        u.entities = [e for e in u.entities if e is not place]
        if (dated := decided_when(ctx, u, decisions_said, ANSWERS["decisions_topic"], least=1)) is not None and dated.confident:
            return dated
        u.intent, u.readings, u.topic, u.entities = kept
    if u is not None and outcome.intent not in _MEETING_ANSWERS and (sitting_named := heading_sitting(
            u, ctx.data.meetings(), [d.text for d in ctx.data.decisions() if d.status != "cancelled"]
            + [d.text for d in ctx.data.deadlines() if not d.cancelled]) or event_sitting(
            # « c'est quand les trophées ? »: the sitting that is the event, not a deadline done for it
            u, ctx.data.meetings(), [d.text for d in ctx.data.deadlines() if not d.cancelled], decisions_said,
            [t.text for t in ctx.data.tasks() if t.open])) is not None:
        # « le comité de mi-saison c'est quel jour ? »: the sitting its heading's words name, not a decision sharing
        # one of them (heading_words.py).
        kept = (u.intent, u.readings, u.topic, u.entities)
        # A place found among its words (« la Drésine ») is part of that name, no other sitting.
        u.intent, u.readings, u.topic, u.entities = "meeting_which", [], [], [
            *(e for e in u.entities if not (e.kind == "place" and sitting_named.start <= e.start
                                            and e.end <= sitting_named.end)), sitting_named]
        sitting = ANSWERS["meeting_which"](ctx, u)
        if sitting.confident:
            return sitting
        u.intent, u.readings, u.topic, u.entities = kept
    if (decided := none_coming_decided(outcome, [d.text for d in ctx.data.decisions() if d.status != "cancelled"],
                                       lambda asked: ANSWERS["decisions_topic"](ctx, asked))) is not None:
        return decided  # « la prochaine marche exploratoire aura lieu où ? »: what is decided of it (none_coming_decided.py)
    if u is not None and (ranked := ranked_deadline(ctx, u)) is not None:
        return ranked  # « la deuxième échéance ? », « la dernière échéance avant Noël ? » (ranked_deadline.py)
    if (seated := seats(ctx, u)) is not None:
        if "combien" in seated.understanding.text and (counted := group_rule(ctx, outcome)) is not None:
            return counted  # « le collège des citoyens c'est combien de personnes ? »: the rule counting it (group_rules.py)
        return seated  # « c'est qui les suppléants ? », « le suppléant de Mme Thibout ? » (seats.py)
    if u is not None and (company_sought(u.words) or spare_sought(u.words)):
        # « qui monte avec moi depuis Bron ? », « qui a des chaises en plus ? » are asked of the members: no record is
        # their answer (chat.py, lending.py).
        u.intent = None
        return _unsure(u)
    if not rewritten and not outcome.confident and u is not None and outcome.intent != "chitchat" and (again := as_written(
            u, group_world(ctx), [*(d.text for d in ctx.data.decisions() if d.status != "cancelled"),
                                  *(d.text for d in ctx.data.deadlines())])) is not None:
        # « la sécu tient une permanence où ? »: the body said as the decisions and dates write it (« la CPAM »), a
        # decision or a date answer only (body_as_written.py), before a task that shares the decision's words (« la commune prête quoi
        # pour les job datings ? » is no task « Réserver la salle de la mairie … »).
        as_recorded = respond(ctx, again, rewritten=True)
        if as_recorded.confident and as_recorded.intent in ("decisions_topic", "dates_period"):
            return as_recorded
    if (state := state_decided(ctx, outcome, ANSWERS["decisions_topic"])) is not None:
        return state  # « on en est où du garage solidaire ? »: the decision putting it on hold (held_state.py)
    outcome = second_look(ctx, outcome, ANSWERS)  # decided facts, agenda points, tasks, agreeing readings (second_look.py)
    outcome = numbered_thing(ctx, outcome, _unsure)  # « la fiche action 3 c'est quoi ? »: that one (numbered_thing.py)
    outcome = one_task_when(ctx, outcome)  # « je dois compléter le dossier X pour quand ? »: that task (own_task_when.py)
    # « une fiche action doit passer en cotech avant le copil ? »: the rule, not the sitting (must_rule.py)
    outcome = must_rule(ctx, outcome, ANSWERS["decisions_topic"], _MEETING_ANSWERS)
    # « le délai de réponse aux réclamations a été fixé à combien ? »: « délai » read « échéance » found the dates
    # sharing « réclamations »; a decision giving the span answers first unless a deadline holds more of the question's
    # words (delays.py, the lead's set 73); « urgences SIAO délai »: a delay no deadline gives, the dates unsure, is the
    # span decided too (set 45b).
    if u is not None and (outcome.confident and outcome.intent in _MEETING_ANSWERS
                          or outcome.intent == "dates_period") and asks_delay(u) and (
            rule := delay_rule(ctx, u, [d.text for d in ctx.data.decisions() if d.status != "cancelled"],
                               ANSWERS["decisions_topic"], spans_only=True,
                               rivals=[d.text for d in ctx.data.deadlines()] if outcome.intent == "dates_period" else ()
                               )) is not None:
        return rule  # « le diaporama on le reçoit quand avant la réunion ? »: the span decided (delays.py)
    if (reached := contact_at_body(ctx, outcome, ANSWERS["org_representative"])) is not None:
        return reached  # « si un jeune a besoin d'un rdv au CMP, je passe par qui ? »: its people (contact_body.py)
    if (task := typed_task(ctx, outcome, _unsure)) is not None:
        return task  # « la délibération doit être prête pour quand ? »: the task the typed word names (typed_task.py)
    if (ready := ready_task(ctx, outcome)) is not None:
        return ready  # « la demande de financement doit être prête pour quand ? »: the task preparing it (ready_task.py)
    if (dated := deadline_asked(ctx, outcome, ANSWERS["dates_period"])) is not None:
        return dated  # « Quand le budget 2027 sera-t-il voté ? »: the deadline holding the topic (deadline_asked.py)
    if (handled := handling_charge(ctx, outcome, ANSWERS["in_charge"])) is not None:
        return handled  # « qui s'occupe de l'annuaire ? »: who handles it, not the directory (charge_asked.py)
    if (people_named := decision_with_people(ctx, outcome, people.who_the_decision_names)) is not None:
        return people_named  # « la permanence du mardi, c'est qui ? »: the decision and its members (decision_people.py)
    if (placed := place_not_date(ctx, outcome, ANSWERS["decisions_topic"], _unsure)) is not None:
        return placed  # « le forum se tient où ? »: the decision saying where, not a deadline (where_asked.py)
    if (desk := desk_not_people(ctx, outcome, ANSWERS["decisions_topic"], _unsure)) is not None:
        return desk  # « … il doit s'adresser où ? »: a desk, the decision naming it, no roles guessed (where_asked.py)
    if (doing := doer_tasks(ctx, outcome)) is not None:
        return doing  # « Amélie elle avait quoi à faire avant la montée ? »: her tasks (named_doer_tasks.py)
    if (seasonal := season_decided(ctx, outcome)) is not None:
        return seasonal  # « la réunion d'été elle se fait où ? »: the rule on it, no sitting stored (season_sitting.py)
    if (placed := place_decided(ctx, outcome, ANSWERS["decisions_topic"])) is not None:
        return placed  # « la halte-chaleur, c'est où ? »: no meeting, the decision saying where (where_asked.py)
    if (placed := place_dated(ctx, outcome, ANSWERS["dates_period"])) is not None:
        return placed  # « le repas des aînés, c'est où ? »: the one deadline saying where (where_asked.py)
    if (formed := form_of_meetings(ctx, outcome, ANSWERS["decisions_topic"])) is not None:
        return formed  # « les rencontres, c'est en présentiel ou sur Teams ? »: the rule on them (meeting_form.py)
    if (event := event_not_committee(ctx, outcome, ANSWERS["decisions_topic"])) is not None:
        return event  # « les SISM 2027 c'est quand ? »: the event, not the committee steering it (steered_event.py)
    if outcome.confident and outcome.intent == "tasks_mine" and u is not None and (
            owed := owed_deadline(ctx, u, ANSWERS["dates_period"])) is not None:
        return owed  # « je dois renvoyer ma fiche action pour quand ? »: the group's deadline (owed_deadline.py)
    if outcome.confident and outcome.intent in ("decisions_topic", "decisions_recent") and vote_ahead(u):
        # « on vote le nouveau bureau quand ? »: the sitting holding the vote, or a decision: offered, not guessed.
        u.readings, u.intent = ["meeting_which", "decisions_topic"], None
        return _unsure(u)
    if (rule := group_rule(ctx, outcome) or (meeting_habit(ctx, u) if u is not None and not outcome.confident
                                               and outcome.intent != "chitchat" else None)) is not None:
        return rule  # « qui vote ? », « on peut rempiler ? », « c'est toujours le mardi ? »: the rule (group_rules.py)
    if outcome.confident and u is not None and outcome.intent in ("in_charge", "role_holder") and (case := relative_case(
            ctx, u, tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled"), ANSWERS["decisions_topic"])):
        return case  # « une assmat qui garde … touche une prime ? »: a relative « qui », the rule (eligibility.py)
    if outcome.confident and u is not None and outcome.intent in ("in_charge", "role_holder") and (case := conditional_case(
            ctx, u, tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled"), ANSWERS["decisions_topic"])):
        return case  # « que fait le bailleur quand un locataire … ? »: what is done in a case, the rule (eligibility.py)
    if outcome.confident and outcome.intent in _PEOPLE_ANSWERS and u is not None and asks_rhythm(u.text):
        # « les EPS c'est tous les combien ? »: how often is asked, which no member's card or title says; the
        # initials read as a title (« Éducateur de prévention spécialisée ») are a guess (rhythm_asked.py).
        u.readings, u.intent = ["decisions_topic"], None
        return _unsure(u)
    if outcome.confident and outcome.intent in _PEOPLE_ANSWERS and u is not None and counted_things(u.words):
        # « combien il y a de sites Natura 2000 dans les Landes ? »: things counted, which no card says (head_count.py).
        u.readings, u.intent = [], None
        return _unsure(u)
    if outcome.confident and u is not None and (ignores_unknown_name(u, outcome.intent, outcome.reply.plain()) or (
            ignores_held_name(u, outcome.intent or "", outcome.reply.plain(), _records_of(ctx))) or (
            public_of_another_sense(u, outcome.intent or "", outcome.reply.plain()))):
        # « c'est quand la foire de Cournon ? »: a name the store does not know, that the answer lacks; « le Pass'ados
        # est ouvert quand ? »: a name a record holds, that the answer lacks; « le public du PLIE » found only in « les
        # marchés publics » (named.py).
        u.readings, u.intent = [outcome.intent], None
        return _unsure(u)
    return outcome


def _records_of(ctx: Context) -> list[str]:
    """The texts whose words a member may clip or spell by initials (clipped_words.py)."""
    data = ctx.data
    return [*(heading_of(m.place) for m in data.meetings() if m.place), *(d.text for d in data.deadlines()),
            *(d.text for d in data.decisions() if d.status != "cancelled"), *(t.text for t in data.tasks() if t.open),
            *(item.text for m in data.meetings() for item in m.agenda)]


def _group_texts(ctx: Context) -> list[str]:
    """Every text of the group a code may be written in: records, sittings' places, members' names, bodies, roles."""
    data = ctx.data
    return [*_records_of(ctx), *(m.place for m in data.meetings() if m.place), *(t.text for t in data.tasks()),
            *(v for m in data.members() for v in (m.name, m.organisation or "", m.role or ""))]


def _institution(u: Understanding, decisions: tuple[str, ...]) -> Outcome | None:
    """The reply saying an institution's decisions are not the group's, for a question read unsure."""
    institution = other_institution(u, decisions)
    return other_institution_outcome(u, institution) if institution is not None else None


def _deadline_not_meeting(ctx: Context, u: Understanding, world: World) -> Outcome | None:
    """A day checked that nothing falls on, read first as a meeting or a period: the deadline it checks
    (date_checked.py)."""
    kept = (u.intent, u.readings)
    u.intent = None
    found = checked_deadline_day(ctx, u, world, ANSWERS["dates_period"])
    if found is None:
        u.intent, u.readings = kept
    return found


def _timed_deadline(ctx: Context, u: Understanding, world: World) -> Outcome | None:
    """A confident reading whose words the answer did not account for, read again as a deadline set against a
    time (timed_deadline.py)."""
    if asks_day(u):
        return None  # a plain « … doit être finie quand ? » is the dated task's or decision's (second_look.py)
    kept = (u.intent, u.readings)
    u.intent = None
    found = timed_deadline(ctx, u, world, ANSWERS["dates_period"])
    if found is None:
        u.intent, u.readings = kept
    return found


# What a description re-read (« le monsieur de l'agglo », « la réunion où on a parlé du budget ») must not override:
# a first reading of the family the description names, which already found whom (or which meeting, by its place,
# month or day) the message speaks of.
_PEOPLE_KEPT = frozenset({"org_representative", "org_members", "role_holder", "who_is", "attendance_meeting",
                          "rsvp_upcoming"})
_MEETING_KEPT = frozenset({"meeting_which", "meeting_next", "meeting_last", "minutes_request",
                           "attendance_meeting", "rsvp_upcoming", "decisions_recent", "meetings_upcoming", "tasks_late"})


def _described(u: Understanding, world: World, decisions: Sequence[Decision]) -> str | None:
    """`u`'s message in plainer words, when it describes someone by their body (person_of_body.py), who chaired
    (chaired.py), who does a task by its verb (task_verb_asked.py) or a meeting by what happened there
    (described_meeting.py) and was not read already as what the description asks; else None."""
    if (someone := person_of_body(u, world.own_names, u.intent in _PEOPLE_KEPT)) is not None:
        return someone
    if u.intent != "role_holder" and (chair := chaired(u.text)) is not None:
        return chair
    if u.intent != "in_charge" and (doer := task_verb_asked(u.text, world.records["tasks"])) is not None:
        return doer
    if progress_not_meeting(u.words) and not any(e.kind == "place" for e in u.entities):
        return None  # « le bilan du PAL il en est où ? »: work asked, no sitting it describes (progress_heading.py)
    if (held := held_before(u, world.meetings)) is not None:
        return held  # « celle d'avant l'été, c'était où ? » asked in December: June's (held_before.py)
    if (hosted := hosted_meeting(u, world.meetings)) is not None:
        return hosted  # « la réunion chez l'office HLM »: the one held at Orvitis's (hosted_meeting.py)
    if (event := event_named(u.text, world.meetings)) is not None:
        return event  # « le CR du bilan de l'été »: the sitting headed « … bilan de la veille … de l'été 2026 »
    if (on := sitting_on(u.text, world.meetings)) is not None:
        return on  # « la commission sur l'hiver sans neige »: the sitting headed « … : l'hiver sans neige … »
    if (decided := decided_sitting(u.text, decisions, world.meetings)) is not None:
        # « la séance où on a voté le prix de l'eau », « la séance du DOB c'était quand ? »: the one sitting whose
        # decisions say it, before any agenda to come that says it too (decided_sitting.py)
        return decided
    placed = any(e.kind in ("place", "month", "day", "when", "period") for e in u.entities)
    # « l'atelier cantines »: « atelier », the headings' kind, is the only place read; no day or month.
    kind_only = not any(e.kind in ("month", "day", "when", "period") or e.kind == "place" and (
        e.end - e.start > 1 or u.words[e.start].folded not in SITTING_KINDS) for e in u.entities)
    if kind_only and (kin := kin_heading(u.text, world.meetings, world.own_names)) is not None:
        return kin  # « l'atelier cantines »: the « Atelier restauration collective » (heading_kin.py)
    if placed and u.intent in _MEETING_KEPT:
        # « la réunion publique sur le NPNRU c'est quand ? »: the kind read as a place, the rest said by one sitting's
        # heading and agenda (described_meeting.qualified_meeting, set 42a).
        return qualified_meeting(u.text, world.meetings)
    # A place found and nothing read: only a clause says what happened there (« la fois où on était à … »), not
    # « les tâches issues de la réunion du Creusot », whose place the meetings' readers know.
    # So for an agenda asked of a sitting its day designates (« l'ordre du jour de la séance de la commission du 17 »:
    # the 17th's, not the sitting whose agenda names « la commission sociale », set 39b).
    dated_agenda = u.intent == "agenda_items" and any(e.kind in ("day", "when", "period", "month") for e in u.entities)
    relative_only = placed and (u.intent is None or dated_agenda)
    # « la reu sur le recyclage et les restos du coeur c ou »: a place word (« recyclage » of another sitting's heading)
    # among words no place holds; the complement is read when nothing was, and one agenda says all of it (set 40a).
    # « la CDU qui adopte le rapport annuel »: the group's name before the clause is one of its sittings (own_relative.py).
    text = own_relative_as_meeting(u.text, world.own_names)
    # « la date du comité de pilotage qui valide le programme 2027 ? »: a kind of sitting before the clause (sitting_clause.py).
    text = kind_relative_as_meeting(u) or text
    if relative_only and u.intent is None and len(u.topic) >= 2 and (
            whole := described_meeting(text, world.meetings)) is not None:
        return whole
    return described_meeting(text, world.meetings, relative_only=relative_only)


# « on était combien au dojo ? », « on sera combien ? »: who came to a sitting, who comes to one, not the directory.
_NOT_NOW = frozenset({"etait", "etions", "sera", "serons", "serait", "serions"})


def _respond(ctx: Context, text: str) -> Outcome:
    data = ctx.data
    world = group_world(ctx)
    # What the records say: their words are a question's topic (« les fiches de poste, c'est pour quand ? »).
    # The open tasks' words are the group's own too (« le pass numérique » is no « passe »).
    world.records = {"tasks": tuple(t.text for t in data.tasks() if t.open),
                     "dates_period": tuple(d.text for d in data.deadlines()),
                     "decisions_topic": tuple(d.text for d in data.decisions() if d.status != "cancelled"),
                     # « qui fait la médiation au Mirail ? »: a charge that members' roles name.
                     "in_charge": tuple(with_activities(m.role) for m in world.members if m.role),
                     "agenda_items": agenda_texts(world.meetings)}
    # « l'aide aux devoirs » for the record's « soutien scolaire »: kin_pairs.py.
    world.record_pairs = with_kin_pairs(record_pairs(world.records["dates_period"] + world.records["decisions_topic"]
                                                     + tuple(item.text for m in world.meetings for item in m.agenda)))
    # The members' roles: a meeting place's words that a role repeats are no place when no meeting is spoken of.
    # « l'adjointe à l'éducation » of « Adjointe au maire chargée de l'éducation »: deputy_titles.py.
    roles = tuple(m.role for m in world.members if m.role)
    world.role_pairs = record_pairs(roles + short_deputy_titles(roles))
    u = understand(text, world, ctx.now)
    if (again := without_resumed_pronoun(u) or without_title_before_name(u)) is not None:
        # « Karim Haddou il vient à la prochaine ? », « le commandant Roux s'était excusé ? »: read again as « Karim
        # Haddou vient … », « Thomas Roux s'était excusé … » (person_records.py); what was dropped is not there again.
        return _respond(ctx, again)
    if (plainer := _described(u, world, data.decisions())) is not None:
        # « c'est qui le monsieur de l'agglo ? », « la réunion où on a parlé du budget, c'était quand ? »: read again
        # as « quelqu'un de l'agglo », « la réunion du 15 octobre 2026 » (person_of_body.py, described_meeting.py …)
        return _respond(ctx, plainer)
    if (body := person_as_body(u, world.records["decisions_topic"] + world.records["dates_period"],
                               data.tasks())) is not None:
        return _respond(ctx, body)  # « la permanence de Marie-Jo c'est quand ? »: her body's (person_as_body.py)
    if (alone := without_guest(u, [m.place for m in world.meetings if m.place])) is not None:
        return _respond(ctx, alone)  # « la plénière avec la sous-préf c'est quand ? »: the plenary (sitting_with.py)
    if (inside := without_own_formation(u, world.members, world.meetings)) is not None:
        return _respond(ctx, inside)  # « les pompiers c qui dans la CSS »: the body's people (own_formation.py)
    if (untailed := without_own_tail(u, world.members)) is not None:
        return _respond(ctx, untailed)  # « décision 7 du copil »: the group's decision 7 (own_formation.py)
    narrow_places(u)  # « la plénière de Saumur »: the plenary at Saumur (place_overlap.py)
    if u.intent is None and head_count(u.words) and all(e.kind == "place" for e in u.entities) and not any(
            w.folded in _NOT_NOW for w in u.words):
        # « on est combien au conseil portuaire ? »: the members counted, the group named by its sittings (head_count.py)
        u.intent, u.readings = "directory", []
    u.framing |= sittings_of_role(u, world.members)  # « qui préside nos séances ? »: the group itself (group_holders.py)
    if (after := deadline_after(ctx, u, ANSWERS["dates_period"])) is not None:
        return after  # « la prochaine date limite après le FSE ? »: those after it (timed_deadline.py)
    if (before := due_before_meeting(ctx, u, ANSWERS["dates_period"])) is not None:
        return before  # « qu'est-ce qui doit être rendu avant la plénière ? »: up to that sitting (due_before_meeting.py)
    if period_only(u) and not members_asked_to_act(u.text, u.words):  # « merci de confirmer pour jeudi. »: members_request.py
        # « cette semaine ? », « rien de spécial demain ? »: what falls in it, whatever its glue words matched
        u.intent, u.readings, u.topic = "dates_period", [], []
        u.framing |= set(range(len(u.words)))  # its other words are glue, nothing an answer must account for
    elif (reread := meeting_reread(u)) is not None:
        u.intent, u.readings = reread  # « c'est toujours à 14h ? », « … à quel rythme ? » (clock_check.py)
    elif meeting_pronoun(u):
        u.intent, u.readings = "meeting_which", []  # « et celle d'octobre ? »: that month's meeting (pronoun_meeting.py)
    if (rhythm := rhythm_decision(ctx, u, world.records["decisions_topic"], ANSWERS["decisions_topic"])) is not None:
        return rhythm  # « la plénière c'est tous les combien ? »: the decision setting its rhythm (rhythm_asked.py)
    if (groups := sub_groups(ctx, u, world.records["decisions_topic"], ANSWERS["decisions_topic"])) is not None:
        return groups  # « les GT c'est lesquels ? »: the working groups a decision set up, not the directory
    if (lead := formation_lead(u, world.members)) is not None:
        return lead  # « qui anime le GT logement ? »: the role leading the working group named (formation_subject.py)
    if (pause := pause_decision(ctx, u, world.records["decisions_topic"], ANSWERS["decisions_topic"])) is not None:
        return pause  # « on siège en juillet ? »: none then, the rule says so (« sauf en juillet », rhythm_asked.py)
    if (usual := usual_place(ctx, u, world.records["decisions_topic"], ANSWERS["decisions_topic"])) is not None:
        return usual  # « on se réunit pas toujours à Gournay ? »: the rule on where the meetings are (usual_place.py)
    if (stood := stood_in_for(ctx, u, world)) is not None:
        return stood  # « Claire est absente, qui prend le relais ? »: the decision on her absence (stood_in_for.py)
    if (still := still_there(ctx, u)) is not None:
        return still  # « c'est toujours Mme Vasseur à la CCI ? »: who replaced her, as a role says (still_there.py)
    if (changed := changed_record(ctx, u, ANSWERS["decisions_topic"])) is not None:
        return changed  # « la date du forum a changé ? »: the decisions on it as they stand (changed_record.py)
    if (successor := successor_of(ctx, u)) is not None:
        return successor  # « celle qui remplace Karim ? »: the member whose role says so (person_records.py)
    if (turnover := turnover_holder(ctx, u)) is not None:
        return turnover  # « la nouvelle référente ? », « l'ancien directeur ? »: as the roles say it (turnover.py)
    if (charged := plural_charge(ctx, u)) is not None:
        return charged  # « les référents du PLIE c'est qui ? »: those of its people holding the charge (plural_charge.py)
    if (voice := staff_voice(u, world)) is not None:
        return voice  # « qui représente les salariés de la plateforme ? »: the staff's representative (staff_voice.py)
    if u.intent == "role_holder" and (spoken := public_body(u, world)) is not None:
        return spoken  # « qui représente les visiteurs de prison ? »: the body speaking for them, no title (publics.py)
    if (tenure := tenure_asked(u)) is not None:
        # « Nadia revient quand ? », « Karim est toujours à la Mission locale ? »: what the member's role says of it,
        # or unsure when it says nothing of the kind (tenure.py)
        if tenure == "unsure":
            u.readings, u.intent = ["who_is"], None
            return _unsure(u)
        u.intent, u.readings = "who_is", []
        u.framing |= {e.start for e in u.entities if e.kind != "person"}
        u.entities = [e for e in u.entities if e.kind == "person"]
        return ANSWERS["who_is"](ctx, u)
    if (named := decisions_naming(ctx, u)) is not None:
        return named  # « qu'est-ce que Nathalie avait proposé ? »: the decisions writing her name (person_records.py)
    if (colleagues := colleagues_of(ctx, u)) is not None:
        return colleagues  # « les collègues de Paulo ? »: the other members of his body (person_records.py)
    if card_asked(u):
        # « M. Dupuy il est à la mairie ou à l'agglo ? », « le contact de Mr Durant ? »: the card (person_records.py)
        u.intent, u.readings = "who_is", []
    if (handled := handled_case(ctx, u, ANSWERS["decisions_topic"])) is not None:
        return handled  # « on fait quoi des dossiers incomplets ? »: the rule decided on that case (handled_case.py)
    if asks_late_plural(u):
        u.intent, u.readings = "tasks_late", []  # « les retards ? »: the plural noun alone (bare_late.py)
    elif own_done_asked(u):
        return own_tasks(ctx, u, done=True)  # « j'ai déjà fait quoi de ma liste ? »: the asker's work done (undone.py)
    elif (undone := undone_asked(u)) is not None:
        # « qu'est-ce qu'on a pas encore bouclé ? »: the open tasks (undone.py); its words are glue, no topic,
        # but for the asker's own (« qu'est-ce que je n'ai pas encore fait ? »), which say whose tasks.
        u.intent, u.readings, u.topic = undone, [], []
        u.framing |= glue_of(u)
    elif (since := work_since(u)) is not None:
        # « qu'est-ce qui a été fait depuis le comité de novembre ? », « qu'est-ce qui est bouclé ? »: the tasks done
        # or late (work_since.py), no meeting; the meeting after « depuis » bounds the late ones.
        return scoped_tasks(ctx, u, since)
    elif office_asked(u):
        # « Julien Madec il dirige quoi ? »: the member's card (person_office.py); the verb is no title asked
        u.intent, u.readings = "who_is", []
        u.framing |= {e.start for e in u.entities if e.kind != "person"}
        u.entities = [e for e in u.entities if e.kind == "person"]
    elif (charged := own_charge_at(u.words)) is not None:
        # « je suis en charge de quoi ? »: my tasks; « charge » names no title (« Chargée de prévention »): my_duty.py
        u.intent, u.readings = "tasks_mine", []
        u.entities = [e for e in u.entities if not (e.kind == "role" and e.start <= charged < e.end)]
        u.framing.add(charged)  # it says what is asked, which the list of tasks accounts for
    if u.intent == "chitchat" and (presence := presence_reading(u)) is not None:
        u.intent = presence  # « qui ne pourra pas venir jeudi ? »: read as chat, asked who (presence.py)
    if u.intent == "chitchat" or news_of_people(u):
        return _chat(u)
    if asks_use(u.words) or asks_what_to_ask(u.words):
        # « comment on se sert de ce bot ? », « je peux te demander quoi ? » (bot_named.py)
        u.intent, u.readings = "help", []
    if u.intent == "help":
        return Outcome(Reply.of("Je réponds aux questions sur le groupe, par ex. " + EXAMPLES + ".",
                                "Tapez /aide pour toutes les commandes."), "help", True, "aide", u)
    if (someone := other_person(u, world)) is not None:
        return other_person_outcome(u, *someone)  # « Laurent Bodson » when the member is Laurence Bodson
    if (other := other_body(u, world)) is not None:
        return other_body_outcome(u, *other)  # « la Ville de Verviers » when only Lire et Écrire Liège-Verviers is ours
    period = u.first("period")
    if period is not None and not period.extra["period"].exists:
        return Outcome(Reply.of(f"Le {period.label.removeprefix('le ')} n'existe pas : vérifiez la date."), None, False, "", u)
    if u.intent in (None, "dates_period", "meeting_which", "meeting_next", "decisions_recent") and (
            programme := meeting_programme(ctx, u, ANSWERS["agenda_items"])) is not None:
        return programme  # « il se passe quoi à la plénière ? »: what is planned there (meeting_programme.py)
    decisions = world.records["decisions_topic"]
    if u.intent is None and (head := body_head(u)) is not None:
        # « qui commande la brigade de gendarmerie ? », left unsure: the body's head by its role (body_head.py), before
        # a decision naming the body at work (« La brigade de gendarmerie organise … ») is taken for the actor asked.
        return head
    if (source := who_source(ctx, u, decisions, ANSWERS, _unsure)) is not None:
        # « le questionnaire est envoyé à qui ? », « chez qui ? », « qui fait partie du GT ESS ? »: who_source.py
        return source
    if (first := first_sitting(ctx, u)) is not None:
        return first  # « depuis quand on se réunit ? »: the group's first sitting (first_sitting.py)
    # « le chantier d'insertion était représenté en mars ? »: a body named by members' roles (role_body_presence.py).
    if composition_asked(u):
        u.intent, u.readings = "directory", []  # « combien de membres compte la commission ? » (group_composition.py)
    elif (presence := role_body_there(u, world.members) or presence_reading(u) or asker_at_meeting(u)) is not None:
        u.intent, u.readings = presence, []  # « y avait qui à la dernière réu ? »: who came, not the meeting (presence.py)
    elif met_since(u):
        # « on s'est pas vus depuis le 19 ? »: the last meeting, the day after « depuis » only checked (seen_since.py)
        u.intent, u.readings = "meeting_last", []
        u.framing |= (since := since_words(u))
        u.entities = [e for e in u.entities if e.start not in since]
    elif minutes_reading(u):
        u.intent, u.readings = "minutes_request", []  # « les notes de la réunion au Département ? » (minutes_cues.py)
    elif minutes_keeper(u):
        u.intent, u.readings = "in_charge", []  # « qui envoie les convocations et les CR ? »: who keeps them (minutes_cues.py)
    elif (dated_all := all_dates(u)) is not None:
        u.intent, u.readings = dated_all, []  # « les prochaines dates svp », « les dates à venir ? » (kind_lists.py)
    elif kind_listed(u) or plural_sittings(u) or sittings_only(u) or own_calendar(u):
        u.intent, u.readings = "meetings_upcoming", []  # « les dates du GT seniors ? », « combien de plénières d'ici mai ? »
    elif asks_kind_decisions(u):
        u.intent, u.readings = "decisions_recent", []  # « les décisions du GT mobilité ? » (kind_decisions.py)
    elif asks_body_members(u):
        u.intent, u.readings = "org_members", []  # « les personnes d'Horizons Prévention membres du groupe ? »
    elif unknown_body_members(u):
        u.intent, u.readings = None, ["org_members", "directory"]  # « les gens du festival dans le groupe ? »
    elif asks_all_decisions(u):
        u.intent, u.readings = "decisions_recent", []  # « on a pris combien de décisions ? » (decision_count.py)
    if u.intent is None and decided_in_formation(u, ctx.now):
        u.intent, u.topic, u.readings = "decisions_recent", [], []  # « les décisions du GT mobilité ? »: formation_subject.py
    if u.intent is None and (against := meeting_against(ctx, u, ANSWERS["meeting_which"])) is not None:
        return against  # « la plénière c'est après la clôture de l'appel à projets ? »: the sitting (meeting_against.py)
    # (also when read as meetings: « les ateliers » is shorthand for them, though a decision's ateliers are meant)
    if u.intent in _WEEKDAY_READINGS and (weekly := weekday_decision(ctx, u, decisions, ANSWERS["decisions_topic"])) is not None:
        return weekly  # « les ateliers c'est quand dans la semaine ? »: the day they recur on (weekday_asked.py)
    if u.intent in (None, "dates_period") and (created := new_thing(ctx, u, decisions, ANSWERS["decisions_topic"])):
        return created  # « il y a un nouveau trophée cette année ? »: the decision creating it, no deadline (offered.py)
    # « le FSE on peut le déposer après le comité ? »: the deadline, not a decision (timed_deadline.py); not of an age
    # checked (« un jeune de 27 ans peut faire le stage ? »: the rule on ages, below).
    if u.intent is None and not asked_ages(u.text) and (timed := timed_deadline(ctx, u, world, ANSWERS["dates_period"])) is not None:
        return timed
    if u.intent is None and (owed := due_to_body(ctx, u, ANSWERS["dates_period"])) is not None:
        return owed  # « on doit envoyer quoi à la Région ? »: the deadlines naming it (timed_deadline.py)
    if u.intent is None and (amount := named_amount(ctx, u)) is not None:
        return amount  # « les 15 000 € c'était pour quoi déjà ? »: the records holding the sum named (named_amount.py)
    if u.intent is None or u.intent not in ANSWERS:
        # « vous avez vu la décision du conseil municipal sur la piscine ? » is the town's (institutions.py).
        # « on commence à 17h le 10 ? »: the meeting of that day, not the rule on the hour (day_meeting.py).
        decided = (meeting_of_the_day(ctx, u, ANSWERS["meeting_which"])
                   or taking_effect(ctx, u, world)  # « qu'est-ce qui change en janvier ? »: taking_effect.py
                   or paid_by(ctx, u, world, decisions, ANSWERS["decisions_topic"])  # « qui paye les navettes ? »
                   or body_amount(ctx, u, world, decisions, ANSWERS["decisions_topic"])  # « la DRAC met combien ? »
                   or done_by(ctx, u, world, decisions, people.who_the_decision_names)  # « qui coordonne … ? »: doers.py
                   or was_decided(ctx, u, world, ANSWERS["decisions_topic"]) or decided_on_body(ctx, u, world, ANSWERS["decisions_topic"])
                   or dominant_decision(ctx, u, decisions, ANSWERS["decisions_topic"])
                   # « personne n'a la clé ? » asks the members for the key, not the decision on keys (chat.py)
                   or (None if thing_sought(u.words) else checked_decision(ctx, u, decisions, ANSWERS["decisions_topic"]))
                   or eligible_decision(ctx, u, decisions, ANSWERS["decisions_topic"])  # « … ils sont prioritaires ? »
                   # « un jeune de 27 ans peut faire le stage ? »: the age rule, before a deadline (decision_ages.py)
                   or (decision_by_age(ctx, u, decisions, ANSWERS["decisions_topic"])
                       if asked_ages(u.text) and asks_eligibility(u) else None)
                   or appointed(ctx, u, world, people.who_the_decision_names)
                   or meeting_rule(ctx, u, decisions, ANSWERS["decisions_topic"])  # « l'heure de nos réunions »
                   or (delay_rule(ctx, u, decisions, ANSWERS["decisions_topic"])  # « le PV est envoyé quand en principe ? »
                       if "minutes_request" in u.readings and asks_delay(u) else None)
                   or (delay_rule(ctx, u, decisions, ANSWERS["decisions_topic"], spans_only=True)  # « dans quel délai … ? »
                       if delay_asked(u) else None)
                   ) if named_institution(u.text, decisions) is None else None
        return (decided or checked_deadline_day(ctx, u, world, ANSWERS["dates_period"])  # « … c'est bien pour le 18 ? »
                or dated(ctx, u, world, ANSWERS["dates_period"])
                or decided_when(ctx, u, decisions, ANSWERS["decisions_topic"])  # « … c'est pour quand ? »: a decision dates it
                or function_holder(ctx, u, ANSWERS["role_holder"])  # « qui s'occupe du secrétariat ? »
                or body_head(u)  # « qui commande la compagnie de gendarmerie ? »: its head by its role (body_head.py)
                or charge_within_body(ctx, u, ANSWERS["in_charge"]) or unit_in_roles(ctx, u, ANSWERS["in_charge"])
                or turned_to_body(ctx, u)  # « à qui je m'adresse pour une question d'impôts ? » (turn_to_body.py)
                or represented_in_roles(u, world) or stand_in(ctx, u, ANSWERS["role_holder"])  # « qui remplace … ? »
                or public_body(u, world)  # « qui représente les pêcheurs ? »: the body speaking for them (publics.py)
                or title_by_initials(ctx, u)  # « c'est qui le DP ? » (title_initials.py)
                or _institution(u, decisions)  # « les décisions du conseil communal ? », unsure: institutions.py
                or inner_body(ctx, u)  # « c'est qui la troïka ? »: the members whose role says it (plural_charge.py)
                or _unknown_name(u, world) or _unsure(u))
    if (initials := dated_initials(ctx, u, world, ANSWERS["dates_period"])) is not None:
        return initials  # « l'AG c'est quand ? » when the AG is a deadline and no meeting (dated.py)
    if u.intent == "decisions_recent":
        u.topic = without_heading_tail(u)  # « les décisions de la visite des gares ? »: the sitting named (heading_tail.py)
    if u.intent == "decisions_recent" and (place := place_as_topic(u, decisions)) is not None:
        # « qu'est-ce qui a été décidé pour la halte de Gemeaux ? »: what is decided for it (decided_for_place.py)
        u.intent, u.topic = "decisions_topic", u.words[place.start:place.end]
        u.entities = [e for e in u.entities if e is not place]
    u.intent = settle(u)
    if u.intent == "meeting_which" and latest_held_there(u, ctx.data.meetings(), ctx.now):
        u.intent = "meeting_last"  # « c'était quand la dernière CCID ? »: the group's last sitting (meeting_rank.py)
    if (several := one_of_many(u)) is not None:
        return several  # « qui représente les associations ? » when one body alone says so (plural_kinds.py)
    if (institution := other_institution(u, world.records["decisions_topic"])) is not None:
        return other_institution_outcome(u, institution)  # « qu'a décidé le collège communal ? »
    if u.intent in ("decisions_recent", "decisions_topic") and topic_is_a_body(u) and (
            named := body_as_decision_topic(u, world)):
        u.intent, u.topic = "decisions_topic", named
    elif (titled := role_as_decision_topic(u, tuple(decisions))) is not None:
        u.intent, u.topic = "decisions_topic", titled  # « on engage des animateurs finalement ? »: role_decided.py
    if decided_at_place(u, ctx.now) or decided_in_formation(u, ctx.now):
        # « on a décidé quoi au collège ? »: decided_at_place.py; « les décisions du GT mobilité ? »: formation_subject.py
        u.intent, u.topic, u.readings = "decisions_recent", [], []
    if u.intent in _MEETING_ANSWERS and (put_off := postponed_decision(ctx, u, decisions, ANSWERS["decisions_topic"])):
        return put_off  # « la démolition a été reportée ? »: no meeting named, the decision putting it off (postponed.py)
    # « pourquoi on se réunit le jeudi ? » asks the reason of a habit: what was decided on the meetings;
    # « on se réunit quel jeudi du mois ? » a rhythm no single meeting says.
    if u.intent in _MEETING_ANSWERS and (habit := meeting_habit(ctx, u)) is not None:
        return habit  # « les plénières sont le mardi à 20h ? », « on se réunit toujours le mardi ? »: group_rules.py
    # « la séance qui valide le programme 2027 » says what the sitting does, not what was decided (sitting_clause.py).
    if u.intent in _MEETING_ANSWERS and (any(w.lemma in DECIDED_VERBS and not describes_sitting(u, i) or w.folded == "pourquoi"
                                             for i, w in enumerate(u.words))
                                         or day_of_month(u) or habit_checked(u)):
        if (decided := was_decided(ctx, u, world, ANSWERS["decisions_topic"]) or meeting_rule(ctx, u, decisions, ANSWERS["decisions_topic"])) is not None:
            return decided  # « on avait décidé où se tiennent les réunions ? »: the rule on them (meeting_rule.py)
        if (habit := meeting_habit(ctx, u)) is not None:
            return habit  # « on se réunit combien de fois par an ? »: the decision setting the rhythm (group_rules.py)
        # « les rencontres à Limoges, c'est validé ? » may ask for a meeting or
        # for a decision: a meeting given with confidence would be a guess.
        u.readings, u.intent = [u.intent, "decisions_topic"], None
        return _unsure(u)
    if u.intent == "minutes_request" and asks_delay(u):
        # « le CR doit être diffusé en combien de jours ? »: the group's rule on the minutes (delays.py).
        u.readings, u.intent = ["decisions_topic", "minutes_request"], None
        return delay_rule(ctx, u, decisions, ANSWERS["decisions_topic"]) or _unsure(u)
    if (offer := offered_service(ctx, u, decisions, ANSWERS["decisions_topic"])) is not None:
        return offer  # « on peut avoir quelqu'un pour traduire ? »: the service decided (offered.py)
    if u.intent in _PAYER_READINGS and (paid := paid_by(ctx, u, world, decisions, ANSWERS["decisions_topic"])
                                        or done_by(ctx, u, world, decisions, people.who_the_decision_names)):
        return paid  # « on fait payer les colis ? » read as a charge: the decision says who pays (payers.py)
    if u.intent in ("org_representative", "org_members") and (
            amount := body_amount(ctx, u, world, decisions, ANSWERS["decisions_topic"])):
        return amount  # « combien donne la DRAC ? » read as its members: the sum a decision names it with (body_amount.py)
    if (thing := thing_not_sitting(ctx, u, decisions, ANSWERS["decisions_topic"])) is not None:
        return thing  # « les ateliers numériques sont payants ? »: the workshops decided, not the sittings (sitting_thing.py)
    if u.intent in _MEETING_ANSWERS and handed_in(u) and (timed := _timed_deadline(ctx, u, world)) is not None:
        return timed  # « on a le temps d'envoyer le rapport … après le comité du 10 ? »: the deadline (timed_deadline.py)
    if (coming := coming_when(ctx, u, decisions, ANSWERS["decisions_topic"], _unsure)) is not None:
        return coming  # « France Travail vient quand à Mirande ? »: its visits decided, no one's presence (coming_when.py)
    if (titled := titled_head(u)) is not None:
        return titled  # « qui est le sous-préfet ? »: the title's holder, not the sous-préfecture's people (body_head.py)
    outcome = ANSWERS[u.intent](ctx, u)
    if outcome.confident and u.intent == "dates_period" and (
            season := taking_effect(ctx, u, world, season_only=True)) is not None:
        return season  # « les grands passages c'est à partir de quand ? »: the season a decision sets (taking_effect.py)
    if outcome.confident and u.intent in ("decisions_topic", "dates_period") and not shows_amount_asked(
            u, outcome.reply.plain()) and (amount := named_amount(ctx, u, topical=True)) is not None:
        return amount  # « la subvention de 3 k€ ? » answered with the one of 15 000 euros: the record of 3 000 €
    if u.intent == "dates_period" and before_doing(u) and (
            rule := eligible_decision(ctx, u, decisions, ANSWERS["decisions_topic"])) is not None:
        return rule  # « faut-il un diagnostic avant de s'engager ? »: what comes first, a rule (eligibility.py)
    if not outcome.confident and u.intent in ("meeting_which", "meeting_next", "dates_period") and (
            checked := _deadline_not_meeting(ctx, u, world) or taking_effect(ctx, u, world)) is not None:
        # « c'est lundi prochain le retour des enquêtes ? », « le bilan c'est vendredi ? »: nothing then, the deadline
        # checked; « qu'est-ce qui change en janvier ? »: no deadline changes anything, the decisions taking effect.
        return checked
    if not outcome.confident and (dominant := group_lead(u, ctx.data.members())  # « qui pilote le groupe ? »
                                  or lead_by_verb(ctx, u, ANSWERS["in_charge"])  # « qui pilote le SLIME ? »: verb_lead.py
                                  or body_head(u)  # « qui dirige la compagnie ? »: its head by its role (body_head.py)
                                  or public_body(u, world)  # « le porte-parole des pêcheurs ? »: publics.py
                                  or stand_in(ctx, u, ANSWERS["role_holder"])
                                  or dominant_decision(ctx, u, decisions, ANSWERS["decisions_topic"])
                                  or eligible_decision(ctx, u, decisions, ANSWERS["decisions_topic"])  # eligibility.py
                                  or decided_when(ctx, u, decisions, ANSWERS["decisions_topic"])
                                  or decision_actor(ctx, u, decisions, ANSWERS["in_charge"])):  # who_source.py
        return dominant  # « la taxe sur les poubelles, c'est pour quand la décision ? »: no deadline, one decision
    if outcome.confident and (ignores_named_body(u, outcome.reply.plain()) or other_event(u, outcome.reply.plain())):
        u.readings, u.intent = [u.intent], None
        return _unsure(u)
    if outcome.confident and (lost := unexplained(u, outcome.reply.plain())):
        # A word of the question the answer does not account for: offer readings rather than guess,
        # unless a decision question's words find one decision clearly first (dominance.py).
        if (dominant := _timed_deadline(ctx, u, world)  # « le FSE faut le déposer avant le comité ? »
                or dominant_decision(ctx, u, decisions, ANSWERS["decisions_topic"])
                or eligible_decision(ctx, u, decisions, ANSWERS["decisions_topic"])  # « c'est gratuit pour … ? »
                or decision_actor(ctx, u, decisions, ANSWERS["in_charge"])  # « qui coordonne le Mois de l'ESS ? »
                or body_head(u)  # « qui commande la compagnie de gendarmerie ? » (body_head.py)
                or meeting_rule(ctx, u, decisions, ANSWERS["decisions_topic"])
                # « le plan grand froid se déclenche quand ? »: a decision says when (decided_when.py)
                or decided_when(ctx, u, decisions, ANSWERS["decisions_topic"])
                or taking_effect(ctx, u, group_world(ctx))  # « il y a du nouveau pour … ? »
                # « c'est lundi prochain le retour des enquêtes ? »: no meeting that day, the deadline checked.
                or (_deadline_not_meeting(ctx, u, world) if u.intent in ("meeting_which", "meeting_next") else None)
                ) is not None:
            return dominant  # or « on se réunit quand d'habitude ? »: the rule on the meetings (meeting_rule.py)
        u.readings, u.intent = doubt_readings(u, lost), None
        # « le relevé des abris de nuit doit partir quand ? » read first as decisions: a deadline may say it all
        # (not to « qui a fixé la date du forum ? », which asks for someone).
        asks_who = any(w.folded == "qui" for w in u.words)
        return (None if asks_who else dated(ctx, u, world, ANSWERS["dates_period"])) or _unsure(u)
    return outcome
