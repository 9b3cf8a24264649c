"""Context before a question: what a member writes around the question in
the formal register, which names no topic of it.

« Je dois réserver mon après-midi : la prochaine séance aura-t-elle lieu en
présentiel ? » and « Je serai absente jeudi. Pourriez-vous m'envoyer
l'ordre du jour ? » open with a sentence of their own: its words say why
the member asks, not what (entities named there still count). « Étant
nouvellement nommée au sein du groupe, je souhaiterais connaître… » and
« N'ayant pu assister à la dernière séance, … » open with a clause of
circumstance: its unknown words are no topic, its known ones (« la
dernière séance ») still tell what is asked.
"""

from __future__ import annotations

import re

from handlers.understanding.leadins import is_chat_lead_in
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.question_tags import question_tags
from handlers.understanding.shape import opening

__all__ = ["Aside", "context_words", "is_news", "plain_markers", "word_positions"]

# Formal ways of naming a topic, read as « concernant » (« quant » alone is read as « quand »: chat typo).
_MARKERS = re.compile(r"\b(?:quant\s+(?=aux?\b)|quant\s+(?:à|a)\b|en ce qui concerne\b|s'agissant\s+(?:de\s+|d')?|"
                      r"relativement\s+(?:à|a)\b|eu égard\s+(?:à|a)\b)\s*", re.IGNORECASE)


def plain_markers(text: str) -> str:
    """« Qu'a-t-on convenu quant au jour des réunions ? » -> « … concernant au jour … »: one topic marker."""
    return _MARKERS.sub("concernant ", text.replace("’", "'"))

# A sentence or a colon ends a context before a question.
_SENTENCE_END = re.compile(r"[.!;:…]+\s+")
# Words opening a clause of circumstance, up to the first comma.
_OPENERS = frozenset({"etant", "ayant", "n", "ne", "pouvant", "devant", "comme", "puisque", "vu", "suite", "afin", "dans",
                      "apres", "en", "nouvellement", "nouveau", "nouvelle", "absent", "absente", "excuse", "excusee"})
# « n'ayant », « ne pouvant », « dans le cadre de », « en vue de », « en prévision de »: the word that must follow.
_SECOND = {"n": ("ayant", "etant"), "ne": ("pouvant", "sachant"), "dans": ("le",), "en": ("vue", "prevision", "tant"),
           "apres": ("avoir",)}

# The member speaking of themselves: a sentence of context.
_SPEAKER = frozenset({"je", "j", "nous", "moi"})
_MY = frozenset({"mon", "ma", "mes"})

Aside = tuple[set[int], set[int]]


def word_positions(text: str, found: list[Word]) -> list[int]:
    """Where each word starts in `text` (a word that shorthand expanded keeps its neighbour's place)."""
    folded_text = fold(text.replace("’", "'"))
    places: list[int] = []
    pos = 0
    for word in found:
        # « l'atelier » read as « réunion » is found as typed, not at a later « réunions ».
        said = fold(word.typed) if word.typed else word.folded
        at = folded_text.find(said, pos)
        if at >= 0:
            pos = at + len(said)
        places.append(at if at >= 0 else pos)
    return places


def context_words(text: str, found: list[Word]) -> Aside:
    """(words dropped whole, words dropped if unknown): the context before a question."""
    dropped: set[int] = set()
    loose: set[int] = set()
    if not found:
        return dropped, loose
    places = word_positions(text, found)
    markers = lexicon().topic_markers
    # An earlier sentence about oneself before a question, unless it sets the topic (« Concernant le
    # budget : qu'a-t-on décidé ? »); « prochaine séance : date et lieu ? » names what is asked.
    ends = [m.end() for m in _SENTENCE_END.finditer(text.rstrip())]
    if ends and text.rstrip().endswith("?"):
        last = ends[-1]
        before = [i for i, p in enumerate(places) if p < last]
        if (before and len(before) < len(found) and any(found[i].folded in _SPEAKER for i in before)
                and not any(found[i].folded in markers for i in before)):
            dropped.update(before)
    # A clause of circumstance up to the first comma (after a greeting: « Bonjour, afin de préparer la séance, … »).
    greeting = opening(found)
    rest = [i for i in range(len(found)) if i not in dropped and i >= greeting]
    comma = text.find(",", places[rest[0]] if rest else 0)
    if rest and comma > 0:
        first = found[rest[0]].folded
        follows = found[rest[0] + 1].folded if rest[0] + 1 < len(found) else ""
        # « Je n'ai pas reçu l'ordre du jour, pourriez-vous me le renvoyer ? »: oneself, then the question.
        clause = [i for i in rest if places[i] < comma]
        # « dsl j'ai raté le msg, on se réunit quand ? »: the chat register's lead-in (leadins.py).
        about_me = (first in _SPEAKER or is_chat_lead_in([found[i] for i in clause])) and text.rstrip().endswith("?")
        # « Pour l'organisation de mon agenda, quand … ? »: a purpose of one's own, not the topic
        # (« pour le budget, qu'a-t-on décidé ? » names it).
        my_purpose = first == "pour" and any(found[i].folded in _MY for i in clause)
        # « j'étais marquée excusée la dernière fois, non ? »: a tag after the comma asks to confirm the clause,
        # which is then the question itself (question_tags.py; set 48a's « …, gell ? »).
        tagged = bool(question_tags(found)) and len(clause) == len(rest) - 1
        if (about_me or my_purpose or first in _OPENERS and (first not in _SECOND or follows in _SECOND[first])) and (
                not tagged):
            if len(clause) < len(rest):
                loose.update(clause)
    loose.update(_closing_reason(text, found, places))
    return dropped, loose


def _closing_reason(text: str, found: list[Word], places: list[int]) -> set[int]:
    """« … où aura lieu notre prochaine séance, je ne retrouve plus l'invitation »: a last clause after a
    comma, of the member speaking of themselves and asking nothing, after words that asked; it says why."""
    comma = text.rstrip().rstrip("?.! ").rfind(",")
    if comma < 0:
        return set()
    tail = [i for i, p in enumerate(places) if p > comma]
    head = [i for i in range(len(found)) if i not in tail]
    asks = lexicon().question_words
    if (not tail or len(tail) > 12 or found[tail[0]].folded not in _SPEAKER
            or any(found[i].folded in asks for i in tail) or not any(found[i].folded in asks for i in head)):
        return set()
    return set(tail)


# « Le Département a adopté le guide hier. »: a body (or « la séance ») as the subject of a past tense.
_SUBJECT_OPENERS = frozenset({"le", "la", "les", "l", "notre", "nos", "votre", "vos", "leur", "leurs"})
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "est", "sont"})  # « la réunion de mon équipe est reportée »
_RELATIVE = frozenset({"on", "qu", "que", "qui", "nous", "vous", "je", "j", "il", "elle", "ils", "elles"})
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$")


# The articles that open a noun phrase, after which no past participle comes.
_ARTICLES = frozenset({"la", "le", "les", "l", "un", "une", "des"})


# A thing said to come (« le rapport de la marche arrive bientôt. », set 41a): a verb of arrival in the present or the
# future, then when.
_COMING = frozenset({"arrive", "arrivent", "arrivera", "arriveront", "sort", "sortent", "sortira", "sortiront"})
_SOON = frozenset({"bientot", "demain", "prochainement", "sous", "dans", "cette", "ce", "tres", "incessamment",
                   "vite", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})


# The words of a greeting before a comma (« Bonjour à toutes et à tous, », « Chères toutes, chers tous, »).
_GREETING = frozenset({"bonjour", "bonsoir", "salut", "hello", "coucou", "cher", "chere", "chers", "cheres", "a",
                       "toutes", "tous", "et", "tout", "le", "monde", "collegues", "collegue", "amis", "amies"})
# The exclamations that open news before a comma (« bonne nouvelle, la Région a voté le budget », « super, le
# rapport est validé »): they greet the news as a greeting greets the group, and ask nothing.
_EXCLAMATIONS = frozenset({"bonne", "bonnes", "mauvaise", "mauvaises", "excellente", "nouvelle", "nouvelles", "super",
                           "genial", "chouette", "ouf", "enfin", "top", "bravo", "youpi", "cool", "yes", "info"})


def is_news(text: str, found: list[Word], asks: bool) -> bool:
    """News about a decision or an event (« La Région a voté hier le budget. »), not a request: no
    question mark, no question word, a subject opening the sentence and a verb in the past, or a verb of arrival
    and when (« le rapport arrive bientôt. »)."""
    if found and "?" not in text and not asks and found[0].folded in _GREETING | _EXCLAMATIONS and "," in text:
        # « Bonjour à tous, le rapport arrive bientôt. », « bonne nouvelle, la préfecture a confirmé les crédits »:
        # the news after the greeting or the exclamation
        greeting = re.findall(r"\w+", text[:text.index(",")])
        if greeting and all(fold(g) in _GREETING | _EXCLAMATIONS for g in greeting) and len(greeting) < len(found):
            found = found[len(greeting):]
    if not found or "?" in text or asks or found[0].folded not in _SUBJECT_OPENERS:
        return False
    if any(w.folded in _COMING and found[i + 1].folded in _SOON for i, w in enumerate(found[1:-1], start=1)):
        return True
    for i, word in enumerate(found[1:], start=1):
        # « le compte rendu de la réunion à Hennebont »: « à » is no « a » of « avoir ».
        if word.folded in _AUXILIARIES and word.raw.casefold() not in ("à", "à."):
            if found[i - 1].folded in _RELATIVE or any(w.folded == "dont" for w in found[1:i]):
                # « les décisions qu'on a adoptées en octobre », « les tâches dont l'échéance est passée »:
                # a request worded as a noun phrase
                return False
            if found[i - 1].folded == "c":
                return False  # « la réunion d'avril, c'est agendé »: « c'est » asks, as in « c'est où ? » (notices.py)
            after = found[i + 1:i + 3]
            if after and after[0].folded in _ARTICLES:
                # « le cr de la reu a la mediatheque »: an article after « a » makes it « à » typed without its
                # accent (or « avoir » with an object); a past participle never follows an article.
                return False
            if [w.folded for w in after] == ["du", "retard"]:
                return True  # « le train de 13h12 a du retard »: news of a delay, no task asked late
            # A capitalised word after it is a name (« … a Hennebont »), no participle.
            return any(w.lemma == "decider" or _PARTICIPLE.search(w.raw.casefold()) and len(w.raw) > 3
                       and not w.raw[:1].isupper() for w in after)
    return False
