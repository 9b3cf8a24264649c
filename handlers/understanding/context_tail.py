"""The question after a long context, read on its own.

What members post is often a story, then the question: « Je viendrai en
train depuis Rochefort, la prochaine réunion commence à 14h ou à 14h30 ? »,
« Je suis élu à Oléron et on doit préparer la salle : le copil à
Saint-Pierre-d'Oléron c'est quand ? », « Bonjour à tous, je reprends le
dossier d'un collègue qui part, quelqu'un sait qui représente la CAF ? »,
« ma collègue me demande quand on se voit la prochaine fois ? ». The
framing (clauses.py, envelope.py) sets such a context aside word by word,
but its known words still count, and a town or a body named there (« depuis
Rochefort ») competes with the one asked about. When the whole message is
no sure answer, `answer.respond` reads once more the question that follows
the context (`asked_after_context`):

- the context is a clause or sentence, up to a comma, a colon or a full
  stop, of the member speaking of themselves (« je », « j' », « mon »,
  « ma »…) or opening on an apology (« désolée »), asking nothing itself;
  or the indirect question of someone else (« ma collègue me demande »,
  « on m'a demandé »);
- the question keeps what it names itself: a question that points back to
  the context (« …, c'est où ? », « …, c'était quand ? ») is not cut from
  it, except « il » / « elle » standing for the one member the context
  names (« Je dois contacter Thierry Moinard. Il travaille où ? » →
  « Thierry Moinard, il travaille où ? »);
- « la réunion suivante » after a context naming a day (« je ne pourrai
  pas être là le 8. ») is the one after that day (`following_the_day`);
- a last clause of purpose (« …, pour caler un rendez-vous ? ») says why,
  and is left out too; so is the member's own reason after a request closed
  by « s'il te plaît » (« mes tâches s'il te plaît, je fais mon planning »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.understanding.letter import asks_members, spoken_to_colleague
from handlers.understanding.normalise import fold, lexicon

__all__ = ["asked_after_context", "asked_before_context", "following_the_day", "without_own_reason"]

# Where a context may end: a comma, a colon, a full stop (not after an initial or a title: « M. Bouyer »).
# « Désolé pour la question bête mais … »: « mais » after a context of one's own.
_BREAK = re.compile(r"(?<![A-Z])(?<!\bMme)(?<!\bMlle)(?<!\bDr)[.!;:…]+\s+|,\s+|\s+mais\s+")
# The member speaking of themselves, or the words of an apology opening the message.
_SPEAKER = frozenset({"je", "j", "me", "m", "moi", "mon", "ma", "mes", "g"})
_APOLOGY = frozenset({"desole", "desolee", "dsl", "pardon", "oups", "sorry"})
_TO_YOU = frozenset({"tu", "t", "toi", "te"})
# Greeting words a context may open on (« Bonjour à tous, je … »).
_GREETING = frozenset({"bonjour", "bonsoir", "salut", "hello", "coucou", "re", "rebonjour", "a", "tous", "toutes",
                       "et", "tout", "le", "monde"})
# « ma collègue me demande quand … », « on m'a demandé où … »: someone else's question, the bot asked it.
_RELAYED = re.compile(r"^.*?\b(?:me|m')\s*(?:demande|demandait|a\s+demand[ée]|redemande)\s+(?=(?:quand|o[uù]|qui|"
                      r"combien|comment|à\s+quelle|a\s+quelle|quel|quelle|quels|quelles)\b)", re.IGNORECASE)
# A question pointing back to the context: « c'est où ? », « ça commence quand ? », « il … ? ».
_POINTING = frozenset({"c", "ce", "ca", "cela", "il", "elle", "ils", "elles"})
_PERSONAL = frozenset({"il", "elle"})
# Words that name nothing of what a pointing question asks (« c'est bien quand déjà ? »), and what it asks of the
# thing pointed at (« c'est à quelle heure ? », « c'est quel jour ? »).
_EMPTY = frozenset({"c", "ce", "est", "etait", "sera", "ca", "bien", "deja", "exactement", "alors", "donc", "et"})
_SLOTS = frozenset({"heure", "heures", "h", "jour", "date", "lieu", "endroit", "adresse", "salle", "ou", "quand"})
# « …, pour caler un rendez-vous ? »: a purpose closing the question (an infinitive after « pour »).
_PURPOSE = re.compile(r",\s*(?:pour|afin\s+de)\s+\w+(?:er|ir|re|oir)\b[^,?]*(?=\s*\?)", re.IGNORECASE)
# A request closed by « svp », « s'il te plaît », then a clause of the member's own.
_PLEASE_THEN_MINE = re.compile(r"\b(svp|stp|s'il\s+(?:vous|te)\s+pla[iî]t)\s*[,.;:!]\s*(?:je|j'|on|nous|moi)\b",
                               re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(text)) if w]


def _is_context(head: str) -> bool:
    """A clause of the member's own, or opening on an apology, that asks nothing."""
    said = _words(head)
    while said and said[0] in _GREETING:
        said = said[1:]
    if not said or "?" in head:
        return False
    asks = lexicon().question_words - {"qui", "que", "qu"}  # « un collègue qui part » is a relative, no question
    # « Tu as mon natel, Stéphane Rey ? »: a member spoken to (« tu », « toi »), whom the rest names.
    return (said[0] in _APOLOGY or bool(set(said) & _SPEAKER)) and not set(said) & (asks | _TO_YOU)


def _named_in(head: str, names: Iterable[str]) -> list[str]:
    folded = fold(head)
    return [name for name in names if fold(name) in folded]


def _tail(head: str, tail: str, names: Iterable[str]) -> str | None:
    """The question `tail` as it reads alone, or None when it needs the context `head`."""
    said = _words(tail)
    if not said:
        return None
    lex = lexicon()
    if said[0] in _PERSONAL:
        named = _named_in(head, names)
        return f"{named[0]}, {tail[:1].lower()}{tail[1:]}" if len(named) == 1 else None
    if said[0] in _POINTING:
        # « c'est quand la prochaine réu ? » names what it asks after the question word; « c'est à quelle heure ? »
        # asks of the context's.
        asked = next((i for i, w in enumerate(said) if w in lex.question_words), None)
        if asked is None and not any(w.isdigit() for w in said):
            return None  # « …, c'est confirmé ? » checks the context's thing; « c'est bien mardi 8 ? » names a day
        said = said[asked + 1:] if asked is not None else said
    content = [w for w in said if w not in lex.function_words and w not in lex.question_words
               and w not in _EMPTY and w not in _SLOTS]
    return tail if content else None


def without_own_reason(text: str) -> str:
    """`text` without the member's own reason after a request closed by « s'il te plaît » (« mes tâches s'il te
    plaît, je fais mon planning de la semaine »), which would read as news of theirs."""
    please = _PLEASE_THEN_MINE.search(text)
    # « stp, je suis en télétravail »: « stp » opening the message closes no request; the message stays whole.
    asked = please is not None and _words(text[:please.start(1)])
    return text[:please.end(1)] if asked and "?" not in text else text


# « la réunion suivante », « la suivante », « celle d'après »: the meeting after one the question does not name.
_FOLLOWING = re.compile(r"\b(?:(?:la|le)\s+(?:r[ée]union|s[ée]ance|rencontre|r[ée]u|copil|comit[ée])\s+"
                        r"(?:suivante?|d'apr[èe]s)|la\s+suivante|celle\s+d'apr[èe]s)\b(?!\s*(?:le|la|l'|celle|du)\b)",
                        re.IGNORECASE)
# A day the context names: « le 8 », « le 8 décembre », « du 1er », or a weekday (« si je ne peux pas venir jeudi, la
# suivante c'est quand ? », set 43b).
_DAY = re.compile(r"\b(?:(?:le|du)\s+(\d{1,2}(?:er)?(?:\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|"
                  r"septembre|octobre|novembre|d[ée]cembre))?)|(lundi|mardi|mercredi|jeudi|vendredi|samedi))\b",
                  re.IGNORECASE)


_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def following_the_day(text: str, today: int | None = None) -> str:
    """« je ne pourrai pas être là le 8. La réunion suivante, c'est quand ? » → « la réunion d'après le 8, c'est
    quand ? »: the meeting following the day a context of the member's own names (`text` unchanged otherwise).
    A weekday counts too, but not today's (`today`, Monday 0): « j'ai un empêchement mardi » said on a Tuesday
    may be today, and « la séance suivante » then the next one."""
    for cut in _BREAK.finditer(text):
        head, tail = text[:cut.start()], text[cut.end():]
        days = [d for d in _DAY.finditer(head)
                if not (d.group(2) and (today is None or _WEEKDAYS.index(d.group(2).lower()) == today))]
        if not days or not _is_context(head) or re.search(r"\d", tail):
            continue
        if (following := _FOLLOWING.search(tail)) is not None:
            day = f"le {days[-1].group(1)}" if days[-1].group(1) else days[-1].group(2)
            return f"{tail[:following.start()]}la réunion d'après {day}{tail[following.end():]}"
    return text


def asked_after_context(text: str, names: Iterable[str]) -> str | None:
    """The question after the context of `text` (to its last « ? »), or None when `text` has no such context or
    is spoken to someone else; `names` are the members' names, for a pronoun standing for one."""
    mark = text.rfind("?")
    if mark < 0 or spoken_to_colleague(text) or asks_members(text):
        return None
    body = _PURPOSE.sub("", text[:mark + 1])
    if (relayed := _RELAYED.match(body)) is not None:
        return body[relayed.end():]
    names = tuple(names)
    for cut in _BREAK.finditer(body):
        head, tail = body[:cut.start()], body[cut.end():]
        if _is_context(head) and (question := _tail(head, tail, names)) is not None:
            return question
    return None


def asked_before_context(text: str) -> str | None:
    """The question that opens `text` when a clause of the member's own closes it without a question mark (« on se
    retrouve où mardi, je viens direct du taf », set 49b): the clause tells why they ask, and read with the question
    it made a rider of the asker's own news; else None."""
    if text.rstrip().endswith("?"):
        return None
    # (« quelle drache, j'suis trempé » exclaims: « quel » opens an exclamation as often as a question.)
    asks = lexicon().question_words - {"qui", "que", "qu", "quel", "quelle", "quels", "quelles"}
    for cut in _BREAK.finditer(text):
        head, tail = text[:cut.start()], text[cut.end():]
        # « on se voit quand tu veux, je suis dispo » is an offer to someone (« tu »), no question.
        if _is_context(tail) and set(_words(head)) & asks and not set(_words(head)) & _TO_YOU and "?" not in head:
            return f"{head.rstrip()} ?"
    return None
