"""Answers about meetings: the next one, one qualified by month, place,
period or order (`la dernière réunion` is the latest past one), the
upcoming ones, and the agenda."""

from __future__ import annotations

from datetime import timedelta

from handlers.context import Context
from handlers.messages import Span
from handlers.understanding.before_bound import just_before
from handlers.understanding.between_sittings import between_two
from handlers.understanding.changed_sitting import changed_lines, changed_on
from handlers.understanding.outcome import Outcome, run_command
from handlers.understanding.days import WEEKDAYS
from handlers.understanding.day_in_decision import decisions_of_day, fate_asked
from handlers.understanding.day_other_year import same_day_other_year, same_part_other_year
from handlers.understanding import tense
from handlers.understanding.meeting_kinds import (formation_of, joined_formations, kind_meeting, kind_meetings,
                                                  shifted_meeting, weekday_checked)
from handlers.understanding.meetings_in_span import asked_span, meeting_list, meetings_in_span
from handlers.understanding.month_day_check import day_in_named_month
from handlers.understanding.near_day import near_sitting
from handlers.understanding.agenda_topic import with_item
from handlers.understanding.meeting_rank import (checked_period, checked_place, from_end, from_start, headed_as_typed,
                                                 held_there, in_month, last_in_coming_month,
                                                 last_scheduled,
                                                 next_asked, of_body_named, on_day_of_month, order_of, pick_ordered,
                                                 place_checked, rank_in_month)
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.views import decision_lines, meeting_lines, meeting_window_end
from storage.models import Meeting
from storage.recurrence import expand_all

__all__ = ["agenda_items", "meeting", "meeting_last", "meeting_of", "meetings_upcoming"]

PAST = timedelta(days=400)
AHEAD = timedelta(days=400)


def _all(ctx: Context) -> list[Meeting]:
    assert ctx.group is not None
    return expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - PAST, ctx.now + AHEAD)


def _coming(ctx: Context) -> list[Meeting]:
    return [m for m in _all(ctx) if m.active and meeting_window_end(m) > ctx.now]


def _nothing(u: Understanding, what: str) -> Outcome:
    return Outcome.unsure(u, [f"Je ne trouve aucune séance {what}.", "Tapez /seances pour les séances prévues."], "")


def _cancelled_there(ctx: Context, u: Understanding) -> Outcome | None:
    """« la réunion de Pithiviers est annulée ? », « elle a lieu la réunion des forums satellites ? »: no active sitting
    has the place or heading named, but one sitting that has was cancelled — what became of it, with the next one
    (changed_sitting.py; set 48c). None when no such sitting, or several."""
    place = u.first("place")
    # (A sitting named as one, « la réunion de Pithiviers »: « c'est où le forum de Pithiviers ? » asks of the event.)
    if place is None or not any(w.folded in PLAIN or w.lemma in PLAIN for w in u.words):
        return None
    named = {getattr(m, "number", None) for m in place.items}
    off = [m for m in _all(ctx) if m.number in named and m.status == "cancelled"]
    if len(off) != 1 or any(m.number in named and m.active for m in _all(ctx)):
        return None
    u.intent = "meeting_which"
    lines = changed_lines(off[0], ctx.now, ctx.locale)
    if coming := _coming(ctx):
        lines += meeting_lines(coming[0], ctx.now, ctx.locale, title="Prochaine séance", agenda=False)
    return Outcome.sure(u, lines, f"n°{off[0].number}")


def _none_planned(u: Understanding) -> Outcome:
    # A true answer, worded as /prochaine_seance words it.
    return Outcome.sure(u, ["Aucune séance n'est prévue pour l'instant.",
                            "Un coordinateur peut en planifier une avec /seance."], "aucune séance")


# Folded words that put the question in the past (« c'était », « a eu lieu », « s'est tenue »).
PAST_TENSE = tense.PAST | tense.PASSED  # « c'était où ? », « avait lieu », « la réunion passée » (tense.py)


# Past forms of what was done or held (not « c'était », which also recalls what is planned: « c'était quand déjà ? »).
_DONE_PAST = frozenset({"avait", "avaient", "eu", "eue", "tenu", "tenue", "deroule", "deroulee", "fini", "finie"})


def _past_tense(u: Understanding) -> bool:
    return any(w.folded in PAST_TENSE for w in u.words)


def _qualified(ctx: Context, u: Understanding) -> tuple[Meeting | None, str]:
    """The meeting the question's month, place or period designates."""
    meetings = [m for m in _all(ctx) if m.status != "cancelled"]
    coming = [m for m in meetings if meeting_window_end(m) > ctx.now]
    past = [m for m in meetings if meeting_window_end(m) <= ctx.now]
    if (number := u.first("number")) is not None:
        numbered = [m for m in meetings if m.number == number.extra["number"]]
        chosen = [m for m in numbered if m in coming][:1] or numbered[-1:]
        return (chosen[0] if chosen else None), f"n°{number.label}"
    if (formation := formation_of(u)) is not None:
        # « le copil avant Noël », « la plénière du 28 »: that kind's meeting (meeting_kinds.py).
        return kind_meeting(u, formation, meetings, ctx.now, _past_tense(u))
    period = u.first("period")
    if period is not None and u.first("place") is not None and weekday_checked(u, period):
        period = None  # « la rando du 11/19 c'était un samedi ? »: the place designates, its weekday is checked (set 46a)
    month_asked = u.first("month").extra["month"] if u.first("month") else (
        period.extra["period"].month if period is not None else None)
    if (checked := day_in_named_month(u, coming, past)) is not None:
        return checked  # « la réunion de janvier c'est un jeudi, non ? »: January's, the day checked (month_day_check.py)
    wide = period is not None and (period.extra["period"].end - period.extra["period"].start).days > 7
    if (place := u.first("place")) is not None and wide and not period.extra["period"].month and (
            held := [m for m in meetings if any(m.number == h.number for h in place.items)
                     and period.extra["period"].start <= m.start.date() < period.extra["period"].end]):
        # « la journée des bénévoles c'est quand cette année ? »: a span of weeks or more narrows the sittings the
        # place names, not any sitting in it (lead's set 54); with none of them in it (« cette année » asked in
        # December of a day in February), the place designates as it would alone, its date shown in full.
        return held[0], period.extra["period"].label
    if (place := u.first("place")) is not None and period is not None and not period.extra["period"].month and not wide:
        # « c'est à la préfecture le 10 ? »: the day designates, its place answers (or no meeting that day).
        span = period.extra["period"]
        inside = [m for m in meetings if span.start <= m.start.date() < span.end]
        if not inside and (other := same_day_other_year(span, meetings, ctx.now)) is not None:
            # « le 24 juin c'est à l'hôtel de ville ? » asked in December: next year's 24 June (day_other_year.py).
            return other, span.label
        here = [m for m in past if any(m.number == h.number for h in place.items)]
        if not inside and (dayed := on_day_of_month(u, span, here, _past_tense(u))) is not None:
            # « la réunion de rentrée c'était le 22 ? »: a bare day checked of the sitting the words name, held on
            # such a day of another month than the last one (set 44c).
            return dayed, span.label
        return (inside[0] if inside else None), span.label
    if (place := u.first("place")) is not None:
        held = {id(m) for m in place.items}
        here = [m for m in meetings if any(m.number == h.number for h in place.items) or id(m) in held]
        if month_asked:
            # « la réunion d'octobre, c'était à Andenne ? »: the month designates, the place is checked.
            both = in_month([m for m in here if m in coming], [m for m in here if m in past], month_asked,
                            past_tense=_past_tense(u))
            return both if both[0] is not None else in_month(coming, past, month_asked, past_tense=_past_tense(u))
        chosen = [m for m in here if m in coming] or [m for m in here if m in past][-1:]
        if _past_tense(u):
            # « la réunion à Fribourg, c'était quand ? »: the last one held there, not the next. Said in a past of
            # what was done (« avait fini », « a eu lieu »), only a sitting held there answers: « la formation à
            # l'hôtel du Département avait fini à quelle heure ? » is no sitting to come (lead's set 55).
            held_there = [m for m in here if m in past][-1:]
            done = any(w.folded in _DONE_PAST for w in u.words)
            chosen = held_there or ([] if done else chosen)
        if order_of(u) == "premier":
            # « la toute première réunion du collectif »: among all its sittings, whatever their kind (meeting_rank.py)
            chosen = pick_ordered(u, of_body_named(u, place, meetings) or here, past, coming, _past_tense(u))
        if not chosen and here and _past_tense(u):
            return None, f"tenue à {place.label}"  # « Je ne trouve aucune séance tenue à … »: some are to come
        return (chosen[0] if chosen else None), f"à {place.label}"
    if period is not None and period.extra["period"].month:
        # "en octobre": the month, coming or past, as "la réunion d'octobre" reads.
        return in_month(coming, past, period.extra["period"].month, rank_in_month(u))
    if period is not None:
        span = period.extra["period"]
        said = [w.folded for w in u.words[span.start_word:span.end_word + 1]]
        inside = [m for m in meetings if span.start <= m.start.date() < span.end] or [
            m for m in [on_day_of_month(u, span, past, _past_tense(u))] if m is not None] or (
            # « la réunion de fin juin » asked in December: next June's end, the one gone holding none.
            same_part_other_year(span, meetings, ctx.now, any(w.isdigit() and len(w) == 4 for w in said)))
        if order_of(u) == "premier":
            inside = inside[from_start(u) - 1:]  # « la 2e réunion de 2027 »: counted within the period
        elif just_before(u):
            inside = inside[-1:]  # « la séance avant Pâques »: the last one before the bound (before_bound.py)
        return (inside[0] if inside else None), span.label
    month = u.first("month")
    if month is not None:
        return in_month(headed_as_typed(u, coming), headed_as_typed(u, past), month.extra["month"], rank_in_month(u),
                        _past_tense(u))
    if u.order == "premier":
        # « la première réunion, c'était quand ? »: the group's first one;
        # without a past tense, the first one to come.
        rank = from_start(u)  # « la 2e réu » (meeting_rank.py): the group's second, held or to come
        if rank > 1 and not _past_tense(u):
            return ([*past, *coming][rank - 1] if len(past) + len(coming) >= rank else None), "du groupe"
        if _past_tense(u):
            return (past[rank - 1] if len(past) >= rank else None), "passée"
        return (coming[0] if coming else None), "à venir"
    return None, ""


def _none_then_next(ctx: Context, u: Understanding, what: str) -> Outcome:
    """No meeting in the period asked about: a true answer, with the next one."""
    period = u.first("period")
    coming = _coming(ctx)
    if period is not None and (changed := changed_on(period.extra["period"], _all(ctx))) is not None:
        # « c'est toujours le 15 ? » when that sitting was cancelled or moved: what became of it (changed_sitting.py).
        u.intent = "meeting_next" if coming and coming[0].number == changed.number else "meeting_which"
        lines = changed_lines(changed, ctx.now, ctx.locale)
        if changed.status == "cancelled" and coming:
            lines += meeting_lines(coming[0], ctx.now, ctx.locale, title="Prochaine séance", agenda=False)
        return Outcome.sure(u, lines, f"n°{changed.number}")
    named = decisions_of_day(period.extra["period"], ctx.data.decisions()) if period is not None else []
    if named and fate_asked(u.text):
        # « la commission du 22 décembre a été annulée ? »: the decision saying what became of it (day_in_decision.py).
        u.intent = "decisions_topic"
        return Outcome.sure(u, [line for d in named for line in decision_lines(d, ctx.locale)], f"n°{named[0].number}")
    # « pas de copil avant janvier ? », « le groupe santé mentale ne se réunit plus avant mars ? »: none of that kind
    # in the period; the next one OF THAT KIND is what the member waits for, not the next of any kind (set 28a).
    if (kinds := kind_meetings(u, coming)):
        coming = kinds
    lines: list[str | Span | list[Span]] = [f"Aucune séance {what}."]
    for decision in named:  # « y a une réunion le 22/12 ? »: what the group decided of that day
        lines += decision_lines(decision, ctx.locale)
    span = period.extra["period"] if period is not None else None
    held = [m for m in _all(ctx) if m.active]
    pool = coming if any(w.lemma == "prochain" for w in u.words) else (kind_meetings(u, held) or held)
    if span is not None and (near := near_sitting(span.start, span.end, pool)) is not None:
        # « la réunion du 15 décembre ? » when it is on the 14th: the sitting a day or two off (near_day.py).
        return Outcome.sure(u, lines + meeting_lines(near, ctx.now, ctx.locale, title="Séance la plus proche", agenda=False),
                            f"n°{near.number}")
    # « à la rentrée on se revoit quand ? » with none in January: the first one after the period's start.
    later = [m for m in coming if period is not None and m.start.date() >= period.extra["period"].start]
    # « la prochaine réunion c'est bien le 10 ? » when it is the 3rd: the next one is asked, its day checked wrong.
    if later and later[0] is not coming[0] and not any(w.lemma == "prochain" for w in u.words):
        lines += meeting_lines(later[0], ctx.now, ctx.locale, title="Séance suivante", agenda=False)
    elif coming:
        lines += meeting_lines(coming[0], ctx.now, ctx.locale, title="Prochaine séance", agenda=False)
    return Outcome.sure(u, lines, "aucune séance")


def _up_to(u: Understanding) -> bool:
    """« on se réunit quand d'ici mars ? »: a span from today to a month, not that month's meeting (no kind,
    place or order picking one)."""
    period = u.first("period")
    said = [w.folded for w in u.words[max(0, period.start - 2):period.end]] if period is not None else []
    # « d'ici » said, not read from « avant Noël » (« on n'a pas de réunion avant Noël ? » asks for one).
    return (period is not None and "ici" in said and period.extra["period"].label.startswith("d'ici") and formation_of(u) is None
            and u.first("place") is None and order_of(u) is None)


def _ago_holds_last(ctx: Context, u: Understanding) -> bool:
    """« la réunion d'il y a deux semaines c'était où ? »: a span counted back from today (period_counts.py) that
    holds the latest meeting held asks for that one, the last, as « la réunion d'il y a un mois » is read."""
    period = u.first("period")
    if period is None or not period.extra["period"].label.startswith("il y a"):
        return False
    span = period.extra["period"]
    past = [m for m in _all(ctx) if m.status != "cancelled" and m.start <= ctx.now]
    return bool(past) and span.start <= past[-1].start.date() < span.end


def meeting(ctx: Context, u: Understanding) -> Outcome:
    meetings = [m for m in _all(ctx) if m.status != "cancelled"]
    if (between := between_two(u, [m for m in meetings if meeting_window_end(m) > ctx.now],
                               [m for m in meetings if meeting_window_end(m) <= ctx.now])) is not None:
        # « entre le comité de novembre et celui de janvier, il y a une réunion ? »: between_sittings.py
        inside, what = between
        if not inside:
            return Outcome.sure(u, [f"Aucune séance {what}."], "aucune séance")
        if len(inside) > 1:  # which one is asked, the question does not say
            return Outcome.unsure(u, [f"Plusieurs séances {what} : " + ", ".join(f"n°{m.number}" for m in inside) + ".",
                                      "Tapez /seances pour les séances prévues."], "")
        u.intent = "meeting_which"
        return Outcome.sure(u, meeting_lines(inside[0], ctx.now, ctx.locale, title="Séance"), f"n°{inside[0].number}")
    if _up_to(u):
        u.intent = "meetings_upcoming"  # the meetings of that span, listed
        return meetings_upcoming(ctx, u)
    if _ago_holds_last(ctx, u):
        u.intent = "meeting_last"  # what is answered, so the outcome says so
        return meeting_last(ctx, u)
    if (outside := _place_outside_span(ctx, u)) is not None:
        return outside
    shifted = shifted_meeting(u, [m for m in _all(ctx) if m.status != "cancelled"], ctx.now)
    if shifted is not None or u.has("qualifier") and order_of(u) not in ("dernier", "precedent"):
        # « la réu après celle de mardi »: the one after the meeting named (meeting_kinds.py).
        found, what = shifted or _qualified(ctx, u)
        if shifted is not None:
            u.intent = "meeting_which"  # the meeting named from another one, not the next
        period = u.first("period")
        if found is None and period is not None:
            return _none_then_next(ctx, u, what)
        if found is None and (called_off := _cancelled_there(ctx, u)) is not None:
            return called_off
        if found is None:
            return _nothing(u, what)
        coming = _coming(ctx)
        place = u.first("place")
        if place is not None and next_asked(u) and coming:
            lines = meeting_lines(coming[0], ctx.now, ctx.locale, title="Prochaine séance")
            there = "" if place.extra.get("mode") else held_there(found)  # where the one held there is
            if all(found.number != m.number for m in coming):
                # « la prochaine réunion est en visio ? » when the last visio is past: the next one, said not to be there.
                return Outcome.sure(u, [f"Aucune séance à venir « {place.label} »{there} ; la prochaine :", *lines],
                                    f"n°{coming[0].number}")
            if (place.extra.get("mode") or place_checked(u, place)) and found.number != coming[0].number:
                # « la prochaine réunion est en visio ? », « … c'est à l'hôtel de ville ? » ask how or where the
                # next one is held, not which is by video or there.
                return Outcome.sure(u, [f"La prochaine séance n'est pas « {place.label} »{there} :", *lines],
                                    f"n°{coming[0].number}")
        if place is not None and place_checked(u, place) and place.items and all(found.number != m.number for m in place.items):
            # « la séance du 10 décembre est à l'hôtel de ville ? »: the day designates; it is not held there.
            elsewhere = next((m for m in place.items if m in coming), place.items[-1])
            return Outcome.sure(u, [f"La séance n°{found.number} n'est pas « {place.label} »{held_there(elsewhere)} :",
                                    *meeting_lines(found, ctx.now, ctx.locale, title="Séance")], f"n°{found.number}")
        lines = meeting_lines(found, ctx.now, ctx.locale, title="Séance")
        if shifted is not None and what.startswith(("après la séance", "avant la séance")) and "(à " in what:
            # « après Beaune, c'est quoi la suivante ? »: the sitting started from, found by its venue, is said, so
            # the member sees which one « après » counted from (and the venue asked is accounted for, explained.py).
            lines = [f"{what[0].upper()}{what[1:]} :", *lines]
        return Outcome.sure(u, lines, f"n°{found.number}")
    if order_of(u) in ("dernier", "precedent"):
        u.intent = "meeting_last"  # what is answered, so the outcome says so
        return meeting_last(ctx, u)
    coming = _coming(ctx)
    if not coming:
        return _none_planned(u)
    return Outcome.sure(u, meeting_lines(coming[0], ctx.now, ctx.locale, title="Prochaine séance"), f"n°{coming[0].number}")


def _place_outside_span(ctx: Context, u: Understanding) -> Outcome | None:
    """« quels horaires pour Roussillon en juillet août ? »: a town that is a venue and a span of weeks, no sitting
    named (no « réunion », « comité »…) and none held there in the span: no sitting is asked, whatever the venue's last
    one (the opening hours of a decision are, the lead's set 82). Unsure, saying so; else None."""
    place, period = u.first("place"), u.first("period")
    if place is None or period is None or place.extra.get("formation") or place.extra.get("mode"):
        return None
    span = period.extra["period"]
    if span.month or (span.end - span.start).days <= 7 or any(w.folded in PLAIN or w.lemma in PLAIN for w in u.words):
        return None
    if span.start <= ctx.now.date() < span.end:
        return None  # « la journée des bénévoles c'est quand cette année ? »: the venue designates (lead's set 54)
    if any(span.start <= m.start.date() < span.end for m in place.items):
        return None
    return Outcome.unsure(u, [f"Aucune séance « {place.label} » {span.label}."], "")


def meeting_last(ctx: Context, u: Understanding) -> Outcome:
    past = [m for m in _all(ctx) if m.status != "cancelled" and m.start <= ctx.now]
    # « la dernière réunion à Fribourg »: the last one there, not the last one.
    what = "passée"
    if last_scheduled(u):
        # « la dernière réunion prévue, c'est quand ? »: the latest on the calendar (meeting_rank.py).
        past, what = [m for m in _all(ctx) if m.status != "cancelled"], "prévue"
        u.intent = "meeting_which"
    if (place := u.first("place")) is not None and not place_checked(u, place):
        numbers = {m.number for m in place.items}
        past, what = [m for m in past if m.number in numbers], f"{what} à {place.label}"
    if (month := u.first("month")) is not None:
        held = [m for m in past if m.start.month == month.extra["month"]]
        if not held and not _past_tense(u) and (ahead := last_in_coming_month(_coming(ctx), month.extra["month"])):
            # « la dernière réunion de janvier c'est quand ? » in December: the last of next January's, to come.
            held, u.intent = ahead, "meeting_which"
        past, what = held, f"{what} en {month.label}"
    if (period := u.first("period")) is not None and period.extra["period"].end > ctx.now.date():
        # « la dernière réunion avant les vacances »: the last of that period, held or to come.
        span = period.extra["period"]
        past = [m for m in _all(ctx) if m.status != "cancelled" and span.start <= m.start.date() < span.end]
        if place is not None and not place_checked(u, place):
            past = [m for m in past if m.number in {p.number for p in place.items}]
        what = span.label
        u.intent = "meeting_which"  # a meeting of that period, maybe to come: not the latest held
    elif (month is None and (period := u.first("period")) is not None
          and (span := period.extra["period"]).end - span.start > timedelta(days=7)):
        # « la dernière réunion de 2026 », « la dernière séance de l'automne »: the last one held in that span.
        inside = [m for m in past if span.start <= m.start.date() < span.end]
        guessed = checked_period(u) is period and not inside and bool(past)
        if guessed:
            # « le dernier comité c'était quand, fin novembre ? »: a guess of the answer, checked; the last one
            # held answers it, said not to fall in the span guessed.
            last = past[-1]
            lines = meeting_lines(last, ctx.now, ctx.locale, title="Dernière séance")
            return Outcome.sure(u, [f"La dernière séance n'était pas {span.label} :", *lines], f"n°{last.number}")
        past, what = inside, f"passée {span.label}"
    # « l'avant-dernière séance »: the second latest.
    rank = from_end(u)
    if len(past) < rank:
        return _nothing(u, what)
    last = past[-rank]
    title = "Dernière séance" if last.start <= ctx.now else f"Dernière séance {what}"
    lines = meeting_lines(last, ctx.now, ctx.locale, title=title)
    if (place := checked_place(u)) is not None and place.items and all(last.number != m.number for m in place.items):
        # « la dernière séance, c'était à Grandson ? »: not there; where the one held there was is said.
        held = [m for m in place.items if m.start <= ctx.now] or list(place.items)
        # « la dernière réunion des animateurs, c'était à Hennebont ? »: the one of that kind held there, if any.
        held = [m for m in held if any(m.number == p.number for p in past)] or held
        lines = [f"La dernière séance n'était pas « {place.label} »{held_there(held[-1])} :", *lines]
    return Outcome.sure(u, lines, f"n°{last.number}")


def meetings_upcoming(ctx: Context, u: Understanding) -> Outcome:
    kinds = kind_meetings(u, _all(ctx))  # « les prochains comités techniques »: that kind's only
    if (one := _one_day_sitting(ctx, u)) is not None:
        # « le 19 janvier on a quoi comme réunion ? »: the one sitting of the day asked, shown whole (the lead's set 82).
        u.intent = "meeting_which"
        return Outcome.sure(u, meeting_lines(one, ctx.now, ctx.locale, title="Séance"), f"n°{one.number}")
    if (spanned := meetings_in_span(ctx, u, _all(ctx) if kinds is None else kinds)) is not None:
        return spanned  # « les réunions d'ici Noël ? »: those of the period only
    if kinds is not None and (ahead := [m for m in kinds if m.active and meeting_window_end(m) > ctx.now]):
        return meeting_list(ctx, u, ahead, " et ".join(f"« {e.label} »" for e in joined_formations(u)))
    coming = _coming(ctx)
    if not coming:
        return _none_planned(u)
    # The same list as /seances, so a question and the command agree.
    return Outcome(run_command(ctx, "seances"), u.intent, True, ", ".join(f"n°{m.number}" for m in coming[:10]), u)


def _one_day_sitting(ctx: Context, u: Understanding) -> Meeting | None:
    """The one active sitting of the single day a question names of « une réunion » (not « les réunions »)."""
    span = asked_span(ctx, u)
    # (As typed: « quoi comme réunion » is read as a list, « quoi comme réunions ».)
    if span is None or (span[1] - span[0]).days != 1 or _PLURAL_SITTINGS & set(plain(u.text).split()):
        return None
    held = [m for m in _all(ctx) if m.active and span[0] <= m.start.date() < span[1]]
    return held[0] if len(held) == 1 else None


# « les réunions du 19 ? », « les séances de ce jour »: a list is asked, even of one day.
_PLURAL_SITTINGS = frozenset({"reunions", "seances", "reus", "rdvs", "rendez-vous", "comites", "commissions"})


def agenda_items(ctx: Context, u: Understanding) -> Outcome:
    if next_asked(u) and place_checked(u, u.first("place")):
        return meeting(ctx, u)  # where the next meeting is held, its agenda shown: the meeting's own answer
    if (shifted := shifted_meeting(u, [m for m in _all(ctx) if m.status != "cancelled"], ctx.now)) is not None:
        # « l'ordre du jour de la réunion d'après ? », « l'odj du copil d'après celui du 8 ? »: the agenda of the
        # meeting named from another one, as the meeting's own answer reads it (meeting_kinds.py), not the next one's.
        target, what = shifted
        if target is None:
            return _nothing(u, what)
        return Outcome.sure(u, meeting_lines(target, ctx.now, ctx.locale, title="Ordre du jour de la séance"),
                            f"n°{target.number}")
    if u.has("qualifier"):
        target, what = _qualified(ctx, u)
        if target is None and (following := _same_weekday_after(ctx, u)) is not None:
            # « l'ordre du jour de mercredi ? » on a Tuesday, the meeting being next
            # week's Wednesday: said so, then that meeting's agenda.
            lines = meeting_lines(following, ctx.now, ctx.locale, title="Ordre du jour de la séance")
            return Outcome.sure(u, [f"Aucune séance {what} ; la suivante un {WEEKDAYS[following.start.weekday()]} :",
                                    *lines], f"n°{following.number}")
        if target is None:
            return _nothing(u, what)
    else:
        coming = _coming(ctx)
        if not coming:
            return _none_planned(u)
        # « est-ce que les petits déjeuners sont à l'ordre du jour ? »: the coming meeting that has that point.
        target = with_item(coming, u.topic) or coming[0]
    lines = meeting_lines(target, ctx.now, ctx.locale, title="Ordre du jour de la séance")
    return Outcome.sure(u, lines, f"n°{target.number}")


def _same_weekday_after(ctx: Context, u: Understanding) -> Meeting | None:
    """The next meeting, if it falls a week after the single day asked about."""
    period = u.first("period")
    span = period.extra["period"] if period is not None else None
    if span is None or (span.end - span.start).days != 1:
        return None
    coming = _coming(ctx)
    if not coming or coming[0].start.date() != span.start + timedelta(days=7):
        return None
    return coming[0]


def meeting_of(ctx: Context, u: Understanding) -> Meeting | None:
    """The meeting a question designates by month, place, day, number or
    order ("la dernière réunion"), if it designates one."""
    if order_of(u) in ("dernier", "precedent"):
        past = [m for m in _all(ctx) if m.status != "cancelled" and m.start <= ctx.now]
        if (place := u.first("place")) is not None and not place_checked(u, place):
            # « décidé au dernier copil »: the last meeting of that kind (or held there), as meeting_last reads it.
            past = [m for m in past if m.number in {p.number for p in place.items}]
        if (month := u.first("month")) is not None:
            # « les décisions de la dernière réunion d'octobre »: the last held that month, as meeting_last reads it.
            past = [m for m in past if m.start.month == month.extra["month"]]
        return past[-from_end(u)] if len(past) >= from_end(u) else None
    if u.has("qualifier"):
        return _qualified(ctx, u)[0]
    return None
