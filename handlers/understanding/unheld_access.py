"""A link, a password or a login asked: « le lien de la visio du 15 ? », « le
mot de passe du drive ? », « c'est quoi l'identifiant de la plateforme ? ».

The group's store holds its sittings, records and members, not the access to
its tools. « le lien de la visio du 15 » found the sitting of the 15th and
showed it with confidence, as if its place (« E2C Moselle … ») were the link
(blind set 44c). When the message asks for such an access (its noun first,
after little words) and no text of the group writes a web address, the bot
says what it holds, unsure: a member will paste the link. A group whose
sittings' places do write an address (« visio : https://… ») is left to the
readings, which show it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from handlers.messages import Reply
from handlers.understanding.normalise import fold
from handlers.understanding.outcome import Outcome

__all__ = ["access_asked", "access_unsure"]

# The access asked, opening the message after a few little words (« t'as le lien … », « c'est quoi le code … »).
_ACCESS = re.compile(r"^(?:(?:c est quoi|quel est|vous avez|t as|tu as|on a|qqn a|quelqu un a|svp|stp|et)\s+)?"
                     r"(?:le|les|l|un|des)\s+(?:liens?|mots? de passe|mdp|identifiants?|codes? d acces|login)\b")
_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]+\.(?:fr|com|org|net|eu)/", re.IGNORECASE)


def access_asked(text: str, group_texts: Callable[[], Iterable[str]]) -> bool:
    """The message asks for a link, a password or a login, and no text of the group writes a web address (the
    texts are read only when the message asks so: every message passes here)."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    return _ACCESS.search(folded) is not None and not any(_ADDRESS.search(t) for t in group_texts())


def access_unsure() -> Outcome:
    """What the bot says of an access asked: the group's store holds none."""
    return Outcome(Reply.of("Je n'ai pas de lien ni d'accès enregistré pour le groupe : un membre pourra vous le "
                            "transmettre.",
                            "Pour une séance, demandez par ex. « la réunion du 15, c'est où ? »."),
                   None, False, "")
