"""Messages that announce rather than ask, though they carry our words: a
forwarded mail (« TR : prochaine réunion du réseau », « RE: ordre du jour
de jeudi »), a reminder (« pour rappel, les fiches sont à rendre pour le
4 », « je vous rappelle que la séance commence à 9h30 », « n'oubliez pas
vos candidatures ») and news of a
meeting's state (« la réunion de jeudi est maintenue », « la séance est
reportée »). None has a question mark or a question word; answering them
would give a list nobody asked for."""

from __future__ import annotations

import re

from handlers.understanding.normalise import Word, lexicon

__all__ = ["is_notice"]

# « RE: », « TR : », « Fwd: », « Objet : » opening the message: a mail's subject line.
# « [Info] », « [Rappel] »: a bracketed tag opening the message, as mailing lists mark theirs.
_MAIL = re.compile(r"^\s*(?:(?:re|tr|fw|fwd|réf|ref|objet|subject)\s*:|\[[^\]]{1,20}\])", re.IGNORECASE)
# Openings of a reminder (« pour rappel », « petit rappel : », « je vous rappelle que »); « rappel
# prochaine réunion » without a colon may ask, so a lone « rappel » needs one.
_REMINDER = re.compile(r"^\W*(?:pour rappel|petit rappel|rappel\s*:|je vous rappelle|nous vous rappelons|"
                       r"pour info\b|pour information|fyi\b|info\s*:|pour m[ée]moire)", re.IGNORECASE)
# A reminder told in the imperative anywhere in the message (« la date limite c'est vendredi, n'oubliez pas vos
# candidatures », « pensez à vous inscrire »): it tells the group, asks nothing of the bot.
_IMPERATIVE = re.compile(r"\bn['’ ]?oubliez\b|\bnoubliez\b|\bpensez (?:à|a|bien à|bien a)\b|\bne pas oublier\b",
                         re.IGNORECASE)
_SUBJECTS = frozenset({"le", "la", "les", "l", "notre", "nos", "votre", "vos", "ce", "cette"})
_BE = frozenset({"est", "sont"})
_RELATIVES = frozenset({"dont"})
# Past participles of a meeting's state (« maintenue », « annulée », « reporté », « prévue »), not « était ».
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ie|ies|u|ue|us|ues|ise|ises)$")


def _asks(text: str, found: list[Word]) -> bool:
    return "?" in text or any(w.folded in lexicon().question_words for w in found)


def _state_news(found: list[Word]) -> bool:
    """« la réunion de jeudi est maintenue »: a subject, « est » (not « c'est ») and a past participle."""
    if not found or found[0].folded not in _SUBJECTS:
        return False
    for i, word in enumerate(found[1:], start=1):
        if word.folded in _BE:
            if found[i - 1].folded in ("c", "ce"):
                return False  # « la réunion d'avril, c'est agendé » asks, as « c'est où ? » does
            if any(w.folded in _RELATIVES for w in found[1:i]):
                return False  # « les tâches dont l'échéance est passée »: a noun phrase asked for, its verb in a relative
            nxt = found[i + 1:i + 2]
            return bool(nxt) and len(nxt[0].raw) > 4 and bool(_PARTICIPLE.search(nxt[0].raw.casefold()))
    return False


def is_notice(text: str, found: list[Word]) -> bool:
    """A forwarded mail, a reminder or a meeting's news: announced, not asked."""
    if _asks(text, found):
        return False
    return (bool(_MAIL.match(text)) or bool(_REMINDER.match(text)) or bool(_IMPERATIVE.search(text))
            or _state_news(found))
