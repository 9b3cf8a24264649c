"""A yes-or-no question asked with « ou pas » and no question mark:
« accueil de jour ouvert samedi ou pas », « le repas c gratuit ou non ».
Chat and people who write French as a second language often leave out
« ? » and close the question with « ou pas » instead; read without it, the
message asked nothing and the bot kept quiet, while « accueil de jour
ouvert samedi ? » was answered. The tag is read as the question mark it
stands for; a message that has one keeps its words as they are.

The same check may close on the change it fears: « c'est toujours le 10
ou ça a changé ? », « c'est à la mairie ou c'est déplacé ? ». That branch
asks nothing the check does not (the answer shows the day or the place as
it stands) and its « changé » was a word no answer accounted for: it is
read away."""

from __future__ import annotations

import re

__all__ = ["or_not_asked", "without_changed_tail"]

_TAG = re.compile(r"(?i)\s*,?\s+(?:ou\s+pas|ou\s+non|oui\s+ou\s+non)\s*[.!]*\s*$")


_DISCUSSED = re.compile(r"(?i)^\s*on\s+(?:parle|cause|discute|aborde|voit|traite)\s+(?:de|du|des|d['’])")
_DISCUSSED_TAG = re.compile(r"(?i)\s*,?\s+ou\s+pas\s*\?+\s*$")


def or_not_asked(text: str) -> str:
    """`text` with a closing « ou pas » / « ou non » read as « ? », when it has no question mark."""
    if "?" in text:
        # « on parle de la cabane à la commission de décembre ou pas ? »: whether a point is discussed, the tag
        # before the mark asking as the mark does (set 45a); other checks keep it (« le budget est passé ou pas ? »).
        return _DISCUSSED_TAG.sub(" ?", text) if _DISCUSSED.search(text) else text
    return _TAG.sub(" ?", text) if _TAG.search(text) and len(_TAG.sub("", text).split()) >= 2 else text


# « c'est toujours le 10 ou ça a changé ? », « c'est à la mairie ou c'est déplacé ? »: the other branch of a check
# only says the fact may have moved, which the answer shows anyway.
_CHANGED = re.compile(r"(?i)\s*,?\s+ou\s+(?:ça|ca|c['’]est|c|il|elle)\s+(?:a\s+|est\s+|a\s+été\s+)?"
                      r"(?:chang[ée]e?|boug[ée]|d[ée]plac[ée]e?|modifi[ée]e?|report[ée]e?)\s*(?=[?!.]*\s*$)")


# « on commence à 14h ou le matin ? »: the other branch of an hour checked is another part of the day; the answer
# shows the hour (set 45a).
_OTHER_TIME = re.compile(r"(?i)(\b\d{1,2}\s*h(?:\s*\d{2})?)\s+ou\s+(?:le\s+matin|l['’]\s*apr[èe]s-?\s*midi|le\s+soir"
                         r"|dans\s+la\s+journ[ée]e)\s*(?=[?!.]*\s*$)")


# « il est de quel groupement, Labassa ou les Laquets ? », « c'est où, à Luz ou à Tarbes ? »: the choice offered
# after a question word is what the answer settles; read as written, its words were topics (set 45a).
_CHOICE = re.compile(r"(?i)(\b(?:quel|quelle|quels|quelles|o[ùu]|quand|qui)\b[^,?]*?)\s*,\s*[^,?]{2,40}\s+ou\s+[^,?]{2,40}"
                     r"(?=\?+\s*$)")


def without_changed_tail(text: str) -> str:
    """`text` without a closing « ou ça a changé » after a check, another part of the day after an hour, or the choice
    offered after a question word; else as it is."""
    text = _OTHER_TIME.sub(r"\1 ", text).replace("  ", " ")
    text = _CHOICE.sub(r"\1 ", text).replace("  ", " ")
    return _CHANGED.sub(" ", text).replace("  ", " ") if len(_CHANGED.sub("", text).split()) >= 2 else text
