"""Periods a coordinator names instead of a day, said the way people speak of the year (blind set 16):
school rhythms (« à la rentrée », « après les vacances de février », « pendant les relâches »), a week's
number (« semaine 3 », « S04 », blind set 21), seasons
(« au printemps », « cet été », « à la mi-mars »), feasts taken as a time of year (« après Pâques », « d'ici
la Toussaint », « après les fêtes », « après le carnaval »).

None of them names one day, and the reader already refuses them; this module only gives the refusal its
reason (« … est une période, pas un jour ») instead of « je ne reconnais pas de date », so the coordinator
knows what to write. It is consulted only once the reader has found no day: nothing here can make a date
read, or read differently.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["folded", "period_said"]

# What may come before the period (« pour la rentrée », « d'ici les vacances », « dès la rentrée de janvier »).
_BEFORE = (r"(?:(?:a|au|aux|avant|apres|des|pour|pr|d'ici|d ici|jusqu'a|jusqu a|jusqu'aux|pendant|durant|vers|courant|"
           r"a partir de|a partir du|a partir des|en|au cours de|au cours des|au retour de|au retour des|fin|debut)\s+)*")
_ARTICLE = r"(?:(?:la|le|les|l'|l |cet|cette|ce)\s*)?"
# The period's noun, with what may name which one (« de février », « d'été », « de Pâques », « scolaire »).
# (« été » only after « cet », « l' », « en »: « a été reportée » is no season; « pont » only as a feast's bridge)
_NOUNS = (r"(?:rentree|vacances|conges|relaches|fetes|carnaval|printemps|(?<=cet )ete|(?<=l')ete|(?<=en )ete|"
          r"automne|hiver|mi\s*-\s*[a-z]+|paques|noel|toussaint|pentecote|ascension|periode des fetes|"
          r"treve des confiseurs|examens|semaine blanche|semaine de relache|pont(?= de l'| du )|"
          # a week's number alone (blind set 21: « semaine 3 à 14h », « S04 : dépôt »; with its weekday it is read)
          r"semaine\s+\d{1,2}|sem\s*\.?\s*\d{1,2}|s\d{1,2})")
_WHICH = r"(?:\s+(?:de|d'|d |du|des)\s*(?:l'|la |le |les )?[a-z]+(?:\s+[a-z]+)?|\s+scolaires?|\s+d'ete|\s+d'hiver|\s+d'automne)?"
_PERIOD = re.compile(rf"{_BEFORE}{_ARTICLE}{_NOUNS}\b{_WHICH}")
# A feast named alone (« à Pâques », « la Pentecôte »): its day or the days around it? (« après Pâques », « les
# vacances de Pâques » are periods.)
_FEAST = re.compile(r"(?:(?:a|pour)\s+)?(?:la\s+|le\s+|l')?(?:paques|noel|toussaint|pentecote|ascension)")
_TRAILING = re.compile(r"\s+(?:a|à)$")


def folded(text: str) -> str:
    """Lower case without accents, one character for one (the match's span then holds in the raw text)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text.lower()).replace("’", "'")


def period_said(raw: str) -> str | None:
    """The refusal for a period said at the start of `raw` (« à la rentrée 18h »), or None."""
    text = raw.strip()
    found = _PERIOD.match(folded(text))
    if found is None or not found.group().strip():
        return None
    said = _TRAILING.sub("", text[:found.end()].rstrip(" ,:;-–"))
    if _FEAST.fullmatch(found.group().strip()):
        # « à Pâques », « après la Pentecôte »: the feast's day, or the days around it? (« le lundi de Pâques »,
        # « le jour de Noël » are read as days by date_holidays.py)
        return (f"« {said} » : le jour de la fête, ou la période autour ? Je ne devine pas. Donnez le jour "
                "(ex. « le jour de Noël 10h », « le lundi de Pâques 10h » ou la date).")
    return (f"« {said} » est une période, pas un jour : je ne devine pas lequel. Donnez le jour "
            "(ex. « lundi 2 septembre 14h » ou « le 2/9 à 14h »).")
