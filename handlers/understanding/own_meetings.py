"""The group's own name used as the noun of its meetings: « est-ce qu'il y a
une CCA en janvier ? », « la prochaine CCA c'est bien le 10 ? », « on était
combien à la dernière CCA ? », « la CCA de jeudi est maintenue ? ».

A group called by an acronym (a CCA, a CLS, a copil…) calls each of its
meetings by it too. Read as the group's name, the acronym is framing
(own_group.py) and « une CCA en janvier » lost the meeting it asks about: the
dates of January answered. After an article of one among several (« une »,
« chaque »), an order (« la prochaine », « la dernière », « la première »)
or before the day or the month that says which (« la CCA de jeudi », « le CLS du 21 », « la CDU de mars »), the
name is one meeting: it is read as « réunion », the plain noun the examples
use. So is the name, or the noun the group calls itself by (« la
commission », « le copil »), when a day is said of it: « finalement la
commission c'est jeudi ou pas ? », « le copil a bien lieu le 15 ? ».
« qui fait partie de la CCA ? », « la CCA a décidé quoi ? », « la commission
est compétente ? » stay the group's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.understanding.days import WEEKDAYS
from handlers.understanding.normalise import fold
from handlers.understanding.periods import month_of

__all__ = ["own_as_meeting"]

# What stands before the name when it counts one meeting among the group's, and its feminine form (« réunion »).
_BEFORE = {"un": "une", "une": "une", "chaque": "chaque", "cette": "cette", "ce": "cette", "cet": "cette",
           "prochain": "prochaine", "prochaine": "prochaine", "dernier": "dernière", "dernière": "dernière",
           "derniere": "dernière", "premier": "première", "première": "première", "premiere": "première",
           "précédent": "précédente", "précédente": "précédente", "precedent": "précédente",
           "precedente": "précédente", "prochaines": "prochaines", "prochains": "prochaines", "dernières": "dernières",
           "derniers": "dernières"}
_DAYS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre")
# « on a CLE … », « il y a CLS … », « y aura copil … »: to have (a sitting of) the group, with no article.
_HAVE = r"\b(on\s+a|on\s+aura|y\s+a|y\s+aura|il\s+y\s+a|il\s+y\s+aura|nous\s+avons)\s+"


# The nouns a group calls itself by (lexicon.toml `group_bodies`), as typed, and the day said of one of its meetings:
# « la commission c'est jeudi ? », « le copil a bien lieu le 15 ? » — the group meets then, as « la réunion » would.
_GROUP_NOUNS = r"commission|comit[ée]|copil|cotech|groupe|collectif|r[ée]seau|plateforme|partenariat|cellule"
_DAY_SAID = (r"(?:c'est|c’est|c est|ce sera|a lieu|a bien lieu|aura lieu|se tient|tombe|est)\s+(?:bien\s+|toujours\s+)?"
             r"(?:le\s+|ce\s+)?(?:{days}|\d{{1,2}}\b|demain)")


def _as_meeting(article: str | None, before: str, noun: str = "réunion") -> str:
    """« la prochaine réunion », and in the plural « les prochaines réunions » (« les prochaines CDU », set 64: the
    group's sittings, whatever `noun` names one of them by)."""
    plural = before.endswith("s")
    return ("les " if plural else "la ") * bool(article) + before + (" réunions" if plural else f" {noun}")


def own_as_meeting(text: str, names: Iterable[str], noun: str = "", months: frozenset[int] = frozenset()) -> str:
    """`text` with the group's one-word name read « réunion » where it counts one of its meetings, or `noun` when
    only the sittings it heads bear the name and an order picks one of them, or a month (of `months`) in which one
    is held (« la prochaine commission », « la commission de mars »: own_kind.py); a day says the sitting whatever
    its kind."""
    said = _DAY_SAID.format(days=_DAYS)
    sitting = noun or "réunion"
    text = re.sub(rf"(?i)\b(?:la|le|l')\s*(?:{_GROUP_NOUNS})\s+(?={said})", "la réunion ", text)
    for name in names:
        if " " in name and not re.match(rf"(?:{_GROUP_NOUNS}) ", name) or len(name) < 2:
            # A name spelled out (« contrat local de santé ») never counts meetings, unless a sitting's noun heads it
            # (« la commission de quartier de décembre », « une commission de quartier avant Noël »).
            continue
        acronym = r"\s+".join(map(re.escape, name.split()))
        before = "|".join(sorted(map(re.escape, _BEFORE), key=len, reverse=True))
        # « le prochain CLS » -> « la prochaine réunion »: the article follows the noun's gender.
        text = re.sub(rf"(?i)\b(?:(le|la|l')\s+)?({before})\s+{acronym}\b",
                      lambda m: _as_meeting(m.group(1), _BEFORE[m.group(2).casefold()], sitting), text)
        text = re.sub(rf"(?i)\b(?:la|le|l')\s*{acronym}\s+(d[eu]\s+(?:{_DAYS}|\d))", r"la réunion \1", text)
        # « la CDU de mars », « le CLS d'octobre »: the month says which sitting, as the day does (lead's set 64).
        text = re.sub(rf"(?i)\b(?:la|le|l')\s*{acronym}\s+((?:de\s+|d'\s*|d’\s*)({_MONTHS})\b)",
                      lambda m: f"la {sitting if month_of(fold(m.group(2))) in months else 'réunion'} {m.group(1)}", text)
        text = re.sub(rf"(?i)\b(?:la|le|l')\s*{acronym}\s+(?={said})", "la réunion ", text)
        text = re.sub(rf"(?i){_HAVE}{acronym}\b", r"\1 réunion", text)
        # « en janvier la caleol siège où ? »: the group as the subject of its sitting verb is « on » (lead's set 83).
        # Not « se réunit », which « le cvs se réunit combien de fois par an ? » already reads as the group's rhythm.
        text = re.sub(rf"(?i)\b(?:la|le|l')\s*{acronym}\s+(?=(?:si[èe]ge|se\s+tient)\b)", "on ", text)
    return text
