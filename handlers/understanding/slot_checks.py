"""Two more slots of a decided thing (decision_slots.py): how long it lasts,
and the value a yes-or-no question proposes for it; a price stated as a
share (« vendus à 20 % de leur prix »), which answers « quel prix ? »; and
« qui » as a relative pronoun, which asks for no one (« une personne qui
veut s'inscrire doit aller où ? » asks where).

« l'accès dure combien de temps ? », « c'est pour quelle durée ? » ask a
duration, which a decision states as « pour six mois », « pendant deux ans »,
« renouvelable une fois ». « c'est bien le jeudi les inscriptions ? », « le
forum est bien le 24 mars ? », « le budget est fixé à 90 000 c'est ça ? »,
« la durée c'est un an ? » ask no slot by a question word: they propose a
value (a weekday or a date, an amount, a duration) and ask whether the group
decided it. The decision on that thing which states such a value answers,
whether it says yes (the same value) or no (another): the member reads it.

Only a question without any question word proposes a value: « c'est quel
jour ? » asks one, and decision_slots.py reads it; and the value must be
proposed of the decision's thing: the question's head word is in it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import Word, fold
from handlers.understanding.sums import proposes_sum
from handlers.understanding.topics import is_generic, topic_scores

__all__ = ["DURATION_WORDS", "asks_who", "checked_value", "duration_asked", "head_in", "states_duration", "states_price"]

# Words that ask or frame a duration, and say nothing of the thing decided.
DURATION_WORDS = frozenset({"duree", "durees", "durer", "dure", "durent", "temps", "pendant", "combien", "longtemps",
                            "limite", "limitee", "bout"})
_NUMBER = (r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt|trente"
           r"|quarante|cinquante|soixante)"
           # « vingt-quatre mois », « trente et un jours »: the tens written with their unit (lead's set 93).
           r"(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)\b)?")
_UNIT = r"(?:jours?|semaines?|mois|ans|annees?)"
# « pour six mois », « pendant deux ans », « sur trois ans », « renouvelable » (a term that ends): a duration.
# « quinze jours au plus », « six mois maximum » (a term's bound), « de janvier à juin 2027 » (a span of months: lead's
# set 65).
_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
# « par périodes de six mois, dans la limite de vingt-quatre mois »: a term and its bound said by their nouns.
_DURATION_TEXT = re.compile(rf"\b(?:pour|pendant|durant|sur)\s+{_NUMBER}\s+{_UNIT}\b|\brenouvelable"
                            rf"|\b(?:periodes?|duree|limite|maximum) de\s+{_NUMBER}\s+{_UNIT}\b"
                            rf"|\b{_NUMBER}\s+{_UNIT}\s+(?:au plus|au maximum|maximum|max)\b"
                            rf"|\bde {_MONTH}(?: \d{{4}})? a {_MONTH}\b")
# A duration proposed: « un an », « six mois », « 3 semaines ».
_DURATION_VALUE = re.compile(rf"\b{_NUMBER}\s+{_UNIT}\b")
_WEEKDAYS_MONTHS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
                              "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                              "novembre", "decembre"})
# A word that asks (« quel jour », « c'est quand ») asks the value instead of proposing one.
_QUESTION = frozenset({"qui", "quoi", "quand", "qd", "ou", "combien", "quel", "quelle", "quels", "quelles", "comment",
                       "pourquoi", "lequel", "laquelle", "lesquels", "lesquelles"})


# Words after which « qui » asks (« c'est qui ? », « qui … ? » opening): elsewhere it is a relative pronoun
# after its noun (« une personne qui veut s'inscrire doit aller où ? », « les familles qui … »).
_WHO_AFTER = frozenset({"", "c", "est", "sont", "ce", "et", "mais", "alors", "donc", "bon", "ok", "bonjour", "salut"})


def asks_who(folded: Sequence[str]) -> bool:
    """« qui » asking for someone, not a relative pronoun after a noun."""
    return any(w == "qui" and (folded[i - 1] if i else "") in _WHO_AFTER or w == "qui" and i == len(folded) - 1
               for i, w in enumerate(folded))


def duration_asked(found: Sequence[Word]) -> bool:
    """« combien de temps », « quelle durée », « ça dure combien ? », « pendant combien de temps »."""
    folded = [w.folded for w in found]
    return bool({"duree", "durees", "dure", "durer", "durent", "longtemps"} & set(folded)) or any(
        a == "combien" and b == "de" and c == "temps" for a, b, c in zip(folded, folded[1:], folded[2:]))


def states_duration(text: str) -> bool:
    """Whether a decision states how long something lasts."""
    return bool(_DURATION_TEXT.search(fold(text)))


# « vendus à 20 % de leur prix », « à moitié prix », « au tiers du tarif »: a price stated as a share of another.
_PRICE_SHARE = re.compile(r"(?:%|\bpour ?cent\b|\bmoitie\b|\btiers\b|\bquart\b)[^.]{0,20}\b(?:prix|tarifs?|couts?)\b")


def states_price(text: str) -> bool:
    """Whether a decision states a price as a share of another (an amount asked « combien ? », « quel prix ? »)."""
    return bool(_PRICE_SHARE.search(fold(text)))


def checked_value(text: str, found: Sequence[Word]) -> str | None:
    """The slot of the value a yes-or-no question proposes ("duration", "amount", "time"), or None."""
    if not text.rstrip().endswith("?") or any(w.folded in _QUESTION and w.raw.casefold() != "ou" for w in found):
        return None
    plain = fold(text)
    if _DURATION_VALUE.search(plain):
        return "duration"
    if proposes_sum(text, found):
        return "amount"  # « 300 balles ? », « c'est plus d'un million la programmation ? », « … dépasse le million ? »
    return "time" if any(w.folded in _WEEKDAYS_MONTHS for w in found) else None


def head_in(topic: Sequence[Word], text: str) -> bool:
    """The question's head (its first specific word) is in the decision: a value proposed of another thing
    (« la boulangerie est ouverte le samedi matin ? » of « les espaces France Services ouvrent le samedi
    matin ») is no check of it (decision_check.py asks the same)."""
    head = next((w for w in topic if not is_generic(w)), topic[0]) if topic else None
    return head is not None and topic_scores([head], [text])[0] >= 1.0
