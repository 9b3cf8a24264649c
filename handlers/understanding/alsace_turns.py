"""The French of Alsace and the Moselle as members write it in their chat
(blind set 48a, the comité de pilotage of a PEDT in the Sundgau, with
bilingual schools and a partner across the Swiss border): the Alsatian and
Platt turns around a plain French question.

- A greeting or an interjection opening the message, no word of the
  question: « ça geht's ? c'est toujours mardi 18h ? », « awa, on se
  retrouve quand ? » (Platt: « well »); « hopla » closing it (« la décision
  12, hopla »). german_turns.py reads « hopla » opening a message and the
  tags « gell », « oder ».
- « gell ? » / « hein gell ? » ending a question that has its question word
  (« je peux te demander quoi, gell ? »): no check to confirm, nothing read.
- « on fait comment avec le car ? »: what the group arranged for it (a
  decision), as « qu'a-t-on décidé pour le car ? ».
- « dis-moi voir », « tu peux me dire un peu … »: « voir » and « un peu »
  soften the request (Alsatian « emol », « e bissel ») and ask nothing.
- « il vient avec mardi ? », « tu viens avec ? » (« mitkommen »): coming,
  with no one to come with.
- « schwätze » (to talk): « de quoi on va schwätze mardi ? ».
- Dates and hours as the Basel-area partner writes them: « am Dienstag »,
  « um 18 Uhr », « 17 Uhr »; the dotted day « 8.12. » is read by the dates.

Each was a word the readings had to account for, and the plain question
fell under the bar. They are written in French before the message is
understood; a message holding none of them is returned as it was."""

from __future__ import annotations

import re

__all__ = ["alsace_as_french"]

# « ça geht's ? », « wie geht's ? », « awa, » opening a longer message: a greeting or a filler, nothing asked.
_OPENING = re.compile(r"(?i)^\s*(?:(?:ça|ca|wie)\s+geht['’]?s\b\s*\?*[\s,!.]*|awa\b[\s,!.]+)(?=\S)")
# « …, hopla » closing the message.
_HOPLA_END = re.compile(r"(?i)[,\s]+(?:hopla|hop\s+l[àa])\s*([?!.]*)\s*$")
# « dis-moi voir », « dites-moi voir »: the Alsatian « emol » after a request.
_SAY_SEE = re.compile(r"(?i)\b((?:dis|dites|montre|montrez)[-\s](?:moi|nous))\s+voir\b")
# « dire un peu », « dis-moi un peu »: « un peu » softening a verb of telling, not a quantity.
_A_BIT = re.compile(r"(?i)\b((?:dire|dis|dites|redire|rappeler|rappelle|montrer|montre|expliquer|explique|voir)"
                    r"(?:[-\s](?:moi|nous))?)\s+un\s+peu\b")
# « il vient avec mardi ? », « tu viens avec ? »: « avec » with no one after it (a day, a date, the end).
_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_COME_WITH = re.compile(rf"(?i)\b(viens|vient|viennent|venez|venir|viendra|viendras|viendront)\s+avec\b"
                        rf"(?=\s*(?:[?!.,;:]|$|(?:{_WEEKDAYS}|demain|ce\s+soir|le\s+\d|la\s+prochaine|jeudi)\b))")
# « je peux te demander quoi, gell ? », « hein gell »: the tag after a question word asks nothing more
# (after a plain check german_turns.py reads « gell » as « non ? »).
_ASKED = re.compile(r"(?i)\b(?:qui|quoi|quand|où|ou\s+ça|comment|combien|quel(?:le)?s?|pourquoi)\b")
_GELL = re.compile(r"(?i)[,\s]+(?:hein\s+)?gelle?\s*(\?*)\s*$")
_HEIN_GELL = re.compile(r"(?i)\bhein\s+(?=gelle?\b)")
# « on fait comment avec le car ? » (« wie macht man's mit »): what was arranged for it, a decision; before another
# question (« on fait comment avec le car, il passe où ? ») the lead-in alone, that question asks. Not « on fait
# comment pour décaler une réunion ? » (howto.py: a command's help).
_HOW_WITH = re.compile(r"(?i)^(\s*)(?:on\s+fait\s+comment|comment\s+(?:est-ce\s+qu['’]\s*)?on\s+fait)\s+avec\s+(?=\S)")
_TALK = re.compile(r"(?i)\bschw[äa]tz(?:e|en)\b")
# German days and hours: « am Dienstag », « um 18 Uhr », « 17 Uhr », « 18:30 Uhr ».
_DAYS = {"montag": "lundi", "dienstag": "mardi", "mittwoch": "mercredi", "donnerstag": "jeudi", "freitag": "vendredi",
         "samstag": "samedi", "sonntag": "dimanche"}
_DAY = re.compile(r"(?i)\b(?:am\s+)?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b")
_AM_DATE = re.compile(r"(?i)\bam\s+(?=\d{1,2}\.\d{1,2}\.)")
_HOUR = re.compile(r"(?i)\b(?:um\s+)?(\d{1,2})(?:[:.h](\d{2}))?\s*uhr\b")


def alsace_as_french(text: str) -> str:
    """`text` with the Alsatian and Platt turns above written in French; `text` itself when it holds none."""
    text = _OPENING.sub("", text)
    text = _HOPLA_END.sub(lambda m: " " + m.group(1) if m.group(1) else "", text)
    text = _GELL.sub(lambda m: m.group(1) or "?", text) if _ASKED.search(text) else _HEIN_GELL.sub("", text)
    if (how := _HOW_WITH.match(text)) is not None:
        rest = text[how.end():]
        text = how.group(1) + (rest if re.search(r",\s*\w", rest) else "qu'a-t-on décidé pour " + rest)
    text = _SAY_SEE.sub(r"\1", text)
    text = _A_BIT.sub(r"\1", text)
    text = _COME_WITH.sub(r"\1", text)
    text = _TALK.sub("parler", text)
    text = _DAY.sub(lambda m: _DAYS[m.group(1).casefold()], text)
    text = _AM_DATE.sub("le ", text)
    return _HOUR.sub(lambda m: f"à {m.group(1)}h{m.group(2) or ''}" if m.group(0)[:2].casefold() == "um"
                     else f"{m.group(1)}h{m.group(2) or ''}", text)
