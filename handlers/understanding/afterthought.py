"""A request added after the thing asked for, its pronoun standing for it:
« ce qu'on a décidé la dernière fois, tu peux me le remettre ? », « les
dates des réunions, vous pouvez me les redonner ? », « l'ordre du jour de
jeudi, tu me le rappelles ? ».

Spoken French names the thing first and asks for it after, with a pronoun
(« le », « la », « les », « l' ») taking it up. The request itself (« tu
peux me … remettre ») is no part of what is asked: its verb would be read
as a topic word the answer does not account for. The thing put first is
the question, read alone. Only a request of telling or handing over, made
to the one asked (« tu », « vous »), with the pronoun: « Fanny, tu peux me
rappeler ? » (no pronoun) and « le budget, je vous l'envoie demain » (no
request) are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["without_afterthought"]

# « tu peux », « vous pourriez », « peux-tu », « pourriez-vous », « tu veux bien »: a request made to the bot.
_ASKING = (r"(?:tu\s+(?:peux|pourrais|veux\s+bien)|vous\s+(?:pouvez|pourriez|voulez\s+bien)"
           r"|peux[- ]?tu|pourrais[- ]?tu|pouvez[- ]?vous|pourriez[- ]?vous)")
# The object pronoun standing for the thing put first, after « me » / « nous ».
_TAKEN_UP = r"(?:me|nous)\s+(?:le|la|les)\s+|(?:me|nous)\s+l['’]\s*"
# Verbs of telling or handing over, in the infinitive or, after « tu me le … », the present.
_GIVING = (r"(?:re)?(?:mettre|donner|dire|rappeler|pr[ée]ciser|montrer|lister|envoyer|transmettre|passer|copier|coller"
           r"|r[ée]sumer|indiquer|confirmer)")
_GIVES = r"(?:re)?(?:mets|donnes|dis|rappelles|pr[ée]cises|montres|listes|envoies|transmets|passes|r[ée]sumes|indiques)"
_AFTER = re.compile(
    rf",\s*(?:{_ASKING}\s+(?:{_TAKEN_UP}){_GIVING}|tu\s+(?:{_TAKEN_UP}){_GIVES})\b[^,?!.]*[?!.\s]*$",
    re.IGNORECASE)


def without_afterthought(text: str) -> str:
    """`text` without a request that takes up the thing put first (« …, tu peux me le remettre ? »), asked as a
    question; `text` itself when there is none, or when what stands first is one word (« Fanny, tu peux me le
    renvoyer ? » speaks to Fanny)."""
    found = _AFTER.search(text)
    if found is None:
        return text
    front = text[:found.start()].strip()
    if len(front.split()) < 2:
        return text
    return front + " ?"
