"""Chat lead-ins: what a member types before the question itself, in the
chat register, that says why they ask and not what.

« dsl j'ai raté le msg, on se réunit quand ? », « g pas vu passer, la
prochaine réu c'est quand ? », « pardon je débarque, c'est où jeudi ? »:
a clause up to the first comma that apologises, acknowledges or speaks of
the member (« j' », « je », SMS « g » for « j'ai »), and asks nothing
itself. Its unknown words (« raté », « msg ») are no topic of the question
(clauses.py drops them); its known words still count, so that « pour le
local, on a décidé quoi ? » keeps its topic (it opens with none of these).
"""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon

__all__ = ["ADDRESSEES", "acknowledged", "addressee_after", "asked_around", "closing_thanks", "is_chat_lead_in"]

# The member speaking of themselves, in full or SMS spelling (« g » and « jsp » for « j'ai », « je sais pas »).
_SPEAKER = frozenset({"je", "j", "moi", "me", "m", "g", "jsp", "jsais", "chui", "jpp"})
# Apologies and acknowledgements that open a chat message.
_OPENING = frozenset({"desole", "desolee", "dsl", "pardon", "oups", "sorry", "ok", "okay", "oki", "dac", "bon",
                      "alors", "ah", "oh", "ouais", "yes", "excuse", "excusez", "pardonnez"})


# Spoken fillers that may run on after an opening word (« bon ben », « alors euh », « ok donc »).
_RUN_ON = _OPENING | {"ben", "bah", "euh", "heu", "donc", "et", "dites", "dis", "voila", "oui", "non"}
# What opens a noun phrase: after the fillers, the thing asked about put first (« alors la réunion de janvier, c'est
# où ? »), no lead-in.
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "notre", "nos", "votre", "vos", "ce", "cette", "ces",
                          "celle", "celui"})


def is_chat_lead_in(clause: list[Word]) -> bool:
    """`clause` (the words before the first comma) opens the message with an
    apology, an acknowledgement or the member's own news, and asks nothing.
    Fillers then a noun phrase (« bon, la réunion de janvier, c'est où ? »
    typed « alors la réunion de janvier, c'est où ? ») are the subject put
    first, which the question asks about."""
    if not clause or any(w.folded in lexicon().question_words for w in clause):
        return False
    if any(w.folded in _SPEAKER for w in clause):
        return True
    lead = next((i for i, w in enumerate(clause) if w.folded not in _RUN_ON), len(clause))
    return clause[0].folded in _OPENING and not (lead < len(clause) and clause[lead].folded in _DETERMINERS)


# « quelqu'un sait … ? », « vous savez … ? », « tu sais … ? »: the question asked of whoever knows.
_SOMEONE = (("quelqu", "un"), ("quelqu", "une"), ("vous",), ("tu",), ("est", "ce", "que", "quelqu", "un"))
_KNOWS = frozenset({"sait", "saurait", "savez", "sauriez", "sais", "saurais"})
_INVERTED = frozenset({"vous", "tu", "on", "t"})


def _knows_how(word: Word) -> bool:
    """« tu sais faire quoi ? », « vous savez gérer les inscriptions ? »: knowing how to do something,
    an infinitive after « savoir », asks what one can do; « tu sais où … » asks whoever knows."""
    lex = lexicon()
    # « faire », « aller », « pouvoir » are grammar words too, but verbs; « notre », « entre » are not.
    return word.lemma == word.folded and (word.folded in _VERBS or word.folded.endswith(("er", "ir", "re", "oir"))
                                          and word.folded not in lex.function_words
                                          and word.folded not in lex.question_words and word.folded not in _NOT_VERBS)


_VERBS = frozenset({"faire", "aller", "pouvoir"})
_NOT_VERBS = frozenset({"entre", "contre", "outre", "hier", "leur", "sur", "pour", "par"})


def asked_around(found: list[Word]) -> set[int]:
    """Indices of « quelqu'un sait » opening a message, or of « vous savez » / « tu sais »
    closing it (« on fait la réu où jeudi vous savez »): the frame of a question asked of
    whoever knows, as « pourriez-vous me dire » is, which names nothing asked."""
    folded = [w.folded for w in found]
    # « Savez-vous où se tiendra … ? », « Sauriez-vous qui représente … ? », « Savez-vous si … ? »: the formal
    # inversion opens the same frame (its « si » with it: whether, not a condition).
    if len(folded) > 3 and folded[0] in _KNOWS and folded[1] in _INVERTED and not _knows_how(found[2]):
        return set(range(3 if folded[2] == "si" else 2))
    for subject in _SOMEONE:
        n = len(subject)
        if tuple(folded[:n]) == subject and len(folded) > n + 1 and folded[n] in _KNOWS and not _knows_how(found[n + 1]):
            return set(range(n + 1))
        if len(folded) > n + 2 and tuple(folded[-n - 1:-1]) == subject and folded[-1] in _KNOWS:
            return set(range(len(folded) - n - 1, len(folded)))
    return set()


# Whom a greeting addresses in chat (« salut les gens », « hello la team », « coucou tout le monde »).
ADDRESSEES = (("les", "gens"), ("tout", "le", "monde"), ("tout", "l", "monde"), ("la", "team"), ("l", "equipe"),
              ("les", "amis"), ("les", "copains"), ("les", "copines"), ("les", "filles"), ("les", "gars"),
              ("la", "compagnie"), ("les", "collegues"), ("a", "tous"), ("a", "toutes"), ("tlm",), ("vous",))


def addressee_after(found: list[Word], start: int) -> int:
    """How many words after a greeting (ending at `start`) say whom it greets: « les gens »
    of « salut les gens on fait la réu où ? » asks for no body's people."""
    folded = tuple(w.folded for w in found[start:start + 3])
    return next((len(a) for a in ADDRESSEES if folded[:len(a)] == a and start + len(a) < len(found)), 0)


# What may follow a closing « merci » (« merci beaucoup », « merci d'avance », « merci à vous »).
_AFTER_THANKS = frozenset({"beaucoup", "bcp", "d", "avance", "a", "vous", "tous", "toutes", "toi", "infiniment",
                           "encore", "bien", "par", "la", "team"})


def closing_thanks(found: list[Word]) -> set[int]:
    """Indices of thanks closing a question without punctuation (« … c est quand la
    prochaine reunion merci beaucoup », dictated): they ask nothing. Thanks alone
    (« ok merci beaucoup ») are left to be read as thanks."""
    end = len(found)
    while end > 0 and found[end - 1].folded in _AFTER_THANKS:
        end -= 1
    asked = any(w.folded in lexicon().question_words for w in found[:end - 1])
    if end > 1 and found[end - 1].folded in ("merci", "mrc", "mci", "thx") and asked:
        return set(range(end - 1, len(found)))
    return set()


# Acknowledgements a chat question may open with (« ok et du coup c'est où ? », « dac, c'est quand ? »).
_ACKNOWLEDGEMENTS = frozenset({"ok", "okay", "oki", "dac", "ah", "oh"})


def acknowledged(found: list[Word]) -> int:
    """1 when an acknowledgement opens a message that asks something (a question
    word): « ok ça marche » stays an answer to someone, its « ok » a word of it."""
    asks = any(w.folded in lexicon().question_words for w in found[1:])
    return 1 if len(found) > 1 and found[0].folded in _ACKNOWLEDGEMENTS and asks else 0
