"""Who pays for something, asked of the group's decisions.

« qui paye les navettes ? », « c'est qui qui finance la navette de
livraison ? », « le véhicule qui livre les épiceries, il est payé par
qui ? », « qui met à disposition le local ? », « on fait payer les colis ? »:
minutes record who pays as a decision (« La navette … est financée par la
CeA », « Mise à disposition gratuite par la Ville … d'un local »), rarely
as a member's charge. A question with a verb of paying (or providing) is
answered by the decision that says who pays for its subject, when one
clearly fits and says so; then the members that decision names, since
« qui » asks for people. When a member's role holds the subject (« qui
prend en charge les bénévoles ? » of a « Responsable des bénévoles »), the
charge answers as before; so does an open task that holds the payment
(« Rembourser les tickets de bus » for « qui rembourse les tickets de bus ? »);
when no decision clearly fits, nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.dominance import as_decision, leads
from handlers.understanding.named import body_names
from handlers.understanding.normalise import Word, fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.topics import content_words, topic_scores, with_activities
from handlers.understanding.who_named import named_members
from handlers.understanding.world import World

__all__ = ["paid_by", "paying_words"]

# Verbs of paying, by their folded forms (the lemmatiser reads « paye » as a noun).
_PAY = frozenset({
    "payer", "paye", "payes", "payent", "paie", "paies", "paient", "payee", "payees", "payons", "payez", "payera",
    "financer", "finance", "finances", "financent", "financee", "financees", "financera", "financeront",
    "cofinancer", "cofinance", "cofinancent", "rembourser", "rembourse", "remboursent", "remboursee", "remboursera",
    "subventionner", "subventionne", "subventionnent", "subventionnee",
})
# « prend en charge », « mis à disposition », « met l'argent »: a verb and the words after it.
_TAKE = frozenset({"prend", "prennent", "prendre", "pris", "prise", "prises", "prendra"})
_PUT = frozenset({"met", "mettent", "mettre", "mis", "mise", "mises", "mettra"})
_MONEY = frozenset({"argent", "sous", "fric", "thunes", "financement", "financements"})
# What a decision says when it says who pays or provides (folded, by prefix or phrase).
# « règle les impayés » (the verb, in a decision; in a question « la règle » is a rule).
# « les communes versent 50 centimes par habitant au fonds commun »: paying in.
_PAYS_PREFIXES = ("financ", "cofinanc", "pay", "paie", "paiement", "rembours", "subvention", "gratuit", "offert", "regl",
                  "versent", "versement", "verser", "verse")
# « … fixée à 620 000 euros, à parts égales entre l'État et la Métropole », « … à hauteur de 40 % par la CAF »:
# a share of a sum says who pays it.
_PAYS_PHRASES = (" en charge ", " a disposition ", " a la charge ", " aux frais ", " parts egales ", " a hauteur de ")
# « les finances au PETR, c'est qui ? », « la paye »: after a determiner the form is the noun, no verb of paying.
_DETERMINERS = frozenset({"le", "la", "les", "l", "des", "aux", "au", "nos", "vos", "leurs", "ses", "mes", "tes", "ma",
                          "ta", "sa", "notre", "votre", "leur", "son", "mon", "ton", "une", "un"})
# « qui la paye ? », « on les finance ? »: after a subject, « la », « les » are the verb's object, the verb stays.
_OBJECTS = frozenset({"le", "la", "les", "l"})
_BEFORE_OBJECT = frozenset({"qui", "on", "il", "elle", "ils", "elles", "je", "j", "tu", "nous", "vous", "ne", "n",
                            "doit", "va", "peut", "faut", "qu"})
# « qui doit rembourser … » (as task_verb_asked.py reads « qui rembourse … »): the obligation, not the subject.
_MUST = frozenset({"doit", "doivent", "devra", "devront", "faut"})
# Words of the question that ask, not about what.
_ASKING = frozenset({"qui", "quoi", "par", "pas", "ou", "bien", "alors", "donc", "faire", "fait"})


def paying_words(found: Sequence[Word]) -> set[int]:
    """Indices of the words that say paying or providing (« qui prend en charge », « met l'argent »)."""
    folded = [w.folded for w in found]
    out: set[int] = set()
    for i, word in enumerate(folded):
        if word in _PAY and not (i and folded[i - 1] in _DETERMINERS and not (
                i > 1 and folded[i - 2] in _BEFORE_OBJECT and folded[i - 1] in _OBJECTS)):
            out.add(i)
        elif word in _TAKE and folded[i + 1:i + 3] == ["en", "charge"]:
            out.update((i, i + 1, i + 2))
        elif word in _PUT and folded[i + 1:i + 3] in (["a", "disposition"], ["à", "disposition"]):
            out.update((i, i + 1, i + 2))
        elif word in _PUT and any(w in _MONEY for w in folded[i + 1:i + 4]):
            out.update(j for j in range(i, min(i + 4, len(folded))) if j == i or folded[j] in _MONEY)
    return out


def _cleft_end(found: Sequence[Word], verb: int) -> int:
    """The index of « qui » right before the paying verb at `verb` when the message opens with « c'est » (« c'est
    la Ville qui paie … »), the words before it being the payer asked of; else 0."""
    folded = [w.folded for w in found]
    opens = folded[:2] in (["c", "est"], ["ce", "est"]) or folded[:3] == ["est", "ce", "que"]
    return verb - 1 if opens and verb > 2 and folded[verb - 1] == "qui" else 0


def _says_who_pays(text: str) -> bool:
    plain = f" {' '.join(fold(text).replace(chr(39), ' ').split())} "
    return any(w.startswith(_PAYS_PREFIXES) for w in plain.split()) or any(p in plain for p in _PAYS_PHRASES)


def paid_by(ctx: Context, u: Understanding, world: World, texts: Sequence[str],
            answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decision saying who pays for the question's subject (and the members it names), or None."""
    paying = paying_words(u.words)
    asked = "?" in u.text or any(w.folded in lexicon().question_words for w in u.words)
    if not paying or not asked or not texts or asks_time(u.words):
        return None
    # The payer is what is asked, not the subject: a body named before the verb (« le département finance la
    # navette ? ») is left out; after it, a body's word is the subject's (« qui paye les factures d'électricité ? »).
    first = min(paying)
    in_bodies = {i for e in u.entities if e.kind in ("person", "period", "month") or e.kind == "org" and e.start < first
                 for i in range(e.start, e.end)}
    # « c'est le ministère ou la commune qui paie les interprètes ? »: the cleft before « qui » names the payers the
    # asker guesses, not what is paid for (the lead's set 77).
    in_bodies |= set(range(_cleft_end(u.words, first)))
    kept = {i for i, w in enumerate(u.words) if i not in paying and i not in in_bodies and w.folded not in _ASKING}
    subject = [w for w in content_words([w for i, w in enumerate(u.words) if i in kept]) if w.folded not in _PAY]
    if not subject:
        # « qu'est-ce que la caisse d'allocations familiales va financer ? »: what that body pays for.
        return next((found for body in u.entities if body.kind == "org" and body.start < first
                     for name in body_names(u, body) if (found := _paying_decision(ctx, u, world, name, texts, answer))),
                    None)
    roles = [with_activities(m.role) for m in world.members if m.role]
    # « qui prend en charge les bénévoles ? » of a « Responsable des bénévoles »: a member's charge holds it all, the
    # charge answers (answers_people.in_charge). A verb that only says paying (« qui finance les navettes ? ») asks
    # who pays, which a « Coordinatrice du transport solidaire » is not: her charge answers only if it says paying too.
    only_pays = all(u.words[i].folded in _PAY for i in paying)
    asked_of_roles = [*subject, *(u.words[i] for i in sorted(paying))] if only_pays else subject
    if roles and max(topic_scores(asked_of_roles, roles)) >= 1.0:
        return None
    # « qui rembourse les tickets de bus ? » of a task « Rembourser les tickets de bus des délégués »: a member was
    # charged with that very payment, the task's pilot answers (answers_people.in_charge), not the decision that
    # the tickets are paid back, which names no payer.
    # The task must say the very verb (« Rembourser … »), not a word of its family (« budget » for « paie »).
    verbs = {u.words[i].lemma[:-2] for i in paying if u.words[i].lemma.endswith("er") and len(u.words[i].lemma) > 5}
    tasks = [t for t in world.records.get("tasks", ()) if any(w.startswith(tuple(verbs)) for w in fold(t).split())]
    charged = [w for w in subject if w.folded not in _MUST]
    if verbs and tasks and charged and max(topic_scores(charged, tasks)) >= 1.0:
        return None
    return _paying_decision(ctx, u, world, subject, texts, answer)


def _paying_decision(ctx: Context, u: Understanding, world: World, subject: Sequence[Word], texts: Sequence[str],
                     answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer on `subject` when one decision saying who pays clearly fits it best."""
    scores = topic_scores(subject, texts)
    paid = [s if _says_who_pays(t) else 0.0 for s, t in zip(scores, texts, strict=True)]
    if not leads(paid) or max(scores) > max(paid):
        return None  # no decision clearly says who pays for it, or another fits better
    best = texts[paid.index(max(paid))]
    # « qui paie les interprètes ? » of a decision on the language courses' fees, kin of « interprète » only, while
    # decisions saying « interprète » itself say no payer: the kin word fits less than the word does (set 77).
    # Only decisions saying no payer count against it: « une dette EDF, qui rembourse ? » of the CCAS taking on
    # unpaid electricity bills, where « famille » is literally in a CAF funding (a payer, fitting far less), is that
    # decision's answer still (the lead's whole-set comparison, r39lf).
    literal = topic_scores(subject, texts, loose=False)
    unpaid = [s for s, t in zip(literal, texts, strict=True) if not _says_who_pays(t)]
    if unpaid and literal[paid.index(max(paid))] < max(unpaid):
        return None
    outcome = as_decision(ctx, u, subject, answer)
    if outcome is None:
        return None
    people = named_members([best], world)
    if not people:
        return outcome
    rows = [f"• {m.name} — {m.organisation}" + (f" — {m.role}" if m.role else "") for m in people[:10]]
    return Outcome.sure(u, [*outcome.reply.lines, "Nommés par la décision :", *rows], outcome.key)
