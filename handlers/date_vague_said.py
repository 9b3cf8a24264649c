"""Vague days a coordinator writes where a day is expected (blind set 23, the edge of precision): a day said
roughly (« vers le 15 janvier », « aux alentours du 15 », « autour du 15 »), a span that names no day (« la première
semaine de février », « entre le 12 et le 15 », « dès le 12 », « à partir du 12 », « d'ici fin janvier »), a
recurrence (« tous les jeudis », « chaque premier lundi », « un jeudi de janvier »), a rough count (« quelques jours
après le 12 », « 2 ou 3 jours après », « une quinzaine de jours après »), one of two ranks (« le 2e ou le 3e jeudi »),
and the day of an event without a national date (« le jour de la rentrée »); in plain speech (blind set 24), the end or
the start of a week or a month (« pour la fin de la semaine », « en début de semaine prochaine »), a day left open
(« bientôt », « un de ces jours », « quand tu peux », « le plus vite possible ») and a rough delay (« dans quelques
jours », « dans 2-3 jours »).

The reader already refuses all of them; like date_periods_said.py, this module only gives the refusal its reason
instead of « je ne reconnais pas de date », so the coordinator knows what to write. It is consulted only once the
reader has found no day: nothing here can make a date read, or read differently.
"""

from __future__ import annotations

import re

from handlers.date_periods_said import folded

__all__ = ["vague_said"]

_DAY = r"(?:\d{1,2}(?:er)?|premier)(?:\s+(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?)?"
_MONTHS = r"(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_RANK = (r"(?:\d(?:e|er|ere|eme|nd)|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|derniere?|"
         r"avant-derniere?)")
_COUNT = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze)"
_UNIT = r"(?:jours?|semaines?)"
_DEADLINE = r"(?:(?:d'ici|d ici|avant|pour|jusqu'a|jusqu a|au plus tard)\s+)?"

_ASK_DAY = "Donnez le jour (ex. « jeudi 14 janvier 14h » ou « le 14/01 à 14h »)."
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?:vers|aux alentours|aux environs|autour|environ|a peu pres)\s+(?:le|du|de)\s+{_DAY}"),
     "une date approximative : je n'enregistre qu'un jour précis, pour le rappeler aux membres. " + _ASK_DAY),
    (re.compile(rf"{_DEADLINE}(?:la|le|en)\s+{_RANK}\s+(?:semaine|quinzaine|decade|week-end|weekend)(?:\s+(?:de|d')\s*{_MONTHS})?"),
     "une période, pas un jour : je ne devine pas lequel. " + _ASK_DAY),
    (re.compile(rf"(?:entre|des|a partir|(?:peu |juste |bien )?apres)\s+(?:le|du)\s+{_DAY}(?:\s+et\s+le\s+{_DAY})?"),
     "une période ou une borne, pas un jour : je ne devine pas lequel. " + _ASK_DAY),
    (re.compile(rf"{_DEADLINE}(?:fin|debut|mi|courant)\s*-?\s*{_MONTHS}"),
     "ne dit pas quel jour : je ne devine pas. " + _ASK_DAY),
    (re.compile(rf"(?:tous les|toutes les|chaque|un|une)\s+(?:{_RANK}\s+)?{_WEEKDAY}\b"),
     "une récurrence ou un jour à choisir, pas une date : donnez la première date (ex. « jeudi 14 janvier 14h ») ; "
     "pour une série, écrivez après le lieu « chaque jeudi »."),
    (re.compile(rf"(?:(?:quelques|plusieurs|une (?:quinzaine|huitaine|dizaine)(?: de)?|(?:environ|au moins|pas moins de) "
                rf"{_COUNT}|{_COUNT}\s*(?:ou|-|a)\s*{_COUNT})\s*{_UNIT}?|{_COUNT}\s+{_UNIT}\s+(?:environ|au moins|ou "
                rf"{_COUNT}|et demie?|et {_COUNT} {_UNIT}))\s*(?:apres|avant|plus tard|plus tot)"),
     "un délai approximatif : je ne devine pas le jour. " + _ASK_DAY),
    (re.compile(rf"(?:le\s+{_RANK}\s+ou\s+(?:le\s+)?{_RANK}\s+{_WEEKDAY}|les\s+{_DAY}\s+et\s+(?:le\s+)?{_DAY})"),
     "deux jours, pas un : je ne devine pas lequel. Donnez le jour (pour deux séances, enregistrez-les l'une après "
     "l'autre)."),
    (re.compile(r"(?:le\s+)?jour\s+(?:de\s+la|du|des)\s+rentree"),
     "la rentrée n'a pas la même date partout (selon l'académie, le canton, l'école) : je ne devine pas. " + _ASK_DAY),
    # plain speech (blind set 24): the end or the start of a week or a month, a day left open, a rough delay
    (re.compile(rf"{_DEADLINE}(?:en |la |a la |vers la |sur la |d'ici la |d ici la )?(?:fin|debut|milieu)\s+(?:de\s+(?:la\s+)?|du\s+)?"
                r"(?:semaine|mois)(?:\s+(?:prochaine?|suivante?|d'apres))?"),
     "ne dit pas quel jour : je ne devine pas. " + _ASK_DAY),
    (re.compile(rf"{_DEADLINE}(?:la |cette )?semaine(?:\s+(?:prochaine|suivante|d'apres|qui vient))?(?![a-z-])"),
     "une semaine, pas un jour : je ne devine pas lequel. " + _ASK_DAY),
    (re.compile(rf"{_DEADLINE}(?:bientot|prochainement|rapidement|un de ces (?:jours|quatre)|plus tard|tout a l'heure|"
                r"(?:le plus (?:vite|tot) |des que |aussitot que |si )possible|asap|quand (?:tu peux|vous pouvez|on peut))"),
     "ne dit pas de jour : je n'enregistre qu'une date précise, pour la rappeler aux membres. " + _ASK_DAY),
    (re.compile(rf"{_DEADLINE}(?:dans|d'ici|d ici|sous)\s+(?:quelques|plusieurs|{_COUNT}\s*(?:ou|-|a)\s*{_COUNT})\s+{_UNIT}"),
     "un délai approximatif : je ne devine pas le jour. " + _ASK_DAY),
)


def vague_said(raw: str) -> str | None:
    """The refusal for a vague day said at the start of `raw` (« vers le 15 janvier à 14h »), or None."""
    text = raw.strip()
    for pattern, reason in _KINDS:
        if (found := pattern.match(folded(text))) is not None:
            return f"« {text[:found.end()].rstrip(' ,:;-–')} » : {reason}"
    return None
