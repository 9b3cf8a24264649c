"""What is said around a question on a meeting that no record holds: « c'est
au même endroit que la dernière fois, jeudi ? », « la réunion est maintenue
en présentiel avec la neige ? ».

A comparison with where the group met before (« au même endroit que la
dernière fois », « dans la même salle que d'habitude ») asks where the
meeting named is held: its place shown lets the member compare, and the
order word of « la dernière fois » must not pick the last meeting instead
(« jeudi » is asked). The weather, a strike or a closed road (« avec la
neige », « malgré les grèves », « vu la météo ») is the asker's reason to
ask, which the store knows nothing of: the question is the meeting's, as
the store holds it (maintained unless cancelled). Both are tried only when
the message as written is no sure answer (answer.py).
"""

from __future__ import annotations

import re

__all__ = ["without_circumstance"]

_I = re.IGNORECASE
_BEFORE = (r"(?:qu['’]\s*(?:en|au)\s+\w+|que\s+(?:la\s+derni[èe]re(?:\s+fois|\s+r[ée]union|\s+s[ée]ance)?|la\s+fois\s+d['’]\s*avant"
           r"|d['’]\s*habitude|d['’]\s*hab|la\s+pr[ée]c[ée]dente|(?:l['’]\s*an|l['’]\s*ann[ée]e)\s+derni[èe]re?"
           r"|(?:en|au\s+mois\s+d['’]?\s*(?:de\s+)?)\s*\w+))")
_SAME = re.compile(rf"\b(?:toujours\s+|bien\s+)?(?:au\s+m[êe]me\s+(?:endroit|lieu)|dans\s+la\s+m[êe]me\s+salle"
                   rf"|[àa]\s+la\s+m[êe]me\s+adresse)\s+{_BEFORE}", _I)
_WEATHER = re.compile(r"\s*,?\s*\b(?:avec|malgr[ée]|vu|[àa]\s+cause\s+d[eu]s?|par)\s+(?:la|le|les|l['’]|cette|ce|ces|toute\s+"
                      r"(?:la|cette)|tout\s+(?:le|ce)|de\s+la)?\s*(?:neige|verglas|temp[êe]te|gr[èe]ves?|pluie"
                      r"|m[ée]t[ée]o|intemp[ée]ries|routes?\s+ferm[ée]es?|cols?\s+ferm[ée]s?|inondations?|canicule"
                      r"|alerte\s+\w+|vigilance\s+\w+|avalanches?|chutes?\s+de\s+neige)\b", _I)


def without_circumstance(text: str) -> str:
    """`text` with a comparison to an earlier place read as « où » and the weather or a strike left out; `text`
    itself when it says neither, or asks nothing (« le marché est annulé à cause de la neige » is news)."""
    if not re.search(r"\?|\b(?:est-ce|o[uù]|quand)\b", text, _I):
        return text
    asked = _SAME.sub("où", text)
    if asked != text and not re.search(r"\b(?:c['’]est|est|sera|on\s+(?:est|sera))\s+où\b", asked, _I):
        asked = re.sub(r"\boù\b", "c'est où", asked, count=1) if re.search(r"\boù\b", asked) else asked
    asked = _WEATHER.sub("", asked)
    return re.sub(r"\s{2,}", " ", asked).strip()
