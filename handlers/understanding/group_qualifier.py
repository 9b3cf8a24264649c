"""The group named by its theme after a meeting noun: « la prochaine
réunion du groupe logement », « prochain rdv du groupe de travail mobilité
emploi », « la séance du GT insertion c'est où ? ».

Members name their own group by what it works on, not by the name the
coordinator configured; those words qualify the meeting as « du groupe »
alone would, so they are framing, not a topic the bot must find among
decisions or bodies (it offered readings on « logement »). A kind of meeting
the group holds (« du comité technique ») is an entity found before this
runs and is left alone; so is anything after a verb or a question word.
A formation itself reads as « réunion » among the intents' examples, or
« réunions » in the plural (« les prochains comités techniques »).
"""

from __future__ import annotations

from handlers.understanding.normalise import Word
from handlers.understanding.spans import Entity

__all__ = ["formation_token", "group_theme"]

# What a member calls a working group (« le groupe », « le GT », « le collectif »).
_GROUP_NOUNS = frozenset({"groupe", "gt", "collectif", "reseau", "pole", "commission"})
# A meeting noun, or an order word standing for one (« la prochaine du groupe logement »).
_MEETING = frozenset({"reunion", "reunions", "reu", "reus", "seance", "seances", "rencontre", "rencontres", "rdv",
                      "prochaine", "prochain", "derniere", "dernier", "pleniere"})
# « du groupe », « de notre groupe », « avec le groupe »: the link from the meeting to the group.
_LINKS = (("du",), ("de", "notre"), ("de", "votre"), ("de", "la"), ("de", "l"), ("avec", "le"), ("pour", "le"))
# « groupe de travail », « groupe thématique »: words of the noun itself.
_NOUN_TAIL = frozenset({"de", "travail", "thematique", "projet"})
# The words a theme ends before: grammar, verbs, question words.
_STOP = frozenset({"c", "ce", "est", "sera", "aura", "a", "au", "aux", "se", "s", "on", "il", "elle", "quand", "ou", "qui",
                   "quel", "quelle", "quoi", "comment", "le", "la", "les", "l", "en", "pour", "svp", "stp", "et", "est-ce",
                   "commence", "lieu", "prevu", "prevue", "finit", "dure", "y", "dans", "sur", "avec", "par", "etait",
                   "t", "elle", "ca", "cela", "bien", "toujours", "deja", "encore", "merci", "des", "du", "d", "un",
                   "une", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_MAX_THEME = 4


def group_theme(found: list[Word], entities: list[Entity], places: tuple[str, ...] = ()) -> set[int]:
    """Indices of « groupe logement » (the group noun and its theme) after a meeting noun, if any; not
    when the group noun and theme are how a meeting place opens (« Groupe de travail mobilité, Gare… »:
    that formation's meeting is asked, meeting_kinds.py), `places` being the meetings' places, folded."""
    taken = {j for e in entities for j in range(e.start, e.end)}
    for i, word in enumerate(found):
        if word.folded not in _MEETING and word.lemma not in _MEETING:
            continue
        for link in _LINKS:
            k = i + 1 + len(link)
            if tuple(w.folded for w in found[i + 1:k]) != link or k >= len(found):
                continue
            if found[k].folded not in _GROUP_NOUNS or k in taken:
                continue
            end = k + 1
            while end < len(found) and found[end].folded in _NOUN_TAIL and end - k <= 2:
                end += 1
            theme = end
            while theme < len(found) and theme - end < _MAX_THEME and theme not in taken and (
                    found[theme].folded not in _STOP) and not found[theme].folded.isdigit():
                theme += 1
            named = {w.folded for w in found[end:theme]}
            if theme > end and not any(named <= set(place.split()) for place in places):
                return set(range(k, theme))
    return set()


# Words before a formation in the plural (« les prochains copils », « des comités techniques »).
_PLURAL = frozenset({"les", "des", "prochains", "prochaines", "derniers", "dernieres", "nos", "vos", "ces", "quels", "quelles"})


def formation_token(found: list[Word], i: int) -> str:
    """How a formation at word `i` reads among the intents' examples: « la réunion », or « les réunions »
    when it is plural (« les prochains comités techniques » asks the upcoming meetings of that kind)."""
    plural = i > 0 and found[i].raw.casefold().endswith(("s", "x")) and found[i - 1].folded in _PLURAL
    return "reunions" if plural else "reunion"
