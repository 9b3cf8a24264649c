"""A meal said as the moment, right after the time (blind set 28's probes): « 12 h au dîner », « 19 h sur l'heure du
souper », « 12 h, à l'heure du lunch », « 12 h sur l'heure du midi », « 12 h pour le dîner », Belgian « 12h, sur le temps de midi ». Where « dîner » is lunch
(Belgium, Switzerland, Québec, much of Africa) and where it is dinner (France), the meal names a part of the day, not a
place: kept as the meeting's place, a word of the date ended up there (found probing after set 28's fixes; « à
l'heure du dîner » alone was already refused by the rest check). Refused, with what to write; a meal that names an
event (« 12 h, dîner partagé au local », « 12 h dîner-débat », « 18 h, souper communautaire ») stays the place, and
after a deadline's colon the words are the task's text. Part of `handlers.dates`.
"""

from __future__ import annotations

import re

from handlers.date_words import fold
from handlers.messages import InputError

__all__ = ["refuse_meal_time"]

# (« la rupture du jeûne », « le ftour », « l'iftar »: the evening meal of Ramadan, as Maghrebi groups say it)
_MEAL = r"(?:diner|souper|dejeuner|petit\s*-?\s*dejeuner|lunch|repas|gouter|apero|aperitif|rupture\s+du\s+jeune|f\s*'?\s*tour|iftar)"
_LEAD = r"^[\s,;:(\-–—]*"
# « (à / sur / vers / pendant) l'heure du dîner », « sur l'heure de midi »; « au dîner », « pour le souper », « pendant
# le repas », « lors du déjeuner », then nothing, a separator or a preposition (« au souper annuel du club »: an event)
_MEAL_TIME = re.compile(
    _LEAD + r"(?:(?:a|sur|pour|vers|pendant|durant|lors\s+de|au\s+moment\s+de)\s+)?l\s*'\s*heure\s+(?:du|de|d\s*')\s*(?:midi|"
    + _MEAL + r")\b"
    r"|" + _LEAD + r"(?:au|a\s+la|a\s+l\s*'|pour\s+(?:le|la|l\s*')|pendant\s+(?:le|la|l\s*')|durant\s+(?:le|la|l\s*')|lors\s+(?:du|de\s+la|de\s+l\s*')"
    r"|au\s+moment\s+(?:du|de\s+la|de\s+l\s*')|vers\s+(?:le|la|l\s*')|a\s+l\s*'\s*heure\s+du)\s*"
    + _MEAL + r"(?=\s*(?:$|[,;:()!.]|(?:a|au|en|chez|dans|salle|(?:de|du)\s+(?:midi|soir))\b))"
    # Belgian « sur le temps de midi »: the lunch break (« pendant le temps de midi » is date_within_period's)
    r"|" + _LEAD + r"(?:(?:sur|pendant|durant|pour|a|au|dans)\s+)?le\s+temps\s+(?:de|du)\s+midi\b")


def refuse_meal_time(rest: str, meeting: bool) -> None:
    """Refuse a rest that starts with a meal said as the moment (see the module docstring); after a deadline's colon
    it is the text's."""
    if not meeting and rest.lstrip().startswith(":"):
        return
    if (found := _MEAL_TIME.match(fold(rest))) is None:
        return
    said = rest[:found.end()].strip(" ,;:(-–—")
    what, example = ("un lieu", "jeudi 14 janvier 12h salle B") if meeting else ("le texte de l'échéance", "jeudi 14 janvier 12h : rapport")
    raise InputError(f"« {said} » : le moment d'un repas, pas {what} (et « dîner », « souper » ne disent pas la même heure "
                     f"partout). Je ne devine pas : écrivez le jour et l'heure (ex. « {example} »).")
