"""The envelope of a question: what a member writes around it, in the chat
as in an e-mail, that asks nothing.

- After the question: « … ? Je dois les bloquer dans mon agenda. Merci »,
  « … à quelle heure ? je dois récupérer mes enfants »: once a question
  mark closed the question, words that ask nothing themselves (no question
  word) say why the member asks, or thank, or sign.
- A signature: « … Cordialement, Lina », « Bonne journée, Corinne A. »: a
  closing formula and a name; the name is the writer's, no member asked about.
- A label before the question: « Petite question. », « J'ai une question
  sur la CAF : », « Question rapide : »: it announces a question and says
  nothing of it (the topic after « sur » still counts).
- A greeting to a member before the question: « Bonjour Corinne, qui
  représente la CAF ? »: the member greeted is spoken to, not asked about.
- After a request closed by « svp », « stp »: « les dates des prochaines
  réunions svp, je dois bloquer mon agenda »: a clause of the member's own
  (« je », « on », « nous ») that asks nothing says why, as after a mark.
- A circumstance closing it: « … maintenue malgré la neige ? », « … à cause
  de la grève ? ».
- A reason run on after it, as a member dictating to a phone says it in one
  breath: « la réunion de mardi c'est à quelle heure parce que j'ai une
  visite juste avant », « qui s'occupe du transport puisque j'ai deux
  patientes qui veulent venir »: a clause of cause tells, whatever its own
  words (« qui veulent venir » is a relative), once the words before it
  asked.

News heard (« on m'a dit que …, c'est vrai ? ») is no context: the check
asks it (hearsay.py).

Entities found in a signature, after the question or in a greeting are no
part of what is asked (`around_question`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from handlers.understanding.body_words import widen_bodies
from handlers.understanding.clauses import Aside, context_words
from handlers.understanding.entities import Entity
from handlers.understanding.hearsay import hearsay
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.place_words import whole_places
from handlers.understanding.record_named import named_in_records
from handlers.understanding.shape import opening

__all__ = ["around_question", "question_label"]

# Formulas that close a message, after which only a name may follow (the signature).
_CLOSINGS = frozenset({"cordialement", "amicalement", "salutations", "merci", "cdlt", "cdt", "bisous", "amities",
                       "slts"})
_CLOSING_GLUE = frozenset({"a", "vous", "toi", "tous", "toutes", "bien", "bonne", "journee", "soiree", "fin",
                           "de", "d", "avance", "par", "beaucoup", "bcp", "encore", "sinceres", "meilleures",
                           "tres", "votre", "ton", "aide", "retour"})


# A tail after the question that names the meeting asked about again, or the one it is counted from.
_NAMING_AGAIN = frozenset({"apres", "avant", "celle", "celui"})


def _places(text: str, found: list[Word]) -> list[int]:
    """Where each word starts in `text` (casefolded, as the words' raw forms)."""
    low = text.casefold()
    places: list[int] = []
    pos = 0
    for word in found:
        at = low.find(word.raw.casefold(), pos)
        if at >= 0:
            pos = at + len(word.raw)
        places.append(at if at >= 0 else pos)
    return places


# « svp », « stp », « s'il vous plaît » then a stop: the request closed, what follows is the member's own.
_PLEASE = re.compile(r"\b(?:svp|stp|s'il (?:vous|te) pla[iî]t)\s*[,.;:!]", re.IGNORECASE)


def _closed_at(text: str, found: list[Word]) -> tuple[int, bool]:
    """Where the question closes: its last question mark, else a closing « svp, » (then True: only a clause of
    the member's own, opened by « je », « on »…, is read as said around it)."""
    mark = text.rfind("?")
    if mark >= 0:
        return mark, False
    please = list(_PLEASE.finditer(text))
    return (please[-1].end() - 1, True) if please else (-1, False)


def _after_question(text: str, found: list[Word]) -> set[int]:
    """The words after the last question mark (or a closing « svp, »), when they ask nothing and a question came
    before."""
    mark, by_please = _closed_at(text, found)
    if mark < 0 or not text[mark + 1:].strip():
        return set()
    places = _places(text, found)
    tail = [i for i, at in enumerate(places) if at > mark]
    head = [i for i in range(len(found)) if i not in tail]
    asks = lexicon().question_words
    if not tail or len(head) < 2 or any(found[i].folded in asks for i in tail):
        return set()
    if by_please and found[tail[0]].folded not in lexicon().statement_subjects:
        return set()  # « les dates svp, et les lieux »: still the request
    if found[tail[0]].folded in _NAMING_AGAIN:
        return set()  # « et celle d'après, c'est où ? après la plénière du 16 »: the meeting it starts from
    return set(tail)


def _signature(text: str, found: list[Word]) -> set[int]:
    """A closing formula near the end, then only a name (capitalised words): the writer signing."""
    folded = [w.folded for w in found]
    for start in range(max(len(found) - 8, 1), len(found)):
        # « Bien à vous, Lina »: « bien » closes only in its formula (« c'est bien à Champigny ? » does not).
        if folded[start] not in _CLOSINGS and folded[start:start + 3] != ["bien", "a", "vous"]:
            continue
        j = start + 1
        while j < len(found) and folded[j] in _CLOSING_GLUE:
            j += 1
        name = found[j:]
        if 1 <= len(name) <= 3 and all(w.raw[:1].isupper() for w in name):
            return set(range(start, len(found)))
    return set()


# « malgré la neige », « à cause de la grève », « en raison des travaux »: a circumstance, to the end.
_DESPITE = (("malgre",), ("a", "cause"), ("en", "raison"))


def _despite(found: list[Word]) -> set[int]:
    """A circumstance closing the question (« la séance est-elle maintenue malgré la neige ? »)."""
    folded = [w.folded for w in found]
    for i in range(2, len(found)):
        if any(tuple(folded[i:i + len(p)]) == p for p in _DESPITE):
            return set(range(i, len(found)))
    return set()


# « … afin d'organiser le covoiturage », « … en vue de préparer mon intervention », « … dans le but de … »:
# why the member asks, to the end, not what.
_PURPOSE = (("afin", "de"), ("afin", "d"), ("afin", "que"), ("afin", "qu"), ("en", "vue", "de"), ("en", "vue", "d"),
            ("dans", "le", "but"))
# Words by which a purpose clause would itself ask (« … afin de savoir quand a lieu la séance »).
_ASKING_VERBS = frozenset({"savoir", "connaitre", "apprendre", "verifier", "confirmer"})


# « parce que », « puisque », « vu que », « étant donné que »: the cause the member gives, to the end (not « car »,
# also the coach: « le car pour la journée, c'est qui ? »).
_CAUSE = (("parce", "que"), ("parce", "qu"), ("puisque",), ("puisqu",), ("vu", "que"), ("vu", "qu"),
          ("etant", "donne", "que"), ("etant", "donne", "qu"))


def _cause(found: list[Word]) -> set[int]:
    """A clause of cause after the question, when the words before it ask."""
    folded = [w.folded for w in found]
    asks = lexicon().question_words
    for i in range(2, len(found)):
        if any(tuple(folded[i:i + len(p)]) == p for p in _CAUSE):
            return set(range(i, len(found))) if any(w in asks for w in folded[:i]) else set()
    return set()


def _purpose(found: list[Word]) -> set[int]:
    """A clause of purpose closing the question, which asks nothing itself."""
    folded = [w.folded for w in found]
    asks = lexicon().question_words
    for i in range(2, len(found)):
        if any(tuple(folded[i:i + len(p)]) == p for p in _PURPOSE):
            tail = folded[i:]
            if any(w in asks or w in _ASKING_VERBS for w in tail) or not any(w in asks for w in folded[:i]) and not (
                    set(folded[:i]) & _ASKING_VERBS):
                return set()
            return set(range(i, len(found)))
    return set()


# « (j'ai une) (petite) question (rapide) (pour vous) » announcing the question.
_LABEL_WORDS = frozenset({"j", "ai", "avoir", "une", "petite", "petit", "question", "rapide", "rapidement", "vite",
                          "simple", "bete", "toute", "pour", "vous", "toi", "le", "greffier", "bot", "encore",
                          "autre", "derniere", "juste", "au"})


def question_label(found: list[Word]) -> set[int]:
    """Indices of « Petite question », « j'ai une question (sur …) » opening a longer message."""
    end = 0
    while end < len(found) and found[end].folded in _LABEL_WORDS:
        end += 1
    label = {w.folded for w in found[:end]}
    if "question" not in label or end >= len(found) - 1:
        return set()
    # « pour le greffier » may close the label; « pour » opening what follows is a topic marker, kept.
    while end > 0 and found[end - 1].folded in ("pour", "le", "au"):
        end -= 1
    return set(range(end))


def _greeted(text: str, found: list[Word], entities: list[Entity], opened: int) -> set[int]:
    """« Bonjour Corinne, qui représente la CAF ? »: a member named right after the greeting
    words (`opened` of them), then a comma and a question of its own."""
    if not opened:
        return set()
    person = next((e for e in entities if e.kind == "person" and e.start == opened), None)
    if person is None or len(found) - person.end < 3:
        return set()
    last = found[person.end - 1].raw
    at = text.find(last, _places(text, found)[person.end - 1])
    rest = text[at + len(last):].lstrip() if at >= 0 else ""
    return set(range(person.start, person.end)) if rest.startswith((",", "!")) else set()


def around_question(text: str, found: list[Word], entities: list[Entity],
                    records: Mapping[str, tuple[str, ...]]) -> tuple[list[Entity], Aside]:
    """The entities asked about and the words around the question (clauses.py's context,
    then what follows the question, a signature, a member greeted); places named by their
    first and last words (place_words.py), towns named as part of a record (record_named.py), bodies
    named in other forms of their words (body_words.py)."""
    # « l'asso de transport solidaire »: a body's span takes in the other forms of its words (body_words.py).
    entities = named_in_records(found, whole_places(found, widen_bodies(found, entities)), records)
    # « on m'a dit que le comité de jeudi avait bougé, c'est vrai ? »: the news heard is what the check asks, no
    # context before it; its frame alone is set aside (hearsay.py, set 48c). The day it was moved to, as heard
    # (« … était reportée en janvier »), is the claim checked, not the sitting asked.
    dropped, loose = context_words(text, found) if not hearsay(text, found) else (_moved_to(found), set())
    # « Ne pouvant être présente jeudi, … »: a day in the context is not asked about (a person named
    # there may be: « Je ne connais pas Mme Kolly : quelle est sa fonction ? »).
    entities = [e for e in entities if e.kind not in ("period", "month")
                or not all(j in dropped | loose for j in range(e.start, e.end))]
    around = (_after_question(text, found) | _signature(text, found) | _despite(found) | _purpose(found) | _cause(found)
              | _greeted(text, found, entities, opening(found)) | _own_body(found, entities, dropped))
    return [e for e in entities if not all(j in around for j in range(e.start, e.end))], (dropped | around, loose)


# The participles of a sitting moved, after which the day it went to is said (« reportée en janvier »).
_MOVED = frozenset({"reporte", "reportee", "reportes", "reportees", "deplace", "deplacee", "deplaces", "deplacees",
                    "decale", "decalee", "decales", "decalees", "avance", "avancee", "avances", "avancees", "repousse",
                    "repoussee", "repousses", "repoussees"})


def _moved_to(found: list[Word]) -> set[int]:
    """The words after a participle of moving, up to four: where the heard news says the sitting went."""
    return {j for i, w in enumerate(found) if w.folded in _MOVED for j in range(i + 1, min(len(found), i + 5))}


# « je suis nouvelle à l'ORP », « je travaille au CSR », « j'arrive de la Commune »: the member's own body.
_BELONG = frozenset({"suis", "travaille", "arrive", "viens"})
_BELONG_GLUE = frozenset({"nouvelle", "nouveau", "nouvellement", "arrivee", "arrive", "employe", "employee",
                          "engage", "engagee", "a", "au", "aux", "chez", "de", "du", "des", "d", "la", "le", "l",
                          "pour", "depuis", "peu", "ici"})


def _own_body(found: list[Word], entities: list[Entity], dropped: set[int]) -> set[int]:
    """A body the member says they belong to, in a sentence about themselves before the question
    (« Bonjour, je suis nouvelle à l'ORP et je reprends le dossier. Quand a lieu la séance ? »): no
    part of what is asked."""
    own: set[int] = set()
    for e in entities:
        if e.kind != "org" or e.start not in dropped:
            continue
        j = e.start - 1
        while j > 0 and found[j].folded in _BELONG_GLUE and e.start - j <= 4:
            j -= 1
        if found[j].folded in _BELONG and j > 0 and found[j - 1].folded in ("je", "j"):
            own.update(range(e.start, e.end))
    return own

