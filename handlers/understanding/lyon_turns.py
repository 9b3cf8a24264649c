"""The French of Lyon, Saint-Étienne and the Franco-Provençal country
(Lyonnais, Forez, Dauphiné, Savoie, Bresse) as members write it in their
chat (blind set 49a, the comité de pilotage of a contrat de ville in the
vallée du Gier):

- a remark opening or closing the question that asks nothing of the
  records: « ça fait une paye (qu'on s'est pas vus) » (it has been a long
  time), « pas de pressage, mais … » (no hurry), « c'est pas le tout,
  mais … » (that's all very well, but), « …, à tout bientôt »;
- « on se rejoint » for « on se retrouve » (where the members meet), and
  « en bas de / du … » before the place they meet at, which is that place;
- « quèque chose », « quèqu'un » for « quelque chose », « quelqu'un »;
- « être à la bourre » for « être en retard ».

The article before a first name (« la Marie-Jo », « le Dédé ») is read by
german_turns.py, « c'est quand déjà ? » and « c'est-y … ? » by the readings
themselves. Each turn above was a word the readings had to account for
(« paye » found the decisions on pay, « pressage » and « rejoint » nothing),
and the plain question fell under the bar or was answered beside it. A
message made of nothing else (« pas de pressage », « à tout bientôt ») is
left as typed, for the chat readers."""

from __future__ import annotations

import re

from handlers.understanding.turns_tidy import tidied

__all__ = ["lyon_as_french"]

_I = re.IGNORECASE

# « ça fait une paye (qu'on s'est pas vus) », « ça fait une paille », « y a une paye »: a long time, said beside the
# question (before it or after it, up to a comma or the end), never what is asked.
_LONG_TIME = re.compile(r"(?:^|(?<=[,;.!?]))\s*(?:(?:ça|ca|ç)\s+fait|y\s+a|il\s+y\s+a)\s+une\s+pa(?:ye|ille|ie)\b"
                        r"(?:\s+(?:que|qu['’])\s*[^,;?!.]*)?\s*(?:[,;.!]+|(?=\?|$))", _I)
# « pas de pressage, mais … », « c'est pas le tout, mais … », « bon c'est pas le tout, … » opening the question.
_OPENING = re.compile(r"^\s*(?:bon\s*,?\s*)?(?:pas\s+de\s+pressage|(?:c['’]est|c)\s+pas\s+le\s+tout)\s*"
                      r"(?:[,:]\s*(?:mais\s+)?|\s+mais\s+|[.!]\s*)(?=\S)", _I)
# « …, à tout bientôt », « …, à toute » closing it.
_CLOSING = re.compile(r"[,.!\s]+(?:à|a)\s+tout(?:e|\s+bient[ôo]t|\s+de\s+suite)?\s*(?=[!.]*\s*$)", _I)
# « on se rejoint (en bas) » : where the members meet.
_MEET = re.compile(r"\b(on|nous|vous)\s+(?:se|nous|vous)\s+rejoin(?:t|dra|dre|dons|drons|ez)\b", _I)
_DOWN_AT = re.compile(r"\ben\s+bas\s+(du|de\s+la|de\s+l['’]|des)\s*", _I)
_AT = {"du": "au ", "de la": "à la ", "de l'": "à l'", "de l’": "à l'", "des": "aux "}
_DOWN_ALONE = re.compile(r"\s+en\s+bas\b(?=\s*[,?!.]|\s*$)", _I)
_WORDS = (
    (re.compile(r"\bqu[èe]que\s+chose\b", _I), "quelque chose"),
    (re.compile(r"\bqu[èe]qu['’]\s*un\b", _I), "quelqu'un"),
    (re.compile(r"\b[àa]\s+la\s+bourre\b", _I), "en retard"),
)


def lyon_as_french(text: str) -> str:
    """`text` with the Lyonnais and Stéphanois turns above read away or written in plain French; `text` itself when
    there are none, or when nothing else would be left."""
    rewritten = _OPENING.sub("", text, count=1)
    rewritten = _LONG_TIME.sub(" ", rewritten)
    rewritten = _CLOSING.sub("", rewritten)
    if _MEET.search(rewritten):
        rewritten = _MEET.sub(lambda m: f"{m.group(1)} se retrouve" if m.group(1).casefold() == "on"
                              else f"{m.group(1)} {m.group(1)} retrouvons" if m.group(1).casefold() == "nous"
                              else f"{m.group(1)} {m.group(1)} retrouvez", rewritten)
        # « on se rejoint en bas du centre social » : at the centre social.
        rewritten = _DOWN_AT.sub(lambda m: _AT[re.sub(r"\s+", " ", m.group(1).casefold())], rewritten)
        rewritten = _DOWN_ALONE.sub("", rewritten)
    for pattern, french in _WORDS:
        rewritten = pattern.sub(french, rewritten)
    if rewritten == text:
        return text
    return tidied(text, rewritten, strip=" ,;", leading=True, before_stop=True, two_words=True, asks=True)
