"""A superlative of time that picks a record by its order: « la réunion la
plus proche » is the next one, « notre réunion la plus récente » the last
one held, « la plus ancienne décision » the first, « l'échéance la plus
lointaine » the last to come, « la date limite la plus urgente » the next.

Without this the adjective was read as the question's topic (« proche »,
« ancienne »: the decision on « l'ancien magasin »). The phrase is written
with the order word the rest of the understanding knows (« la prochaine
réunion », « la dernière réunion », « la première décision », « la
dernière échéance »), the noun kept; only after an article or « notre »,
before or after one of the nouns of a sitting or a record, so that « le plus
proche possible » or « la gare la plus proche » are left as typed. « en
retard depuis le plus longtemps » is « en retard », whose listing puts the
oldest first.
"""

from __future__ import annotations

import re

__all__ = ["ordered_superlative"]

# The superlative's adjective (folded stem) → the order word it stands for, feminine and masculine.
_ORDER = {
    "proche": ("prochaine", "prochain"),
    "recent": ("dernière", "dernier"),
    "ancien": ("première", "premier"),
    "lointain": ("dernière", "dernier"),
    "eloigne": ("dernière", "dernier"),
    "urgent": ("prochaine", "prochain"),
}
# Nouns of a sitting or a record, feminine ones apart (« l' » and « les » say no gender).
_FEMININE = ("réunion", "reunion", "séance", "seance", "rencontre", "réu", "reu", "échéance", "echeance",
             "date limite", "date butoir", "décision", "decision", "tâche", "tache", "action", "assemblée",
             "assemblee", "commission", "plénière", "pleniere", "visite")
_MASCULINE = ("comité", "comite", "copil", "cotech", "rendez-vous", "rdv", "délai", "delai", "atelier",
              "groupe de travail", "bureau", "conseil")
_NOUN = "|".join(sorted((re.escape(n) for n in (*_FEMININE, *_MASCULINE)), key=len, reverse=True))
_ADJECTIVE = r"(proche|r[ée]cent|ancien|lointain|[ée]loign[ée]|urgent)(e|es|s|ne|nes)?"
_ARTICLE = r"(la|le|les|l['’]|notre|nos)"
# « la réunion la plus proche », « notre séance la plus récente », « l'échéance la plus lointaine »
_AFTER = re.compile(rf"(?i)\b{_ARTICLE}\s*({_NOUN})s?\s+(?:la|le|les)\s+plus\s+{_ADJECTIVE}\b")
# « la plus proche échéance », « les plus récentes décisions »
_BEFORE = re.compile(rf"(?i)\b{_ARTICLE}\s*plus\s+{_ADJECTIVE}\s+({_NOUN})(s?)\b")


def _fold(word: str) -> str:
    return word.lower().replace("é", "e").replace("è", "e")


def _order(adjective: str, ending: str | None, noun: str, plural: bool) -> str:
    feminine_word, masculine_word = _ORDER[_fold(adjective)]
    feminine = noun.lower() in _FEMININE or (ending or "").startswith(("e", "ne"))
    word = feminine_word if feminine else masculine_word
    return word + "s" if plural else word


def _article(article: str, plural: bool, feminine: bool) -> str:
    if article.lower() in ("l'", "l’"):
        return "les" if plural else ("la" if feminine else "le")
    return article


_LONGEST_LATE = re.compile(r"(?i)(\ben\s+retard)\s+depuis\s+le\s+plus\s+longtemps\b")


def ordered_superlative(text: str) -> str:
    """`text` with « la réunion la plus proche » written « la prochaine réunion » (and so on); else as it is."""
    def after(m: re.Match[str]) -> str:
        article, noun, adjective, ending = m.group(1), m.group(2), m.group(3), m.group(4)
        plural = article.lower() in ("les", "nos") or (ending or "").endswith("s")
        feminine = noun.lower() in _FEMININE
        nouns = noun + ("s" if plural and not noun.lower().endswith(("s", "x")) else "")
        return f"{_article(article, plural, feminine)} {_order(adjective, ending, noun, plural)} {nouns}"

    def before(m: re.Match[str]) -> str:
        article, adjective, ending, noun, s = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        plural = article.lower() in ("les", "nos") or bool(s)
        feminine = noun.lower() in _FEMININE
        return f"{_article(article, plural, feminine)} {_order(adjective, ending, noun, plural)} {noun}{s}"

    return _LONGEST_LATE.sub(r"\1", _BEFORE.sub(before, _AFTER.sub(after, text)))
