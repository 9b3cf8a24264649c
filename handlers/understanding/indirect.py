"""Requests and indirect questions put as the direct question they ask.

Members ask the bot by orders and wishes as often as by questions, and
often without a question mark: « rappelle-moi qui dirige l'office de
tourisme », « dis-moi ce qu'on a cette semaine », « je voudrais savoir ce qui
est prévu jeudi », « je cherche le PV de septembre », « j'ai besoin du
contact chez Action Logement ». The frame (the order, the wish, the need)
says nothing of what is asked, and the indirect question's grammar (« ce
que » for « qu'est-ce que », « si » for « est-ce que ») hides the question
from the readings. This module rewrites such a message, before it is
understood, as the question it asks, with its question mark:
« qui dirige l'office de tourisme ? », « qu'est-ce qu'on a cette semaine ? »,
« le PV de septembre ? », « le contact chez Action Logement ? ».

Only a frame at the start of the message (after a greeting) is read, and
only when what follows is a question (a question word, « ce que / ce qui »,
« si ») or, for an order or a need, a definite noun phrase (« la date du
comité »): « rappelle-moi demain », « dis-moi Karim, tu as vu … », « dis-moi
quand tu arrives », « rappelle-moi de prendre les flyers », « je cherche un
local pour une amie » and « besoin d'un coup de main » keep their words and
stay chat among members. It runs in the chain of rewrites of answer.respond,
after the marks that ask without « ? » (asked_marks.py).

The asker's note checked by a closing « c'est bon ? » is put as that check:
« je note 10/12 14h pour le comité, c'est bon ? » asks « 10/12 14h pour le
comité, c'est bon ? », when the note holds a day or an hour (set 48c)."""

from __future__ import annotations

import re

__all__ = ["as_direct", "bare_order", "direct_question"]

# A greeting or the bot's name before the frame: « Bonjour, », « Greffier : », « salut ».
_GREETING = r"(?:(?:bonjour|bonsoir|salut|coucou|hello|greffier|bjr|bsr|slt)\b[\s,:!.]*)*"
# An order to the bot: « rappelle-moi », « dites-nous », « redis-moi », « indique-moi » (hyphen or none).
_ORDER = (r"(?:re)?(?:dis|dites|rappelle|rappelez|indique|indiquez|pr[ée]cise|pr[ée]cisez|confirme|confirmez|"
          r"explique|expliquez|redonne|redonnez|montre|montrez)[\s-]*(?:moi|nous)\b[\s,]*")
# A question asked through a modal (« tu peux me dire », « pourriez-vous m'indiquer ») or a wish to know
# (« je voudrais savoir », « j'aimerais connaître »); these frames are dropped only before an indirect question.
_ASKED = (r"(?:(?:tu\s+(?:peux|pourrais)|peux[\s-]*tu|pourrais[\s-]*tu|vous\s+pouvez|pouvez[\s-]*vous|pourriez[\s-]*vous)"
          r"\s+(?:me|m'|nous)\s*(?:dire|rappeler|indiquer|pr[ée]ciser|confirmer|redire)\s*|"
          r"(?:je\s+voudrais|je\s+veux|j'aimerais|je\s+souhaiterais|je\s+souhaite|nous\s+voudrions|j'ai\s+besoin\s+de)"
          r"\s+(?:savoir|conna[iî]tre)\s*|"
          # « je me demandais combien de temps dure … », « on se demande si … »
          r"(?:je\s+me|on\s+se|nous\s+nous)\s+demand(?:e|ais|ait|ions)\s+)")
# A need or a search: « je cherche », « j'ai besoin de / du », « besoin de », « il me faut ».
# A wish for something definite too: « je veux la liste des tâches », « j'aurais besoin de la liste des présents ».
_NEED = (r"(?:je\s+(?:re)?cherche|(?:j'ai|j'aurais|on\s+a|on\s+aurait|nous\s+avons|nous\s+aurions)\s+besoin|besoin|"
         r"il\s+me\s+faut|il\s+me\s+faudrait|il\s+nous\s+faut|je\s+veux|je\s+voudrais|j'aimerais|je\s+souhaite|"
         r"je\s+souhaiterais)\s+")

# What an indirect question opens with, and its direct form.
# « dis-moi si tu viens » asks a member, not the bot: « si » before « tu / vous » opens no question here.
_INDIRECT = ((re.compile(r"ce\s+qu'", re.I), "qu'est-ce qu'"), (re.compile(r"ce\s+que\b", re.I), "qu'est-ce que"),
             (re.compile(r"ce\s+qui\b", re.I), "qu'est-ce qui"), (re.compile(r"s'il\b", re.I), "est-ce qu'il"),
             (re.compile(r"si\b(?!\s+(?:tu|vous|t')\b)", re.I), "est-ce que"))
_QUESTION_WORD = re.compile(r"(?:qui|quand|o[uù]|quoi|quel|quelle|quels|quelles|comment|combien|pourquoi|lequel|laquelle|"
                            r"lesquels|lesquelles|[àa]\s+(?:qui|quelle|quel|quoi)|de\s+(?:qui|quoi)|avec\s+qui|"
                            r"jusqu'[àa]\s+quand|depuis\s+quand|pour\s+quand)\b", re.I)
# A definite noun phrase (« la date », « l'ordre du jour », « les décisions », « mes tâches »); after « besoin »,
# « du / de la / de l' / des » are the article of what is needed.
_DEFINITE = re.compile(r"(?:le|la|les|l'|mes|nos|du|des)(?=\s|$|[a-zàâéèêîôûç])", re.I)
_NEEDED = ((re.compile(r"de\s+l'", re.I), "l'"), (re.compile(r"de\s+la\b", re.I), "la"), (re.compile(r"du\b", re.I), "le"),
           (re.compile(r"des\b", re.I), "les"), (re.compile(r"d'avoir\s+", re.I), ""), (re.compile(r"de\s+", re.I), ""))

# « qui était » before a name (a capital, or a title): « qui est » once the frame's imperfect is gone.
_NOW_BEING = re.compile(r"^qui\s+[ée]tait\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ]|(?:m|mme|mlle|monsieur|madame)\b)")

_FRAMED = re.compile(rf"^\s*({_GREETING})(?:(?P<order>{_ORDER})|(?P<asked>{_ASKED})|(?P<need>{_NEED}))(?P<rest>.*)$",
                     re.I | re.S)


# « je note 10/12 14h pour le comité, c'est bon ? »: what the asker noted, checked by the closing « c'est bon ? »;
# the note's frame (read as the asker's own doings) says nothing, the day or hour noted is what is checked. Only a
# note holding a day or an hour: « je note ta présence, c'est bon ? », « je note 3 stands pour la CMA, c'est bon ? »
# are a member's questions to the others.
_WHEN_NOTED = (r"(?:\d{1,2}/\d{1,2}|\d{1,2}\s*h|\ble\s+\d{1,2}(?:er)?\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
               r"dimanche)\b|\d{1,2}(?:er)?\s+(?:janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c))")
_NOTED = re.compile(rf"^\s*({_GREETING})(?:je\s+(?:note|marque)|j'ai\s+(?:not[ée]|marqu[ée]))\s+(?:que\s+|qu')?"
                    rf"(?P<rest>.*?{_WHEN_NOTED}.*?)[\s,]*"
                    r"(?P<check>c'est\s+(?:bon|bien\s+ça|ça|juste|correct)|ok|correct)\s*\?+\s*$", re.I | re.S)


def direct_question(text: str) -> str:
    """`text` as the direct question it asks when it opens on a request frame (see the module's docstring), or on
    the asker's note checked (« je note … , c'est bon ? » -> « … , c'est bon ? »); otherwise `text` unchanged."""
    plain = text.replace("’", "'")
    if (noted := _NOTED.match(plain)) is not None:
        return f"{noted.group(1)}{noted.group('rest')}, {noted.group('check')} ?"
    framed = _FRAMED.match(plain)
    if framed is None:
        return text
    rest = framed.group("rest").strip()
    if framed.group("asked") and re.search(r"(?:ais|ait|ions)\s*$", framed.group("asked")):
        # « je me demandais qui était Julie Besson »: the imperfect of reported speech; the member is asked of now.
        rest = _NOW_BEING.sub("qui est ", rest)
    asked = _as_question(rest)
    if asked is None and framed.group("order") and _DEFINITE.match(rest):
        asked = rest  # « rappelle-moi la date du comité », « indique-moi le lieu »: the noun phrase is what is asked
    if asked is None and framed.group("need"):
        asked = _needed(rest, "besoin" in framed.group("need").casefold())
    if asked is None or len(asked.split()) < 2:
        return text
    return f"{framed.group(1)}{asked.rstrip(' .!')}{'' if asked.rstrip().endswith('?') else ' ?'}"


# « dis-moi quand tu arrives », « rappelle-moi ce que tu as dit »: the one told is asked of their own doings, no record.
_OF_YOU = re.compile(r"(?:^|\s)(?:(?:tu|te|toi)(?:\s|$)|t')", re.I)


def as_direct(rest: str) -> str | None:
    """The direct form of the indirect question `rest` (« si le comité est maintenu » -> « est-ce que le comité est
    maintenu »), None if `rest` is no indirect question or asks of the one spoken to (relayed.py)."""
    return _as_question(rest)


def _as_question(rest: str) -> str | None:
    """The direct form of an indirect question (« ce qu'on a » -> « qu'est-ce qu'on a »), None if `rest` is none."""
    if _OF_YOU.search(rest):
        return None
    for opening, direct in _INDIRECT:
        if (m := opening.match(rest)) is not None:
            return direct + rest[m.end():]
    return rest if _QUESTION_WORD.match(rest) else None


def _needed(rest: str, need: bool) -> str | None:
    """« (besoin) du contact chez … » -> « le contact chez … »: what is needed or sought, when it is a definite
    thing (« je cherche des bénévoles », « besoin d'un coup de main » are not)."""
    if need:  # « besoin du / des / de la »: « de » and the definite article
        for opening, article in _NEEDED:
            if (m := opening.match(rest)) is not None:
                rest = article + rest[m.end():]
                break
    return rest if _DEFINITE.match(rest) and not re.match(r"(?:du|des)\b", rest, re.I) else None


# What may follow a bare order without asking anything: politeness, the bot's name, « ça » of a thing not named.
_NOTHING_ASKED = re.compile(r"(?:\s|[,.!?;:]|\bstp\b|\bsvp\b|\bs'il\s+(?:te|vous)\s+pla[iî]t\b|\bmerci\b|\bplease\b|"
                            r"\bgreffier\b|\bça\b|\bca\b|\bencore\b|\bd[ée]j[àa]\b)*", re.I)


def bare_order(text: str) -> bool:
    """« rappelle-moi », « rappelle-moi stp », « dis-moi » said alone: an order to the bot that names nothing to
    recall. The frame's words (« rappeler », « moi ») were read as the examples of the next meeting, a confident
    answer to a request the member has not finished; what they want to know is asked back instead."""
    framed = _FRAMED.match(text.replace("’", "'"))
    return bool(framed and framed.group("order") and _NOTHING_ASKED.fullmatch(framed.group("rest")))
