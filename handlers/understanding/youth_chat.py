"""The marks of young people's chat around a question, as the young
councillors of a conseil municipal des jeunes write it (blind set 40a):

- a letter stretched for emphasis (« la réuuuu c quand », « c kaaand ? »,
  « ouiii »): three or more of the same letter in a row are one letter — no
  French word writes a letter three times;
- laughter and chat tags before or after the question (« … mdr »,
  « ptdr … », « lol », « xD », « … en vrai ? »): they name nothing asked, and
  the unknown word was a topic the readings had to account for;
- the first person glued to its verb (« jdois », « jsuis », « chui »,
  « jcrois », « jpeux », « jvais »), written whole (« je dois »), so that the
  readers of a clause of the asker's own (own_purpose.py, context_tail.py)
  see it, and a clause of the asker's own put after « stp » with no comma
  (« elle finit à quelle heure stp jdois prendre le bus »): the comma is put
  back, the clause is the asker's reason;
- a topic put first with no comma before the question that resumes it
  (« le skatepark on en parle kan ? », « les aides pour le bafa on en parle
  à quelle reu »): the comma the fronted readers expect (fronted.py) is put
  back.

A message made of nothing else (« mdr », « lol ») is left as typed, for the
chat readers."""

from __future__ import annotations

import re

__all__ = ["without_youth_chat"]

_I = re.IGNORECASE

# A letter written three times or more in a row (« réuuuu », « quaaand »): digits and punctuation are left alone.
# Lower case only (« la CCC » is initials), and no « w » (« www. » opens a link).
_STRETCHED = re.compile(r"([a-vxyzàâäéèêëîïôöùûüç])\1{2,}")

# Laughter and chat tags, as words of their own (« mdr », « mdrrr » once unstretched « mdr », « ptdr », « lol »,
# « xD », « haha »), and « en vrai » opening or closing the message.
_LAUGH = r"(?:mdr+|ptdr+|lol|xd|haha(?:ha)*|hihi)"
# « … en visio ou en vrai ? » asks « in person »: no tag after « ou ».
_TAG_CLOSING = re.compile(rf"(?<!\bou)(?:\s*,)?\s+(?:{_LAUGH}|en\s+vrai)(?=[\s?!.]*$)", _I)
_TAG_OPENING = re.compile(rf"^\s*(?:{_LAUGH}|en\s+vrai)\s*,?\s+(?=\S)", _I)

# The first person glued to its verb, as the chat writes it, and the words it stands for.
_GLUED_FIRST = {"jdois": "je dois", "jsuis": "je suis", "chui": "je suis", "chuis": "je suis", "jcrois": "je crois",
                "jpense": "je pense", "jpeux": "je peux", "jvais": "je vais", "jserai": "je serai",
                "jviens": "je viens", "jsais": "je sais", "jveux": "je veux", "jfais": "je fais"}
_GLUED = re.compile(r"\b(" + "|".join(_GLUED_FIRST) + r")\b", _I)

# « stp » / « svp » followed by a clause of the asker's own, with no comma between.
_PLEASE_THEN_OWN = re.compile(r"\b(stp|svp|stpl|s['’]il\s+te\s+pla[iî]t|s['’]il\s+vous\s+pla[iî]t)\s+(?=(?:je|j['’])\s*\w)",
                              _I)

# A topic put first (an article, then no verb of its own before the resumed subject) and « on en parle » resuming
# it, with no comma between (« on les envoie où ? » and the like were read right without it).
_FRONTED = re.compile(r"^(?P<topic>\s*(?:le|la|les|l['’])\s*[^,?!.]+?)\s+(?=on\s+en\s+(?:re)?(?:parle|discute|cause)\b)", _I)


def without_youth_chat(text: str) -> str:
    """`text` with the marks of young people's chat above read away or written whole; `text` itself when there
    are none, or when nothing else would be left."""
    rewritten = _STRETCHED.sub(r"\1", text)
    rewritten = _TAG_CLOSING.sub("", rewritten)
    rewritten = _TAG_OPENING.sub("", rewritten)
    if not re.search(r"[^\W\d_]{2,}", rewritten):
        return text
    rewritten = _GLUED.sub(lambda m: _with_case(m.group(1), _GLUED_FIRST[m.group(1).casefold()]), rewritten)
    rewritten = _PLEASE_THEN_OWN.sub(r"\1, ", rewritten)
    rewritten = _FRONTED.sub(lambda m: m.group("topic") + ", ", rewritten, count=1)
    if "?" in text and "?" not in rewritten:
        rewritten = rewritten.rstrip(" .!") + " ?"
    return rewritten


def _with_case(typed: str, whole: str) -> str:
    """`whole` capitalised as `typed` was (« Jdois » -> « Je dois »)."""
    return whole[:1].upper() + whole[1:] if typed[:1].isupper() else whole
