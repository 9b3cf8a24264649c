"""The asker asking whether they were at a meeting held, said with « être
à » and no word of presence: « j'étais au comité de novembre ? », « je
n'étais pas à l'atelier d'octobre ? », « j'étais là à la plénière d'octobre ? ».

« j'étais là en septembre ? » is read as presence by its « là »
(presence_cues.py); without it, the words are those of the meeting's own
readings (« le comité de novembre »), and the asker's place on its list was
left in doubt between the meeting and the attendance (set 30c). The asker
(« j' », « je ») being then (« étais ») at (« à », « au ») a meeting the
question designates asks the asker's own mark. Not with a question word
(« qui », « combien »: the lists; « j'étais pas au copil, y a eu quoi comme
décisions ? »: something else), not another member named, and only as a question; not the
future (« je serai à la réunion du 10 ? » is left to the readings). « y » stands for « à » and the
meeting: « j'y étais, moi, en octobre ? »."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding
from handlers.understanding.presence_cues import designates_meeting

__all__ = ["asker_at_meeting"]

_ASKER = frozenset({"j", "je"})
_ASKING = frozenset({"qui", "combien", "quoi", "quel", "quelle", "quels", "quelles", "quand", "ou", "comment", "qu",
                     "pourquoi"})
_WAS = frozenset({"etais", "etait"})
_AT = frozenset({"a", "au", "aux"})
_BETWEEN = frozenset({"ne", "n", "pas", "bien", "y", "jamais"})


def asker_at_meeting(u: Understanding) -> str | None:
    """`attendance_meeting` when the asker asks whether they were at a meeting designated, else None."""
    if "?" not in u.text or u.first("person") is not None or any(w.folded in _ASKING for w in u.words):
        return None  # « j'étais pas au copil de novembre, y a eu quoi comme décisions ? » asks something else
    folded = [w.folded for w in u.words]
    for i, w in enumerate(folded):
        if w not in _ASKER:
            continue
        j = i + 1
        while j < len(folded) and folded[j] in _BETWEEN:
            j += 1
        verb = folded[j] if j < len(folded) else ""
        k = j + 1
        # « j'étais bien là à la plénière d'octobre ? »: « là » before « à » says the same place (typed with its accent,
        # not the article « la »).
        while k < len(folded) and (folded[k] in _BETWEEN or u.words[k].raw.lower() == "là"):
            k += 1
        if verb in _WAS and k < len(folded) and folded[k] in _AT and designates_meeting(u):
            return "attendance_meeting"
        # « j'y étais, moi, en octobre ? »: « y » is the meeting's place, which the month or the day designates.
        if verb in _WAS and "y" in folded[i + 1:j] and designates_meeting(u):
            return "attendance_meeting"
    return None
