"""The words of questions on tasks (lexicon.toml, [task_questions]) and what they
tell: whether the question speaks of tasks at all, of the asker's own, which
kind of listing it wants, whether it asks a task's status."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache

from handlers.understanding.determined import determined
from handlers.understanding.framing import polite
from handlers.understanding.normalise import HERE, Word, fold, lexicon
from handlers.understanding.pipeline import Understanding

__all__ = ["ARTICLES", "asked", "up_to_date", "asks_done", "asks_progress", "asks_own_work", "asks_task", "done_by", "has", "listing_scope", "names_tasks", "requested_of_asker",
           "own_framed_only", "sitting_named", "standing_only", "task_words"]

ARTICLES = frozenset({"l", "la", "le", "les", "un", "une", "des", "du", "de", "d", "ma", "mon", "mes", "sa", "son", "ses"})
# « est signée ? », « c'est acheté ? », « ont été transmis ? »: a participle after « être », asked.
_COPULA = frozenset({"est", "sont", "ete", "etait", "etaient", "c"})
# (and the participles of « ouvrir », « offrir », « couvrir », « atteindre », « joindre »: « l'espace est ouvert ? »)
_PARTICIPLE = re.compile(r"(?:e|ee|es|ees|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|vert|verte|verts|vertes|fert|ferte"
                         r"|ferts|fertes|eint|einte|eints|eintes|oint|ointe|oints|ointes)$")
# « c'est obligatoire pour tout le monde ? », « c'est gratuit ? », « c'est possible ? »: an adjective of a rule after
# « être », ending like a participle but never one; it asks what a decision says, not whether work is done.
_RULE_ADJECTIVE = re.compile(r"(?:ible|able|oire|aire|gratuit|gratuite|payant|payante|facultatif|facultative|libre)s?$")
# « il est traduit en quelles langues ? », « c'est financé comment ? »: a participle in a question of content,
# which a decision answers as well as a task; « quel jour », « quelle date » still ask when (lexicon: dated).
_CONTENT = frozenset({"quel", "quelle", "quels", "quelles", "combien", "comment", "pourquoi"})
# « le copil de septembre s'est tenu au Département ? », « la plénière s'est bien déroulée ? »: after « s'est »,
# « se sont », the participles of a sitting held tell where or how a meeting went, no work done.
_HELD = frozenset({"tenu", "tenue", "tenus", "tenues", "deroule", "deroulee", "deroules", "deroulees", "reuni", "reunie",
                   "reunis", "reunies"})
_WHEN_NOUNS = frozenset({"jour", "jours", "date", "dates", "heure", "semaine", "mois", "delai", "echeance"})
# The words normalisation drops as filler, read in the text.
_PLEASE = re.compile(r"\b(?:svp|stp|s'il (?:te|vous) pla[iî]t)\b", re.IGNORECASE)


@cache
def task_words() -> dict[str, frozenset[str]]:
    """The [task_questions] table of lexicon.toml, each list as a set."""
    with (HERE / "lexicon.toml").open("rb") as handle:
        table = tomllib.load(handle).get("task_questions", {})
    return {key: frozenset(values) for key, values in table.items()}


# Determiners that make the next word a noun (feminine or plural: « le » may stand before a participle
# in « c'est le fait »).
_NOUN_BEFORE = frozenset({"la", "les", "une", "quelle", "quelles", "cette", "ces"})


# « est à jour », « sont à jour », « on est à jour ? »: being up to date, which only the late tasks can deny (set 46b).
_BEING_NOW = frozenset({"est", "sont", "suis", "es", "etes", "sommes", "soit", "soient"})


def up_to_date(found: Sequence[Word]) -> bool:
    """« tout le monde est à jour ? », « les tâches sont à jour ? »: « à jour » after a form of « être »."""
    folded = [w.folded for w in found]
    return any(folded[i - 1] in _BEING_NOW and folded[i] == "a" and folded[i + 1] == "jour" for i in range(1, len(folded) - 1))


def has(found: Sequence[Word], key: str) -> bool:
    """One of the words listed under `key` is in `found`."""
    wanted = task_words()[key]
    # As typed too: chat shorthand reads « délais » as « échéance ».
    # A status word after « la », « les », « quelle » is a noun: « c'est quoi la règle pour … » asks for a
    # decision, not whether a task « est réglée »; « la partie financière » is no task « partie ».
    # « l'inscription se fait comment ? », « ça se termine quand ? »: a reflexive says how a thing goes, no work
    # done nor its status.
    # « elle a eu lieu ? » asks whether an event was held; « la Ligue a eu sa subvention ? » asks what was had, no
    # task's status: « eu » is a status word only before « lieu » (set 24b).
    return any((w.folded in wanted or w.lemma in wanted or fold(w.typed) in wanted) and not (i and found[i - 1].folded == "se")
               and not (key == "status" and i and (found[i - 1].folded in _NOUN_BEFORE or determined(found, i)))
               and not (key == "status" and w.folded in _HELD_ONLY and not _before(found, i, "lieu"))
               for i, w in enumerate(found))


# Status words only in « avoir lieu »: « eu » (« la réunion a eu lieu ? »), not « a eu sa subvention ».
_HELD_ONLY = frozenset({"eu"})


def _before(found: Sequence[Word], i: int, word: str) -> bool:
    """`found[i]` is followed by `word`."""
    return i + 1 < len(found) and found[i + 1].folded == word


def asked(u: Understanding) -> bool:
    """A question or a request, not news."""
    lex = lexicon()
    # « svp », « stp » make a request of a bare noun phrase (« le suivi des actions svp »).
    return "?" in u.text or any(w.folded in lex.question_words for w in u.words) or bool(polite(u.words)) or bool(
        _PLEASE.search(u.text))


# Words after « d'action » that leave it a noun of its own (« le plan d'action pour … »).
_LINKS = frozenset({"de", "du", "des", "d", "pour", "en", "a", "au", "aux", "et", "ou", "sur"})


def sitting_named(u: Understanding) -> bool:
    """« à la réunion des animateurs du 19 », « à la séance d'octobre »: a meeting noun followed by the place, day
    or month naming one sitting; its words say which tasks (those it gave out), no thing they are about."""
    return any(w.folded in _SITTING_NOUNS and any(e.kind in ("place", "period", "month") and i < e.start <= i + 3
                                                   for e in u.entities) for i, w in enumerate(u.words))


_SITTING_NOUNS = frozenset({"reunion", "seance", "rencontre", "reu", "comite", "pleniere"})

def names_tasks(u: Understanding, skip: frozenset[int] = frozenset()) -> bool:
    """The question speaks of tasks: a task noun (« actions », « tâches »), a verb of work after « à »
    or « devoir » (« des trucs à rendre », « je dois envoyer », « il reste quoi à faire »), a word that
    gives a task (« confié », « pilote de quoi »), or « en cours » beside a vague noun (« des choses
    en cours »). « on se fait un resto ? », « on fait une cagnotte ? » do not."""
    # The sentences around the question ask nothing (« Qui est X ? Je dois lui envoyer le dossier. »).
    # `skip`: words read as something else, a title « responsable » (« le responsable de l'unité d'action sociale ? »).
    found = [w for i, w in enumerate(u.words) if (i not in u.framing or i in u.loose) and i not in skip]
    # « l'unité d'action sociale », « le plan d'action »: « action » after « d' » complements another noun, a field of
    # work, no task (« ses actions », « pas mal d'actions en cours » still do).
    nouns = [w for i, w in enumerate(found) if not (w.folded == "action" and i and found[i - 1].folded == "d" and i + 1 < len(
        found) and found[i + 1].folded not in _LINKS)  # (« où on en est du plan d'action ? » asks the tasks)
             # « la fiche action 3 », « le tableau des fiches actions »: a kind of document, named so (set 43c).
             and not (w.folded in ("action", "actions") and i and found[i - 1].folded in ("fiche", "fiches"))]
    if has(nouns, "task_nouns") or has(found, "given"):
        return True
    work = task_words()["work"]
    after = any(a.folded == "a" and (b.folded in work or b.lemma in work) for a, b in zip(found, found[1:]))
    must = any(w.lemma in ("devoir", "falloir") or w.folded in ("dois", "doit", "jdois", "faut") for w in found) and has(
        found, "work")
    current = has(found, "vague") and any(a.folded == "en" and b.folded == "cours" for a, b in zip(found, found[1:]))
    # « Soizic est sur quoi ? »; not « la réunion publique, c'est sur quoi ? », which asks what a sitting is about.
    # « le premier groupe de travail c'était sur quoi ? »: a formation named (glued.py reads « groupe de travail » as
    # one sitting's kind) asks what that sitting is about as well.
    on_what = any(a.folded == "sur" and b.folded == "quoi" for a, b in zip(found, found[1:])) and not any(
        w.folded in _SITTING_NOUNS for w in found) and not any(
        e.kind == "place" and e.extra.get("formation") for e in u.entities)
    # « y a un truc pour moi avant vendredi ? », « quelque chose pour moi cette semaine ? »: work meant for the asker.
    for_me = has(found, "vague") and any(a.folded == "pour" and b.folded == "moi" for a, b in zip(found, found[1:]))
    # « qu'est-ce que j'ai promis de faire ? »: a promise of work (« promis de », « proposé d' ») gives a task.
    promised = task_words()["promised"]
    vowed = any((a.folded in promised or a.lemma in promised) and b.folded in ("de", "d") and (c.folded in work or c.lemma in work)
                for a, b, c in zip(found, found[1:], found[2:]))
    # « je me suis engagé à quoi ? », « on s'est engagés sur quoi ? »: the promise itself asked.
    pledged = any((a.folded in promised or a.lemma in promised) and b.folded in ("a", "sur") and c.folded == "quoi"
                  for a, b, c in zip(found, found[1:], found[2:]))
    # « il me reste quoi ? », « qu'est-ce qu'il me reste ? »: what is left to the asker is work (not « il nous reste
    # combien de budget ? », which counts).
    left = any(a.folded in ("me", "m") and b.folded in ("reste", "restent") for a, b in zip(found, found[1:])) and any(
        w.folded == "quoi" for w in found) or bool(found) and found[-1].folded in ("reste", "restent") and any(
        w.folded in ("me", "m") for w in found)
    return after or must or current or on_what or for_me or vowed or pledged or left or requested_of_asker(found)


def requested_of_asker(found: Sequence[Word]) -> bool:
    """« on m'a demandé quoi pour les jeunes ? », « qu'est-ce qu'on m'avait demandé ? »: work the group asked of the
    asker, whatever its topic (set 34a); « je me demande … » wonders, and names no one who asked."""
    return any(a.folded == "on" and b.folded in ("m", "me") and c.folded in ("a", "avait") and d.folded in (
        "demande", "demandee") for a, b, c, d in zip(found, found[1:], found[2:], found[3:]))


# Nouns of another person a possessive may stand before (« ma collègue », « mon binôme »).
_OTHERS = frozenset({"collegue", "collegues", "collaboratrice", "collaborateur", "binome", "stagiaire", "remplacant",
                     "remplacante"})


def asks_own_work(u: Understanding) -> bool:
    """« j'ai des trucs à rendre cette semaine ? », « il me reste quoi à faire ? »:
    the asker (outside polite framing: « pouvez-vous me donner … ») is the one to act,
    and no deadline or date is named (« mes échéances » may be the group's)."""
    if requested_of_asker(u.words) and u.first("person") is None and u.first("org") is None:
        return True  # « on m'a demandé quoi … ? »: « m'a demandé » is no polite frame (« pouvez-vous me dire … »)
    framed = polite(u.words) | u.framing
    # « ma collègue a envoyé le devis ? »: a possessive before another person is not the asker acting.
    framed |= {i for i, w in enumerate(u.words[:-1]) if u.words[i + 1].folded in _OTHERS}
    own = [i for i, w in enumerate(u.words) if i not in framed and w.folded in task_words()["own"]]
    possessive = any(i not in framed and w.folded in ("mes", "ma", "mon", "perso") for i, w in enumerate(u.words))
    if not own or u.first("person") is not None or u.first("org") is not None or has(u.words, "dated") and not possessive:
        return False  # (« mes échéances », « une échéance perso » are the asker's)
    return names_tasks(u) or possessive and has(u.words, "dated")


def listing_scope(u: Understanding) -> str | None:
    """Which tasks a listing asks for: "cancelled", "done", "undated", "open" or None (as read)."""
    found = u.words
    negated = has(found, "negation")
    if has(found, "late"):
        return None
    undated = task_words()["undated"]
    if any(a.folded in ("sans", "de", "d") and b.folded in undated for a, b in zip(found, found[1:])) and (
            negated or any(w.folded == "sans" for w in found)):
        return "undated"  # « sans date », « pas de date », « n'ont pas d'échéance »
    nouns = {*task_words()["task_nouns"], *task_words()["vague"]}  # « les trucs annulés ? » read as tasks (set 34a)
    if has(found, "cancelled") and not negated and any(w.folded in nouns for w in found):
        return "cancelled"  # « les tâches annulées », « quelles actions ont été abandonnées ? »
    if has(found, "done") and not negated and not _ought(found):
        return "done"  # (« qu'est-ce qui devait être fait ? » asks what was due, done or not)
    if has(found, "open") or has(found, "done") and negated and has(found, "still"):
        return "open"
    return None


def _ought(found: Sequence[Word]) -> bool:
    """A word of duty (« devait », « aurait dû être fait »), not the article « du » that folds as « dû » does
    (« qu'est-ce qui est déjà fait dans les actions du copil ? » asks the tasks done: lead's set 85)."""
    return any(w.folded in task_words()["ought"] and (w.folded != "du" or nxt in ("etre", "faire"))
               for w, nxt in zip(found, [*(w.folded for w in found[1:]), ""]))


def asks_done(u: Understanding) -> bool:
    """A yes-or-no question on a participle after « être » (« la convention est signée ? »)."""
    found = u.words
    if not found:
        return False  # a message of fillers only (« stp »): nothing asked
    if any(a.folded in _CONTENT and b.folded not in _WHEN_NOUNS for a, b in zip(found, [*found[1:], found[-1]])):
        return False
    # « la commission c'est animé par qui ? »: a passive with its agent asked names who does it, no status.
    return "?" in u.text and any(a.folded in _COPULA and len(b.folded) > 3 and _PARTICIPLE.search(b.folded) is not None
                                 and _RULE_ADJECTIVE.search(b.folded) is None and c.folded != "par" and not (
                                     b.folded in _HELD and i > 0 and found[i - 1].folded in ("s", "se"))
                                 and b.folded not in lexicon().stopwords
                                 for i, (a, b, c) in enumerate(zip(found, found[1:], [*found[2:], found[-1]])))


# Words after « en » saying a habit (« où en général », « où en principe »).
_HABITUAL = frozenset({"general", "principe", "gros", "moyenne"})


def asks_progress(u: Understanding) -> bool:
    """« où en est le bilan ? », « on en est où de la convention ? »: how far work has gone."""
    folded = [w.folded for w in u.words]
    # « on se réunit où en général ? »: « en général » says a habit, no progress.
    return any(a == "ou" and b == "en" and c not in _HABITUAL or a == "en" and b in ("est", "sont", "etes")
               for a, b, c in zip(folded, folded[1:], [*folded[2:], ""]))


def asks_task(u: Understanding, texts: Sequence[str] = ()) -> bool:
    """« qui … ? », « c'est pour quand … ? », « c'est fait ? », « où en est … ? »: what one asks of a task; with the
    tasks' `texts`, also whether someone did one, in its own verb (« on a trouvé une formatrice ? » of « Trouver une
    formatrice … »; not « on a signé la charte ? » of « Diffuser la charte signée »)."""
    return (asks_progress(u) or any(w.folded == "qui" for w in u.words) or has(u.words, "status") or asks_done(u)
            or bool(texts) and done_by(u) and _own_verb_done(u, texts))


def _own_verb_done(u: Understanding, texts: Sequence[str]) -> bool:
    """A participle of the question is the verb a task's text opens with (« trouvé » of « Trouver … »)."""
    verbs = {fold(text.split()[0]) for text in texts if text.split()}
    return any(w.lemma in verbs and w.lemma != w.folded for w in u.words)


def own_framed_only(u: Understanding) -> bool:
    """« Pouvez-vous me donner la liste des actions … ? »: the first person is only the polite frame's."""
    framed = polite(u.words) | u.framing
    mine = [i for i, w in enumerate(u.words) if w.folded in task_words()["own"]]
    return bool(mine) and all(i in framed for i in mine)


def standing_only(found: Sequence[Word]) -> bool:
    """The status words of `found` all ask whether a thing still stands (« toujours d'actualité », « maintenu »),
    none whether work was done (« c'est toujours pas fait ? »)."""
    words_ = task_words()
    hits = {w.folded for w in found if w.folded in words_["status"] or w.lemma in words_["status"]}
    return bool(hits) and hits <= words_["standing"]


# « Lucie a demandé le devis ? », « Nadia a fini la convention ? »: a yes-or-no question on what someone did.
_DID = frozenset({"a", "ont", "est", "sont", "ai", "avons"})
# « a mis en place », « a pris contact », « a dit »: participles too short for the endings' test.
_SHORT_PARTICIPLES = frozenset({"mis", "pris", "dit"})


# Words after « a » that are no participle: « il est à quelle police municipale ? » asks which body.
_NO_PARTICIPLE = frozenset({"quelle", "quelles", "cette", "elle", "une", "notre", "votre", "leur", "toute", "toutes"})


# « j'ai bien transmis … ? », « on a déjà envoyé … ? »: an adverb between the auxiliary and the participle.
_BETWEEN = frozenset({"bien", "deja", "enfin", "finalement"})


def done_by(u: Understanding) -> bool:
    """A yes-or-no question on what someone (or some body) did: « a », « ont » then a participle (« à » is no
    « a »), an adverb of confirmation allowed between (« a bien transmis »)."""
    found = [w for i, w in enumerate(u.words) if not (w.folded in _BETWEEN and i and u.words[i - 1].folded in _DID)]
    return "?" in u.text and any(a.folded in _DID and a.raw.casefold() != "à" and b.folded not in _NO_PARTICIPLE and (
        len(b.folded) > 3 and b.folded.endswith(("e", "i", "is", "it", "u")) or b.folded in _SHORT_PARTICIPLES)
                                 for a, b in zip(found, found[1:]))


# « j'ai … », « on a … », « nous avons … »: the asker (or the asker's side) is the one who did it.
_FIRST_PERSON_DID = frozenset({("j", "ai"), ("on", "a"), ("nous", "avons")})


# Participles of what a group decides, and words after « a » that are none: « on a décidé quoi pour … ? » asks for
# the decision, « on a jusqu'à quand ? » for a date.
_NOT_WORK = ("decid", "vot", "adopt", "acte", "retenu", "jusqu", "prevu", "dit")
_OWN = frozenset({"mes", "mon", "ma", "nos", "notre"})


def first_person_did(u: Understanding) -> bool:
    """« j'ai bien transmis mes chiffres ? », « est-ce qu'on a bien envoyé nos stats ? »: the asker asks after their
    own work — the first person, a participle of work, and « bien » / « déjà » or a possessive to say whose it is."""
    found = u.words
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if (a.folded, b.folded) not in _FIRST_PERSON_DID or i + 2 >= len(found):
            continue
        adverb = found[i + 2].folded in _BETWEEN
        participle = found[i + 3] if adverb and i + 3 < len(found) else found[i + 2]
        if participle.folded.startswith(_NOT_WORK) or not done_by(u):
            return False
        return adverb or any(w.folded in _OWN for w in found[i + 2:])
    return False
