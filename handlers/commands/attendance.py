"""Attendance: the coordinators' /presents, /excuses, /absents for the
meeting under way or just held (or `n°`), /presence for everyone, and the
members' own RSVP before a meeting: /present, /excuse.

Names are matched fuzzily; an ambiguous or unknown name stops the whole
command (nothing is recorded) with the candidates, or with the line that
adds the person to the directory — never dropped silently.
"""

from __future__ import annotations

import re
from datetime import timedelta

from handlers.args import clean, looks_numeric
from handlers.attendance_views import TITLES, announced_lines, attendance_lines, counts_line, rsvp_line
from handlers.context import Context
from handlers.dates import format_when
from handlers.held import meeting_key, pick_meeting
from handlers.messages import Reply, Span, UserError, bold
from handlers.registry import Command
from handlers.views import name_and_organisation, next_meeting
from storage.attendance import Attendance, Mark, attendance, update_attendance
from storage.models import Meeting, Member
from storage.recurrence import expand_all
from storage.search import lookup

__all__ = ["COMMANDS"]

MAX_NAMES = 200
LOOKAHEAD = timedelta(days=400)  # how far /present looks for the next meeting
# The meeting, named first: « n°3 », « #3 », « séance 3 », or a bare « 3 »
# (digits of any script, so that `number` can refuse « ³ » clearly).
_WHICH = re.compile(r"^\s*(?:n°|#|s[ée]ance\s*(?:n°)?)?\s*([^\s:,;]+)\s*:?(?=\s|$)", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;]|\bet\b)\s*", re.IGNORECASE)


def _resolve(ctx: Context, raw: str, usage: str) -> list[Member]:
    """Each name to its member; any doubt stops everything, explained."""
    members = ctx.data.members()
    names = [n for n in _SEPARATORS.split(raw) if n.strip()]
    if len(names) > MAX_NAMES:
        raise UserError(f"Au plus {MAX_NAMES} noms à la fois.", usage)
    found: list[Member] = []
    problems: list[str] = []
    for name in names:
        name = clean(name, "un nom", usage, 100)
        outcome = lookup(name, members, lambda m: m.name)
        if outcome.best is not None:
            found.append(outcome.best.item)
        elif outcome.ambiguous:
            problems.append(f"« {name} » : plusieurs membres — " + ", ".join(name_and_organisation(m.item) for m in outcome.ambiguous) + " ; précisez.")
        else:
            near = f" (vouliez-vous dire {', '.join(m.item.name for m in outcome.suggestions)} ?)" if outcome.suggestions else ""
            problems.append(f"« {name} » n'est pas dans le répertoire{near} : ajoutez-le avec /membre_ajouter {name} ; <organisation>")
    if problems:
        raise UserError("Rien n'a été enregistré :", details=[*problems, "Puis refaites la commande."])
    return list({m.number: m for m in found}.values())


def _which(args: str) -> tuple[str, str]:
    """(the meeting's number as written, the names after it); ("", args) when
    the command names no meeting."""
    which = _WHICH.match(args)
    if which is None or not looks_numeric(which.group(1)):
        return "", args
    return which.group(1), args[which.end():]


def _record(ctx: Context, args: str, mark: Mark, usage: str) -> Reply:
    raw, rest = _which(args)
    meeting = pick_meeting(ctx, raw, usage)
    if not rest.strip():
        raise UserError("Il manque les noms.", usage)
    chosen = _resolve(ctx, rest, usage)
    assert ctx.group is not None
    saved = update_attendance(ctx.store, ctx.group.slug, meeting_key(meeting), lambda a: a.mark([m.number for m in chosen], mark))
    label = TITLES[mark].lower()
    return Reply.of(
        [bold(f"Séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}")],
        f"Noté {label} : " + ", ".join(m.name for m in chosen),
        counts_line(saved),
    )


def presents(ctx: Context, args: str) -> Reply:
    return _record(ctx, args, "present", "/presents [n°] <noms…> — ex. /presents Dubois, Hammoudi et Martin")


def excuses(ctx: Context, args: str) -> Reply:
    return _record(ctx, args, "excused", "/excuses [n°] <noms…> — ex. /excuses Claire Dubois")


def absents(ctx: Context, args: str) -> Reply:
    """Names: those absent. No names: everyone not yet marked is absent."""
    usage = "/absents [n°] [noms…] — sans nom : tous ceux qui ne sont ni présents ni excusés"
    raw, rest = _which(args)
    if rest.strip():
        return _record(ctx, args, "absent", usage)
    meeting = pick_meeting(ctx, raw, usage)
    assert ctx.group is not None
    key = meeting_key(meeting)
    current = attendance(ctx.store, ctx.group.slug, key)
    marked = {*current.present, *current.excused, *current.absent}
    others = [m for m in ctx.data.members() if m.number not in marked]
    if not current.present and not current.excused:
        raise UserError("Enregistrez d'abord les présents (/presents) et les excusés (/excuses) : /absents seul marque absents tous les autres.")
    saved = update_attendance(ctx.store, ctx.group.slug, key, lambda a: a.mark([m.number for m in others], "absent"))
    names = ", ".join(m.name for m in others) or "personne"
    return Reply.of(f"Séance n°{meeting.number} : noté absents : {names}.", counts_line(saved))


def presence(ctx: Context, args: str) -> Reply:
    usage = "/presence [n°]"
    meeting = pick_meeting(ctx, args, usage, default_next=True)
    assert ctx.group is not None
    att = attendance(ctx.store, ctx.group.slug, meeting_key(meeting))
    members = {m.number: m for m in ctx.data.members()}
    lines: list[list[Span] | str] = [[bold(f"Présences — séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}")]]
    lines += attendance_lines(att, members)
    if not att.recorded:
        lines.append("Pas encore de présences enregistrées.")
        lines += announced_lines(att, members)
    return Reply.of(*lines)


def _coming(ctx: Context) -> Meeting:
    assert ctx.group is not None
    meetings = expand_all(ctx.store, ctx.group.slug, ctx.data.meetings(), ctx.now, ctx.now + LOOKAHEAD)
    meeting = next_meeting([m for m in meetings if m.start > ctx.now], ctx.now)
    if meeting is None:
        raise UserError("Aucune séance à venir : rien à annoncer pour l'instant.")
    return meeting


def _rsvp(ctx: Context, answer: str) -> Reply:
    me = ctx.sender.member
    if me is None:
        raise UserError("Je ne vous connais pas encore : créez votre fiche avec /moi <organisation>, puis recommencez.")
    meeting = _coming(ctx)
    assert ctx.group is not None
    saved = update_attendance(ctx.store, ctx.group.slug, meeting_key(meeting), lambda a: Attendance(
        a.present, a.excused, a.absent, {**a.rsvp, me.number: answer}))  # type: ignore[dict-item]
    said = "présent(e)" if answer == "present" else "excusé(e)"
    count = rsvp_line(saved)
    return Reply.of(f"C'est noté, {me.name} : {said} à la séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)}.",
                    *([count] if count else []))


def present(ctx: Context, args: str) -> Reply:
    return _rsvp(ctx, "present")


def excuse(ctx: Context, args: str) -> Reply:
    return _rsvp(ctx, "excused")


COMMANDS = (
    Command("present", present, "annoncer votre présence à la prochaine séance"),
    Command("excuse", excuse, "vous excuser pour la prochaine séance"),
    Command("presence", presence, "qui était là (séance tenue) ou qui s'annonce (séance à venir)", "[n°]", aliases=("presences",)),
    Command("presents", presents, "noter les présents de la séance en cours ou tout juste tenue", "[n°] <noms…>", coordinator=True),
    Command("excuses", excuses, "noter les excusés", "[n°] <noms…>", coordinator=True),
    Command("absents", absents, "noter les absents (sans nom : tous les autres)", "[n°] [noms…]", coordinator=True),
)
