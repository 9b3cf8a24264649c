"""Answers about who came and who is coming, and the minutes, asked in
plain French: « qui était là à la dernière réunion ? », « on était combien
en octobre ? », « est-ce que Mme Keller était là le 12 ? », « la MDPH
était représentée ? », « qui vient jeudi ? », « tu peux m'envoyer le CR
de mars ? ».

The meeting is the one the question's qualifiers name, as for the other
meeting questions (order, month, day, place, number: answers_meetings.
meeting_of); without one, the last held for a question about the past,
the next one for a question about who is coming. A meeting already held
answers who was marked present, excused or absent (`attendance_meeting`),
a coming one what members announced (`rsvp_upcoming`), whichever reading
was closest: the meeting decides. The lists and sentences are those of
/presence and /compte_rendu (handlers/attendance_views.py,
handlers/minutes.py). Nothing here writes: a question never changes the
store.
"""

from __future__ import annotations

import re

from dataclasses import replace
from datetime import timedelta

from handlers.attendance_views import (announced_lines, announced_mark, attendance_lines, counts_line, mark_of,
                                       mark_phrase, rsvp_line)
from handlers.context import Context
from handlers.dates import format_when
from handlers.held import meeting_key
from handlers.messages import Reply, Span, bold
from handlers.minutes import minutes_reply
from handlers.understanding.sitting_chair import chair_of_sitting
from handlers.understanding.ordered_body import ordered_body
from handlers.understanding.answers_meetings import PAST_TENSE, meeting_of
from handlers.understanding.answers_records import decisions_topic
from handlers.understanding.co_titles import co_holders, whole_title_holders
from handlers.understanding.coming_cues import own_noted
from handlers.understanding.kind_announced import announced_instead, one_day_ahead
from handlers.understanding.last_presence import asks_last_presence, last_present
from handlers.understanding.minutes_rule import sent_when
from handlers.understanding.meeting_rank import from_start, order_of
from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.periods import month_of
from handlers.understanding.persons import holds_role
from handlers.understanding.pipeline import Understanding
from handlers.understanding.role_gender import by_article
from handlers.understanding.role_scope import opening_title, title_opening
from handlers.understanding.meeting_days import held_on_day, noted_on_day
from handlers.understanding.meeting_outcome import context_meeting
from handlers.understanding.minutes_cues import a_note, told
from handlers.understanding.missing_asked import missing_asked
from handlers.understanding.presence_body import role_members, title_was_there
from handlers.understanding.presence_cues import names_the_meeting, place_subject
from handlers.understanding.topics import SHARE, content_words, topic_scores
from handlers.understanding.title_of_body import titled_of_body
from handlers.understanding.world import entity_data, plain
from handlers.understanding.world_cache import group_world
from storage.attendance import Attendance, attendance
from storage.models import Meeting, Member
from storage.recurrence import expand_all

__all__ = ["attendance_answer", "minutes_answer"]

SPAN = timedelta(days=400)
# Words that put a presence question ahead (« qui sera là », « qui vient », « on sera combien »)
# or behind (« qui était là », « qui est venu », « on était combien »), as typed, folded.
_AHEAD = frozenset({"sera", "seront", "serons", "serez", "vient", "viennent", "venez", "venons", "prochain",
                    "prochaine", "compte", "comptent", "prevu", "prevoit", "inscrit", "inscrits", "inscrite"})
# Not « venue »: « a-t-il confirmé sa venue ? » looks ahead.
_BEHIND = PAST_TENSE | frozenset({"venu", "venus", "assiste", "participe", "manquait", "manquaient", "representait",
                                  "representaient", "ete", "avons", "ont", "y", "pu"})  # (« étais », « avait »: tense.py)
_CAME = frozenset({"venu", "venue", "venus", "venues", "excuse", "excusee", "excuses", "excusees"})
# Words by which the asker speaks of themselves (« est-ce que j'étais là ? », « je suis inscrite ? »).
_SELF = frozenset({"moi", "suis", "etais"})
# « j'ai bien été notée présente ? », « ma présence a été notée ? »: the asker with a word of presence;
# not « je vous saurais gré de me communiquer la liste des participants » (a formal request).
_SELF_WITH = frozenset({"je", "j", "mon", "ma"})
# « on m'a notée comment ? », « vous m'avez marquée excusée ? »: the asker as the one marked (set lead76).
_MARKED = frozenset({"note", "notee", "notes", "notees", "marque", "marquee", "marques", "marquees", "mis", "mise"})


def _meetings(ctx: Context) -> list[Meeting]:
    assert ctx.group is not None
    found = expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now - SPAN, ctx.now + SPAN)
    return [m for m in found if m.status != "cancelled"]


def _looks_back(u: Understanding) -> bool:
    """The question is about a meeting held, by its tense; else by its reading."""
    folded = [w.folded for w in u.words]
    if any(w in _AHEAD for w in folded):
        return False
    # « Camille est venue ? », « qui s'est excusé ? »: the past tense of coming or excusing oneself.
    done = any(a in ("est", "sont") and b in _CAME for a, b in zip(folded, folded[1:]))
    return done or any(w in _BEHIND for w in folded) or u.intent != "rsvp_upcoming"


def _month_said(u: Understanding) -> bool:
    """A month names the meeting (« d'octobre », « en janvier 2027 »)."""
    period = u.first("period")
    return u.first("month") is not None or (period is not None and bool(period.extra["period"].month))


def _asked_meeting(ctx: Context, u: Understanding, back: bool) -> Meeting | None:
    """The meeting the question names (as the meeting answers read it), else the last held
    when it looks back, the next one when it looks ahead."""
    meetings = _meetings(ctx)
    held = [m for m in meetings if m.start <= ctx.now]
    coming = [m for m in meetings if m.start > ctx.now]
    if order_of(u) == "premier" and not _month_said(u):
        # « qui avait participé à la première réunion ? »: the group's first, held or to come; « la deuxième
        # réunion d'octobre » is counted within its month, as the meeting answers count it (meeting_rank.in_month).
        pool, rank = (held if back else coming), from_start(u)  # « la 2e réu » (meeting_rank.py)
        return pool[rank - 1] if len(pool) >= rank else None
    found = meeting_of(ctx, u)
    if found is None and not u.has("qualifier"):
        # « N'ayant pu assister à la séance d'octobre, pourriez-vous me dire qui y était ? »: the month is in the context.
        if back and (missed := context_meeting(u, meetings, ctx.now)) is not None:
            return missed  # « j'étais pas là le 3 novembre, il y a un compte rendu ? » (set 44b): meeting_outcome.py
        said = [m for i in sorted(u.framing) if i < len(u.words) and (m := month_of(u.words[i].folded)) is not None]
        if said:
            return next((m for m in reversed(held) if m.start.month == said[0]), None)
        return held[-1] if back and held else (coming[0] if coming and not back else None)
    period = u.first("period")
    if found is None and back and period is not None and (span := period.extra["period"]).start > ctx.now.date():
        # « la séance du 12 mars », asked of the past in December: the 12 March just gone, not next year's.
        found = next((m for m in reversed(held) if (m.start.month, m.start.day) == (span.start.month, span.start.day)
                      and (span.end - span.start).days == 1), None)
    if found is None and back and period is not None:
        # « qui n'a pas pu venir le 19 ? », « le CR de mardi »: a day without its month, asked of the past,
        # is the latest meeting held on that day (at that place, if one is named): meeting_days.py.
        found = held_on_day(u, period, held, ctx.now)
    month = u.first("month")
    wanted = month.extra["month"] if month is not None else period.extra["period"].month if period is not None else None
    place = u.first("place")
    if found is not None and back and found.start > ctx.now and one_day_ahead(u, period):
        return found  # « il y a du monde au copil jeudi ? »: the day said in the present designates it
    if found is not None and back and found.start > ctx.now and (wanted or place is not None):
        # « qui était là en mars ? », « le PV de la réunion de Metz » when one is also ahead: the one held.
        here = {m.number for m in place.items} if place is not None else None
        earlier = [m for m in held if (here is None or m.number in here) and (wanted is None or m.start.month == wanted)]
        return earlier[-1] if earlier else found
    return found


def _named_member(ctx: Context, u: Understanding) -> tuple[bool, list[Member]]:
    """(whether one person is asked about, the people asked about: that person, the asker, a body's people)."""
    person = u.first("person")
    if person is not None:
        return True, list(person.items)
    if title_was_there(u):
        holders = role_members(u, ctx.data.members())  # « le président du CPAS était là le 24 ? »: its holder
        # « la cheffe de service sera là ? » (presence._title_complement): the holders whose role says the
        # complement too, when several hold the title (set 41a).
        complement = {w.folded for w in u.topic}
        narrowed = [m for m in holders if complement and complement <= set(plain(m.role or "").replace("'", " ").split())]
        holders = narrowed if len(holders) > 1 and narrowed else holders
        role = u.first("role")
        if len(holders) > 1 and role is not None:
            # « la maire de Saint-Aubin vient le 10 ? »: a town (found as a place) just after the title, which one
            # holder's role writes (« maire de Saint-Aubin-sur-Lignon »), says which (set lead76).
            # So does a body's word the role itself writes (« le directeur TER » of a « Directeur régional TER »,
            # beside a « Directrice de ligne » of the TER's staff; set lead81).
            town = {w.folded for e in u.entities if e.kind in ("place", "org") and 0 <= e.start - role.end <= 1
                    for w in u.words[e.start:e.end]}
            holders = [m for m in holders if town and town <= set(re.split(r"[\s'-]+", plain(m.role or "")))] or holders
        if len(holders) > 1 and role is not None and _of_own_name(u, role.end) and (own := [
                m for name in sorted(group_world(ctx).own_names)
                for m in titled_of_body(holders, role.extra["stem"].split("|"), name)]):
            # « la présidente de la CDU vient … ? »: the group named after the title says which (title_of_body.py).
            holders = own
        if len(holders) > 1 and role is not None and role.start > 0:
            # « la VP sera là ? » of a vice-présidente and a vice-président: the feminine one (role_gender.by_article).
            holders = by_article(u.words[role.start - 1].folded, role.label, holders, lambda m: m.role or "")
        if len(holders) > 1 and role is not None:
            stems = role.extra["stem"].split("|")
            # « la coprésidente sera là ? »: the co-chairs when the title is typed so (co_titles.py).
            holders = co_holders(u.words[role.start:role.end], [x.split()[0] for x in stems], holders,
                                 lambda m: m.role or "")
            # « le syndic était là ? »: the « syndic des bâtiments », not the « conseil syndical » (co_titles.py).
            holders = whole_title_holders(u.words[role.start:role.end], holders, lambda m: m.role or "")
            # « l'échevine sera là le 10 ? » of an « Échevine chargée de l'intégration » and a « Directeur adjoint »
            # (« adjoint » stands for an échevin elsewhere, here it qualifies another title): the title as typed
            # before an equivalent that is not the role's own title (set 77). A « Cheffe de … » beside a
            # « Responsable de … » holds a title of her own: which one is asked stays unguessed.
            written = [m for m in holders if holds_role(m.role or "", stems[:1])]
            if written and all(m in written for m in opening_title(stems, holders)):
                holders = written
            # « le principal sera là jeudi ? » of a « Principal du collège », a « Principale adjointe » and a
            # « Conseillère principale d'éducation »: the title's own holder, as « qui est le principal ? » reads
            # it (answers_people.role_holder) — not the deputy, not a role where the word only qualifies another.
            holders = title_opening(stems, holders, u.words) if len(holders) > 1 else holders
        return True, holders
    org = u.first("org")
    # « qui a confirmé pour le prochain CMJ ? »: the body counts a sitting (ordered_body.py).
    if org is not None and not names_the_meeting(u, org.start) and not _kind_only(u, org.start, org.end) and not (
            ordered_body(u, org.start)):
        return False, list(org.items)
    if (place := place_subject(u)) is not None:
        # « le Merlan était là ? »: the members whose body the place's words name (« Théâtre du Merlan »).
        said = [w.folded for w in u.words[place.start:place.end] if w.folded not in ("le", "la", "les", "l")]
        bodies = [m for m in ctx.data.members() if said and all(w in fold(m.organisation).split() for w in said)]
        if bodies:
            return False, bodies
    # « Je n'ai pas pu venir en octobre : qui était là ? »: the context speaks of the asker, the question does not.
    own = [i for i, w in enumerate(u.words) if i not in u.framing and w.folded in _SELF_WITH]
    if any(w.folded in _SELF for i, w in enumerate(u.words) if i not in u.framing) or any(
            w.folded in ("ete", "ai", "presence", "note", "notee") for i in own for w in u.words[i + 1:i + 3]) or (
            # « t'as bien noté que je serai pas là ? »: the asker's own coming, asked of what was noted (coming_cues.py)
            own_noted(u) is not None) or any(
            # « on m'a bien mis excusé ? »: an adverb between (set 49b)
            u.words[i].folded in ("m", "me") and any(w.folded in _MARKED for w in u.words[i + 1:i + 4])
            for i in range(len(u.words)) if i not in u.framing):
        return True, [ctx.sender.member] if ctx.sender.member is not None else []
    return False, []


def _of_own_name(u: Understanding, end: int) -> bool:
    """The group's own name follows the title at `end` after « de » (« la présidente de la CDU »)."""
    return end < len(u.words) and u.words[end].folded in ("de", "du", "d") and any(
        end < i <= end + 2 for i in u.own_name)


def _titled(u: Understanding, member: Member) -> list[str]:
    """« le président du CPAS était là ? »: the title asked, shown, so that the reply says whom it names."""
    return [f"  ({member.role})"] if u.first("person") is None and title_was_there(u) and member.role else []


def _kind_only(u: Understanding, start: int, end: int) -> bool:
    """« quelles associations étaient présentes ? »: a kind of body, in the plural, names no body."""
    said = u.words[start:end]
    generic = entity_data()["generic"]
    return said[-1].folded.endswith(("s", "x")) and all(
        w.folded in generic or w.folded.rstrip("sx") in generic for w in said)


def _without_subject(u: Understanding) -> Understanding:
    """`u` without the place read on the body asked about (« la MDPH était représentée ? » asks
    whether the MDPH came, not about the meeting held at the MDPH)."""
    org = u.first("org")
    if org is None and (place := place_subject(u)) is not None:
        copy = replace(u)
        copy.entities = [e for e in u.entities if e is not place]
        return copy
    if org is None or names_the_meeting(u, org.start):
        return u
    copy = replace(u)
    copy.entities = [e for e in u.entities if not (e.kind == "place" and e.start < org.end and org.start < e.end)]
    return copy


def _title(meeting: Meeting, ctx: Context, what: str) -> list[Span]:
    place = f" — {meeting.place}" if meeting.place else ""
    return [bold(f"{what} — séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}{place}")]


def _label(ctx: Context, u: Understanding, meeting: Meeting) -> str:
    """« séance n°2 du mardi 20 octobre 2026, 14h00–16h30 », with its place when the question named one
    (« Nicolas est venu au Clou Bouchet ? »): the member reads that the meeting meant is the one there."""
    label = f"séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}"
    return f"{label} ({meeting.place})" if meeting.place and u.first("place") is not None else label


def _held(ctx: Context, u: Understanding, meeting: Meeting, att: Attendance, one: bool, people: list[Member]) -> Outcome:
    u.intent = "attendance_meeting"
    label = _label(ctx, u, meeting)
    if not att.recorded:
        return Outcome.sure(u, [f"Aucune présence n'a été notée pour la {label}.",
                                "Un coordinateur peut les noter avec /presents, /excuses et /absents."], "aucune présence")
    if one or people:
        lines: list[str | Span | list[Span]] = []
        for member in people:
            mark = mark_of(att, member.number)
            own = None if one and u.first("person") is None and not title_was_there(u) else member
            lines.append(mark_phrase(own, mark, label) if mark else
                         f"Aucune présence n'a été notée pour {member.name} à la {label}.")
            lines += _titled(u, member)
        return Outcome.sure(u, lines, ", ".join(m.name for m in people))
    members = {m.number: m for m in ctx.data.members()}
    # « qui n'est pas venu le 19 ? »: the excused and the absent, never a list of those present (missing_asked.py).
    kinds = ("excused", "absent") if missing_asked(u) else ("present", "excused", "absent")
    return Outcome.sure(u, [_title(meeting, ctx, "Présences"), *attendance_lines(att, members, kinds), counts_line(att)],
                        f"n°{meeting.number}")


def _ahead(ctx: Context, u: Understanding, meeting: Meeting, att: Attendance, one: bool, people: list[Member],
           first: tuple[str, ...] = ()) -> Outcome:
    u.intent = "rsvp_upcoming"
    label = _label(ctx, u, meeting)
    if one or people:
        lines = [line for m in people for line in (
            announced_mark(None if one and u.first("person") is None and not title_was_there(u) else m,
                           att.rsvp.get(m.number), label), *_titled(u, m))]
        return Outcome.sure(u, [*first, *lines], ", ".join(m.name for m in people))
    members = {m.number: m for m in ctx.data.members()}
    # « qui vient pas le 10 ? »: those who said they would not come (missing_asked.py).
    said = announced_lines(att, members, ("excused",) if missing_asked(u) else ("present", "excused"))
    if not said and missing_asked(u) and att.rsvp:
        said = ["Personne ne s'est excusé pour l'instant."]
    if not said:
        return Outcome.sure(u, [*first, f"Personne ne s'est encore annoncé pour la {label}.",
                                "Chacun peut le faire avec /present ou /excuse."], f"n°{meeting.number}")
    count = rsvp_line(att)
    return Outcome.sure(u, [*first, _title(meeting, ctx, "Annonces"), *said, *([count] if count else [])],
                        f"n°{meeting.number}")


def _same_weekday_after(ctx: Context, u: Understanding) -> tuple[Meeting, str] | None:
    """« qui vient jeudi ? » on a Tuesday, the meeting being the Thursday after: no meeting on the day the
    weekday names first, the next one falls on that weekday a week later — as « jeudi on commence à quelle
    heure ? » is answered (answers_meetings._none_then_next), the day said is noted empty and the meeting meant
    given. Only a single day ahead, asked of what is coming, or of what was said for it (« qui s'est excusé pour
    samedi ? »)."""
    period = u.first("period")
    # « qui s'est excusé pour samedi ? »: excused in the past, for the day ahead (set 37b).
    for_day = period is not None and period.start > 0 and u.words[period.start - 1].folded == "pour"
    if period is None or _looks_back(u) and not for_day or "?" not in u.text:
        return None  # (« excusée pour mardi » tells, asks nothing)
    span = period.extra["period"]
    coming = [m for m in _meetings(ctx) if m.start > ctx.now]
    if (span.end - span.start).days != 1 or span.start <= ctx.now.date() or not coming:
        return None
    day = coming[0].start.astimezone(ctx.now.tzinfo).date()
    return (coming[0], span.label) if (day - span.start).days == 7 else None


def attendance_answer(ctx: Context, u: Understanding) -> Outcome:
    """Who came to a meeting held, or who announced themselves for one to come."""
    assert ctx.group is not None
    meeting = _asked_meeting(ctx, _without_subject(u), _looks_back(u))
    first: tuple[str, ...] = ()
    if meeting is None and (week_on := _same_weekday_after(ctx, u)) is not None:
        meeting, first = week_on[0], (f"Aucune séance {week_on[1]} ; la suivante :",)
    if meeting is None:
        # « je suis notée présente le 17 ? »: nothing ahead that day, the record of the one held (meeting_days.py).
        meeting = noted_on_day(u, [m for m in _meetings(ctx) if m.start <= ctx.now], ctx.now)
    if meeting is None:
        return Outcome.unsure(u, ["Je ne trouve pas la séance dont vous parlez.", "Tapez /seances pour les séances."], "")
    one, people = _named_member(ctx, u)
    if one and len(people) > 1 and u.first("person") is None and title_was_there(u):
        role = u.first("role")
        typed = {w.folded for w in u.words[role.start:role.end]} if role is not None else set()
        people = chair_of_sitting(people, meeting, typed)  # « la présidente sera là le 10 ? »: sitting_chair.py
    if one and len(people) != 1 and u.first("person") is None and title_was_there(u):
        # « la présidente sera là le 15 ? » when two members preside (or none does): whom is not guessed.
        said = (f"Ce titre désigne : {', '.join(m.name for m in people)}. Précisez le nom." if people
                else "Je ne trouve personne avec ce titre dans le répertoire (/membres).")
        return Outcome.unsure(u, [said], "")
    if one and not people:
        return Outcome.unsure(u, ["Je ne vous connais pas encore : créez votre fiche avec /moi <organisation>."], "")
    if one and len(people) > 1:
        return Outcome.unsure(u, ["Plusieurs membres portent ce nom : " + ", ".join(m.name for m in people) + ". Précisez."], "")
    slug = ctx.group.slug
    if asks_last_presence(u.words) and not one and ctx.sender.member is not None and any(
            w.folded in ("je", "j") for w in u.words):
        one, people = True, [ctx.sender.member]  # « la dernière fois que je suis venue, … »: said in the framing clause
    if one and len(people) == 1 and asks_last_presence(u.words) and (came := last_present(
            [m for m in _meetings(ctx) if m.start <= ctx.now], people[0].number,
            lambda m: attendance(ctx.store, slug, meeting_key(m)).present)) is not None:
        meeting = came  # « la dernière fois que je suis venu c'était quand ? »: the last one marked present (last_presence.py)
    att = attendance(ctx.store, ctx.group.slug, meeting_key(meeting))
    if meeting.start <= ctx.now and not att.recorded and (ahead := announced_instead(
            u, _meetings(ctx), ctx.now, lambda m: bool(attendance(ctx.store, slug, meeting_key(m)).rsvp))):
        # « qui s'est excusé pour le copil ? »: the last copil never recorded, the coming one announced.
        meeting, att = ahead, attendance(ctx.store, slug, meeting_key(ahead))
    if meeting.start <= ctx.now and not att.recorded and (other := _recorded_in_month(ctx, u, meeting)) is not None:
        # « j'étais notée présente en juin ? » when June held the commission and the transhumance: the sitting whose
        # attendance was noted is the one asked, not the later one nobody recorded (set 45a).
        meeting, att = other, attendance(ctx.store, slug, meeting_key(other))
    if meeting.start > ctx.now and not first and _was_there(u):
        # « qui était là à la rencontre avec les enseignants ? » when the one sitting so headed is to come: the past
        # asked of it says it is not that one (set 39c, on the merged thirty-fourth round).
        return Outcome.unsure(u, [f"La {_label(ctx, u, meeting)} n'a pas encore eu lieu.",
                                  "Tapez /seances pour les séances, ou précisez la date de celle qui a eu lieu."], "")
    if meeting.start > ctx.now:
        return _ahead(ctx, u, meeting, att, one, people, first)
    return _held(ctx, u, meeting, att, one, people)


def _recorded_in_month(ctx: Context, u: Understanding, meeting: Meeting) -> Meeting | None:
    """The one other meeting held in `meeting`'s month whose attendance was recorded, when the question names the
    month only (no day): a month is no sitting, and the unrecorded one tells the asker nothing."""
    period = u.first("period")
    if u.first("month") is None and (period is None or (period.extra["period"].end - period.extra["period"].start).days < 28):
        return None
    assert ctx.group is not None
    # « à la commission de novembre à Montargis »: a place (or a sitting's heading) said with the month already picks
    # the sitting; a recorded one the place leaves out is another sitting, not the one asked (set 43b).
    named = [{id(i) for i in e.items} for e in u.entities if e.kind == "place" and e.items]
    same = [m for m in _meetings(ctx) if m.start <= ctx.now and m is not meeting
            and all(id(m) in ids for ids in named)
            and (m.start.year, m.start.month) == (meeting.start.year, meeting.start.month)
            and attendance(ctx.store, ctx.group.slug, meeting_key(m)).recorded]
    return same[0] if len(same) == 1 else None


# Being there in the imperfect: « qui était là ? », « ils étaient combien ? ».
_WAS = frozenset({"etait", "etaient", "etions", "etiez"})


def _was_there(u: Understanding) -> bool:
    """The question asks who was there, in the imperfect, and says nothing ahead."""
    folded = [w.folded for w in u.words]
    return any(w in _WAS for w in folded) and not any(w in _AHEAD for w in folded)


# « je vous transmets le compte rendu », « nous mettons le PV en ligne »: the sender gives the minutes, asks nothing.
_GIVING = frozenset({"transmettre", "transmets", "envoyer", "envoie", "joindre", "joins", "mettre", "mets", "partager",
                     "partage", "deposer", "depose", "diffuser", "diffuse", "relire", "relis", "valider", "valide",
                     "rediger", "redige", "finir", "finis", "terminer", "termine", "faire", "fais"})
_GIVERS = frozenset({"je", "j", "nous"})


def _gives(u: Understanding) -> bool:
    """The sender (je, nous) is the one giving or writing the minutes, a few words on."""
    for i, word in enumerate(u.words):
        if word.folded in _GIVERS and any(w.folded in _GIVING or w.lemma in _GIVING for w in u.words[i + 1:i + 7]):
            return True
    return False


def _approved(ctx: Context, u: Understanding) -> Outcome:
    """« a-t-on approuvé le PV de septembre ? »: whether the minutes were approved is a decision,
    answered by the group's decision that says so (else readings)."""
    topic = content_words(u.words)
    texts = tuple(d.text for d in ctx.data.decisions() if d.status != "cancelled")
    if topic and texts and max(topic_scores(topic, texts)) >= SHARE:
        u.intent, u.topic = "decisions_topic", topic
        return decisions_topic(ctx, u)
    u.readings = ["minutes_request", "decisions_topic"]
    return Outcome.unsure(u, ["Vous demandez le compte rendu, ou si une décision l'a approuvé ? Précisez, ou tapez "
                              "/compte_rendu ou /decisions."], "")


def minutes_answer(ctx: Context, u: Understanding) -> Outcome:
    """The draft minutes of the meeting asked about (the last held by default), as /compte_rendu gives them."""
    assert ctx.group is not None
    if (rule := sent_when(ctx, u)) is not None:
        return rule
    if any(w.lemma in lexicon().decision_words or w.folded in lexicon().decision_words for w in u.words):
        return _approved(ctx, u)
    if _gives(u) or told(u) or a_note(u):
        return Outcome.unsure(u, ["Vous parlez d'un compte rendu que vous transmettez ? Pour le projet de compte rendu "
                                  "d'une séance, demandez « le compte rendu de la dernière réunion » ou tapez /compte_rendu."], "")
    meeting = _asked_meeting(ctx, u, True)
    if meeting is None:
        return Outcome.unsure(u, ["Je ne trouve pas la séance dont vous parlez.", "Tapez /seances pour les séances."], "")
    if meeting.start > ctx.now:
        label = f"séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}"
        return Outcome.sure(u, [f"La {label} n'a pas encore eu lieu : pas encore de compte rendu."], f"n°{meeting.number}")
    reply = minutes_reply(ctx.store, ctx.group, meeting, ctx.now)
    if meeting.place and u.first("place") is not None:
        # « le CR de la réunion au Clou Bouchet ? »: the member reads that the minutes are those of the meeting there.
        reply = replace(reply, lines=reply.lines[:2] + Reply.of(f"Lieu : {meeting.place}").lines + reply.lines[2:])
    return Outcome(reply, u.intent, True, f"n°{meeting.number}", u)
