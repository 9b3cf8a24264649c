"""Intent recognition: the message's words against the examples of
`intents.toml`, nearest examples first.

Each sentence becomes a bag of lemmas and lemma pairs (entities and
unknown words replaced by their placeholders), weighted by how rare each
feature is across intents (tf-idf): "qui" is in many intents and weighs
little, "représenter" in one and weighs much. The score of an intent is
the cosine similarity of the message with its closest example. The model
is built once, at the first question, from the data file: extending the
examples needs no code and no training step.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cache, cached_property

from handlers.understanding.role_spans import roles_in
from handlers.understanding.normalise import HERE, Word, fold, lexicon, words
from handlers.understanding.periods import find_period

__all__ = ["Intent", "Model", "PLACEHOLDERS", "example_tokens", "features", "is_frame_word", "model"]

# How much a grammar word (or a pair of them) weighs against a content word.
FUNCTION_WEIGHT = 0.4
# Entity kinds -> the placeholder word standing for them in examples.
PLACEHOLDERS = {
    "person": "zzpersonne",
    "org": "zzorg",
    "role": "zzrole",
    "month": "zzmois",
    "place": "zzlieu",
    "period": "zzperiode",
    "topic": "zzsujet",
    "number": "zznombre",
}
# Periods in examples only need to be recognised, not resolved to a date.
_NOON = datetime(2000, 1, 1, 12)
_EXAMPLE_SLOT = re.compile(r"<(personne|org|role|mois|lieu|periode|sujet|nombre)>")


@dataclass(frozen=True)
class Intent:
    name: str
    label: str
    needs: tuple[str, ...]
    examples: tuple[str, ...]
    free_words: bool = False
    family: str = ""  # intents of one family answer overlapping questions
    # Lemmas one of which every question of the intent carries (« présent », « venir », « compte »…):
    # a message with none is no reading of it, however many other words it shares with its examples.
    cues: frozenset[str] = frozenset()

    @property
    def takes_topic(self) -> bool:
        """Whether the intent's questions carry free words (a decision's topic)."""
        return self.free_words or any("<sujet>" in example for example in self.examples)


def features(tokens: list[str]) -> Counter[str]:
    """Lemmas and adjacent lemma pairs."""
    found: Counter[str] = Counter(tokens)
    found.update(f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return found


def example_tokens(example: str) -> list[str]:
    """An example read as a message is: role words and periods become
    their placeholders there too ("qui préside" = "qui <role>")."""
    found = words(_EXAMPLE_SLOT.sub(lambda m: f" zz{m.group(1)} ", example))
    spans: dict[int, tuple[int, str]] = {}
    period = find_period(found, _NOON)
    if period is not None:
        spans[period.start_word] = (period.end_word, PLACEHOLDERS["period"])
    taken = {j for start, (end, _) in spans.items() for j in range(start, end)}
    for role in roles_in(found, taken):
        spans[role.start] = (role.end, PLACEHOLDERS["role"])
    tokens: list[str] = []
    i = 0
    while i < len(found):
        if i in spans:
            end, placeholder = spans[i]
            tokens.append(placeholder)
            i = end
            continue
        tokens.append(found[i].folded if found[i].folded.startswith("zz") else found[i].lemma)
        i += 1
    return tokens


@dataclass
class Model:
    intents: dict[str, Intent]
    idf: dict[str, float]
    # (intent name, normalised weighted vector) per example
    vectors: list[tuple[str, dict[str, float]]]
    vocabulary: frozenset[str]  # lemmas the examples use: not topic words

    def vector(self, tokens: list[str]) -> dict[str, float]:
        counts = features(tokens)
        grammar = lexicon().function_words
        weighted = {
            f: (1 + math.log(c)) * self.idf.get(f, self.unseen)
            * (FUNCTION_WEIGHT if all(part in grammar for part in f.split("_")) else 1.0)
            for f, c in counts.items()
        }
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        return {f: v / norm for f, v in weighted.items()}

    @cached_property
    def unseen(self) -> float:
        # A feature no example has: as rare as can be, but it matches nothing. Kept once computed: the idf
        # is fixed when the model is built, and this was a scan of it for every unknown word of every message.
        return max(self.idf.values(), default=1.0)

    def family(self, name: str) -> frozenset[str]:
        """The intent and those of its family."""
        family = self.intents[name].family
        if not family:
            return frozenset({name})
        return frozenset(n for n, intent in self.intents.items() if intent.family == family)

    def rank(self, tokens: list[str]) -> list[tuple[str, float]]:
        """Intents by their closest example's similarity, best first."""
        query = self.vector(tokens)
        best: dict[str, float] = {}
        # « qu'est-ce qui sera discuté ? » asks what, not who: « qui » after « ce » is no cue.
        said = {t for i, t in enumerate(tokens) if not (t == "qui" and i and tokens[i - 1] == "ce")}
        for name, vector in self.vectors:
            if self.intents[name].cues and not self.intents[name].cues & said:
                continue
            score = sum(v * vector.get(f, 0.0) for f, v in query.items())
            if score > best.get(name, -1.0):
                best[name] = score
        return sorted(best.items(), key=lambda item: -item[1])


@cache
def model() -> Model:
    with (HERE / "intents.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    intents = {
        spec["name"]: Intent(spec["name"], spec["label"], tuple(spec.get("needs", ())), tuple(spec["examples"]),
                             bool(spec.get("free_words", False)), spec.get("family", ""),
                             frozenset(fold(c) for c in spec.get("cues", ())))
        for spec in raw["intent"]
    }
    tokenised = [(name, example_tokens(e)) for name, intent in intents.items() for e in intent.examples]
    # Document frequency across intents, not examples: a word common to
    # every example of one intent is that intent's signature. An intent with
    # cues competes only on messages that carry one: its words do not reweigh
    # the others' (adding one leaves every other reading as it was).
    per_intent: dict[str, set[str]] = {}
    for name, tokens in tokenised:
        if not intents[name].cues:
            per_intent.setdefault(name, set()).update(features(tokens))
    df: Counter[str] = Counter(f for fs in per_intent.values() for f in fs)
    n = len(per_intent)
    idf = {f: math.log((n + 1) / (d + 1)) + 1.0 for f, d in df.items()}
    built = Model(intents, idf, [], frozenset())
    built.vectors = [(name, built.vector(tokens)) for name, tokens in tokenised]
    stop = lexicon().stopwords
    # Words met only in chit-chat ("café", "manger") stay unknown words, so
    # that "on se voit au café ?" is not read as a question about meetings.
    built.vocabulary = frozenset(
        t for name, tokens in tokenised if name != "chitchat" for t in tokens if not t.startswith("zz")) | stop | lexicon().known
    return built


def is_frame_word(word: Word, vocabulary: frozenset[str]) -> bool:
    """A word the examples use (or a stop word): not part of a topic."""
    return word.lemma in vocabulary or word.folded in vocabulary or word.folded in lexicon().stopwords
