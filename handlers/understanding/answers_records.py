"""Answers about the group's records: decisions (by topic or the latest),
dates and deadlines in a period or on a topic, tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from handlers.context import Context
from handlers.dates import format_day, format_when
from handlers.understanding.periods import Period
from handlers.messages import Span, UserError, bold, text
from handlers.understanding.taken_within import taken_within
from handlers.understanding.task_words import up_to_date
from handlers.understanding.past_agenda import past_entries, past_month
from handlers.understanding.deadline_nouns import DEADLINE_WORDS
from handlers.understanding.decision_kinds import asked_kind, of_kind
from handlers.understanding.answers_meetings import agenda_items, meeting_of
from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.meeting_rank import from_start, order_of, pick_ordered
from handlers.understanding.meetings_in_span import asked_span
from handlers.understanding.chat import asks_time
from handlers.understanding.decided_when import is_dated
from handlers.understanding.decisions_in_span import decisions_in_span
from handlers.understanding.while_away import AWAY_WORDS, away_cue, decided_while_away
from handlers.understanding.kind_decisions import kind_decisions, own_noun_named
from handlers.understanding.own_formation import own_formation_named
from handlers.understanding.decision_count import decision_count
from handlers.understanding.meeting_days import held_on_day
from handlers.understanding.meeting_outcome import context_meeting
from handlers.understanding.month_in_record import month_named_by
from handlers.understanding.derivation import root
from handlers.understanding.kind_topic import kind_topic
from handlers.understanding.persons import holds_role
from handlers.understanding.normalise import lexicon
from handlers.understanding.outcome import Outcome, run_command
from handlers.understanding.pipeline import Understanding
from handlers.understanding.task_scope import asks_own
from handlers.understanding.theme import set_theme_aside, theme_of
from handlers.understanding.topics import SHARE, content_words, topic_scores
from handlers.understanding.world import plain
from handlers.task_views import members_by_number, task_line
from handlers.views import deadline_line, decision_lines, meeting_window_end
from storage.models import Deadline, Meeting
from storage.tasks import Task
from storage.recurrence import expand_all

__all__ = ["dates_period", "decision_number", "decisions_recent", "decisions_topic", "tasks"]

SHOWN = 10
# Roots of the verbs of putting a point off (« reporté », « repoussé », « ajourné »).
_POSTPONED = frozenset({"report", "repouss", "ajourn"})
AHEAD = timedelta(days=400)


def _topic_label(u: Understanding) -> str:
    return u.topic_text


def decisions_topic(ctx: Context, u: Understanding) -> Outcome:
    if all(w.folded in AWAY_WORDS for w in u.topic) and away_cue(u.words):
        # « parti » of « depuis que je suis parti » is no decision's topic (while_away.py).
        asked = u.intent, u.topic
        u.intent, u.topic = "decisions_recent", []
        if (away := decided_while_away(ctx, u)) is not None:
            return away
        u.intent, u.topic = asked
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    texts = [d.text for d in decisions]
    # « les déplacements des personnes âgées » in a group on older people: the decision on transport.
    set_theme_aside(u, theme_of(tuple(m.role for m in ctx.data.members())))
    scores = topic_scores(u.topic, texts)
    # Equal shares are told apart by the question's other words (« la fréquence des réunions »: the one
    # about meeting), then the latest first.
    words_asked = [w for w in u.words if w.folded not in lexicon().stopwords and len(w.folded) >= 3]
    context = topic_scores(words_asked, texts) if words_asked else [0.0] * len(decisions)
    # « … ça tombe quand ? »: of decisions as close, the one that dates the thing first.
    when = asks_time(u.words)
    # Of decisions as close, those saying the question's own words come before those its words reach only through a
    # family (« le local ? »: « Le local de la rue des Tanneurs … » before « … dans la salle de distribution »).
    own = topic_scores(u.topic, texts, loose=False)
    hits = sorted(((s, c, d, o) for s, c, d, o in zip(scores, context, decisions, own, strict=True) if s >= SHARE),
                  key=lambda h: (-h[0], -h[3], -h[1], -(when and is_dated(h[2].text)), -h[2].number))
    if (period := u.first("period")) is not None and (within := taken_within(hits, period.extra["period"])):
        # « on avait voté la gratuité du car en septembre ? »: of the decisions on it, those taken then (set 46b).
        hits = within
    label = _topic_label(u)
    if not hits:
        return Outcome.unsure(u, [f"Je ne trouve aucune décision du groupe sur « {label} ».",
                                  "Tapez /decisions pour les dernières décisions."], "")
    lines: list[list[Span] | str] = [[bold(f"Décisions sur « {label} » ({len(hits)})")]]
    for _, _, decision, _ in hits[:SHOWN]:
        lines.extend(decision_lines(decision, ctx.locale))
    return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for _, _, d, _ in hits[:SHOWN]))


def _named_label(kind: str, label: str) -> str:
    """« le mardi 8 décembre 2026 », « en mars », « à Montbenon »."""
    return {"month": f"en {label}", "place": f"à {label}"}.get(kind, label)


def _first_held(ctx: Context, rank: int = 1) -> Meeting | None:
    held = sorted((m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now), key=lambda m: m.start)
    return held[rank - 1] if len(held) >= rank else None


def _ordered_sitting(ctx: Context, u: Understanding) -> Meeting | None:
    """« les décisions du premier copil ? », « … de la deuxième commission ? »: the sitting of that formation
    counted from its first; decisions are taken at sittings held, so they are counted first (one still to come
    is said to have no decisions yet). So a sitting named as its meetings are headed (« au premier comité de
    suivi », set 37a): the order word then stands between « au » and the place, which _held_at_place needs
    together."""
    place = u.first("place")
    if order_of(u) != "premier" or place is None or any(u.first(k) for k in ("month", "period", "number")):
        return None
    here = sorted((m for m in place.items if isinstance(m, Meeting) and m.status != "cancelled"), key=lambda m: m.start)
    past = [m for m in here if m.start <= ctx.now]
    return next(iter(pick_ordered(u, here, past, [m for m in here if m not in past], True)), None)


# Words a place is named after when it is where a meeting sat: « décidé à Avenches », « à la séance de Moudon ».
_AT = frozenset({"a", "au", "aux", "chez"})
_MEETING_WORDS = nouns("plain", "chat", plural=True)
# How far back « du 17 » said of decisions, with no meeting's word, reaches: the last 17th only.
_LAST_SUCH_DAY = timedelta(days=31)
# « la séance de mars » asked of decisions: a March held less than a year ago (_held_in_month).
_YEAR = timedelta(days=366)
# The written records of a sitting (« le relevé de décisions du 17 »): kept of a meeting held.
_RECORD_NOUNS = frozenset({"releve", "releves"})


_LATEST = frozenset({"dernier", "derniere", "derniers", "dernieres"})
# « quoi de neuf côté décisions au copil ? » (read « des nouvelles … »), « du nouveau dans les décisions du comité ? »:
# news asked of the group's decisions are its latest, as « les dernières » (lead's set 85), not every sitting's.
_NEWS = frozenset({"neuf", "nouveau", "nouvelles", "nouveaute", "nouveautes", "news"})


def _held_in_month(ctx: Context, u: Understanding) -> Meeting | None:
    """« les décisions de la séance de mars ? » asked in December, March's sitting ahead: decisions are taken at
    sittings held, so the one held last March (within the year) is meant, unless the year or « prochain » is said
    (set lead76)."""
    month = u.first("month")
    if month is None and (span := _past_month(ctx, u)) is not None:
        # « qu'a-t-on décidé en mars ? »: the month read as a period already past (last March), its sitting held there.
        held = [m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now
                and span.start <= m.start.date() < span.end]
        return max(held, key=lambda m: m.start, default=None)
    if month is None or any(w.lemma == "prochain" or (w.folded.isdigit() and len(w.folded) == 4) for w in u.words):
        return None
    held = sorted((m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now
                   and m.start.month == month.extra["month"] and ctx.now - m.start < _YEAR), key=lambda m: m.start)
    return held[-1] if held else None


def _past_month(ctx: Context, u: Understanding) -> Period | None:
    """The period of one whole month the question names, when it is over (« en mars » asked in December), else None."""
    period = u.first("period")
    span = period.extra.get("period") if period is not None else None
    return span if span is not None and span.month is not None and span.end <= ctx.now.date() else None


def _held_at_place(ctx: Context, u: Understanding, meeting: Meeting) -> Meeting:
    """« qu'est-ce qu'on a décidé à Avenches ? »: decisions are taken at meetings held, so the last one
    held at the place of the coming `meeting` the question named, if any; else `meeting`."""
    place = u.first("place")
    if place is None or any(u.first(k) for k in ("month", "period", "number")):
        return meeting
    if place.extra.get("subject") or place.extra.get("bracketed") or place.extra.get("narrowed"):
        # « les décisions du GT mobilité ? »: the working group named by its subject (formation_subject.py), its
        # last sitting held; so « la réunion des rapporteurs » named by its other name (bracketed_names.py), and
        # « le conseil à l'épicerie », a kind of sitting narrowed to those held in a building (place_words.py).
        held = [m for m in place.items if m.status != "cancelled" and m.start <= ctx.now]
        return max(held, key=lambda m: m.start, default=meeting)
    if (place.extra.get("formation") or len(place.items) > 1) and any(w.folded in _LATEST for w in u.words[:place.start]):
        # « les dernières décisions du copil ? »: the latest taken at that formation, at its last sitting held, not
        # at its coming one (lead's set 65); so of sittings named by their initials (« … du CLE ? », the lead's set 67).
        held = [m for m in place.items if isinstance(m, Meeting) and m.status != "cancelled" and m.start <= ctx.now]
        return max(held, key=lambda m: m.start, default=meeting)
    if place.start < 1:
        return meeting
    before = u.words[place.start - 1].folded
    if before not in _AT and not (before in ("de", "d", "du") and place.start > 1
                                  and u.words[place.start - 2].folded in _MEETING_WORDS):
        return meeting  # « décidé pr les cotech »: a kind of meeting, no place where one sat
    held = [m for m in ctx.data.meetings() if m.place == meeting.place and m.status != "cancelled"
            and m.start <= ctx.now]
    # « la réunion à Lanester, il en est sorti quoi ? »: the town's coming plénière is not what was held there;
    # the latest sitting held at the place said, whatever its kind.
    held = held or [m for m in place.items if isinstance(m, Meeting) and m.status != "cancelled" and m.start <= ctx.now]
    return max(held, key=lambda m: m.start, default=meeting)


def _on_its_agenda(u: Understanding, meeting: Meeting) -> bool:
    """The question's words, but its words of deciding and the sitting's day, are all in one item of the sitting's
    agenda, in the present or the future (« on vote les comptes ? », not « on a voté … ? »)."""
    named = {i for e in u.entities if e.kind in ("period", "month", "place") for i in range(e.start, e.end)}
    said = [w for i, w in enumerate(u.words) if i not in named and w in content_words(u.words)
            and w.lemma not in lexicon().decision_words and w.folded not in lexicon().decision_words]
    if not said or not meeting.agenda or any(w.folded in ("a", "ont", "avez", "avons") for w in u.words):
        return False
    return max(topic_scores(said, [item.text for item in meeting.agenda])) >= 1.0


def decisions_recent(ctx: Context, u: Understanding) -> Outcome:
    if (away := decided_while_away(ctx, u)) is not None:
        return away  # « y a eu quoi comme décisions depuis que je suis parti ? » (while_away.py)
    if (spanned := decisions_in_span(ctx, u)) is not None:
        return spanned  # « depuis la rentrée on a décidé quoi ? »: the period's meetings, all of them
    if (own := own_noun_named(ctx, u)) is not None:
        # « les dernières décisions de la commission ? »: the group itself, no formation of it (own_noun.py).
        u.entities = [e for e in u.entities if e is not own]
    if any(w.folded in _LATEST | _NEWS for w in u.words) and (own is not None
                                                             or own_formation_named(u, ctx.data.members())):
        # « les dernières décisions du copil ? » where the copil is the group itself: its latest (own_formation.py);
        # so too of the group's own bare noun (« … de la commission ? », own_noun.py), not its last sitting's.
        return Outcome(run_command(ctx, "decisions"), u.intent, True, "décisions", u)
    if (kinded := kind_decisions(ctx, u)) is not None:
        return kinded  # « les décisions du GT logement ? »: every meeting of that formation held (kind_decisions.py)
    if (counted := decision_count(ctx, u)) is not None:
        return counted  # « on a pris combien de décisions ? »: the number, then the latest (decision_count.py)
    # « les décisions de la première réunion »: decisions are taken at meetings held, so the first one held.
    meeting = _first_held(ctx, from_start(u)) if u.order == "premier" and not any(
        u.first(k) for k in ("month", "place", "period", "number")) else _ordered_sitting(ctx, u) or meeting_of(ctx, u)
    if meeting is not None and meeting.start > ctx.now:
        meeting = _held_at_place(ctx, u, meeting)
    if meeting is not None and meeting.start > ctx.now:
        meeting = _held_in_month(ctx, u) or meeting
    if (meeting is None or meeting.start > ctx.now) and (period := u.first("period")) is not None:
        # « les décisions de la réu du 12 ? »: decisions are taken at meetings held, so a meeting named by a day
        # without its month is the latest one held on that day (meeting_days.py), not the 12th ahead. « Le relevé
        # de décisions du 17 » is the record of a meeting too: one held. Without such a word, only the last such
        # day, less than a month ago: « les decisions du 17 » asked on 1 December is the meeting of 17 November;
        # « les décisions du 8 ? » keeps « aucune séance le 8 décembre » when the last 8th had none (an 8 October
        # two months back is not what « du 8 » says).
        held = sorted((m for m in ctx.data.meetings() if m.status != "cancelled" and m.start <= ctx.now),
                      key=lambda m: m.start)
        if any(w.folded in _MEETING_WORDS or w.folded in _RECORD_NOUNS for w in u.words):
            meeting = held_on_day(u, period, held, ctx.now) or meeting
        elif (last := held_on_day(u, period, held, ctx.now)) is not None and ctx.now - last.start <= _LAST_SUCH_DAY:
            meeting = last
    named = next((e for e in u.entities if e.kind in ("period", "month", "place")), None)
    if meeting is None and named is None:
        # « j'ai raté la réunion de novembre, il s'est passé quoi ? », « j'étais pas là mardi 24, vous avez décidé
        # quoi ? »: the meeting held that month or on that day (meeting_outcome.py)
        meeting = context_meeting(u, ctx.data.meetings(), ctx.now)
    if meeting is None and named is not None:
        # « les décisions du 8 ? » with no meeting that day: the latest decisions
        # would ignore what was named.
        return Outcome.unsure(u, [f"Je ne trouve aucune séance {_named_label(named.kind, named.label)}.",
                                  "Tapez /seances pour les séances, /decisions pour les dernières décisions."], "")
    if meeting is None and (postponed := [w for w in u.words if root(w.lemma) in _POSTPONED]):
        # « qu'est-ce qui a été reporté ? »: the decisions that put points off (« Report du point … »).
        u.intent, u.topic = "decisions_topic", postponed
        return decisions_topic(ctx, u)
    if meeting is None and (kind := kind_topic(u, [d.text for d in ctx.data.decisions() if d.status != "cancelled"])):
        # « on a décidé quoi pour la cellule ? »: a stop word the decisions use is their topic (kind_topic.py).
        u.intent, u.topic = "decisions_topic", kind
        return decisions_topic(ctx, u)
    if meeting is None:
        # The same list as /decisions.
        return Outcome(run_command(ctx, "decisions"), u.intent, True, "décisions", u)
    # "qu'a-t-on décidé à la réunion de novembre ?": that meeting's decisions.
    taken = [d for d in ctx.data.decisions() if d.meeting_number == meeting.number]
    when = format_day(meeting.start.date(), ctx.locale)
    if not taken and meeting.start > ctx.now and _on_its_agenda(u, meeting):
        # « en mars on vote les comptes ? »: a vote ahead at a sitting whose agenda holds the thing (« Comptes 2026 du
        # réseau »): that agenda answers (lead's set 89).
        u.intent = "agenda_items"
        return agenda_items(ctx, u)
    if not taken and meeting.start > ctx.now:
        # « qu'a-t-on décidé pr les cotech ? » read as the next committee's decisions: a meeting ahead has none,
        # so the question asked something else (a decision about the committee, its agenda): no confident answer.
        u.readings = ["decisions_topic", "agenda_items"]
        return Outcome.unsure(u, [f"La séance n°{meeting.number} ({when}) n'a pas encore eu lieu : aucune décision n'y a été prise.",
                                  "Tapez /decisions pour les dernières décisions, /odj pour l'ordre du jour de la prochaine séance."], "")
    if not taken:
        return Outcome.sure(u, [f"Aucune décision n'a été enregistrée à la séance n°{meeting.number} ({when})."],
                            f"n°{meeting.number}")
    if (kind := asked_kind(u.words)) and (chosen := [d for d in taken if of_kind(d.text, kind)]):
        # « qu'est-ce qu'on a rejeté en novembre ? »: that meeting's refusals, not all it decided (decision_kinds.py).
        u.intent = "decisions_topic"
        lines = [[bold(f"Décisions de la séance n°{meeting.number} ({when}) : {len(chosen)}")], *_held_at(meeting)]
        for decision in chosen[:SHOWN]:
            lines.extend(decision_lines(decision, ctx.locale))
        return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in chosen[:SHOWN]))
    lines: list[list[Span] | str] = [[bold(f"Décisions de la séance n°{meeting.number} ({when}) : {len(taken)}")],
                                     *_held_at(meeting)]
    for decision in taken[:SHOWN]:
        lines.extend(decision_lines(decision, ctx.locale))
    return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in taken[:SHOWN]))


def _held_at(meeting: Meeting) -> list[str]:
    """Where the meeting whose decisions are listed sat (« qu'a-t-on acté lors de la visite de ferme à Gaël ? »: the
    member sees it is that one)."""
    return [f"Lieu : {meeting.place}"] if meeting.place else []


def decision_number(ctx: Context, u: Understanding) -> Outcome:
    number = u.first("number")
    assert number is not None
    try:
        return Outcome(run_command(ctx, "decisions", number.label), u.intent, True, f"n°{number.label}", u)
    except UserError as error:
        return Outcome(error.reply(), u.intent, False, "", u)


# Words asking for several dates (« les dates à Bordeaux ? »): a list, which a place does not make one meeting.
_SEVERAL = frozenset({"dates", "echeances", "deadlines", "reunions", "seances", "calendrier"})
# Words asking what is on there (« il y a quoi … », « l'agenda … », « le programme … », « il y a quelque chose de
# prévu à Vaux ? »).
_WHAT_IS_ON = frozenset({"quoi", "agenda", "programme", "quelque"})


def _place_meeting_asked(u: Understanding, span: tuple[date, date, str] | None
                         ) -> Callable[[Context, Understanding], Outcome] | None:
    """« il y a quoi à l'agenda à Talence ? »: with no period and no topic, what is on at a meeting's place named is
    that meeting's; every date ahead would ignore it. Its agenda answers (the meeting's day, time and place with it)."""
    place = u.first("place")
    if span is not None or u.topic or place is None or not any(isinstance(m, Meeting) for m in place.items):
        return None
    if any(w.folded in _SEVERAL for w in u.words) or not any(w.folded in _WHAT_IS_ON for w in u.words) or asks_time(u.words):
        return None  # (« jusqu'à quand on peut s'inscrire à la journée des agents ? » asks a deadline's day)
    u.intent = "agenda_items"
    return agenda_items


def _passed_on_topic(ctx: Context, u: Understanding, today: date, above: float = 0.0) -> list[Deadline]:
    """The deadlines already past whose words the question's topic holds (more of them than `above`, the best share
    a deadline ahead holds), latest first (three at most)."""
    passed = [d for d in ctx.data.deadlines() if not d.cancelled and d.day < today]
    scores = topic_scores(u.topic, [d.text for d in passed])
    return sorted((d for s, d in zip(scores, passed, strict=True) if s >= SHARE and s > above), key=lambda d: d.day,
                  reverse=True)[:3]


def dates_period(ctx: Context, u: Understanding) -> Outcome:
    today = ctx.now.date()
    span = asked_span(ctx, u)
    if (at_place := _place_meeting_asked(u, span)) is not None:
        return at_place(ctx, u)
    span = past_month(u, span, today) if span is not None else None
    start, end, label = span or (today, today + AHEAD, "à venir")
    if span is not None and end <= today and not u.topic and (u.first("org") is None):
        # « on avait quoi comme échéances en octobre ? »: a period over, what fell in it (past_agenda.py).
        if not (held := past_entries(ctx, start, end)):
            return Outcome.sure(u, [f"Rien n'était prévu {label}."], label)
        lines_past: list[list[Span] | str] = [[bold(f"Agenda {label} ({len(held)})")]]
        for _, entry in held[:30]:
            lines_past.append(deadline_line(entry, ctx.now, ctx.locale) if isinstance(entry, Deadline) else [
                bold(f"Séance n°{entry.number}"),
                text(f" — {format_when(entry.start, entry.end, ctx.locale)}{f' — {entry.place}' if entry.place else ''}")])
        return Outcome.sure(u, lines_past, label)
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and start <= d.day < end and d.day >= today]
    due: list[Task] = []
    if u.topic:
        # "jusqu'à quand pour le rapport ?": the deadlines about that topic.
        scores = topic_scores(u.topic, [d.text for d in deadlines])
        deadlines = [d for s, d in zip(scores, deadlines, strict=True) if s >= SHARE]
        if deadlines and span is None and (passed := _passed_on_topic(ctx, u, today, above=max(scores))):
            # « les bilans intermédiaires c'était à rendre quand ? »: the deadline past says every word of it, the one
            # ahead only « bilan » (« bilan annuel »): the past one is the one asked, said past (set 49a).
            return Outcome.sure(u, [f"Échéance passée sur « {_topic_label(u)} » :",
                                    *(deadline_line(d, ctx.now, ctx.locale) for d in passed)], "passée")
        if not deadlines and (named := month_named_by(u, ctx.data.deadlines(), today, ctx.data.meetings())):
            # « les préinscriptions pour septembre ouvrent quand ? »: the month is the record's (month_in_record.py),
            # the dates listed are the deadlines' own.
            deadlines, span = named, None
        if not deadlines and span is not None and _checked(u) and (elsewhere := _topic_elsewhere(ctx, u, today)):
            # « la date limite pour les cotisations c'est fin décembre non ? » when they are due on the 18th: none in
            # the period said, the topic's own deadline shows the right day (set 37b).
            return Outcome.sure(u, [f"Aucune échéance sur « {_topic_label(u)} » {label} ; à venir :",
                                    *(deadline_line(d, ctx.now, ctx.locale) for d in elsewhere)], label)
        if not deadlines and span is None and (passed := _passed_on_topic(ctx, u, today)):
            # « les signalements des bailleurs c'était pour quand ? »: none ahead, the topic's deadline already past
            # says its day (set 47b).
            return Outcome.sure(u, [f"Échéance passée sur « {_topic_label(u)} » :",
                                    *(deadline_line(d, ctx.now, ctx.locale) for d in passed)], "passée")
        if not deadlines:
            return Outcome.unsure(u, [f"Je ne trouve aucune échéance sur « {_topic_label(u)} ».",
                                      "Tapez /agenda pour toutes les dates à venir."], "")
        meetings: list[Meeting] = []
    elif naming := _naming_body(u, deadlines):
        # « le dossier ARS, il faut le rendre quand ? »: the deadlines that name the body asked about.
        deadlines, meetings = naming, []
    else:
        assert ctx.group is not None
        meetings = [m for m in expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now, ctx.now + AHEAD)
                    if m.active and meeting_window_end(m) > ctx.now and start <= m.start.date() < end]
        if span is not None and not any(w.lemma in DEADLINE_WORDS or w.folded in DEADLINE_WORDS for w in u.words):
            # « y a quoi à rendre cette semaine ? », « qu'est-ce qui tombe cette semaine ? »: the open tasks due in a
            # period named fall in it too (the meetings and deadlines alone left out the minutes due on Friday);
            # « quelles dates limites jusqu'à la fin du mois ? » asks for the deadlines alone.
            due = sorted((t for t in ctx.data.tasks() if t.open and t.due is not None and max(start, today) <= t.due < end),
                         key=lambda t: t.due or today)
    if span is not None and meetings and _deadlines_only(u):
        # « on a une échéance la semaine prochaine ? »: the deadlines are asked, a sitting then is no deadline.
        if not deadlines:
            sittings = [f"Séance n°{m.number} — {format_when(m.start, m.end, ctx.locale)}" for m in meetings[:5]]
            return Outcome.sure(u, [f"Rien n'est prévu {label} côté échéances.", *sittings], label)
        meetings = []
    entries: list[tuple[datetime, Deadline | Meeting]] = [(d.due, d) for d in deadlines] + [(m.start, m) for m in meetings]
    entries.sort(key=lambda e: e[0])
    # « qu'est-ce qu'on doit envoyer avant vendredi ? » with a deadline on that Friday: « avant » said of what is due
    # often takes the day in; nothing before it, the deadlines of the day itself are shown, said as such (with the
    # tasks due before it too: « … avant lundi prochain ? » of set lead56).
    on_the_day = [d for d in ctx.data.deadlines() if not d.cancelled and d.day == end] if (
        not entries and label.startswith("avant le")) else []
    if on_the_day and u.topic and max(topic_scores(u.topic, [d.text for d in on_the_day])) < SHARE:
        on_the_day = []
    same_day: list[list[Span] | str] = [deadline_line(d, ctx.now, ctx.locale) for d in on_the_day]
    if not entries and not due:
        if same_day:
            return Outcome.sure(u, [f"Rien n'est prévu {label} ; le jour même :", *same_day], label)
        return Outcome.sure(u, [f"Rien n'est prévu {label}."], label)
    lines: list[list[Span] | str] = [[bold(f"Agenda {label} ({len(entries)})" if span else f"Dates à venir ({len(entries)})")]]
    if due:
        members = members_by_number(ctx.data)
        tail: list[list[Span] | str] = [[bold(f"Tâches à rendre {label} ({len(due)})")]]
        tail += [task_line(t, members, today, ctx.locale) for t in due[:10]]
        if not entries:
            said = f"Rien n'est prévu {label} côté séances et échéances" + (" ; le jour même :" if same_day else ".")
            return Outcome.sure(u, [said, *same_day, *tail], label)
    for _, entry in entries[:30]:
        if isinstance(entry, Deadline):
            lines.append(deadline_line(entry, ctx.now, ctx.locale))
        else:
            place = f" — {entry.place}" if entry.place else ""
            lines.append([bold(f"Séance n°{entry.number}"), text(f" — {format_when(entry.start, entry.end, ctx.locale)}{place}")])
    if len(entries) > 30:
        lines.append(f"… et {len(entries) - 30} autres (/agenda).")
    if due:
        lines += tail
    return Outcome.sure(u, lines, label)


def _checked(u: Understanding) -> bool:
    """A yes-or-no question (« … c'est fin décembre non ? »): no question word, a question mark or a tag. « le bilan
    de fin d'année scolaire c'est quand ? » asks when, the period a part of what is asked (the lead's set 36: a meeting)."""
    return ("?" in u.text or any(w.folded in ("non", "hein") for w in u.words[-1:])) and not any(
        w.folded in lexicon().question_words or w.folded in _AGENDA_WORDS for w in u.words)


# « le diag mobilité est à l'agenda du 9 ? » checks a sitting's agenda, no deadline's day (sets 37b and 37c merged).
_AGENDA_WORDS = frozenset({"agenda", "odj", "ordre", "programme"})


def _topic_elsewhere(ctx: Context, u: Understanding, today: date) -> list[Deadline]:
    """The deadlines to come on `u`'s topic, whatever the period (two at most, the topic's clearly first)."""
    ahead = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= today]
    if not ahead:
        return []
    scores = topic_scores(u.topic, [d.text for d in ahead])
    best = max(scores)
    found = [d for s, d in zip(scores, ahead, strict=True) if s >= SHARE and s == best]
    return found if len(found) <= 2 else []


# The sittings' nouns as typed: a question naming one asks for the sittings too (« une séance et des délais »).
_SITTING_NOUNS = nouns("plain", "chat", "formations", "sitting_bodies", plural=True)


def _deadlines_only(u: Understanding) -> bool:
    """A deadline's noun (« échéance », « date limite ») asked, and no sitting's."""
    said = [w.folded for w in u.words] + [fold_typed for w in u.words if (fold_typed := plain(w.typed))]
    return any(w.lemma in DEADLINE_WORDS or w.folded in DEADLINE_WORDS for w in u.words) and not any(
        w in _SITTING_NOUNS for w in said)


def _naming_body(u: Understanding, deadlines: list[Deadline]) -> list[Deadline]:
    """The deadlines whose text names the body the question names, as typed or by its stored name."""
    if (org := u.first("org")) is None:
        return []
    said = {" ".join(w.folded for w in u.words[org.start:org.end]), plain(org.label)}
    return [d for d in deadlines if any(f" {s} " in f" {plain(d.text)} " for s in said if s)]


def tasks(ctx: Context, u: Understanding) -> Outcome:
    """« quelles tâches sont en retard ? », « qu'est-ce que je dois faire ? »:
    the answer /taches gives (en retard, moi)."""
    person = u.first("person")
    if u.intent == "tasks_mine" and person is not None and len(person.items) == 1:
        # « les tâches de Lina Bouaziz », « qu'est-ce qu'Antoine doit faire ? »: that member's, as /taches <membre>.
        name = person.items[0].name
        return Outcome(run_command(ctx, "taches", name), u.intent, True, f"tâches de {name}", u)
    if u.intent == "tasks_mine" and person is not None and len(person.items) > 1:
        # « les tâches de Karim ? » with two Karims: whose, not the asker's own.
        names = ", ".join(m.name for m in person.items[:8])
        return Outcome.unsure(u, [f"Plusieurs membres correspondent à « {person.label} » : {names}.",
                                  "Précisez le nom (prénom et nom)."], "")
    org, role = u.first("org"), u.first("role")
    if u.intent == "tasks_mine" and person is None and role is not None:
        # « qu'est-ce que doit faire la DGS de Schiltigheim ? »: the tasks of the role's holder(s).
        pool = org.items if org is not None else tuple(ctx.data.members())
        holders = [m for m in pool if holds_role(m.role, role.extra["stem"].split("|"))]
        if holders:
            # The holders with their role: the member reads why they are meant (« Marie Wagner, DGS »).
            label = ", ".join(f"{m.name} ({m.role})" if m.role else m.name for m in holders[:3])
            return _org_tasks(ctx, u, label, {m.number for m in holders})
    if u.intent == "tasks_late" and person is not None and len(person.items) == 1:
        # « Nadia est en retard sur quoi ? », « les tâches en retard de Paul ? »: that member's late ones.
        return _org_tasks(ctx, u, person.items[0].name, {person.items[0].number}, late=True)
    me = ctx.sender.member
    if u.intent == "tasks_mine" and person is None and org is not None and me is not None and asks_own(u.words) and (
            me.number not in {m.number for m in org.items}):
        # « je dois envoyer quoi au CLLAJ ? » from a member of another body: the body is whom the asker's work is
        # for, not whose work it is; the asker's own tasks answer.
        return Outcome(run_command(ctx, "taches", "moi"), u.intent, True, "tâches", u)
    if person is None and org is not None:
        # « les tâches de la Région ? », « les tâches en retard de l'Eurométropole ? »: its members'.
        # « ce qui reste à faire pour la mairie ? » (read as tasks_late like « qu'est-ce qui reste à faire ? ») asks
        # what is still open: the late ones only when lateness is said (« en retard », « pas faites à temps »).
        return _org_tasks(ctx, u, org.label, {m.number for m in org.items},
                          late=u.intent == "tasks_late" and _says_late(u))
    if u.intent in ("tasks_mine", "tasks_late") and person is None and org is None and up_to_date(u.words):
        # « tout le monde est à jour dans ses tâches ? »: whether anything is late, the late ones (set 46b).
        u.intent = "tasks_late"
        return Outcome(run_command(ctx, "taches", "en retard"), u.intent, True, "tâches en retard", u)
    if u.intent == "tasks_mine" and not asks_own(u.words):
        # « qui doit faire quoi ? », « les tâches du groupe ? »: every open task, as /taches.
        return Outcome(run_command(ctx, "taches"), u.intent, True, "tâches", u)
    if u.intent == "tasks_mine":
        if ctx.sender.member is None:
            return Outcome.sure(u, ["Vous n'avez pas encore de fiche dans ce groupe, donc aucune tâche à votre nom.",
                                    "Créez-la avec /moi <organisation> ; les tâches du groupe sont dans /taches."], "tâches")
        return Outcome(run_command(ctx, "taches", "moi"), u.intent, True, "tâches", u)
    return Outcome(run_command(ctx, "taches", "en retard"), u.intent, True, "tâches en retard", u)


# « en retard », « les retards », « dépassées », « à temps » (« pas faites à temps »), « échues ».
_LATE_STEMS = ("retard", "depass", "echu", "temps", "oubli", "trainent", "traine")


def _says_late(u: Understanding) -> bool:
    """Whether the question says the tasks are late, as opposed to still to do."""
    return any(w.folded.startswith(_LATE_STEMS) or w.lemma.startswith(_LATE_STEMS) for w in u.words)


def _org_tasks(ctx: Context, u: Understanding, label: str, pilots: set[int], late: bool = False) -> Outcome:
    """« les tâches de la Région ? »: the open tasks (or the late ones) piloted by that body's members."""
    today = ctx.now.date()
    theirs = sorted((t for t in ctx.data.tasks() if t.open and t.pilot in pilots and (not late or t.overdue(today))),
                    key=lambda t: (t.due is None, t.due or today, t.number))
    what = "en retard" if late else "en cours"
    if not theirs:
        return Outcome.sure(u, [f"Aucune tâche {what} pour {label}.", "Tapez /taches pour les tâches du groupe."], label)
    members = members_by_number(ctx.data)
    lines: list[list[Span] | str] = [[bold(f"Tâches {what} pour {label} ({len(theirs)})")]]
    lines += [task_line(t, members, ctx.now.date(), ctx.locale) for t in theirs[:SHOWN]]
    return Outcome.sure(u, lines, label)
