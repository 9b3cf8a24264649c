"""The mood a question is asked in, read away before the question is
understood (blind set 41c: urgency, frustration and excessive politeness).

A member under pressure or out of patience wraps the question in words
that say how they feel, never what they ask; so does a member who fears to
disturb. Their words weighed on the readings (« insister », « trop »,
« fin », « vite » were topics no record holds), and a complaint of the
asker's own after the question (« … ??? j'ai 15 familles qui attendent »)
drew the asker's tasks (« j'ai »). Read away here:
- a cry for help that is the whole message (« help !! », « au secours ! »,
  « SOS »): the help;
- a formula of urgency or of courtesy opening or closing the question, set
  off by punctuation or the message's edge: « au secours, », « help, »,
  « URGENT », « vite », « SVP répondez-moi : », « je pose la question pour la
  3e fois : », « Pardon d'insister : », « Désolée de déranger, petite
  question bête : », « Si ce n'est pas trop demander, », « Sans vouloir vous
  déranger, », « …, à la fin ?? », « …, vite »;
- sarcasm or weariness opening a question (« bien sûr personne ne sait qui
  représente la DDTM… », « évidemment, … », « comme d'habitude … »): « bien
  sûr » there grants nothing (chat.py reads it as assent when alone);
- exasperation opening a question before its comma (« sérieux, … »,
  « franchement, … », « non mais, … », set 45c);
- an exclamation opening the message (« encore décalée ?! », « c'est pas
  possible ! ») before a question asked after it: it reacts, it asks nothing;
- a sentence after the question's last « ? » that asks nothing (no « ? », no
  question word opening it): a complaint or a reason of the asker's own
  (« … ? on en a marre », « … ? sinon ça sert à rien », « … ? j'ai 15 familles
  qui attendent »): a clause, with its subject. A tail that continues the
  question (« … ? et l'heure », « … ? ou jeudi », « … ? après la plénière du
  16 ») is kept.
A message with nothing asked besides stays as typed, for the chat readers
(« je suis à bout », « c'est n'importe quoi »)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["without_mood"]

# A cry for help that is the whole message.
_CRY = re.compile(r"^\W*(?:help(?:\s+me)?|au\s+secours|sos|à\s+l'aide|a\s+l'aide|aidez[- ]moi)\W*$", re.IGNORECASE)
# Formulas of urgency or courtesy that may open the message, before a comma, a colon, « ! », « … » or (for the
# shortest) a space. Longest first.
_OPENING = re.compile(
    r"^\s*(?:"
    r"(?:urgent|au\s+secours|help|sos|vite)\s*[!:,.…-]*\s+"
    r"|s\W*v\W*p\W*\s*,?\s*r[ée]pondez[- ]moi\s*[!:,.…]+\s*"
    r"|je\s+(?:re)?pose\s+(?:la|ma)\s+question\s+(?:pour\s+la\s+\w+\s+fois\s*)?[!:,.…]+\s*"
    r"|(?:pardon|d[ée]sol[ée]e?|excusez[- ]moi)\s+d'insister(?:\s+mais\s+personne\s+ne\s+m'a\s+r[ée]pondu)?\s*[!:,.…]+\s*"
    r"|(?:si\s+ce\s+n'est\s+pas\s+trop\s+demander|sans\s+vouloir\s+(?:vous\s+|te\s+)?(?:d[ée]ranger|importuner|abuser"
    r"|embêter|embeter|insister))\s*[!:,.…]+\s*"
    r"|(?:d[ée]sol[ée]e?|pardon)\s+de\s+(?:vous\s+|te\s+)?(?:d[ée]ranger|importuner|embêter|embeter)\s*[!:,.…]+\s*"
    r"|(?:petite\s+)?question\s+(?:b[êe]te|idiote|na[ïi]ve)\s*[!:,.…]+\s*"
    # Sarcasm or weariness: « bien sûr personne ne sait qui … », « évidemment, … », « comme d'habitude … ».
    r"|(?:bien\s+s[ûu]r|bien\s+entendu|[ée]videmment|forc[ée]ment|comme\s+d'hab(?:itude)?|comme\s+toujours)"
    r"\s*[!:,.…]*\s+"
    # Exasperation opening a question, set off by its comma (« sérieux, la réunion du 10 commence à quelle heure ? »,
    # « franchement, … », « non mais, … »): without the comma « sérieux » may be what is asked of.
    r"|(?:s[ée]rieux|s[ée]rieusement|franchement|non\s+mais|oh\s+la\s+la|pff+|rho+)\s*[!:,.…]+\s*"
    r")", re.IGNORECASE)
# Formulas that may close the question: « …, à la fin ?? », « … svp, vite », « … c'est urgent !! ».
_CLOSING = re.compile(
    r"(?:,\s*|\s+)(?:à\s+la\s+fin|a\s+la\s+fin|vite|c'est\s+urgent|urgent|svp\s+vite|vite\s+svp)(?=\s*[?!.…]*\s*$)",
    re.IGNORECASE)
# An exclamation opening the message: a few words closed by « ! », « ?! » or « !? ».
_EXCLAIMED = re.compile(r"^\s*([^?!.]{1,40}?)\s*(\?!|!\?|!)[!?]*\s+(?=\S)")
# What an exclamation mark closes besides a reaction: a greeting, thanks, someone called (« Bonjour ! », « Merci ! »).
_HAILS = frozenset({"bonjour", "bonsoir", "salut", "coucou", "hello", "hey", "hi", "re", "rebonjour", "merci", "bravo",
                    "cher", "chere", "chers", "cheres", "madame", "monsieur", "yo", "wesh", "allo", "ola", "hola"})
_QUESTION_WORDS = frozenset({"qui", "quand", "ou", "quoi", "quel", "quelle", "quels", "quelles", "comment", "combien",
                             "pourquoi", "lequel", "laquelle", "lesquels", "lesquelles"})
# Words that carry the question on after its « ? » (« … ? et l'heure », « … ? ou jeudi ? »).
_GOING_ON = frozenset({"et", "ou", "puis", "sinon", "ainsi", "plus", "aussi"})
# The subjects (and the speaker's pronouns) of a clause said after the question: a complaint or a reason has one
# (« on en a marre », « j'ai 15 familles qui attendent », « ça fait trois fois que je demande »).
_CLAUSE_SUBJECTS = frozenset({"je", "j", "on", "nous", "vous", "tu", "il", "elle", "ils", "elles", "ca", "c", "me", "m",
                              "moi", "personne", "rien"})
# « sinon ça sert à rien »: « sinon » opening a complaint, not an alternative asked.
_COMPLAINT_SINON = re.compile(r"^\s*sinon\s+(?:ça|ca|c'est|on)\b", re.IGNORECASE)


def _said(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(text)) if w]


def _asks(text: str) -> bool:
    return "?" in text or bool(set(_said(text)) & _QUESTION_WORDS)


def _without_tail(text: str) -> str:
    """`text` to its last « ? » when what follows asks nothing and goes on with no question."""
    mark = max(text.rfind("?"), text.rfind("？"))
    if mark < 0:
        return text
    head, tail = text[:mark + 1], text[mark + 1:].lstrip("?!  ")
    said = _said(tail)
    if not said or len(_said(head)) < 3 or said[0] in _QUESTION_WORDS:
        return text
    if said[0] in _GOING_ON and not _COMPLAINT_SINON.match(tail):
        return text
    if said[0] in {"merci", "cordialement", "bonne", "bises", "a", "bisous"}:
        return text  # a closing formula: the framing reads it (framing.closing)
    if not set(said) & _CLAUSE_SUBJECTS:
        return text  # « … c'est où ? après la plénière du 16 »: a precision of the question, no clause of its own
    return head


def without_mood(text: str) -> str:
    """`text` without the words of its mood (module docstring); `text` itself when nothing is asked besides."""
    if _CRY.match(text):
        return "aide"
    asked = text
    for _ in range(3):
        opened = _OPENING.match(asked)
        if opened is None or not _asks(asked[opened.end():]):
            break
        asked = asked[opened.end():]
    exclaimed = _EXCLAIMED.match(asked)
    # « Annulée ?! », « encore décalée ?! », « c'est pas possible ! »: not « Bonjour ! », nor one word and « ! »
    # (« Thierry ! », someone called).
    reacting = exclaimed is not None and not set(_said(exclaimed.group(1))) & _HAILS and (
        exclaimed.group(2) != "!" or len(_said(exclaimed.group(1))) >= 2)
    if reacting and not _asks(exclaimed.group(1)) and _asks(asked[exclaimed.end():]):
        asked = asked[exclaimed.end():]
    asked = _without_tail(asked)
    closed = _CLOSING.search(asked)
    if closed is not None and (_asks(asked[:closed.start()]) or (
            closed.group(0).lstrip().startswith(",") and len(_said(asked[:closed.start()])) >= 2)):
        asked = asked[:closed.start()] + asked[closed.end():]
    return asked.strip() or text
