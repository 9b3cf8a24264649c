"""The question mark a question's own form stands for: « est-ce que le budget
a été approuvé », « suis-je inscrite pour jeudi », « le budget a-t-il été
voté », typed without « ? ».

Many readings tell a question from news by its « ? » (a task's status, a
decided fact, a presence: « le bilan est fait » is news, « le bilan est fait
? » asks). French has two forms that ask whatever the punctuation: a message
opening with « est-ce que » (after a greeting), and a verb inverted with its
subject pronoun by a hyphen (« est-elle », « a-t-on », « suis-je »); and a
tag asking for confirmation at the end (« … n'est-ce pas », « … c'est bien
ça », « … oui ou non »). (An
order to tell, « rappelle-moi ce que je dois rendre », is rewritten as the
question it asks by indirect.py, right after.) Such a message is read as if
typed with its « ? », once, before anything else reads
it; news never takes these forms (« c'est ce que je pensais » does not open
with « est-ce que »).

Dictated to a phone, a question says its asking phrase where the member
thinks of it, after the circumstance (« en cas de cyclone qu'est-ce qu'on
fait », « pendant les vacances qu'est-ce qui est prévu »): « qu'est-ce
que / qu'est-ce qui » asks wherever it stands, unless a verb of knowing or
saying before it makes it reported (« je sais pas qu'est-ce qu'on fait »)."""

from __future__ import annotations

import re

from handlers.understanding.normalise import fold, lexicon

__all__ = ["asked_mark"]

# « est-ce que », « est ce qu'on », « Est-ce qu' »: the asking phrase at the start.
_EST_CE = re.compile(r"^est[- ]?ce\s*qu(?:e\b|')")
# « qu'est-ce qu'on fait », « qu'est ce qui a été décidé »: the asking phrase anywhere in the message.
_QUEST_CE = re.compile(r"\bqu'est[- ]?ce\s*qu(?:e\b|i\b|')")
# What makes the phrase reported, not asked: knowing, saying, asking oneself before it.
_REPORTED = re.compile(r"\b(?:sai[st]|savoir|su|demande\w*|dit|dis|dire|comprends?|vois|voir|explique\w*)\b")
# A verb and its subject pronoun joined by a hyphen: « a-t-il », « est-elle », « suis-je », « va-t-on »,
# « -moi », « -le », « -nous », « -vous » after an imperative (« dites-moi », « rappelez-vous que … ») are no
# subject: left out.
_INVERTED = re.compile(r"\b[a-z]+(?:-t)?-(?:je|il|elle|on|ils|elles)\b")
# A tag that asks for confirmation at the end, dictated: « la réunion du 8 est maintenue n'est-ce pas », « … c'est
# bien ça », « … oui ou non ». News never ends so (« ou pas » may: « c la vigilance jaune aujourd'hui ou pas » is asked
# of the members, and is read elsewhere where it asks the bot: nobody.py).
_TAG = re.compile(r"(?:\S+\s+){3}(?:\bn'est[- ]?ce pas|\bc'est (?:bien )?ca|\boui ou non)\s*[.!]*\s*$")


def asked_mark(text: str) -> str:
    """`text` ending with « ? » when it asks by its form and has no mark of its own; else as it is."""
    if "?" in text or not text.strip():
        return text
    folded = fold(text).strip()
    words = folded.split()
    openers = lexicon().openers
    start = 0
    while start < len(words) and words[start].strip(",.!:") in openers:
        start += 1
    rest = " ".join(words[start:])
    folded = folded.replace("’", "'")
    if _EST_CE.match(rest) or _INVERTED.search(folded) or _quest_ce(folded) or _TAG.search(folded):
        return text.rstrip().rstrip(".") + " ?"
    return text


def _quest_ce(folded: str) -> bool:
    """« qu'est-ce que / qui » in the message, asked, not reported after a verb of knowing or saying."""
    found = _QUEST_CE.search(folded)
    return found is not None and _REPORTED.search(folded[:found.start()]) is None
