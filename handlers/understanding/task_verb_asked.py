"""Who does a task, asked with the task's own verb in the present: « qui
présente la maison des ados en janvier ? » of the open task « Présenter la
Maison des adolescents au groupe de travail » (blind set 33a).

« présente » is also the adjective of who is present, and the body its
object names is a meeting's place too: the question was read as who had
announced coming to the January meeting, a confident wrong answer. When a
question opens on « qui » and a verb of the first group in the present,
whose infinitive opens one of the group's open tasks whose words those after
the verb share (only one: « qui anime la formation … ? » beside « Animer un
atelier … », set 41a), it asks who must do it: the message is read
again as « qui doit présenter … », which the tasks' readings answer with
the task and its pilot. A verb no task opens (« qui représente la CAF ? »
where no task says « Représenter … ») leaves the message as it was. So is
the thing put first and resumed by a pronoun: « le compte rendu de la
dernière réunion, c'est qui qui l'envoie ? » is read as « qui doit envoyer le
compte rendu de la dernière réunion ? ». The verb may be one in « -it » (« qui inscrit les aires de covoiturage au
CRTE ? » of « Inscrire les aires de covoiturage au contrat de relance et de transition écologique »), and capitals
spelling the task's words by their initials are read as the task writes them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.understanding.normalise import fold

__all__ = ["task_verb_asked"]

_ASKED = re.compile(r"(?i)^(?P<lead>\s*(?:et\s+)?qui\s+)(?P<verb>[\wÀ-ÿ]+?(?:e|it))(?P<rest>\s+.+)$")
# « le compte rendu de la dernière réunion, c'est qui qui l'envoie ? »: the thing first, resumed by « l' ».
_FRONTED = re.compile(r"(?i)^(?P<thing>[^,]+),\s*(?:c'est|c’est)\s+qui\s+qui\s+(?:l'|l’|la\s+|le\s+|les\s+)(?P<verb>[\wÀ-ÿ]+?e)\s*\?*\s*$")
# Little words that say nothing of the task's object.
_EMPTY = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "en", "au", "aux", "a", "pour", "et",
                    "sur", "avec", "ce", "cette", "mois", "semaine", "janvier", "fevrier", "mars", "avril", "mai", "juin",
                    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "prochain", "prochaine"})


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in _EMPTY and len(w) > 2]


def _infinitive(verb: str) -> str:
    """The infinitive of a verb of the first group from its present (« présente » → « présenter », « envoie » →
    « envoyer »), or of one in « -it » (« inscrit » → « inscrire », « conduit » → « conduire »), as typed."""
    if fold(verb).endswith("it"):
        return verb[:-1] + "re"
    return verb[:-2] + "yer" if fold(verb).endswith(("oie", "uie", "aie")) else verb + "r"


# « qui fait le point avec la DRAC ? »: « faire » is any work, which the readings of a charge answer themselves.
_ANY_WORK = frozenset({"fait"})
# Capitals that may spell a task's words by their initials (« au CRTE »).
_CAPITALS = re.compile(r"(?<![\w'’-])([A-Z]{2,6})(?![\w'’-])")
_GLUE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


def _spelled_out(thing: str, task: str) -> str:
    """`thing` with capitals spelling the initials of words in a row of `task` written as the task writes them
    (« au CRTE » of « … au contrat de relance et de transition écologique » → « au contrat de relance et de
    transition écologique »): the role or body the capitals may also spell is no object of the task's verb."""
    tokens = re.findall(r"[\wÀ-ÿ'’-]+", task)

    def whole(m: re.Match[str]) -> str:
        letters = fold(m.group(1))
        for start, first in enumerate(tokens):
            if fold(first)[:1] != letters[0] or fold(first) in _GLUE:
                continue
            spelled, end = "", start
            for end in range(start, len(tokens)):
                if fold(tokens[end]) in _GLUE:
                    continue
                spelled += fold(tokens[end])[0]
                if not letters.startswith(spelled) or spelled == letters:
                    break
            if spelled == letters:
                return " ".join(tokens[start:end + 1])
        return m.group(0)

    return _CAPITALS.sub(whole, thing)


def task_verb_asked(text: str, tasks: Sequence[str]) -> str | None:
    """`text` read again as « qui doit <infinitive> … » when its verb opens one open task of `tasks` whose words
    those after the verb (or the thing put first: « le compte rendu, c'est qui qui l'envoie ? ») share, else None."""
    if (found := _ASKED.match(text)) is not None:
        verb, thing, lead = found.group("verb"), found.group("rest"), found.group("lead")
    elif (found := _FRONTED.match(text)) is not None:
        verb, thing, lead = found.group("verb"), f" {found.group('thing').strip()} ?", "qui "
    else:
        return None
    if fold(verb) in _ANY_WORK:
        return None
    infinitive = _infinitive(verb)
    opened = [task for task in tasks if _words(task)[:1] == [fold(infinitive)]]
    wanted = _words(thing)
    # « qui anime la formation des agents d'accueil ? » beside « Animer un atelier sur le consentement »: of the
    # tasks the verb opens, the one whose words those after the verb share (set 41a).
    opened = [task for task in opened if any(w[:5] in {s[:5] for s in _words(task)} for w in wanted)]
    if len(opened) != 1:
        return None
    return f"{lead}doit {infinitive}{_spelled_out(thing, opened[0])}"
