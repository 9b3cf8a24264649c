"""French as the German-speaking partners of a cross-border group write it
(blind set 43a, the employment working group of a Eurodistrict around
Strasbourg and the Ortenau): German nouns of a sitting's life kept inside a
French sentence (« la Sitzung de décembre commence à quelle heure ? », « le
prochain Termin », « la Tagesordnung pour mercredi ? », « le Protokoll de la
dernière Sitzung », « la Frist pour le dossier », « les Beschlüsse de
septembre », « les Aufgaben de Anne-Sophie », « notre Ansprechpartner à la
Mission locale »), the tag that ends a check (« …, oder ? », « …,
richtig ? », « …, gell ? »), a German question word opening it (« wer
représente l'Arbeitsagentur ? »), « Frau » and « Herr » before a name, and
the Alsatian turns of the French partners (« hopla, … » opening a message,
« qui est tout dans le groupe ? » for « wer ist alles », « c'est quoi pour
une réunion ? » for « was für eine », « qui est compétent / responsable
pour … ? » for « zuständig für », « Monika, elle est chez qui ? » for « bei
wem ist sie »: whom she works for; the article before a first name, « c'est
bien l'Anne-Sophie qui coordonne ? », « la Katrin doit faire quoi ? »).

Each German word was a topic the readings had to account for, and the plain
question fell under the bar or found another record (« le forum » for « la
Jobmesse »). They are written in French before the message is understood,
with the article and the adjectives before the noun put to the French
noun's gender (« le Beschluss » is « la décision »). A word the group's own
texts write (a place « Rathaus de Kehl », a body, a role) is never touched:
there it is the group's name for a thing, found as such."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import simplemma

from handlers.understanding.normalise import fold

__all__ = ["german_as_french"]

# German noun (folded) -> (French singular, French plural, French gender). A German plural maps to the plural.
_NOUNS: dict[str, tuple[str, bool, str]] = {
    "sitzung": ("réunion", False, "f"), "sitzungen": ("réunions", True, "f"),
    "besprechung": ("réunion", False, "f"), "besprechungen": ("réunions", True, "f"),
    "termin": ("rendez-vous", False, "m"), "termine": ("rendez-vous", True, "m"),
    "treffen": ("rendez-vous", False, "m"),
    "tagesordnung": ("ordre du jour", False, "m"),
    "protokoll": ("compte rendu", False, "m"), "protokolle": ("comptes rendus", True, "m"),
    "sitzungsprotokoll": ("compte rendu", False, "m"),
    "frist": ("date limite", False, "f"), "fristen": ("dates limites", True, "f"),
    "abgabefrist": ("date limite", False, "f"), "abgabe": ("date limite", False, "f"),
    "beschluss": ("décision", False, "f"), "beschlüsse": ("décisions", True, "f"),
    "beschluesse": ("décisions", True, "f"),
    "aufgabe": ("tâche", False, "f"), "aufgaben": ("tâches", True, "f"),
    "ansprechpartner": ("interlocuteur", False, "m"), "ansprechpartnerin": ("interlocutrice", False, "f"),
    "ansprechperson": ("interlocuteur", False, "m"),
    "azubi": ("apprenti", False, "m"), "azubis": ("apprentis", True, "m"),
    "auszubildende": ("apprentis", True, "m"), "auszubildenden": ("apprentis", True, "m"),
    "ausbildung": ("apprentissage", False, "m"),
    "sprachkurs": ("cours de langue", False, "m"), "deutschkurs": ("cours d'allemand", False, "m"),
    "französischkurs": ("cours de français", False, "m"),
    "grenzgänger": ("frontalier", False, "m"), "grenzgaenger": ("frontalier", False, "m"),
    "grenzgängerin": ("frontalière", False, "f"), "grenzgängerinnen": ("frontalières", True, "f"),
    "anerkennung": ("reconnaissance", False, "f"),
    "jobmesse": ("forum de l'emploi", False, "m"), "ausbildungsmesse": ("forum de l'apprentissage", False, "m"),
    "bewerbung": ("candidature", False, "f"), "bewerbungen": ("candidatures", True, "f"),
    "praktikum": ("stage", False, "m"), "praktika": ("stages", True, "m"),
    "arbeitslose": ("demandeurs d'emploi", True, "m"), "arbeitslosen": ("demandeurs d'emploi", True, "m"),
    "einladung": ("convocation", False, "f"), "teilnehmer": ("participants", True, "m"),
    "teilnehmerliste": ("liste des participants", False, "f"), "rathaus": ("hôtel de ville", False, "m"),
}
# Words that are the same in both numbers in German: plural after a plural determiner.
_BOTH_NUMBERS = {"grenzgänger": "frontaliers", "grenzgaenger": "frontaliers", "treffen": "rendez-vous",
                 "teilnehmer": "participants"}
_PLURAL_BEFORE = frozenset({"les", "des", "aux", "ces", "nos", "vos", "leurs", "mes", "tes", "ses", "plusieurs"})

# Determiners and adjectives before a noun, masculine <-> feminine (folded, as typed lower-case).
_MASCULINE = {"la": "le", "une": "un", "cette": "ce", "ma": "mon", "ta": "ton", "sa": "son", "prochaine": "prochain",
              "dernière": "dernier", "derniere": "dernier", "première": "premier", "premiere": "premier",
              "nouvelle": "nouveau", "quelle": "quel", "toute": "tout", "die": "le", "der": "le", "das": "le"}
_FEMININE = {"le": "la", "un": "une", "ce": "cette", "cet": "cette", "mon": "ma", "ton": "ta", "son": "sa",
             "prochain": "prochaine", "dernier": "dernière", "premier": "première", "nouveau": "nouvelle",
             "quel": "quelle", "tout": "toute", "die": "la", "der": "la", "das": "la"}
_CONTRACTED = {("du", "f"): "de la", ("au", "f"): "à la"}
_VOWEL = re.compile(r"(?i)^[aeéèêiîoôuyh]")

# The tag ending a check: « …, oder ? », « …, richtig ? », « …, gell ? », « …, nicht wahr ? ».
_TAG = re.compile(r"(?i)[,\s]+(?:oder|odder|richtig|gell|gelle|nicht\s+wahr|ja)\s*(\?*)\s*$")
# « hopla, … », « hop là, … » opening a message (an Alsatian interjection, no word of the question).
_HOPLA = re.compile(r"(?i)^\s*(?:allez\s+)?(?:hopla|hop\s+l[àa]|hoppla)\b[\s,!.]*(?=\S)")
# A German question word opening the message.
_ASKING = {"wer": "qui", "wann": "quand", "wo": "où", "wie": "comment"}
_ASKING_START = re.compile(r"(?i)^(\s*)(wer|wann|wo|wie)(?=\s)")
# « Frau Benz », « Herr Falk »: the French title before a capitalised name.
_TITLE = re.compile(r"\b(Frau|Herr|Hr\.)\s+(?=[A-ZÄÖÜ])")
# « qui est tout dans le groupe ? » (wer ist alles): everyone, no « tout » to read.
_WHO_ALL = re.compile(r"(?i)\b(qui\s+(?:est|sont|était|étaient|etait|etaient|sera|seront|vient|viennent))\s+tout\b(?!\s+(?:à|a)\s+fait)")
# « c'est quoi pour une réunion le 19 ? » (was für eine): « c'est quoi, la réunion du 19 ? », the sitting of the day.
_WHAT_KIND = re.compile(r"(?i)\bquoi\s+pour\s+(une?)\s+(\w+)(\s+le(?=\s+\d))?")
# « qui est compétent pour les apprentis ? », « responsable pour la salle » (zuständig für): who sees to it.
_IN_CHARGE = re.compile(r"(?i)\bqui\s+(?:est|sont|serait)\s+(?:compétente?s?|competente?s?|responsables?|zuständig)"
                        r"\s+(?:pour|für|fur)\s+(les|le|la|l['’])?\s*")
_DE_ARTICLE = {"le": "du ", "la": "de la ", "les": "des ", "l'": "de l'", "l’": "de l'"}

_TOKEN = re.compile(r"(\s+|[?!.,;:()«»\"]+)")
_ELIDED = re.compile(r"(?i)^(l|d)['’](\w+)$")


def german_as_french(text: str, group_texts: Callable[[], Iterable[str]] = tuple, names: Iterable[str] = ()) -> str:
    """`text` with the German turns above written in French; `text` itself when it holds none. `group_texts`: gives
    the group's own texts, asked only when a German noun, or a surname after an article, is typed (reading every
    record costs on each message).
    `names`: the members' names, whose first names may follow an article (« l'Anne-Sophie », « la Katrin »)."""
    names = list(names)
    text = _without_name_article(text, names, group_texts)
    text = _works_for(text, names)
    text = _TAG.sub(lambda m: ", non " + (m.group(1) or "?"), text)
    text = _HOPLA.sub("", text)
    text = _ASKING_START.sub(lambda m: m.group(1) + _ASKING[m.group(2).casefold()], text)
    text = _TITLE.sub(lambda m: "Mme " if m.group(1) == "Frau" else "M. ", text)
    text = _WHO_ALL.sub(r"\1", text)
    text = _WHAT_KIND.sub(lambda m: f"quoi, {'la' if m.group(1).casefold() == 'une' else 'le'} {m.group(2)}"
                          + (" du" if m.group(3) else ""), text)
    text = _IN_CHARGE.sub(lambda m: "qui s'occupe " + _DE_ARTICLE.get((m.group(1) or "").casefold(), "de "), text)
    return _nouns_in_french(text, group_texts)


def _nouns_in_french(text: str, group_texts: Callable[[], Iterable[str]]) -> str:
    """The German nouns of `text` in French, their determiners and adjectives put to the French gender."""
    tokens = _TOKEN.split(text)
    own: set[str] | None = None  # the group's own words, read at the first German noun
    for i, token in enumerate(tokens):
        elided = _ELIDED.match(token)
        key = (elided.group(2) if elided else token).casefold()
        if key not in _NOUNS:
            continue
        if own is None:
            own = {fold(w) for t in group_texts() for w in re.findall(r"[\wÀ-ÿ'-]+", t)}
        if fold(key) in own:
            continue
        bare = elided.group(2) if elided else token
        if bare[:1].islower() and simplemma.is_known(bare, lang="fr"):
            continue  # « se termine »: a French word typed in lower case, no German noun (« les Termine »)
        french, plural, gender = _NOUNS[key]
        if elided:  # « l'Abgabe », « d'Azubis »: the article or « de » written before the French noun
            tokens[i] = _elided_before(elided.group(1), french, gender, plural)
            continue
        before = _words_before(tokens, i, 2)
        if key in _BOTH_NUMBERS and before and tokens[before[-1]].casefold() in _PLURAL_BEFORE:
            french, plural = _BOTH_NUMBERS[key], True
        tokens[i] = french
        if not plural:
            _agree(tokens, before, gender, french)
    return "".join(tokens)


def _words_before(tokens: list[str], i: int, count: int) -> list[int]:
    """The indexes of up to `count` words right before token `i` (nearest last), across spaces only."""
    found: list[int] = []
    j = i - 1
    while j >= 0 and len(found) < count:
        if tokens[j].isspace() or tokens[j] == "":
            j -= 1
            continue
        if _TOKEN.fullmatch(tokens[j]):
            break
        found.insert(0, j)
        j -= 1
    return found


def _agree(tokens: list[str], before: list[int], gender: str, noun: str) -> None:
    """The determiner and adjective before `noun` put to its `gender`, elided before a vowel."""
    table = _FEMININE if gender == "f" else _MASCULINE
    for n, j in enumerate(before):
        word = tokens[j]
        low = word.casefold()
        if (low, gender) in _CONTRACTED:
            tokens[j] = _CONTRACTED[(low, gender)]
        elif low in table:
            tokens[j] = table[low] if word.islower() else table[low].capitalize()
        nearest = n == len(before) - 1
        elided = {"le": "l'", "la": "l'", "au": "à l'", "du": "de l'"}.get(tokens[j].casefold())
        if nearest and elided and _VOWEL.match(noun):  # « au Rathaus » is « à l'hôtel de ville »
            tokens[j] = elided
            if j + 1 < len(tokens) and tokens[j + 1].isspace():
                tokens[j + 1] = ""


def _elided_before(article: str, french: str, gender: str, plural: bool) -> str:
    """« l'Abgabe » as « la date limite », « d'Azubis » as « d'apprentis »: the elided word before `french`."""
    vowel = bool(_VOWEL.match(french))
    if article.casefold() == "d":
        return ("d'" if vowel else "de ") + french
    if plural:
        return "les " + french
    return "l'" + french if vowel else ("la " if gender == "f" else "le ") + french


def _without_name_article(text: str, names: list[str], group_texts: Callable[[], Iterable[str]] = tuple) -> str:
    """« c'est bien l'Anne-Sophie qui coordonne ? », « la Katrin doit faire quoi ? »: the article Alsatian and
    southern German French put before a first name, left out before a member's first name (capitalised as typed);
    so before a whole surname (« le Meyer de Dannemarie, c'est qui ? », set 48a: « Le Goff » keeps its « Le »),
    unless French knows it as a word or the group's other texts write it (« la Vienne », « la Loire » of a body or
    a place: the article is theirs)."""
    firsts = sorted({n.split()[0] for n in names if n.split() and len(n.split()[0]) >= 3}, key=len, reverse=True)
    if firsts:
        alternatives = "|".join(re.escape(f) for f in firsts)
        text = re.sub(rf"(?<![\w'’])(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?=(?:{alternatives})(?![\w-]))", "", text)
    lasts = sorted({" ".join(n.split()[1:]) for n in names if len(n.split()) > 1 and len(" ".join(n.split()[1:])) >= 3},
                   key=len, reverse=True)
    found = [m for m in re.finditer(rf"(?<![\w'’])(?:[Ll]e|[Ll]a)\s+({'|'.join(re.escape(x) for x in lasts)})(?![\w-])",
                                    text)] if lasts else []
    if not found:
        return text
    others = " ".join(fold(t) for t in group_texts() if t not in names)
    for m in reversed(found):
        last = m.group(1)
        if simplemma.is_known(last.casefold(), lang="fr") or re.search(rf"\b{re.escape(fold(last))}\b", others):
            continue
        text = text[:m.start()] + text[m.start(1):]
    return text


# « Monika Vogt, elle est chez qui ? » (bei wem ist sie): whom a member works for.
_AT_WHOSE = re.compile(r"(?i)^(?P<who>.+?)[,\s]+(?:elle|il)\s+est\s+chez\s+qui\b")


def _works_for(text: str, names: Iterable[str]) -> str:
    """« Monika, elle est chez qui ? » as « Monika, elle travaille où ? » when a member is named before; « la réunion,
    elle est chez qui ? » (who hosts it) stays."""
    found = _AT_WHOSE.match(text)
    words = {fold(w) for n in names for w in n.split() if len(w) >= 3}
    if found is None or not words & {fold(w) for w in re.findall(r"[\w'-]+", found.group("who"))}:
        return text
    return text[:found.end()].rsplit("est", 1)[0] + "travaille où" + text[found.end():]
