"""Three more facts a decision states and a member asks without a word of
deciding (decision_facts.py reads them): where (« la fête des voisins
c'est où ? », « le guide sera distribué où ? » of « … aura lieu sur la place
Charles II », « … distribué dans toutes les antennes du CPAS ») and how much
(« c'est quoi le montant pour les primes chaudières ? » of « Le CPAS consacre
90 000 € aux primes … »).

A place is asked by « où » (typed with its accent, or « ou » ending the
question: « ou » inside it is « or », as in « septante ou nonante ? »); a
decision states one by a preposition of place before a venue's word or a
capitalised name (« à la maison de quartier », « au CPAS », « à Gland »),
not by « mis en place » or « à la place de ». An amount is asked by
« montant », « somme », or « combien » counting no thing (« combien de
places » counts places: decision_facts.py); a decision states one by a
number with its currency. When (« la permanence de l'Hospice à Meyrin,
c'est quand ? » of « … tient une permanence … le lundi matin ») is asked by
« quand »; a decision states it by a weekday, a clock time, a month, a
season or a year, and a deadline the question's words find as well as the
decision answers instead (decision_facts.py leaves it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from handlers.understanding.meeting_nouns import nouns
from handlers.understanding.normalise import Word, fold
from handlers.understanding.amounts import states_sum
from handlers.understanding.world import entity_data

__all__ = ["ASKING", "asked_kind", "asks_where", "states_kind"]

# Words that ask the place or the amount, which are no part of the topic.
# « où se tient / se déroule / se trouve … ? »: the verbs of taking place ask too.
ASKING = frozenset({"ou", "quand", "qd", "montant", "somme", "combien", "exactement", "prevu", "prevue", "lieu", "endroit", "adresse",
                    "tient", "tiennent", "tiendra", "tiendront", "deroule", "deroulent", "deroulera", "passe", "passera",
                    "trouve", "trouvent", "situe", "situee"})
# Words of money after « combien de »: still an amount (« combien d'euros ? »).
_MONEY = frozenset({"argent", "euros", "euro", "francs", "franc", "sous", "budget"})
# A price asked by its noun and « quel » or « quoi » (« c'est quoi le tarif max de l'ALSH ? », « quel est le prix du
# repas ? »): an amount too (fx46c, the lead's set 90).
_PRICE = frozenset({"tarif", "tarifs", "prix"})
_WHICH_OR_WHAT = frozenset({"quel", "quelle", "quels", "quelles", "quoi"})
# Words after a final « ou » that still end the question (« c'est où exactement ? »).
_AFTER_WHERE = frozenset({"exactement", "donc", "alors", "ca", "deja", "svp", "stp"})
# « en est », « en sont », « en sommes »: « où en est … » asks how far a thing has come.
_STATUS = frozenset({"est", "sont", "sommes", "etes", "etait", "etaient", "suis", "es"})
# « la réunion où on vote le rapport annuel », « celle où nous étions à Vierzon », « la fois où j'ai présenté … »: after
# a sitting's noun (or « fois », « celle »), an « où » a subject follows opens a relative clause; no place is asked.
_RELATIVE_AFTER = nouns("plain", "chat", "formations", plural=True) | {"fois", "celle", "celui", "jour", "moment"}
_SUBJECTS = frozenset({"on", "nous", "vous", "je", "j", "tu", "t", "il", "elle", "ils", "elles"})
# Places a decision names that are no building of entities.toml (« dans toutes les antennes »).
_MORE_PLACES = ("antenne", "antennes", "quartier", "quartiers", "local", "locaux", "site", "siege", "gare", "marche",
                "permanence", "permanences", "domicile", "cpas", "ccas", "cms", "guichet", "guichets", "caserne",
                "piscine", "halle", "temple", "eglise", "paroisse", "abri", "abris", "pavillon", "stade", "patinoire",
                "parking", "cafe", "restaurant", "epicerie", "epiceries", "cantine", "cantines",
                # « on voit les menus où ? » of « … publiés sur le portail famille »: where a thing is put online (fx46c).
                "portail", "portails", "intranet")
# When a decision says a thing happens: a weekday, a clock time, a month, a season, a year.
_WHEN = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|"
                   r"aout|septembre|octobre|novembre|decembre|printemps|ete|automne|hiver|rentree|20\d\d|"
                   r"(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?)\b")
# « à Gland », « au CPAS », « aux Breuleux »: a name after the preposition, as written.
_NAMED = re.compile(r"\b(?:à|au|aux|chez|dans)\s+(?:l['’]|la\s|le\s|les\s)?[A-ZÉÈÂ][\w'’-]+")


@cache
def _place_pattern() -> re.Pattern[str]:
    data = entity_data()
    nouns = sorted({*data["buildings"], *data["venues"], *_MORE_PLACES}, key=len, reverse=True)
    return re.compile(r"\b(?:a|au|aux|dans|sur|chez)\s(?:(?:la|le|les|l|toutes les|tous les|chaque|une|un|nos|leurs|ses)\s)?"
                      r"(?:" + "|".join(re.escape(n) for n in nouns) + r")s?\b(?!\sde\s(?:la|l|le|les)\s(?:reunion|seance))")


def asks_where(found: Sequence[Word]) -> bool:
    """« où » asked (not « où en est … », not « septante ou nonante »)."""
    folded = [w.folded for w in found]
    if any(a == "en" and b in _STATUS for a, b in zip(folded, folded[1:])):
        return False  # « où on en est du plan d'action ? », « où en sont les travaux ? »: how far, not where
    for i, word in enumerate(found):
        if word.raw.casefold() == "où":
            if 0 < i < len(found) - 1 and found[i - 1].folded in _RELATIVE_AFTER and found[i + 1].folded in _SUBJECTS:
                continue
            return True
        if word.folded == "ou" and all(w.folded in _AFTER_WHERE for w in found[i + 1:]):
            return True
    return False


def asked_kind(found: Sequence[Word]) -> str | None:
    """"amount", "place" or "when" when the question asks one, else None."""
    folded = [w.folded for w in found]
    counted = next((c for a, b, c in zip(folded, folded[1:], folded[2:]) if a == "combien" and b in ("de", "d")), None)
    if "montant" in folded or "somme" in folded or "combien" in folded and (counted is None or counted in _MONEY):
        return "amount"
    if _PRICE & set(folded) and _WHICH_OR_WHAT & set(folded):
        return "amount"
    if asks_where(found):
        return "place"
    return "when" if "quand" in folded or "qd" in folded else None


def states_kind(kind: str, text: str) -> bool:
    """Whether the decision `text` states the place or the amount asked."""
    if kind == "amount":
        return states_sum(text)  # « 12k€ », « 1,5 million d'euros » as much as « 15 000 € » (amounts.py)
    if kind == "when":
        return bool(_WHEN.search(fold(text)))
    plain = " ".join(fold(text).replace("'", " ").replace("’", " ").split())
    if " a la place d" in f" {plain}" and not _place_pattern().search(plain.replace("a la place d", "")):
        return False  # « à la place de … »: instead of, no place
    return bool(_place_pattern().search(plain) or _NAMED.search(text))
