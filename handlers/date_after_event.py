"""A time said relative to an event, right after the date (blind set 21, the minutes' register): « jeudi 14 à 14h,
à l'issue du comité », « le 2 novembre à 14h, à l'issue du bureau », « mardi 18h, à la suite de l'AG », « vendredi,
dès la fin du conseil : vote »; an end said so, « de 14h jusqu'à la fin de la réunion » (found probing). The meeting
starts when the event ends, and the hour said is a guess of that end; kept as the place, « à l'issue du comité » read
as a room. Refused, with what to write instead.

Further on in the text it is the text's (« vendredi : relevé de décisions à diffuser à l'issue du comité » says
what to do, not when), and so after a deadline's colon; only right after the date is it the date's. Part of `handlers.dates`.
"""

from __future__ import annotations

import re

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["refuse_time_of_event"]

# (after the separators the reader leaves: « , », « ; », « : », a bracket or a dash)
# (« ou », « voire », « sinon » before it: another time offered, « 14h ou à l'issue de l'AG », found probing)
_AFTER_EVENT = re.compile(r"^[\s,;:(\-–—]*(?:(?:a|des|dans|juste|aussitot|immediatement|jusqu\s*'\s*a|ou|voire|sinon)\s+){0,3}"
                          r"(?:(?:l\s*'\s*issue|la\s+suite|la\s+fin|la\s+sortie|l\s*'\s*apres|apres\s+la\s+fin|la\s+foulee)\s+"
                          r"(?:d\s*'|de\b|du\b|des\b))|^[\s,;:(\-–—]*jusqu\s*'\s*a\s+la\s+fin\s*$")
# For a meeting only: « 14h, juste après le bureau », « 14h, avant l'AG » (a deadline's « 12h, avant la plénière » says
# why the hour, and stays its text); not a part of the day (« avant la fin de la journée »: date_rest's refusal).
_NEXT_TO_EVENT = re.compile(r"^[\s,;:(\-–—]*(?:(?:juste|ou|voire|sinon)\s+){0,2}(?:apres|avant)\s+(?:le|la|les|l\s*')(?:\s|(?<='))"
                            r"(?!\s*(?:fin|debut|journee|matinee|soiree|nuit|midi|soir|matin|dejeuner|diner)\b)")


def refuse_time_of_event(rest: str, meeting: bool) -> None:
    """Refuse a rest that starts with « à l'issue de … » and its like; after a deadline's colon it is the task's
    text (« vendredi 12 : à la suite de la réunion, envoyer le CR »)."""
    if not meeting and rest.lstrip().startswith(":"):
        return
    folded = fold(rest)
    if (_AFTER_EVENT.match(folded) is None and not (meeting and _NEXT_TO_EVENT.match(folded))) or re.search(r"\b(?:Issue|Suite|Fin|Sortie)\b", rest[:30]):
        return  # (« mardi 18h à la Suite de la Gare »: a capital says a name, a place)
    said = rest.strip(" ,;:(-–—")[:50]
    raise InputError(f"« {said} » : l'heure dépend d'un autre événement, que je ne connais pas. "
                     "Je ne devine pas : donnez l'heure de début prévue (ex. « jeudi 14 janvier 16h30 salle B »).")
