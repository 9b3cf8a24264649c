"""A proposal to the members, not a question to the bot.

« on pourrait faire la séance de mars à Tavannes ? », « et si on se
retrouvait à Lancy en janvier ? », « on pourrait inviter la préfète ? »
use the words of a meeting question (a meeting, a month, a place) and end
in a question mark, but they put something to the group: the members
answer, the bot keeps quiet. « on pourrait avoir l'ordre du jour ? » asks
for something (a verb of getting or knowing), and stays a question."""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon

__all__ = ["is_proposal"]

# « on pourrait », « on devrait », « pourquoi pas »: what opens a proposal (folded, after the subject « on »).
_CONDITIONALS = frozenset({"pourrait", "pourrions", "devrait", "devrions", "pourriez"})
# Verbs after « on pourrait » that ask for something rather than propose it.
_GETTING = frozenset({"avoir", "savoir", "recevoir", "connaitre", "obtenir", "consulter", "rappeler", "redire",
                      "envoyer", "transmettre", "communiquer", "retrouver"})
# What a proposal changes about a meeting or the group's work.
_PROPOSING = frozenset({"faire", "organiser", "mettre", "deplacer", "avancer", "reporter", "decaler", "inviter",
                        "prevoir", "tenir", "changer", "ajouter", "proposer", "fixer", "programmer", "voir",
                        "reunir", "demander", "essayer", "commencer", "finir"})


def is_proposal(found: list[Word]) -> bool:
    """« on pourrait faire la séance de mars à Tavannes ? », « et si on faisait la séance à Tramelan ? »."""
    folded = [w.folded for w in found]
    for i in range(len(folded) - 1):
        if folded[i] in ("on", "nous") and folded[i + 1] in _CONDITIONALS:
            rest = [w for w in found[i + 2:i + 5] if w.folded not in ("se", "s", "nous", "pas", "peut", "etre", "aussi")]
            verb = rest[0] if rest else None
            return verb is not None and verb.lemma not in _GETTING and verb.folded not in _GETTING and (
                verb.lemma in _PROPOSING or verb.folded in _PROPOSING)
    if _treat(found):
        return True
    # « et si on se retrouvait à Lancy ? »: the imperfect after « si » proposes.
    return len(folded) > 3 and folded[0] == "et" and folded[1] == "si" and folded[2] in ("on", "nous")


# « on se fait un resto ? », « on se prend un café après ? », « on commande des pizzas ? »: something to share.
_SHARING = frozenset({"faire", "prendre", "offrir", "commander", "boire", "manger", "payer"})


def _treat(found: list[Word]) -> bool:
    """« on se fait un resto après la séance ? », « on commande des pizzas pour le forum ? »: the members
    offered something to share (« on » and one of _SHARING with « un », « une », « des » opening the message,
    no question word nor word of deciding), which they answer: « on fait quoi pour le local ? » asks."""
    folded = [w.folded for w in found]
    lex = lexicon()
    if len(folded) < 4 or folded[0] != "on" or any(w in lex.question_words for w in folded):
        return False
    if any(w.lemma in lex.decision_words or w.folded in lex.decision_words for w in found):
        return False  # « on fait un stand au comice, c'est décidé ? »: whether the group decided it, asked
    at = 2 if folded[1] in ("se", "s") else 1
    return found[at].lemma in _SHARING and at + 1 < len(folded) and folded[at + 1] in ("un", "une", "des")
