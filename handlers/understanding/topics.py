"""Matching a question's topic words against stored texts (decisions,
deadlines) by lemma stems and synonyms, so that "vélos" finds "pistes
cyclables" and "financement" finds "subvention"."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache, lru_cache

import simplemma
from rapidfuzz import fuzz

from handlers.understanding.meeting_verbs import sitting_as_meeting
from handlers.understanding.acronym_keys import acronym_keys
from handlers.understanding.amounts import spoken_amounts, written_amounts
from handlers.understanding.clock_keys import clock_keys
from handlers.understanding.derivation import root
from handlers.understanding.determined import determined, determined_nouns
from handlers.understanding.hypernyms import Reach, keys_of, reach, reached
from handlers.understanding.normalise import HERE, Word, fold, lexicon, stem, words
from handlers.understanding.role_forms import fields_of
from handlers.understanding.spelled_out import spelled_out
from handlers.understanding.tight_topics import tight_keys

__all__ = ["content_stems", "content_words", "families_of", "grounded", "is_generic", "kind_words", "record_pairs", "topic_families", "topic_scores",
           "topic_stems", "with_activities"]

STEM_MATCH = 85.0
# A text matches when at least this share of the topic's words is in it.
SHARE = 0.5
# A synonym of lexicon.toml's [topics] counts half: those families are loose (« mensuel » is in the one of
# rhythm, « citoyen » in the one of the public), and at full weight they found « une permanence mensuelle »
# for the rhythm of meetings. The precise families of families.toml (hypernyms.py) count in full.
SYNONYM_WEIGHT = 0.5
# A typo is matched on stems this long at least: « repas » is no slip of « réparation ».
FUZZY_LEAST = 5
# « évaluateur » does « évaluation », « coordinatrice » « coordination », « formateur » « formation ».
_AGENT = re.compile(r"\b(\w+?)at(?:eur|rice)s?\b", re.IGNORECASE)


@cache
def _topic_lexicon() -> dict[str, object]:
    with (HERE / "lexicon.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def _generic() -> frozenset[str]:
    """Words too general to be a topic beside another (lexicon.toml, topic_generic):
    « les déplacements des personnes âgées » is about déplacements and âgées."""
    return frozenset(stem(w.lemma) for w in words(" ".join(_topic_lexicon().get("topic_generic", [])), shorthand=False))


@cache
def kind_words() -> frozenset[str]:
    """Stop words naming kinds of bodies, which may be a decision's topic (lexicon.toml, kind_words)."""
    return frozenset(fold(w) for w in _topic_lexicon().get("kind_words", []))


def is_generic(word: Word) -> bool:
    """A word too general to be a topic beside another (« personnes », « éviter », « petits »)."""
    return bool({stem(word.lemma), stem(word.folded)} & _generic())


@cache
def _families() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Stem -> the stems of its synonyms and their derivational roots (lexicon.toml, [topics])."""
    groups = _topic_lexicon().get("topics", {}).values()
    related: dict[str, tuple[set[str], set[str]]] = {}
    stop = lexicon().stopwords
    for group in groups:
        found = [w for w in words(" ".join(group), shorthand=False) if w.folded not in stop]
        stems, kin = {stem(w.lemma) for w in found}, {root(w.lemma) for w in found}
        # Keyed by root too: « repoussés » (lemma « repousse ») finds the family of « repousser ».
        for s in stems | kin:
            mine = related.setdefault(s, (set(), set()))
            mine[0].update(stems)
            mine[1].update(kin)
    return {k: (frozenset(v[0]), frozenset(v[1])) for k, v in related.items()}


@cache
def topic_families() -> tuple[tuple[str, ...], ...]:
    """The synonym families of lexicon.toml's [topics], as written (kin_pairs.py)."""
    return tuple(tuple(group) for group in _topic_lexicon().get("topics", {}).values())


@cache
def _family_sets() -> tuple[frozenset[str], ...]:
    """Each synonym family of lexicon.toml's [topics] on its own, as stems and roots."""
    stop = lexicon().stopwords
    sets = []
    for group in _topic_lexicon().get("topics", {}).values():
        found = [w for w in words(" ".join(group), shorthand=False) if w.folded not in stop]
        sets.append(frozenset(stem(w.lemma) for w in found) | frozenset(root(w.lemma) for w in found))
    return tuple(sets)


def families_of(word: Word) -> list[frozenset[str]]:
    """The families `word` belongs to, each apart (or its own stems, when in none)."""
    own = frozenset({stem(word.lemma), stem(word.folded), root(word.lemma), root(word.folded)})
    return [f for f in _family_sets() if own & f] or [own]


# « c'était quoi la décision ? »: the imperfect of « être » keeps its own lemma (lexicon.toml), and says nothing.
_BEING = frozenset({"etait", "etaient"})


# Per meaningful topic word: own stems, synonyms' stems, own roots, synonyms' roots, what it finds
# through the families of families.toml (hypernyms.py), and its tight synonyms' keys (tight_topics.py).
_Wanted = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], Reach, frozenset[str]]


def _wanted(topic: Sequence[Word]) -> list[_Wanted]:
    stop = lexicon().stopwords
    out: list[_Wanted] = []
    # « les transports en commun », « la restauration scolaire »: a family's phrase is named by all its words.
    context = frozenset().union(*(keys_of(w) for w in topic)) if topic else frozenset()
    for word in topic:
        # « CV », « RH »: short, but an acronym as typed.
        # « qui ont du mal »: « ont » is « avoir », a grammar word whatever its form.
        # A kind of body (« la cellule ») is a topic only where kind_topic.py made it one.
        # A noun among the stop words (« les bons ») is in a topic only where its determiner made it one (determined.py).
        if (word.folded in stop or word.lemma in stop or word.lemma in _BEING) and word.folded not in kind_words() and (
                word.folded not in determined_nouns()) or (
                len(word.folded) < 3 and not (len(word.raw) == 2 and word.raw.isupper())):
            continue
        own = frozenset({stem(word.lemma), stem(word.folded)})
        families = _families()
        related, kin = families.get(stem(word.lemma)) or families.get(root(word.lemma)) or families.get(
            root(word.folded), (frozenset(), frozenset()))
        own_kin = frozenset({root(word.lemma), root(word.folded)})
        out.append((own, related - own, own_kin, kin - own_kin, reach(word, context), tight_keys(word)))
    # « les déplacements des personnes âgées »: « personnes » says nothing beside « âgées ».
    specific = [w for w in out if not w[0] & _generic()]  # as is_generic
    return specific or out


def topic_stems(topic: Sequence[Word]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each meaningful topic word: its own stems, and its synonyms' stems."""
    return [(own, related) for own, related, *_ in _wanted(topic)]


@lru_cache(maxsize=1 << 14)
def _text_keys(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A record's stems and derivational roots (« rénovation » -> « renov »), read once per text, without
    chat shorthand (« rencontre » stays itself)."""
    found = sitting_as_meeting(words(text, shorthand=False))  # « la commission siège le mardi » meets (meeting_verbs.py)
    # « 90 000 francs » holds the amount « nonante mille » says (amounts.py).
    stems = frozenset(stem(w.lemma) for w in found) | frozenset(stem(w.folded) for w in found) | written_amounts(text)
    stems |= clock_keys(text)  # « à 17h30 » is about the hour (clock_keys.py)
    stems |= acronym_keys(stems)  # « quartiers prioritaires » holds the QPV a question types (acronym_keys.py)
    return stems, frozenset(root(w.lemma) for w in found) | frozenset(root(w.folded) for w in found)


# Little words an acronym skips (« économie sociale et solidaire » is the ESS).
_ACRONYM_SKIP = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


@lru_cache(maxsize=1 << 12)
def _initials(text: str) -> frozenset[str]:
    """The initials of each run of two to five words of `text`, little words skipped."""
    significant = [w.folded for w in words(text, shorthand=False) if w.folded not in _ACRONYM_SKIP and w.folded.isalpha()]
    return frozenset("".join(w[0] for w in significant[k:k + n])
                     for n in range(2, 6) for k in range(len(significant) - n + 1))


def topic_scores(topic: Sequence[Word], texts: Sequence[str], loose: bool = True) -> list[float]:
    """Share of topic words (0-1) each text contains, by stem, typo, synonym, acronym or amount (not `loose`: by
    the words themselves, no synonym nor family)."""
    topic = spoken_amounts(topic)
    wanted = _wanted(topic)
    if not wanted:
        return [0.0] * len(texts)
    # « l'ESS », « le PAT »: a word no dictionary knows may be the initials of words of the text.
    acronyms = frozenset(w.folded for w in topic if 3 <= len(w.folded) <= 5 and w.folded.isalpha()
                         and (w.raw.isupper() or not simplemma.is_known(w.folded, lang="fr")))
    scores = []
    for text in texts:
        stems, kin = _text_keys(text)
        have = stems | (_initials(text) & acronyms if acronyms else frozenset())
        hits = 0.0
        for own, related, own_kin, related_kin, (full, half), tight in wanted:
            # « rénover » finds « rénovation », « repérer » « repérage » (derivation.py); a slip keeps the first
            # letter (« apporte » is no typo of « rapport ») and is no prefix (« rendre » is no slip of « prendre »).
            # « le forum » is no slip of « form » (the stem of « formation »): a word French knows, longer than the
            # text's stem, is itself.
            if own & have or own_kin & kin or any(fuzz.ratio(o, h) >= STEM_MATCH and o[0] == h[0] and not (
                    h.endswith(o) or o.endswith(h)) and not (len(h) < len(o) and simplemma.is_known(o, lang="fr"))
                    for o in own if len(o) >= FUZZY_LEAST for h in have if len(h) >= 4):
                hits += 1.0
            elif loose and (full and reached(full, have | kin) or tight & (have | kin)):
                # « les transports » find « la navette », « l'argent » « Budget 2027 » (families.toml);
                # « déposer » finds « Dépôt » (tight_topics.py).
                hits += 1.0
            elif loose and (related & have or related_kin & kin or half and reached(half, have | kin)):
                # A synonym counts half: alone it finds its texts (« vélos » -> « cyclables », « le bus » ->
                # « les transports en commun »), beside a word found nowhere it does not
                # (« le repas de Noël » is not about school canteens).
                hits += SYNONYM_WEIGHT
        scores.append(hits / len(wanted))
    return scores


# Words that say what is asked, not about what: never grounded in a record
# (« la séance de décembre » is a meeting even if a decision says so).
_ASKING = frozenset({
    "reunion", "reunions", "seance", "prochain", "prochains", "dernier", "precedent", "ordre", "jour", "date",
    "echeance", "calendrier", "agenda", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "semaine", "mois", "annee", "visio", "presentiel", "rediger", "membre", "membres",
})


def _as_typed(word: Word) -> Word:
    """The word as typed when chat shorthand replaced it: « les ateliers de réparation » of a record are
    no « réunions »."""
    return words(word.typed, shorthand=False)[0] if word.typed and " " not in word.typed.strip() else word


# « la semaine de la petite enfance », « le mois de l'ESS »: a span of time followed by what it is devoted to
# names an event (its word is part of the topic), unlike « la semaine du 14 », « le mois de mars ».
_EVENT_SPANS = frozenset({"semaine", "mois"})
_OF = frozenset({"de", "du", "des", "d", "la", "l", "le", "les"})


def _names_event(found: Sequence[Word], i: int) -> bool:
    k = i + 1
    while k < len(found) and found[k].folded in _OF:
        k += 1
    return k > i + 1 and found[i + 1].folded in ("de", "du", "des", "d") and k < len(found) and found[k].folded.isalpha() \
        and found[k].folded not in _ASKING and found[k].lemma not in _ASKING and found[k].folded not in lexicon().stopwords


def _content(found: Sequence[Word]) -> list[tuple[int, str]]:
    """(index, stem) of the words that carry meaning."""
    lex = lexicon()
    return [(i, stem(w.lemma)) for i, w in enumerate(found)
            if (w.folded not in lex.stopwords or determined(found, i)) and len(w.folded) >= 3
            and (w.lemma not in _ASKING and w.folded not in _ASKING or w.folded in _EVENT_SPANS and _names_event(found, i))
            and w.lemma not in lex.decision_words and w.folded not in lex.decision_words]


content_stems = _content  # charged_places.py: the message's words a member's role holds


def content_words(found: Sequence[Word]) -> list[Word]:
    """The words of a message that say what it is about, not what it asks."""
    lex = lexicon()
    # The words as typed: « les ateliers de réparation » (a decision's words) are no « réunions » here.
    typed = [_as_typed(w) for w in found]
    return [typed[i] for i, _ in _content(typed) if typed[i].folded not in lex.question_words
            and (typed[i].lemma not in lex.stopwords or determined(typed, i)) and typed[i].folded not in _BEING_FORMS]


# « a été décidé »: « été » is the verb « être », whatever the lemmatiser says of the season; « on était partis
# d'où ? »: its imperfect, which the lemmatiser knows only with its accent (« etait » stayed a topic word).
_BEING_FORMS = frozenset({"ete", "etait", "etaient", "etais", "etions", "etiez"})


@lru_cache(maxsize=64)
def record_pairs(texts: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring meaningful stems in the group's records
    ("fiches de poste" -> (fich, poste)): a question that repeats two of
    them names that record, even with words the examples also use."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        content = _content(words(text, shorthand=False))
        pairs.update((a, b) for (_, a), (_, b) in zip(content, content[1:], strict=False))
    return frozenset(pairs)


_MEETING_ASKING = frozenset({"lieu", "heure", "heures",
                             # « le compte rendu de mars ? » asks for the minutes, even where a decision speaks of them.
                             "compte", "rendu", "comptes", "rendus", "proces", "verbal", "verbaux"})


# Verbs of meeting, and the words that ask for the next time (« à nouveau », « de nouveau », « prochainement »).
_MEETING_VERBS = frozenset({"reunir", "retrouver", "revoir", "sieger"})


def _again(found: Sequence[Word]) -> bool:
    folded = [w.folded for w in found]
    return "prochainement" in folded or any(
        b == "nouveau" and a in ("a", "de") for a, b in zip(folded, folded[1:], strict=False))


def grounded(found: Sequence[Word], pairs: frozenset[tuple[str, str]]) -> set[int]:
    """Indices of the message's words that repeat a pair of a record's words."""
    content = _content(found)
    hits: set[int] = set()
    lex = lexicon()
    decided = any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in found)
    for (i, a), (j, b) in zip(content, content[1:], strict=False):
        # « aura lieu », « à quelle heure » ask when and where a meeting is; they repeat a record
        # (« la semaine aura lieu en mars ») as its topic only in a question about decisions.
        asking = {found[i].lemma, found[j].lemma, found[i].folded, found[j].folded} & _MEETING_ASKING
        # « Quand l'observatoire se réunit-il à nouveau ? »: meeting again is the next sitting, not the decision
        # saying how often it meets (« L'observatoire se réunit … deux fois par an »).
        asking |= {found[i].lemma, found[j].lemma} & _MEETING_VERBS if _again(found) else set()
        if (a, b) in pairs and j - i <= 3 and (decided or not asking):
            hits.update((i, j))
    return hits


@cache
def _duties() -> tuple[tuple[str, str], ...]:
    """(title stem, the words of its duties) from lexicon.toml's title_duties."""
    return tuple((fold(k), " ".join(v)) for k, v in _topic_lexicon().get("title_duties", {}).items())


# Pure in `text`, asked of every member's role at every question (answer.py's records, in_charge): kept.
@lru_cache(maxsize=1 << 12)
def with_activities(text: str, duties: bool = True) -> str:
    """`text` with the activity each agent noun of it names: « … évaluateur du programme évaluation »,
    the field of each practitioner (« Sociologue » sociologie, « Gestionnaire » gestion: role_forms.py)
    and (with `duties`) the duties of each title (« Secrétaire » procès-verbaux, notes: lexicon.toml, title_duties)."""
    # A « secrétaire générale » heads a body's staff: the minutes are the group's secretary's.
    folded = fold(text)
    held = "".join(f" {words}" for title, words in _duties() if duties and re.search(rf"\b{title}\w*(?! general)", folded))
    # « Coordinateur du CLSPD » does « sécurité » and « prévention de la délinquance » (spelled_out.py).
    return (text + "".join(f" {m.group(1)}ation" for m in _AGENT.finditer(text)) + "".join(f" {f}" for f in fields_of(text))
            + spelled_out(text) + held)
