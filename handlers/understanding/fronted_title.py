"""A title asked for with what it is the title of put first: « le contrat
local de santé, c'est qui la coordinatrice ? », « la CAF, qui est le
référent ? », « le conseil de développement, c'est qui le président ? ».

Written French says « qui est la coordinatrice du contrat local de santé ? »:
the complement after the title narrows it to one holder. Spoken first and
cut off by a comma, it is read as a topic beside the bare title, and the
title alone names whoever holds any « coordinatrice ». The question is
read in the written order. Only a noun phrase (opening on an article) put
first, and a clause that asks who holds a title and nothing else: « Nadège,
c'est qui la présidente ? » speaks to Nadège.
"""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold

__all__ = ["title_put_back"]

_QUESTION = re.compile(
    r"^\s*(?P<lead>(?:et\s+)?(?P<article>le|la|les|l['’])\s*(?P<rest>[^,?!.]+?))\s*,\s*"
    r"(?:c['’]\s*est\s+qui|qui\s+c['’]\s*est|qui\s+est)\s+(?P<title>(?:le|la|l['’])\s*[^\s,?!.]+)\s*\?*\s*$",
    re.IGNORECASE)
# « la jeunesse, c'est qui le référent ? » asks who is in charge of it (a charge, as « qui s'occupe de … »), not a title.
_CHARGES = ("referent", "responsable", "charge", "pilote")
# « de » before the article of the complement, as written French contracts it.
_OF = {"le": "du ", "les": "des ", "la": "de la ", "l'": "de l'", "l’": "de l'"}


def title_put_back(text: str) -> str:
    """`text` in the written order when it asks who holds a title of the thing put first (« qui est la
    coordinatrice du contrat local de santé ? »); `text` itself otherwise."""
    found = _QUESTION.match(text)
    if found is None or fold(found["title"]).split("'")[-1].split()[-1].startswith(_CHARGES):
        return text
    article = found["article"].casefold()
    return f"qui est {found['title']} {_OF[article]}{found['rest'].strip()} ?"
