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

from handlers.args import clean
from handlers.attendance_views import TITLES, announced_lines, attendance_lines, counts_line, rsvp_line
from handlers.context import Context
from handlers.dates import format_when
from handlers.held import meeting_dates, meeting_key
from handlers.meeting_ref import Target, read_target
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


def _target(ctx: Context, command: str, args: str, usage: str) -> Target:
    """The meeting named first (number or words, handlers/meeting_ref.py) or the one just held, and the names."""
    return read_target(command, args, ctx.data.meetings(), meeting_dates(ctx), ctx.now, usage)


def _record(ctx: Context, target: Target, mark: Mark, usage: str) -> Reply:
    meeting, rest = target.acted, target.rest
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
    usage = "/presents [séance] <noms…> — ex. /presents Dubois, Hammoudi et Martin ; /presents du 19/11 : Dubois"
    return _record(ctx, _target(ctx, "presents", args, usage), "present", usage)


def excuses(ctx: Context, args: str) -> Reply:
    usage = "/excuses [séance] <noms…> — ex. /excuses Claire Dubois ; /excuses la prochaine Claire Dubois"
    return _record(ctx, _target(ctx, "excuses", args, usage), "excused", usage)


def absents(ctx: Context, args: str) -> Reply:
    """Names: those absent. No names: everyone not yet marked is absent."""
    usage = "/absents [séance] [noms…] — sans nom : tous ceux qui ne sont ni présents ni excusés ; ex. /absents jeudi dernier"
    target = _target(ctx, "absents", args, usage)
    if target.rest.strip():
        return _record(ctx, target, "absent", usage)
    meeting = target.acted
    assert ctx.group is not None
    key = meeting_key(meeting)
    current = attendance(ctx.store, ctx.group.slug, key)
    marked = {*current.present, *current.excused, *current.absent}
    others = [m for m in ctx.data.members() if m.number not in marked]
    if not current.present and not current.excused:
        raise UserError("Enregistrez d'abord les présents (/presents) et les excusés (/excuses) : /absents seul marque absents tous les autres.")
    saved = update_attendance(ctx.store, ctx.group.slug, key, lambda a: a.mark([m.number for m in others], "absent"))
    names = ", ".join(m.name for m in others) or "personne"
    return Reply.of(f"Séance n°{meeting.number} du {format_when(meeting.start, meeting.end, ctx.locale)} : noté absents : {names}.",
                    counts_line(saved))


def presence(ctx: Context, args: str) -> Reply:
    usage = "/presence [séance] — ex. /presence 4, /presence la prochaine, /presence du 19/11"
    meeting = _target(ctx, "presence", args, usage).acted
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
    Command("presence", presence, "qui était là (séance tenue) ou qui s'annonce (séance à venir)", "[séance]", aliases=("presences",)),
    Command("presents", presents, "noter les présents de la séance en cours ou tout juste tenue", "[séance] <noms…>", coordinator=True),
    Command("excuses", excuses, "noter les excusés", "[séance] <noms…>", coordinator=True),
    Command("absents", absents, "noter les absents (sans nom : tous les autres)", "[séance] [noms…]", coordinator=True),
)
