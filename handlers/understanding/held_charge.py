"""What someone has in their charge, asked after « ce que » or « ce dont »:
« Pourriez-vous me dire ce que la coordinatrice a en charge ? », « ce que
Mme Poncelet a à sa charge », « ce dont le CCAS a la charge ». It is the
work they have to do — their tasks, as « ce que la coordinatrice doit faire »
asks — not who holds a title of charge (« qui a la charge de … ? », « qui a en
charge les achats ? » ask that, and keep their words: no « ce que » before)."""

from __future__ import annotations

import re

__all__ = ["charge_as_work"]

_HELD = re.compile(r"\bce (?:que |qu'|qu’|dont )(?P<who>[^?!,.;:]{1,60}?) (?P<verb>a|ont|avait|avaient) "
                   r"(?:en charge|à sa charge|a sa charge|à leur charge|a leur charge|la charge)\b", re.IGNORECASE)
_DUTY = {"a": "doit", "ont": "doivent", "avait": "devait", "avaient": "devaient"}


def charge_as_work(text: str) -> str:
    """`text` with « ce que X a en charge » read « ce que X doit faire »; else as it is."""
    return _HELD.sub(lambda m: f"ce que {m.group('who')} {_DUTY[m.group('verb').lower()]} faire", text)
