"""How one joins a meeting, asked: « on peut suivre la plénière à
distance ? », « je peux me connecter en visio pour l'assemblée de jeudi ? »,
« y a moyen de suivre en visio la réu du 3 ? », « jeudi c'est en
hybride ? », « la dernière réunion était-elle accessible à distance ? ».

Members ask whether they can follow a meeting from afar in many words: a
verb of joining (suivre, se connecter, participer, assister, être) after a
modal (« on peut », « je dois », « y a moyen de », « y aura-t-il une
possibilité de »), and a mode (« à distance », « en distanciel », « en
hybride », « sur place », « accessible à distance »). All of them ask how
the meeting named is held, which its place shows (« … + Teams », « en visio
sur Teams »): the question is read once more as « <the meeting>, c'est en
visio ? », which the meeting readings answer (the next one, the one of a
day, a kind or a place, the last one). A trailing alternative of modes
(« qui sera présent jeudi, sur place ou en visio ? », « les prochaines
dates, et lesquelles sont en visio ? ») qualifies the question before it
and is left out.

The rewording is only tried on a question (a « ? » or a question word) that
names a mode: « je serai en visio jeudi » is news and stays as it is. With a
verb of joining after a modal (« on pourra participer à distance à … ? »),
the question is how one joins, before who comes (« participer » read as a
presence); otherwise the rewording is tried only when the message as
written is no sure answer (answer.py).
"""

from __future__ import annotations

import re

__all__ = ["joining_asked", "joining_framed"]

_I = re.IGNORECASE
# The ways of saying how one joins.
_MODE = (r"(?:accessibles?\s+)?(?:[àa]\s+distance|en\s+distanciel|en\s+hybride|en\s+visio(?:conf[ée]rence)?"
         r"|en\s+pr[ée]sentiel|sur\s+place|par\s+(?:visio|teams|zoom)|sur\s+(?:teams|zoom)|via\s+(?:teams|zoom))")
_MODE_RE = re.compile(rf"\b{_MODE}\b", _I)
# A trailing alternative of modes, after a comma: « …, sur place ou en visio ? », « …, et lesquelles sont en visio ? ».
_TAIL = re.compile(rf",\s*(?:et\s+)?(?:(?:lesquel(?:le)?s|laquelle|lequel)\s+(?:sont|est|seront|sera)\s+)?{_MODE}"
                   rf"(?:\s+ou\s+{_MODE})*\s*([?!.]*)\s*$", _I)
# An alternative that says the other mode in a clause: « … ou il faut aller à Gap », « … ou la visio suffit ».
_OTHER = re.compile(r"\s+ou\s+(?:(?:il\s+)?faut\s+(?:aller|venir|descendre|monter|se\s+d[ée]placer)\b[^?!.,]*"
                    r"|(?:la\s+)?(?:visio|distance|teams|zoom)\s+suffit|on\s+vient\s+sur\s+place|pas)"
                    r"(?=\s*[?!.]*\s*$)", _I)
# The frame of joining: a modal and a verb of joining, with its pronouns (« on pourra le suivre », « je peux me
# connecter », « y a moyen de suivre », « y aura-t-il une possibilité de participer »).
_MODAL = (r"(?:(?:est-ce\s+qu['’]\s*|est-ce\s+que\s+)?(?:on|je|j['’]|nous|vous|tu|ils?|elles?)\s*"
          r"(?:peu[tx]|pourr\w*|doi[st]|devr\w*|dev(?:ons|ez))"
          r"|peut-on|puis-je|pourra-t-on|pourrai-je|doit-on|dois-je"
          r"|(?:il\s+)?y\s+(?:a|aura|aura-t-il|a-t-il)\s+(?:un\s+)?moyen\s+de"
          r"|(?:il\s+)?y\s+(?:a|aura|aura-t-il|a-t-il)\s+(?:une\s+)?possibilit[ée]\s+de"
          r"|est-il\s+possible\s+de|c['’]est\s+possible\s+de)")
_JOIN = r"(?:suivre|connecter|participer|assister|[êe]tre|rejoindre|venir)"
_FRAME = re.compile(rf"\b{_MODAL}\s+(?:(?:me|se|nous|vous|te|le|la|les|l['’]|y)\s*)*{_JOIN}\b\s*", _I)
_COPULA = re.compile(r"\b(?:est|c['’]est|[ée]tait|sera|seront|sont|serait)(?:-(?:elle|il|ce))?\b", _I)
_ASKED = re.compile(r"\?|\b(?:est-ce|quand|o[uù]|comment)\b", _I)


def joining_asked(text: str) -> str:
    """`text` read as « <the meeting>, c'est en visio ? » when it asks how one joins a meeting; `text` itself
    otherwise (no mode named, or no question)."""
    if not _MODE_RE.search(text) or not _ASKED.search(text):
        return text
    tail = _TAIL.search(text)
    if tail is not None and len(_MODE_RE.sub("", text[:tail.start()]).split()) >= 2:
        # « qui sera présent à Embrun jeudi, sur place ou en visio ? »: the question before the modes.
        return text[:tail.start()].rstrip() + " ?"
    # « depuis Gap », « depuis chez moi »: where one would follow from, no part of the meeting asked.
    asked = re.sub(r"\s+depuis\s+(?:chez\s+\w+|la\s+maison|le\s+bureau|[A-ZÉÈ][\w'’-]*)", "", _OTHER.sub("", text))
    framed = _FRAME.search(asked)
    if framed is None and asked == text and not re.search(r"\b(?:hybride|accessibles?|distanciel|sur\s+place)\b",
                                                          text, _I):
        return text  # « jeudi c'est en visio ? »: already the plain check
    asked = _FRAME.sub("", asked)
    first = _MODE_RE.search(asked)
    if first is None:
        return text
    # The first mode said is the one asked (« sur place … ou en visio »): the others are left out.
    before, after = asked[:first.start()], _MODE_RE.sub("", asked[first.end():])
    before = before.strip(" ,")
    after = re.sub(r"\s*[?!.]+\s*$", "", after).strip(" ,")
    # « en visio pour l'assemblée de jeudi », « en visio à la prochaine plénière »: the meeting said after the mode.
    after = re.sub(r"^(?:pour|[àa]|au|aux|de|du|lors\s+de)\s+", "", after, flags=_I)
    if before and _COPULA.search(before):
        question = f"{before} en visio {after}".strip()
    else:
        meeting = " ".join(part for part in (after, before) if part)
        if len(meeting.split()) < 1:
            return text
        question = f"{meeting}, c'est en visio"
    question = re.sub(r"\s{2,}", " ", question).strip(" ,")
    return question + " ?" if question != text else text


def joining_framed(text: str) -> bool:
    """Whether `text` asks whether one can join a meeting in a mode (« on pourra participer à distance … ? »): a
    modal and a verb of joining, a mode, a question."""
    return bool(_MODE_RE.search(text) and _ASKED.search(text) and _FRAME.search(text))
