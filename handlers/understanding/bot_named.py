"""The bot named in the question: « comment ça marche ce bot ? », « le robot
sait faire quoi ? », « tu sers à quoi, le chatbot ? ». The words that name
the bot itself frame the question and name no topic (« bot » was read as a
thing asked about, and the help the member asked for left unsure: lead's set
36). « greffier » is not among them: it is an ordinary French word (« le
greffier du tribunal »), and the bot's own name is read where it is
addressed (addressing.py)."""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["asks_use", "bot_named"]

_BOT = frozenset({"bot", "robot", "chatbot"})  # not « assistant », a title (« l'assistante de direction »)
# What shows the word names the bot in the chat (« ce bot », « le robot »), not a robot talked about (« un robot »).
# « les commandes du bot », « on demande au robot »: the article contracted with « de », « à » too (set 38a).
_BEFORE = frozenset({"ce", "le", "l", "ton", "votre", "notre", "cet", "du", "au"})


def bot_named(found: list[Word]) -> set[int]:
    """Indices of « ce bot », « le robot »: the determiner and the noun."""
    return {j for i, w in enumerate(found) if i and w.folded in _BOT and found[i - 1].folded in _BEFORE
            and w.raw.islower() for j in (i - 1, i)}


# « comment on se sert de ce bot ? », « comment on utilise le robot ? », « ce bot fonctionne comment ? »: how the bot
# is used, which /aide answers (lead's sets 46, 47: « se servir de » was read as a decision « servi » in cantines).
# « il fait quoi ce bot exactement », « ce robot fait quoi ? »: what it does is what it is for (lead's set 71).
_USING = frozenset({"servir", "utiliser", "utilise", "marcher", "marche", "fonctionner", "fonctionne", "utilisation",
                    "fonctionnement", "faire", "fait"})
_HOW = frozenset({"comment", "quoi"})


# « c quoi ce bot », « c'est quoi ce robot ? »: what the bot is, asked with nothing else, is what it is for (lead's set
# 74: the next meeting was answered).
_IS = frozenset({"c", "est", "ca"})


# « c'est quoi ce bot dans le groupe ? », « c quoi ce robot ici »: where the bot is said after it asks nothing more
# (lead's set 80: the dates were answered).
_HERE = frozenset({"dans", "sur", "ici", "le", "ce", "cette", "notre", "groupe", "canal", "salon", "conversation",
                   "discussion", "chat"})


def _here_after(found: list[Word], named: set[int]) -> set[int]:
    """Indices of the words after the bot's name that only say where it is (« dans le groupe », « ici »)."""
    last = max(named)
    tail = [i for i in range(last + 1, len(found)) if found[i].folded.isalnum()]
    return set(tail) if tail and all(found[i].folded in _HERE for i in tail) else set()


def asks_use(found: list[Word]) -> bool:
    """Whether the message asks how to use the bot it names, or what it is."""
    named = bot_named(found)
    here = _here_after(found, named) if named else set()
    if named and any(w.folded in _HOW for w in found) and all(
            i in named | here or w.folded in _IS | _WHAT or not w.folded.isalnum() for i, w in enumerate(found)):
        return True
    return bool(named) and any(w.folded in _HOW for w in found) and any(
        w.lemma in _USING or w.folded in _USING for w in found)


# « je peux te demander quoi ? », « qu'est-ce qu'on peut vous demander ? »: what the bot can be asked, which /aide
# answers (set 37a: a newcomer discovering the bot); the thing asked ends the question, nothing else asked after it.
_YOU = frozenset({"te", "t", "vous"})
_ASK = frozenset({"demander", "poser"})
_WHAT = frozenset({"quoi", "koi"})
_BEFORE_WHAT = frozenset({"qu", "que", "quest"})
# What the asking may be about, after the verb (« … au sujet du comité », « … sur le festival », « … concernant »).
_SCOPE = frozenset({"au", "sur", "a", "concernant", "pour"})


def asks_what_to_ask(found: list[Word]) -> bool:
    """« je peux te demander quoi ? »: what may be asked of the one addressed, the question ending there."""
    folded = [w.folded for w in found]
    for i, word in enumerate(folded):
        if word in _ASK and i and folded[i - 1] in _YOU:
            rest = folded[i + 1:]
            if rest in ([w] for w in _WHAT) or not rest and any(f in _BEFORE_WHAT for f in folded[:i - 1]):
                return True
            # « que puis-je vous demander au sujet du comité de sécurité ? » (lead's set 57): the scope said after.
            if rest[:1] and rest[0] in _SCOPE and any(f in _BEFORE_WHAT for f in folded[:i - 1]):
                return True
    return False
