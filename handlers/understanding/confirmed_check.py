"""« strasbourg c'est confirmé ? », « le voyage à Strasbourg c'est confirmé ? »,
« la nuit de la solidarité est confirmée ? »: a thing the group settled,
checked as settled, is a decision asked, as « … c'est acté ? » asks it (blind
set 40a). « confirmé » is a stop word (« qui a confirmé pour jeudi ? » asks
the announcements), so the check was read on the bare thing: the next sitting
whose agenda names Strasbourg, or the task of booking the coach. Read as
« … c'est acté ? » when what is checked names no sitting, no day and no one
(« la réunion du 10 est confirmée ? », « la plénière c'est confirmé ? » stay
the sitting's)."""

from __future__ import annotations

import re

__all__ = ["confirmed_as_decided"]

_CHECK = re.compile(r"(?i)^(?P<thing>.*\S)\s*,?\s+(?P<verb>c['’]\s*est|c|est|sont)\s+(?:bien\s+|toujours\s+)?"
                    r"confirm[ée]e?s?\s*(?P<end>\?*)\s*$")
# What names a sitting, a day, an hour or someone's coming: the check is the sitting's or the announcement's.
_SITTING = re.compile(r"(?i)\b(?:r[ée]u(?:nion)?s?|s[ée]ances?|pl[ée]ni[èe]res?|comit[ée]s?|commissions?|copil|cotech|"
                      r"rdv|rendez-vous|meeting|call|visio|atelier|forum|assembl[ée]e|ag|bureau|conseil|permanence|"
                      r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|date|heure|salle|"
                      r"je|j['’]|tu|il|elle|on|nous|vous|ils|elles|vient|viens|venue|pr[ée]sence|\d)\b")


def confirmed_as_decided(text: str) -> str:
    """`text` with a closing « c'est confirmé ? » read « c'est acté ? » where it checks a thing settled; else
    `text`."""
    found = _CHECK.match(text)
    if found is None or _SITTING.search(found.group("thing")) or len(re.findall(r"\w+", found.group("thing"))) > 8:
        return text
    return f"{found.group('thing')} c'est acté {found.group('end') or '?'}".rstrip()
