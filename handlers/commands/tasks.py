"""Action items: /tache, /taches, /tache_faite, /tache_modifier, /tache_annuler.

Any member may write a task; its pilot is matched fuzzily to a member of the
directory (an ambiguous name is asked back with the candidates). A task may
be closed, changed or cancelled by its pilot, by whoever wrote it, or by a
coordinator. A task written during a meeting or in the week after belongs to
that meeting (see handlers/held.py): the minutes list it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from handlers.args import clean, looks_numeric, number
from handlers.commands.members import find_member, member_named
from handlers.context import Context
from handlers.commands.deadlines import counted_from, meetings_to_count_from
from handlers.dates import parse_when
from handlers.deadline_said import deadline_said
from handlers.held import just_held
from handlers.messages import Reply, Span, UserError, bold, italic
from handlers.registry import Command
from handlers.date_words import fold
from handlers.period_end import period_end
from handlers.task_said import NEXT_MEETING, NotADate, ReadDue, split_task
from handlers.task_views import members_by_number, task_line
from storage.models import Meeting, Member, replace
from storage.tasks import Task

__all__ = ["COMMANDS", "TASK_INTENTS", "TASK_USAGE", "TaskText", "parse_task", "read_task"]

MAX_TEXT = 500
MAX_TASKS = 5000
SHOWN = 30
TASK_USAGE = "/tache <texte> [pour <date>] [@pilote | pilote : <nom>] — ex. /tache Envoyer la note de cadrage pour le 15/12 @dubois"
EDIT_USAGE = "/tache_modifier <n°> [nouveau texte] [pour <date>] [@pilote] — ex. /tache_modifier 3 pour le 20/12"
# Said after a period's end, part of the due date (« fin janvier au plus tard »).
_AFTER_END = re.compile(r",?\s*(?:au\s+plus\s+tard|dernier\s+delai|inclus|maximum|max|grand\s+max)")
_NO_PERIOD = re.compile(r"(?:en\s+|a\s+la\s+|la\s+)?fin\s")
LIST_USAGE = "/taches [membre | moi | en retard | séance <n°>]"


@dataclass(frozen=True, slots=True)
class TaskText:
    """What /tache and /tache_modifier read: the task's text (empty when /tache_modifier changes only the date or the
    pilot), its due date, its pilot, and the reply's word on the meeting the due date was counted from ("" if none)."""

    text: str
    due: date | None
    pilot: Member | None
    counted: str = ""


def read_task(raw: str, now: datetime, meetings: Sequence[Meeting], members: Sequence[Member], sender: Member | None,
              usage: str, text_required: bool = True) -> TaskText:
    """`<texte> [pour <date>] [@pilote | pilote : <nom>]` typed at `now` (aware, the group's zone), read against the
    group's `meetings` (series expanded) and `members`; `sender` is « moi ».

    The one reading of /tache and /tache_modifier, shared with the date evaluation (tests/handlers/dates_eval.py, mode
    `tache`) so the three can never drift apart. Raises UserError, with a French explanation, for anything not read
    exactly."""
    raw = clean(raw, "le texte de la tâche", usage, 1000, required=text_required)
    parts = split_task(raw, members, sender, _due_reader(meetings, now, usage), usage, text_required)
    text = clean(parts.text, "le texte de la tâche", usage, MAX_TEXT, required=text_required)
    pilot = parts.pilot
    if pilot is None and parts.pilot_said:
        said = clean(parts.pilot_said, "le nom du pilote", usage, 100)
        try:
            pilot = member_named(said, members, usage)
        except UserError as error:
            if error.details:  # several members answer to it: asked back as is
                raise
            # a pilot is a member of the directory, never a name kept in the text
            raise UserError(f"{error.message} Le pilote d'une tâche est un membre du groupe : un coordinateur peut "
                            f"l'ajouter avec /membre_ajouter {said} ; <organisation>. Rien n'a été enregistré.", usage) from None
    return TaskText(text, parts.due, pilot, parts.counted)


def parse_task(raw: str, ctx: Context, usage: str, text_required: bool = True) -> TaskText:
    """read_task in a chat: the group's meetings, members and sender."""
    return read_task(raw, ctx.now, meetings_to_count_from(ctx), ctx.data.members(), ctx.sender.member, usage,
                     text_required)


def _due_reader(meetings: Sequence[Meeting], now: datetime, usage: str) -> ReadDue:
    """How a task's due date is read, for handlers/task_said.py: a period's end (handlers/period_end.py, as /echeance
    reads it: « avant la fin du mois », « fin T1 »), a day counted from one of the group's meetings (read as /echeance
    reads it: « la veille de la séance 3 », « avant la prochaine séance »; a task's due date has no hour) or any date
    the reader reads wholly; `tail` keeps its connector
    (« avant le 2 », which the reader reads), `bare` is what follows it (« 20 décembre » after « échéance »)."""

    def read(tail: str, bare: str) -> tuple[date, str]:
        # a period's end (« fin janvier », « d'ici la fin de la semaine »), read as /echeance reads it; a span that
        # names no end raises its refusal there (« courant janvier »)
        for form in dict.fromkeys((tail.lstrip(",;—–- "), bare)):
            if (end := period_end(form, now.date())) is not None:
                after = form[end.end:].strip(" .!")
                if after and not _AFTER_END.fullmatch(fold(after)):  # « préparer la fin de l'année avec les bénévoles »
                    raise NotADate(f"Je ne comprends pas « {after[:60]} » après la date.", usage)
                # written as a plain date so the past and the five-year bound are checked as for any date
                day = parse_when(end.written, now, require_time=False).start.date()
                return day, end.note(day)
        if _NO_PERIOD.match(fold(bare)):  # « le dossier fin de droits »: « fin » and no period is never a date
            raise NotADate(f"« {bare[:60]} » ne dit pas de date.", usage)
        errors: list[UserError] = []
        # « pour la séance 3 » is the task's purpose: a meeting after « pour » counts only with a day counted from it
        # (« pour la prochaine séance » closing the text is due by then, as « avant la prochaine séance »: blind set 36)
        purpose = re.match(r"(?:à rendre\s+)?pour\b", tail, re.IGNORECASE) and not NEXT_MEETING.match(fold(bare))
        said_forms = (bare,) if purpose else (tail, bare)
        for form in dict.fromkeys(said_forms + (tail, bare)):
            try:
                said = deadline_said(form, meetings, now) if form in said_forms else None
                when = parse_when(said.text if said else form, now, require_time=False)
            except UserError as error:
                errors.append(error)
                continue
            if when.rest.strip(" .!"):
                errors.append(NotADate(f"Je ne comprends pas « {when.rest[:60]} » après la date.", usage))
                continue
            return when.start.date(), counted_from(said.meeting) if said else ""
        # the most telling refusal: one about the date itself rather than « no date at the start »
        telling = [e for e in errors if not isinstance(e, NotADate) and "au début de" not in e.message]
        if telling:
            raise telling[-1]
        raise NotADate(errors[-1].message, usage)

    return read


def _reply_for(ctx: Context, title: str, task: Task) -> Reply:
    line = task_line(task, members_by_number(ctx.data), ctx.now.date(), ctx.locale)
    return Reply.of([bold(title)], line)


def tache(ctx: Context, args: str) -> Reply:
    read = parse_task(args, ctx, TASK_USAGE)
    text, due, pilot, counted = read.text, read.due, read.pilot, read.counted
    if len(ctx.data.tasks()) >= MAX_TASKS:
        raise UserError(f"Le groupe compte déjà {MAX_TASKS} tâches.")
    meeting = just_held(ctx)
    task = ctx.data.add_task(
        text, pilot.number if pilot else None, due, meeting.number if meeting else None,
        pilot.name if pilot else "", ctx.sender.name, ctx.sender.key, ctx.now.date(), ctx.origin,
    )
    lines: list[list[Span]] = list(_reply_for(ctx, f"Tâche n°{task.number} enregistrée.", task).lines)  # type: ignore[arg-type]
    if counted:
        lines.append([italic(counted)])
    if meeting is not None:
        lines.append([italic(f"Rattachée à la séance n°{meeting.number}.")])
    if pilot is None:
        lines.append([italic(f"Sans pilote : /tache_modifier {task.number} @<nom> pour en désigner un.")])
    return Reply.of(*lines)


def _listing(ctx: Context, tasks: list[Task], title: str, empty: str, pilot: bool = True) -> Reply:
    if not tasks:
        return Reply.of(empty)
    members = members_by_number(ctx.data)
    today = ctx.now.date()
    tasks = sorted(tasks, key=lambda t: (t.due is None, t.due or today, t.number))
    lines: list[list[Span] | str] = [[bold(f"{title} ({len(tasks)})")]]
    lines += [task_line(t, members, today, ctx.locale, pilot) for t in tasks[:SHOWN]]
    if len(tasks) > SHOWN:
        lines.append(f"… et {len(tasks) - SHOWN} autres.")
    return Reply.of(*lines)


def taches(ctx: Context, args: str) -> Reply:
    query = clean(args, "le filtre", LIST_USAGE, 100, required=False)
    folded = query.casefold().replace("é", "e")
    open_tasks = [t for t in ctx.data.tasks() if t.open]
    if not query:
        return _listing(ctx, open_tasks, "Tâches en cours", "Aucune tâche en cours. Ajoutez-en une avec /tache.")
    if folded in ("en retard", "retard", "retards"):
        late = [t for t in open_tasks if t.overdue(ctx.now.date())]
        return _listing(ctx, late, "Tâches en retard", "Aucune tâche en retard.")
    if folded.startswith("seance") or looks_numeric(folded.lstrip("n°#")):
        # « séance 3 », « n°3 » or a bare « 3 »: a meeting's tasks.
        n = number(re.sub(r"^(seance|séance)?\s*(n°|#)?", "", query, flags=re.IGNORECASE), "le numéro de séance", LIST_USAGE)
        if ctx.data.meeting(n) is None:
            raise UserError(f"Il n'y a pas de séance n°{n}.", LIST_USAGE)
        mine = [t for t in ctx.data.tasks() if t.meeting_number == n and t.status != "cancelled"]
        return _listing(ctx, mine, f"Tâches de la séance n°{n}", f"Aucune tâche n'a été rattachée à la séance n°{n}.")
    if folded in ("moi", "mes", "mes taches"):
        if ctx.sender.member is None:
            raise UserError("Vous n'avez pas encore de fiche : créez-la avec /moi <organisation>.")
        member = ctx.sender.member
    else:
        member = find_member(ctx, query, LIST_USAGE)
    theirs = [t for t in open_tasks if t.pilot == member.number]
    closed = [t for t in ctx.data.tasks() if t.pilot == member.number and t.status in ("done", "cancelled")]
    if not theirs and closed:
        # « François il avait quoi à faire ? »: nothing left, but what they had is what they did — or what was
        # cancelled (« Rachid il avait quoi à faire pour les Journées du patrimoine ? », set 46a).
        members, today = members_by_number(ctx.data), ctx.now.date()
        plural = "s" if len(closed) > 1 else ""
        states = {t.status for t in closed}
        said = (f"déjà faite{plural}" if states == {"done"} else f"annulée{plural}" if states == {"cancelled"}
                else "déjà faites ou annulées")
        return Reply.of(f"{member.name} n'a aucune tâche en cours ; {said} :",
                        *[task_line(t, members, today, ctx.locale, False) for t in closed[-SHOWN:]])
    return _listing(ctx, theirs, f"Tâches {of_name(member.name)}", f"{member.name} n'a aucune tâche en cours.", pilot=False)


def of_name(name: str) -> str:
    """« de Claire Dubois », « d'Antoine Brossard »: French elides before a vowel or a mute h."""
    return f"d'{name}" if name[:1].casefold() in "aeiouyhàâéèêëîïôöûüœ" and name[:1] else f"de {name}"


def _editable(ctx: Context, raw: str, usage: str) -> Task:
    """The open task `raw` names, if the sender may change it."""
    n = number(raw, "le numéro de tâche", usage)
    task = ctx.data.task(n)
    if task is None:
        raise UserError(f"Il n'y a pas de tâche n°{n}. Voyez /taches.", usage)
    if not task.open:
        raise UserError(f"La tâche n°{n} est déjà {'faite' if task.status == 'done' else 'annulée'}.")
    me = ctx.sender.member
    mine = (me is not None and task.pilot == me.number) or task.created_by_id == ctx.sender.key
    if not (mine or ctx.sender.is_coordinator):
        raise UserError(
            f"Seuls le pilote de la tâche n°{n}, son auteur ou un coordinateur peuvent la modifier. Rien n'a été modifié.")
    return task


def _close(ctx: Context, args: str, status: str, usage: str) -> Task:
    task = _editable(ctx, args.strip().split(" ", 1)[0] if args.strip() else "", usage)
    today, by = ctx.now.date(), ctx.sender.name
    return ctx.data.update_task(task.number, lambda t: replace(t, status=status, closed_by=by, closed_on=today)) or task


def tache_faite(ctx: Context, args: str) -> Reply:
    usage = "/tache_faite <n°>"
    if len(args.split()) > 1:
        raise UserError("Donnez seulement le numéro de la tâche.", usage)
    task = _close(ctx, args, "done", usage)
    return Reply.of(f"Tâche n°{task.number} marquée faite, merci ! ({task.text})")


def tache_annuler(ctx: Context, args: str) -> Reply:
    usage = "/tache_annuler <n°> [raison]"
    raw, _, reason = args.strip().partition(" ")
    reason = clean(reason, "la raison", usage, 300, required=False)
    task = _close(ctx, raw, "cancelled", usage)
    why = f" Raison : {reason}" if reason else ""
    return Reply.of(f"Tâche n°{task.number} annulée : {task.text}.{why}")


def tache_modifier(ctx: Context, args: str) -> Reply:
    raw, _, rest = args.strip().partition(" ")
    current = _editable(ctx, raw, EDIT_USAGE)
    if not rest.strip():
        raise UserError("Il manque ce qui change : un texte, « pour <date> » ou « @pilote ».", EDIT_USAGE)
    read = parse_task(rest, ctx, EDIT_USAGE, text_required=False)
    text, due, pilot, counted = read.text, read.due, read.pilot, read.counted

    def change(stored: Task) -> Task:
        changed = stored
        if text:
            changed = replace(changed, text=text)
        if due is not None:
            changed = replace(changed, due=due)
        if pilot is not None:
            changed = replace(changed, pilot=pilot.number, pilot_name=pilot.name)
        return changed

    saved = ctx.data.update_task(current.number, change) or current
    if saved == current:
        raise UserError(f"La tâche n°{current.number} est déjà ainsi ; rien n'a changé.")
    reply = _reply_for(ctx, f"Tâche n°{saved.number} modifiée.", saved)
    return Reply.of(*reply.lines, *([[italic(counted)]] if counted else []))  # type: ignore[arg-type]


# Answers for free questions, for handlers/questions.py to route to:
# « quelles tâches sont en retard ? » -> "overdue", « qu'est-ce que je dois
# faire ? » -> "mine", « quelles sont les tâches en cours ? » -> "open".
TASK_INTENTS = {
    "overdue": lambda ctx: taches(ctx, "en retard"),
    "mine": lambda ctx: taches(ctx, "moi"),
    "open": lambda ctx: taches(ctx, ""),
}

COMMANDS = (
    Command("tache", tache, "noter une tâche, avec son pilote et sa date", "<texte> [pour <date>] [@pilote]", aliases=("action",)),
    Command("taches", taches, "les tâches en cours, d'un membre, en retard ou d'une séance", "[membre | moi | en retard | séance <n°>]"),
    Command("tache_faite", tache_faite, "marquer une tâche faite (son pilote, son auteur ou un coordinateur)", "<n°>"),
    Command("tache_modifier", tache_modifier, "changer le texte, la date ou le pilote d'une tâche", "<n°> [texte] [pour <date>] [@pilote]"),
    Command("tache_annuler", tache_annuler, "annuler une tâche", "<n°> [raison]"),
)
