"""A request the coordinator makes of the members, not of the bot.

« Merci de confirmer votre présence pour jeudi. », « je relance ceux qui n'ont
pas encore répondu : merci de confirmer pour jeudi. », « le 115 est saturé,
merci de relayer », « merci d'être à l'heure »: « merci de » and a verb with
no « me » before it asks the group to do something (set 38a). A request made
of the bot names the asker as the one to be told: « merci de me rappeler le
lieu de la prochaine séance », « merci de me le communiquer ». Without a
question mark only: « merci de confirmer : c'est bien jeudi ? » asks.

The polite framing (framing.polite) reads « merci de » and a verb of telling
as « pourriez-vous m'indiquer » and drops it, so that what followed (« pour
jeudi ») was read as a question of its own. letter.asks_members covers the
requests whose object is the members' own (« merci de me confirmer votre
présence »); this one those with no « me » at all, of any shape.
"""

from __future__ import annotations

from handlers.understanding.normalise import Word

__all__ = ["members_asked_to_act"]

# What may stand between « merci de » and the verb and still ask the bot: the asker, or the group as receiver.
_RECEIVERS = frozenset({"me", "m", "moi", "nous"})
# Words after « merci de » that are no verb: « merci de votre présence », « merci d'avance », « merci de rien ».
_NOT_VERBS = frozenset({"votre", "vos", "notre", "nos", "leur", "leurs", "ton", "ta", "tes", "ce", "cette", "ces",
                        "tout", "toute", "tous", "toutes", "rien", "la", "le", "les", "l", "un", "une"})
_INFINITIVE = ("er", "ir", "re", "oir")


def members_asked_to_act(text: str, found: list[Word]) -> bool:
    """« merci de » (« merci d' ») then an infinitive, no « me » between, in a message with no question mark."""
    if "?" in text:
        return False
    for i, word in enumerate(found[:-2]):
        if word.folded != "merci" or found[i + 1].folded not in ("de", "d"):
            continue
        after = found[i + 2]
        if after.folded in _RECEIVERS or after.folded in _NOT_VERBS:
            continue
        if after.folded == "vous" or after.folded.endswith(_INFINITIVE) and after.lemma == after.folded:
            return True  # « merci de vous inscrire », « merci de confirmer », « merci d'être à l'heure »
    return False
