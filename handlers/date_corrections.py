"""A date the coordinator corrects as they type it (blind set 29: corrections, alternatives and amendments inside the date).

- Markdown strike-through, « ~~mardi 12~~ mercredi 13 janvier 14h », « mercredi 13 janvier ~~14h~~ 15h », « 14h ~~salle
  B~~ salle C »: the chat shows the struck words crossed out, so they are the writer's deletion; they go before the
  reader walks the text, and what is left is read and checked as typed (a weekday that contradicts the date left, a
  past day, an hour a clock change skips are refused as ever). A strike never closed is refused: what is struck is
  not guessed.
- The chat's correction star before the message, « *mercredi 13 janvier 14h »: the message is the corrected one; the
  star goes.
- A heading that announces a correction and names one date, « Rectificatif : », « Erratum : », « Correction : »,
  « Pardon : », « Date corrigée : », « Date modifiée → »: the date after it is read as at the start.
- A self-correction between two dates, « mardi 12, pardon mercredi 13 janvier à 14h », « … 14h — je corrige : mercredi
  13 janvier 15h », « … 14h. Rectificatif : … »: the corrected date is read when it is WHOLE by itself (its day of the
  month said, and for a meeting its time; a deadline's time when the withdrawn one had one) and the withdrawn part
  is a date and nothing else. A partial correction (« 14h, je corrige : 14h30 », « …, pardon mercredi ») would carry
  over part of the withdrawn date: not guessed, it stays refused. « enfin », « ou plutôt » (as often a hesitation) and a
  note naming the other date (« (et non le 13) », « au lieu du lundi 11 ») are not corrections here: refused elsewhere.
- A correction's mark, « (date corrigée) », « (heure corrigée) », « (horaire corrigé) » anywhere, « (corrigé) »,
  « (rectifié) », « (edit) », « (modif) », and a note that the date given holds, « (nouvel horaire) », « (date
  inchangée) », « (annule et remplace) », right after the date or closing a meeting's place, is no place nor text (as
  « (modifié) »). « (reportée) », « (décalée) » there do not say whether the date written is the new one: asked. (A
  note naming another day, « (ex-5 janvier) », « (option B : le 13) », is refused with the rest: date_rest.py.)
- « 14h-ish »: a hedge on the time, asked.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from handlers.messages import InputError

__all__ = ["corrected", "refuse_hedged_time", "without_correction_marks", "without_rest_marks", "without_strikes"]


def _folded(text: str) -> str:
    """`text` lower-cased without accents, one character for one (so indices carry over to `text`)."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c.strip() else " " for c in text).lower()


_STRUCK = re.compile(r"~~(?!~)(.+?)(?<!~)~~")
_STAR = re.compile(r"^\s*\*(?![*\s])")


def without_strikes(raw: str) -> str:
    """`raw` without its struck words and without the correction star before it; an unclosed strike is refused."""
    if "~~" in raw:
        kept = _STRUCK.sub(" ", raw)
        if "~~" in kept:
            raise InputError("Un texte barré (« ~~ … ~~ ») ne se ferme pas : je ne sais pas ce qui est barré. "
                             "Réécrivez la date seule (ex. « mercredi 13 janvier 14h salle B »).")
        raw = re.sub(r"[ \t]{2,}", " ", kept).strip()
    return _STAR.sub("", raw, count=1)


# A heading announcing a correction, before the one date it gives (folded text).
_HEADING = re.compile(r"^\s*(?:rectificatif|erratum|correction|pardon|date (?:corrigee|modifiee|rectifiee)"
                      r"|(?:heure|horaire) (?:corrigee?|modifiee?|rectifiee?))\s*(?::|→|->|=>)\s*(?=\S)")
# A self-correction between a withdrawn date and the corrected one.
_BETWEEN = re.compile(r"[\s,.;:–—-]+(?:pardon|je corrige|je rectifie|rectificatif|correction|erratum)\s*[:,]?\s+(?=\S)")
_SEPARATORS = " \t,.;:–—-"


def _day_number_said(said: str, clock_said: str) -> bool:
    day_part = said.replace(clock_said, " ") if clock_said else said
    return re.search(r"\d|\b(?:premier|1er)\b", _folded(day_part)) is not None


def corrected(raw: str, today: date, zone: str | None, require_time: bool) -> tuple[str, bool] | None:
    """The text to read instead of `raw` when `raw` is a date corrected by its writer, and whether it came after a
    heading (« Correction : 15/01 » may also be a deadline's task before its date), else None."""
    from handlers.date_reader import read  # (the reader's modules import dates' helpers)

    folded = _folded(raw)
    if (head := _HEADING.match(folded)) is not None:
        return raw[head.end():], True
    for found in _BETWEEN.finditer(folded):
        withdrawn, fixed = raw[:found.start()], raw[found.end():]
        if not withdrawn.strip():
            continue
        try:
            first, second = read(withdrawn, today, zone), read(fixed, today, zone)
        except InputError:
            return None
        if first.day is None or first.rest.strip(_SEPARATORS) or second.day is None:
            return None  # the withdrawn part holds more than a date (a place?), or the correction names no day
        if not _day_number_said(second.said, second.clock.said if second.clock else ""):
            return None  # « …, pardon mercredi »: which Wednesday is the withdrawn date's business
        if (require_time or first.clock is not None) and second.clock is None:
            return None  # « … 14h, pardon mercredi 13 janvier »: the time kept or dropped?
        return fixed, False
    return None


# A correction's mark between brackets (folded text): with the date's words anywhere, alone right after the date or
# closing a meeting's place.
_DATE_MARK = re.compile(r"\s*[(\[] *(?:date|heure|horaire) (?:corrigee?|rectifiee?) *[)\]]")
_MARK = (r"[(\[] *(?:(?:(?:date|heure|horaire) )?(?:corrigee?s?|rectifiee?s?)|rectif|corr\.?|modif|edit|editee?|update|updated"
         # the date given is the one that holds (blind set 29's probes: kept as the place)
         r"|nouvelle date|nouvel horaire|nouvelle heure|changement (?:de date|d ?['’] ?horaire)|(?:date|heure|horaire) "
         r"(?:inchangee?|ferme|maintenue?)|annule et remplace(?: (?:le|la) (?:precedente?|message precedent|version precedente))?"
         r"|correction(?: du message precedent)?|cf\.? correction) *[)\]]")
_MARK_HEAD = re.compile(r"[\s,;:–—-]*" + _MARK)
_MARK_END = re.compile(r"\s*" + _MARK + r"\s*$")


def without_correction_marks(raw: str) -> str:
    """`raw` without « (date corrigée) », « (heure corrigée) », « (horaire corrigé) » wherever they are."""
    if "corrig" not in (folded := _folded(raw)) and "rectifi" not in folded:
        return raw
    for found in reversed(list(_DATE_MARK.finditer(folded))):
        raw = raw[:found.start()] + raw[found.end():]
    return raw


# A move said after the date with no other date, « (reportée) », « (décalée) »: moved to this date, or from it?
_MOVE_MARK = re.compile(r"[\s,;:–—-]*([(\[] *(?:reportee?s?|avancee?s?|decalee?s?|deplacee?s?|repoussee?s?) *[)\]])")


def without_rest_marks(rest: str, require_time: bool) -> str:
    """`rest` without « (corrigé) », « (rectifié) », « (nouvel horaire) » right after the date, or closing a meeting's
    place (closing a deadline's text they may be the task's: « budget (corrigé) »); « (reportée) » there is asked."""
    folded = _folded(rest)
    if (moved := _MOVE_MARK.match(folded)) is not None:
        raise InputError(f"« {rest[moved.start(1):moved.end(1)]} » : la date écrite est-elle la nouvelle, ou celle qui est "
                         "déplacée ? Je ne devine pas : écrivez la nouvelle date seule (ex. « mardi 12 janvier 14h »).")
    if (head := _MARK_HEAD.match(folded)) is not None:
        return without_rest_marks(rest[head.end():], require_time)
    if require_time and (end := _MARK_END.search(folded)) is not None and end.start() > 0:
        return rest[:end.start()]
    return rest


_ISH = re.compile(r"^[\s(-]*ish\b")


def refuse_hedged_time(rest: str, said: str) -> None:
    """« 14h-ish »: the time said roughly, in English; asked rather than stored as firm."""
    if _ISH.match(_folded(rest)) is not None:
        raise InputError(f"« {said.strip()} » suivi de « ish » : l'heure est-elle ferme ? Je ne devine pas : écrivez l'heure "
                         f"(ex. « {said.strip()} ») ou « vers {said.strip()} ».")
