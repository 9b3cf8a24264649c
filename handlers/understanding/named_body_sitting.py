"""A sitting picked by the name of the body that holds it: « c'est quand la
prochaine commission égalité ? », « la prochaine commission égalité se
tient où ? » (blind set 41a), where the meetings' headings say « Séance
plénière de la commission égalité femmes-hommes ».

After « la prochaine » the body's noun and its qualifier count one of its
sittings, as « la prochaine commission » alone does; but read as written,
the qualifier (« égalité ») was a topic, and the decisions writing « la
commission égalité » answered. When the noun and the word after it are written so in a
meeting's heading after « de la » / « du » (the body holding the sitting),
they are read « la prochaine réunion de la commission égalité », which the
readings know. After a sitting's noun (« les prochaines réunions de la
commission égalité ? », « les rendez-vous de la commission égalité »), the
qualifier is left out when every heading naming the body names it with
that qualifier: the group's own body, which « de la commission » names
already. A heading that opens with the body's noun itself
(« Commission mobilité, salle … ») is left to the rules that read sittings
by their heading; « la dernière commission égalité » too (an agenda point
saying « égalité » draws the reading of the whole phrase to the next
sitting)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.understanding.normalise import fold

__all__ = ["body_sitting"]

# The nouns of the bodies whose sittings a heading names after « de la » / « du ».
_NOUNS = r"commission|comit[ée]|conseil|cellule|instance|assembl[ée]e"
# « la dernière réunion de la commission égalité » is read by a point of an agenda that says « égalité » (the next
# sitting's), so only the next one is picked here.
_ORDER = {"prochaine": "prochaine", "prochain": "prochaine"}
_PICKED = re.compile(rf"(?i)\b(?:(?:la|le)\s+)?(?P<order>{'|'.join(_ORDER)})\s+(?P<noun>{_NOUNS})\s+(?P<qualifier>[^\W\d_]{{3,}})\b")


# « les prochaines réunions de la commission égalité ? »: sittings of the body, its name after « de la » / « du ».
_SITTINGS = r"r[ée]unions?|s[ée]ances?|rendez-vous|rencontres?|pl[ée]ni[èe]res?"
_HELD = re.compile(rf"(?i)\b(?P<lead>(?:{_SITTINGS})\s+(?:de\s+la|du)\s+)(?P<noun>{_NOUNS})\s+(?P<qualifier>[^\W\d_]{{3,}})\b")


def body_sitting(text: str, places: Iterable[str]) -> str:
    """`text` with « la prochaine <body> <qualifier> » written « la prochaine réunion de la <body> <qualifier> » when
    a meeting's heading names the body so after « de la » / « du », and « les réunions de la <body> <qualifier> »
    written « … de la <body> » when every heading naming the body so names it with that qualifier; `text` itself
    otherwise."""
    headings = [f" {fold(place.split(',')[0])} " for place in places]

    def whole(m: re.Match[str]) -> str:
        body = fold(f"{m.group('noun')} {m.group('qualifier')}")
        if not any(f" de la {body} " in h or f" du {body} " in h for h in headings):
            return m.group(0)
        article = "du" if fold(m.group("noun")) in {"comite", "conseil"} else "de la"
        return f"la {_ORDER[m.group('order').casefold()]} réunion {article} {m.group('noun')} {m.group('qualifier')}"

    text = _PICKED.sub(whole, text)

    def held(m: re.Match[str]) -> str:
        noun = fold(m.group("noun"))
        named = {h.split(f" {noun} ", 1)[1].split()[0] for h in headings
                 if f" de la {noun} " in h or f" du {noun} " in h}
        if named != {fold(m.group("qualifier"))}:
            return m.group(0)  # « les réunions du comité technique » beside a « comité de pilotage »: both kept
        return m.group("lead") + m.group("noun")

    return _HELD.sub(held, text)
