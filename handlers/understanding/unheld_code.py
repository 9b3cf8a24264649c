"""A thing named by a code the group's records never write: « quelqu'un
sait si le parking P2 est gratuit le dimanche ? », « la salle B12 est
accessible ? ».

A code of letters and digits (« P2 », « B12 », « T3 ») picks one thing
out of its kind: the parking P2, not the parkings. A decision or a
deadline sharing the kind's word (« La commission demande … la gratuité
du parking pour les parents d'enfants hospitalisés … ») is about the kind
or another one of it, and was shown with confidence as if it answered
(the lead's set 64, where the question was put to the members). When no
text of the group — its records, its sittings' places, its members'
names, bodies (and their acronyms, « CD92 ») and roles — writes the code,
an answer from the decisions or the dates found by the other words is
offered unsure, saying the code was not found. A code the records write
(« la référente M57 », « le GT3 ») is theirs and changes nothing; chat
shorthand (« qq1 ») is no code. Only a code right after a noun of a place
in a building or a site (« parking », « salle », « bâtiment », « porte »…)
counts: elsewhere a code is most often a name the bot reads in other words
(« la formation PSC1 » of « premiers secours », « les U13 » of « moins de
13 ans », « le T3 » of the third quarter, « les contrats N2000 » of
« Natura 2000 »: five sets lost a row on the merged round without this)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from handlers.messages import Reply
from handlers.understanding.acronyms import acronyms
from handlers.understanding.normalise import fold, words
from handlers.understanding.outcome import Outcome

__all__ = ["unheld_code", "unheld_code_outcome"]

# One to three letters, then one to four digits, as a word: « p2 », « b12 », « t3 » (« 14h » opens on digits).
_CODE = re.compile(r"[a-z]{1,3}[0-9]{1,4}")
# The nouns of a place a code picks one of (« le parking P2 », « la salle B12 », « l'aile C3 »).
_PLACES = frozenset({"parking", "parkings", "salle", "salles", "batiment", "batiments", "bat", "porte", "portes",
                     "entree", "etage", "niveau", "hall", "aile", "quai", "box", "local", "amphi", "amphitheatre",
                     "pavillon", "bloc", "bureau", "parc", "lot", "allee", "escalier", "ascenseur"})
# The readings that answer from records found by their words (the topic).
_BY_TOPIC = frozenset({"decisions_topic", "dates_period"})


def unheld_code(text: str, texts: Iterable[str], bodies: Iterable[str] = ()) -> str | None:
    """The first code of `text` (as typed) that none of `texts` writes and no body of `bodies` is called by, or None."""
    found = words(text)
    codes = [w for i, w in enumerate(found)
             if not w.typed and _CODE.fullmatch(w.folded) and i > 0 and found[i - 1].folded in _PLACES]
    if not codes:
        return None
    written = " ".join(re.findall(r"\w+", fold(" ".join(texts))))
    called = {a for body in bodies for a in acronyms(body)}
    for word in codes:
        if f" {word.folded} " not in f" {written} " and word.folded not in called:
            return word.raw
    return None


def unheld_code_outcome(found: Outcome, code: str) -> Outcome:
    """`found` offered unsure when it answers from records by topic, saying the code was not found; else `found`."""
    if not found.confident or found.intent not in _BY_TOPIC:
        return found
    return Outcome(Reply.of(f"Je ne trouve « {code} » dans aucun document du groupe. "
                            "Voici ce qui s'en approche, sans garantie que ce soit la réponse :", *found.reply.lines),
                   found.intent, False, found.key, found.understanding)
