"""A vote cast in the chat of a sitting is no question for the bot: « vote
pour », « je vote contre », « pour », « contre le point 3 », « abstention »,
« je m'abstiens », « je ne prends pas part au vote » (blind set 42c: the
delegates of a comité syndical voting in the group's chat during a sitting
held by video). Read as questions, « vote pour » found the decisions
(« voter » reads « décider ») and « contre » a decision's « 3 contre ».

The message asks nothing (no question mark, no question word) and opens
on the vote: an optional subject (« je », « moi je », « nous », « on »),
then « vote(s) / votons / votez » with « pour », « contre » or « blanc »
after it, or « contre », « abstention » opening a short message, « pour »
alone (« pour le département » may be a clipped question), or
an abstention said of oneself (« je m'abstiens », « abstention »), or
« je ne prends pas part au vote »."""

from __future__ import annotations

from handlers.understanding.normalise import Word, lexicon

__all__ = ["is_vote_cast"]

_SUBJECTS = frozenset({"je", "j", "moi", "nous", "on"})
_VOTE = frozenset({"vote", "votes", "votons", "votez", "voterai", "voterons"})
_SIDES = frozenset({"pour", "contre", "blanc"})
_ALONE = frozenset({"contre", "abstention", "abstentions"})
_ABSTAIN = frozenset({"abstiens", "abstient", "abstenons", "abstiendrai", "abstiendrons"})


def is_vote_cast(text: str, found: list[Word]) -> bool:
    """`found` (of `text`) casts a vote, asking nothing."""
    if "?" in text or not found or any(w.folded in lexicon().question_words for w in found):
        return False
    folded = [w.folded for w in found]
    at = 0
    while at < len(folded) - 1 and folded[at] in _SUBJECTS:
        at += 1
    if folded[at] in _VOTE:
        return at + 1 < len(folded) and folded[at + 1] in _SIDES
    if at == 0 and (folded[0] in _ALONE and len(folded) <= 4 or folded == ["pour"]):
        return True  # « pour » alone, « contre le point 3 », « abstention pour moi »
    if at > 0 and any(w in _ABSTAIN for w in folded[at:at + 3]):
        return True  # « je m'abstiens », « moi je m'abstiens sur ce point »
    # « je ne prends pas part au vote »
    return " ".join(folded[at:at + 6]).startswith(("ne prends pas part au vote", "ne prend pas part au vote",
                                                   "ne prenons pas part au vote"))
