"""A task as people write it after a meeting (blind set 35): what follows `/tache` or `/tache_modifier <n°>` —
« Claire envoie le CR d'ici vendredi », « relancer la CAF avant la fin du mois @martin », « Karim : réserver la
salle, pour le 15 », « envoyer les 3 devis au plus tard le 12/01 (Hammoudi) », « mettre à jour la fiche action 2 sous
quinzaine — Sophie », « moi : appeler le bailleur demain » — split into the task's text, its pilot and its due date.

The rules a member reads in the reply (which names the text as stored, the pilot and the date):
- the pilot after « @ » or « pilote (:) » is matched as everywhere (fuzzily); a pilot written first (« Karim : »,
  « Antoine — », « moi : »), as the sentence's subject (« Claire envoie … », the name kept in the text), or last (« —
  Sophie », « , Claire », « (Hammoudi) ») must be a member's exact first name, surname or full name, since a word
  there may be anything (« (CAF) »); a name two members share is asked back; two pilots are refused (one per task);
- the due date is the date read wholly at the end of the text after « pour », « d'ici », « avant », « au plus tard »,
  « jusqu'au », « échéance », « date limite », « dernier délai », a `,` or a dash, or bare when it opens with a day
  word, a lower-case weekday, « le » and a day, or figures; the date reader reads it (past, bound, impossible dates)
  and handlers/deadline_said.py the days counted from a meeting;
- « pour » + no date (« pour le forum du 12 », « pour la réunion du 14 janvier », « pour 20 euros », « pour la
  prochaine séance ») says what the task is for and stays in its text; a date after « du / de » is the text's (« la
  convention du 12/11 »), as is a capitalised month or weekday after a name (« le dossier Mars », « Paul Mardi »);
- a period's end (« fin janvier », « d'ici la fin de la semaine », « fin T1 ») is its last day, read by
  handlers/period_end.py as /echeance reads it; a span that names no end closing the text (« courant janvier »,
  « au printemps », « bientôt ») is refused there, « dès que possible » and « rapidement » stay the text's;
- « pour la prochaine séance / réunion » is due that meeting's day, as « avant la prochaine séance » (blind set 36);
- a second date left in the text (« pour le 15/12 pour le 18/12 ») is refused: one due date per task.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from handlers.date_words import fold, month_of, weekday_of
from handlers.messages import InputError, UserError
from handlers.period_end import vague_tail
from storage.models import Member

__all__ = ["NEXT_MEETING", "NotADate", "ReadDue", "TaskParts", "date_openings", "due_at_end", "split_task", "text_before"]

# Connectors that open a due date; the reader reads most of them itself (« avant le 2 », « d'ici vendredi »,
# « date limite 16 avril »), the rest are taken off before it sees the date (« échéance 20 décembre »).
_CONNECTOR = (r"(?:(?:a\s+rendre\s+)?pour|d\s*'\s*ici|avant|au\s+plus\s+tard|jusqu\s*'\s*(?:au|a)|echeance\s*:?|"
              r"date\s+limite\s*:?|dernier\s+delai\s*:?|[,;—–]|\s-)")
_CONNECTOR_RE = re.compile(rf"(?:^|(?<=[\s(])|(?<=\w)(?=[,;]))(?P<conn>{_CONNECTOR})\s*")
# A due date said in parentheses at the end: « Relancer la CAF (échéance vendredi) ».
_IN_PARENS = re.compile(r"\s*\((?P<inner>[^()]+)\)\s*$")
_DAY_WORDS = (r"demain|apres\s*-?\s*demain|aujourd\s*'\s*hui|hier|dem1|auj|ajd|ce\s+soir|veille|avant\s*-?\s*veille|"
              r"lendemain|surlendemain|j\s*[-+]\s*\d|fin|debut|courant|mi\s*-|semaine|mois|annee|noel|toussaint|"
              r"paques|saint|sainte|chandeleur|jour\s+de\s+l|dans\s|sous\s+(?:huitaine|quinzaine|\d)|quelques|"
              r"premier|premiere|dernier|derniere|\d+e\s|deuxieme|(?:un|deux|trois|quatre|cinq|six|sept|huit|dix|"
              r"quinze|\d{1,3})\s+(?:jours?|semaines?)")
_WEEKDAY = r"(?:lun|mar|mer|jeu|ven|sam|dim)(?:di|credi|\.|\b)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# A figure that opens a date: « 15/12 », « 15.12 », « 15 décembre », « 15 dec », « 2026-12-03 », a lone day at the end.
_FIGURES = (r"\d{1,4}\s*(?:[/.-]\s*\d|(?:er\s+)?(?:janv\w*|fev\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept?\w*|oct\w*|nov\w*|"
            r"dec\w*)\b|$)")
_MEETING = r"(?:prochaine?\s+)?(?:seances?|reunions?|rencontres?|copil|comite|ag|ca|bureau|assemblee\s+generale)\b"
# What, after a connector, says a date follows (« pour 20 euros », « pour le forum » do not).
_DATE_AHEAD = re.compile(rf"(?:(?:le|la|les|ce|cette|au|a\s+la|notre)\s+|l\s*'\s*)?(?:{_DAY_WORDS}|{_WEEKDAY}|{_FIGURES}|"
                         r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)")
_MEETING_AHEAD = re.compile(rf"(?:(?:le|la|au|a\s+la|notre|a\s+notre|lors\s+de\s+la)\s+|l\s*'\s*){_MEETING}")
# Bare at the end of the text, a date needs a clear opening; after « du », « de », « au » it is the text's.
_BARE = re.compile(rf"(?<![\w'’])(?:demain|apres\s*-?\s*demain|aujourd\s*'\s*hui|hier|dem1|(?:{_WEEKDAY})(?!-)|le\s+\d{{1,2}}(?!\d)|"
                   r"\d{1,2}\s*/\s*\d|dans\s+\d|dans\s+(?:un|deux|trois|quatre|huit|quinze|quelques)\s|sous\s+(?:huitaine|quinzaine)|"
                   r"la\s+veille\s+d|l\s*'\s*avant\s*-?\s*veille\s+d|"
                   r"courant\s|debut\s|en\s+debut\s|mi\s*-|(?:en\s+)?fin\s+(?:du\s+|de\s+|d\s*'|[ts]\d|20\d\d|janv|fev|mars|avr|mai|"
                   r"juin|juil|aout|sept|oct|nov|dec))")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])le\s+$")
# A whole word of five letters or more, to try as a weekday typed with a slip (`_bare_starts`).
_WORD = re.compile(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])")
# A feast right after the text's only word is that verb's object, an event, as « préparer le 14 juillet » is (probing
# after blind set 39: « organiser la veille de Noël », « préparer le lundi de Pâques » were stored « organiser » /
# « préparer », due that day); « relancer le vendredi 18 décembre », « appeler le lundi » keep their reading.
_FEAST_OBJECT = re.compile(r"(?:le|la)\s+(?:(?:veille|lendemain|surlendemain|jour)\s+d[eu]?\s*(?:la\s+|l\s*'\s*)?)?"
                           r"(?:noel|toussaint|paques|pentecote|ascension|saint|sainte|chandeleur|"
                           r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:de|des|du|gras|saint)\b)")
# A word that joins a bare day to the text before it (« relire le chapitre 2 puis le 3 », probing after blind set 38: the
# task was stored « relire le chapitre 2 puis », due on the 3rd): the text's next item, not when it is due. (Still an
# opening for /echeance's check of a second date, `date_openings`.)
_JOINED = re.compile(r"\b(?:puis|ou|voire|sinon)\W*$", re.IGNORECASE)
_NOT_BARE_AFTER = re.compile(r"(?:\b(?:du|de|des|au|aux|d|l|en|a|à|rue|n°|no|numero)\W*|[«“\"]\s*)$", re.IGNORECASE)
# « pour la prochaine séance » at the end: by that meeting (blind set 36); « pour la séance 4 » stays the purpose.
NEXT_MEETING = re.compile(r"(?:la|notre)\s+prochaine\s+(?:seance|reunion|rencontre)|le\s+prochain\s+(?:copil|comite)")
# Two pilots for one task: « Claire et Karim », « Claire, Karim ».
_TWO = re.compile(r"\s+(?:et|&)\s+|\s*,\s*|\s*/\s*")
_PILOT_MARK = re.compile(r"(?:^|(?<=[\s(,—–-]))(?:@|(?P<word>pilotes?)(?:\s*:\s*|\s+(?!(?:le|la|les|du|de|des|un|une|d'|l')\b)))",
                         re.IGNORECASE)
_PAIR = re.compile(r"^(?P<a>[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)\s+(?:et|&)\s+(?P<b>[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)\s")
_LABEL = re.compile(r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+(?:et\s+)?[^\W\d_][\w'’.-]*){0,3})\s*(?::|—|–|\s-)\s+")
_SUBJECT = re.compile(r"^(?P<name>[^\W\d_][\w'’-]*(?:\s+(?:et\s+)?[^\W\d_][\w'’-]*){0,3}?)\s+(?=[a-zàâçéèêëîïôûù]|s['’])")
# The last segment only (« contacter la CAF, la CPAM et Pôle emploi - Karim »): no separator in the name.
_TRAILING_PILOT = re.compile(r"(?:\s*\(\s*(?:pilote\s*:\s*)?(?P<paren>[^()]{2,60})\)|(?:\s+[—–-]|\s*,)\s*"
                             r"(?P<dash>[^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*){0,3}))\s*$")
_NAME_BEFORE = re.compile(r"(?:\s[—–-]|,)\s*(?P<name>[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)\s*$")
_TAIL_JUNK = re.compile(r"[\s,;:—–(-]+$|(?:,?\s*a\s+rendre)\s*$")


class NotADate(InputError):
    """What follows an opening is no date (« le 3e partenaire ») or a date with text after it (« le 15 sur la liste »):
    after a connector that is refused, bare in the text it is the text's."""


ReadDue = Callable[[str, str], tuple[date, str]]  # (tail with its connector, tail after it) -> due date, counted from
_Due = TypeVar("_Due")  # what a reader makes of a due date: a task's day, /echeance's moment


@dataclass(frozen=True, slots=True)
class TaskParts:
    """A task line split: its text, its due date (and the meeting it was counted from, for the reply), its pilot
    (a member, or what was written after « @ » / « pilote », for the directory's fuzzy match)."""

    text: str
    due: date | None
    counted: str
    pilot: Member | None
    pilot_said: str | None


def split_task(raw: str, members: Sequence[Member], sender: Member | None, read_due: ReadDue, usage: str,
               text_required: bool = True) -> TaskParts:
    """`raw` (cleaned) split into text, due date and pilot. `read_due` reads a tail as the due date, raising the reader's
    UserError when it is a date read wrongly (« pour hier »); the pilot said after a marker is left to the caller's
    fuzzy match. Raises UserError for two pilots, two dates, a name two members share. Without `text_required`
    (/tache_modifier) the date may open the line (« 3 sous quinzaine »)."""
    body, pilot, said = raw.strip(), None, None
    marks = list(_PILOT_MARK.finditer(body))
    if len(marks) > 1 or any((m.group("word") or "").casefold() == "pilotes" for m in marks):
        _two_pilots(usage)
    if marks:
        mark = marks[0]
        head, after = body[: mark.start()], body[mark.end():]
        said, due_tail = _pilot_then_date(after, read_due)
        if not said.strip(" )"):
            raise InputError("Il manque le nom du pilote après « @ » ou « pilote : ».", usage)
        said = said.strip(" )")
        if _TWO.search(said):
            _two_pilots(usage)
        if fold(said) == "moi":
            pilot, said = _me(sender, usage), None
        body = head.rstrip(" (") + (" " + due_tail if due_tail else "")
    # A pilot written first: « Karim : … », « moi : … » (taken off the text), or the sentence's subject (kept).
    if (label := _LABEL.match(body)) and (found := _named(label.group("name"), members, sender, usage)) is not None:
        pilot = _one_pilot(pilot, found, said, usage)
        body = body[label.end():]
    elif (pair := _PAIR.match(body)) and _is_someone(pair.group("a"), members) and _is_someone(pair.group("b"), members):
        _two_pilots(usage)
    elif (subject := _SUBJECT.match(body)) and (found := _named(subject.group("name"), members, sender, usage, subject=True)):
        pilot = pilot if (pilot or said) else found
    # A pilot written last, before or after the date: « (Hammoudi) », « — Sophie », « , Claire ».
    body, last = _trailing_pilot(body, members, sender, usage)
    due, counted, body = due_at_end(body, read_due, bare_first=not text_required)
    if due is None and (vague := vague_tail(body, from_start=not text_required)) is not None:
        read_due(vague, vague)  # « organiser le séminaire au printemps »: refused with how to write it
    if due is not None:
        body, again = _trailing_pilot(body, members, sender, usage)
        last = last or again
    if last is not None:
        pilot = _one_pilot(pilot, last, said, usage)
    text = _TAIL_JUNK.sub("", body).strip()
    if due is not None and text.endswith(".") and not text.endswith("etc."):
        text = text[:-1].rstrip()  # « relancer la CAF. Échéance : vendredi »: the sentence's end, not the text's
    if due is not None and text and due_at_end(text, read_due, quiet=True)[0] is not None:
        raise InputError("Une seule date par tâche, s'il vous plaît : laquelle est l'échéance ? (ex. « /tache relire le PV "
                         "pour le 15/12 »)", usage)
    return TaskParts(text, due, counted, pilot, said)


def _pilot_then_date(after: str, read_due: ReadDue) -> tuple[str, str]:
    """What follows « @ »: the pilot's name, then maybe the due date (« @karim pour vendredi »)."""
    for found in _CONNECTOR_RE.finditer(fold(after.replace("’", "'"))):
        tail = after[found.start():].strip()
        if found.start() and _date_ahead(found, after) and _reads(tail, after[found.end():], read_due):
            return after[: found.start()].strip(" ,;—–-"), tail
    return after, ""


def _reads(tail: str, bare: str, read_due: ReadDue) -> bool:
    try:
        read_due(tail, bare)
    except UserError:
        return False
    return True


def _date_ahead(found: re.Match[str], text: str) -> bool:
    """Whether a date follows the connector `found` (« pour vendredi »), not a purpose (« pour le forum »)."""
    ahead = fold(text[found.end():].replace("’", "'"))
    conn = fold(found.group("conn")).strip()
    if _DATE_AHEAD.match(ahead):
        return True
    # The meeting as the bound (« avant la prochaine séance »); « pour la séance 3 » is the task's purpose, « pour la
    # prochaine séance » closing the text is due by then (blind set 36).
    if conn.endswith("pour") and (nxt := NEXT_MEETING.match(ahead)) is not None and not ahead[nxt.end():].strip(" .!"):
        return True
    return not conn.endswith("pour") and conn not in {",", ";", "—", "–", "-"} and _MEETING_AHEAD.match(ahead) is not None


def date_openings(body: str, bare_first: bool = False) -> list[tuple[int, int]]:
    """Where a date may open in `body`, leftmost first: after a connector that says a date follows (« pour vendredi »,
    « avant le 15 »: the connector's start and end), or bare (« … vendredi 18 décembre », « … sous quinzaine »: start
    twice); a date after « du / de » or a verb alone before « le 14 juillet » is the text's. Shared by /tache and
    /echeance (handlers/commands/deadlines.py), which read a date closing the text the same way."""
    openings: list[tuple[int, int]] = []
    folded = fold(body.replace("’", "'"))
    for found in _CONNECTOR_RE.finditer(folded):
        if _date_ahead(found, body):
            openings.append((found.start(), found.end()))
    for bare in _bare_starts(folded):
        if (bare or bare_first) and not _NOT_BARE_AFTER.search(body[:bare]) and _lower_weekday(body, bare):
            # « … le vendredi 18 décembre »: the article opens the date with its weekday, not the text's last word
            start = bare
            if (article := _ARTICLE_BEFORE.search(folded, 0, start)) is not None and _weekday_at(folded, start):
                start = article.start()
            if len(body[:start].split()) == 1 and (folded.startswith("le", bare) or _FEAST_OBJECT.match(folded, start)):
                continue  # a verb alone before « le 14 juillet », « le lundi de Pâques », « la veille de Noël »: what, not when
            openings.append((start, start))
    return sorted(set(openings))


def text_before(body: str) -> str:
    """The text left before a due date, without the connector's marks (« Date limite de dépôt : » → « … dépôt »)."""
    return _TAIL_JUNK.sub("", body).strip()


def due_at_end(body: str, read_due: Callable[[str, str], tuple[_Due, str]], quiet: bool = False,
               bare_first: bool = False) -> tuple[_Due | None, str, str]:
    """The due date said at the end of `body` (the leftmost opening whose tail reads wholly), and the text before it.
    The first opening that says a date decides: read, or its refusal raised (« pour hier », « pour le 15 ou le 16 »),
    so a later piece of it is never read alone (« … le 16 »). `read_due` gives a task's day or /echeance's moment."""
    body = _TAIL_JUNK.sub("", body)
    if (parens := _IN_PARENS.search(body)) and _CONNECTOR_RE.match(fold(parens.group("inner").replace("’", "'"))):
        unwrapped = f"{body[: parens.start()]} {parens.group('inner').strip()}"
        if (found := due_at_end(unwrapped, read_due, quiet, bare_first))[0] is not None:
            return found  # else « (pour le forum) » stays as written
    for start, end in date_openings(body, bare_first):
        if start == end and _JOINED.search(body[:start]):
            continue
        try:
            due, counted = read_due(body[start:].strip(), body[end:].strip())
        except NotADate:
            if quiet or start == end:  # bare: « relancer le 3e partenaire », « mettre le 15 sur la liste »
                continue
            raise
        except UserError:
            if quiet:
                continue
            raise
        return due, counted, body[:start]
    return None, "", body


def _bare_starts(folded: str) -> list[int]:
    """Where a date may open bare in `folded`: `_BARE`'s openings, and a weekday typed with one slip (« mecredi »,
    « venredi », « samdi »), which the date reader reads as the weekday (date_words.weekday_of: names of six letters
    or more, or two letters swapped); blind set 42: « /tache mettre à jour le site mecredi » was stored with
    « mecredi » in its text and no due date, where « … le site mercredi » is due that day."""
    starts = {found.start() for found in _BARE.finditer(folded)}
    starts |= {found.start() for found in _WORD.finditer(folded) if _slipped_weekday(found.group())}
    return sorted(starts)


def _slipped_weekday(word: str) -> bool:
    """A word the date reader reads as a weekday that `_WEEKDAY` does not spell (« mecredi », not « mercredi »)."""
    return re.fullmatch(_WEEKDAY, word) is None and weekday_of(word) is not None


def _weekday_at(folded: str, start: int) -> bool:
    """Whether a weekday, spelled or slipped, opens `folded` at `start` (« … le vendredi 18 », « … le mecredi 18 »)."""
    word = _WORD.match(folded, start)
    return re.match(_WEEKDAY, folded[start:]) is not None or (word is not None and _slipped_weekday(word.group()))


def _lower_weekday(body: str, start: int) -> bool:
    """A capitalised weekday after a capitalised word is a name (« Paul Mardi », « M. Mardi »)."""
    before = body[:start].split()
    return not (body[start].isupper() and before and before[-1][:1].isupper())


def _named(name: str, members: Sequence[Member], sender: Member | None, usage: str, subject: bool = False) -> Member | None:
    """The member `name` is exactly (« Karim », « Hammoudi », « Marie Janvier », « moi »), accents and case aside;
    None when it names no one; asked back when two members answer to it; refused for two pilots."""
    folded = fold(name).strip()
    if folded == "moi" and not subject:
        return _me(sender, usage)
    parts = _TWO.split(name)
    if len(parts) > 1:
        if all(_is_someone(part, members) for part in parts):
            _two_pilots(usage)
        return None
    found = _exact(name, members)
    if not found and subject:
        # The subject may be the first words only: « Marie Janvier relance », « Claire envoie ».
        return None
    if len(found) > 1:
        listed = "\n".join(f"• {m.name}" for m in found)
        raise InputError(f"Plusieurs membres correspondent à « {name} » :\n{listed}\nPrécisez le nom (ex. « @{found[0].name} »).",
                         usage)
    return found[0] if found else None


def _is_someone(name: str, members: Sequence[Member]) -> bool:
    """Whether `name` is « moi » or a member's exact name: for « Claire et Karim », « Marc et moi » (two pilots)."""
    return fold(name).strip() == "moi" or bool(_exact(name, members))


def _exact(name: str, members: Sequence[Member]) -> list[Member]:
    """Members whose full name, first name or surname is `name`; a surname that is a weekday or month (« Janvier »)
    counts only with the first name."""
    folded = " ".join(fold(name).replace("’", "'").split())
    full = [m for m in members if " ".join(fold(m.name).split()) == folded]
    if full or month_of(folded) is not None or weekday_of(folded) is not None:
        return full
    return [m for m in members if folded in fold(m.name).split()]


def _trailing_pilot(body: str, members: Sequence[Member], sender: Member | None, usage: str) -> tuple[str, Member | None]:
    found = _TRAILING_PILOT.search(body)
    if found is None:
        return body, None
    name = (found.group("paren") or found.group("dash") or "").strip()
    member = _named(name, members, sender, usage) if name else None
    if member is None:
        return body, None
    rest = body[: found.start()]
    # « … - Claire Dubois, Karim »: a second name before the one taken is a second pilot, never left in the text
    if (before := _NAME_BEFORE.search(rest)) and _is_someone(before.group("name"), members):
        _two_pilots(usage)
    return rest, member


def _one_pilot(pilot: Member | None, other: Member, said: str | None, usage: str) -> Member:
    """`other`, named first or last, as the task's one pilot: refused when another was named (« Claire : … @karim »),
    unless it is the same member (« @claire … — Claire »)."""
    same_said = said is None or fold(said).strip() in fold(other.name).split() or fold(said).strip() == fold(other.name)
    if (pilot is not None and pilot.number != other.number) or not same_said:
        _two_pilots(usage)
    return other


def _two_pilots(usage: str) -> None:
    raise InputError("Une tâche a un seul pilote : écrivez une tâche par pilote (ex. « /tache préparer la salle @claire » "
                     "puis « /tache préparer la salle @karim »).", usage)


def _me(sender: Member | None, usage: str) -> Member:
    if sender is None:
        raise InputError("« moi » : vous n'avez pas encore de fiche ; créez-la avec /moi <organisation>, ou nommez le "
                         "pilote.", usage)
    return sender
