"""A member's case checked against the group's rules: « les parents qui
retrouvent du travail ils sont prioritaires ? », « c'est gratuit pour les
familles au RSA ? », « il faut habiter la commune pour avoir une place ? »,
« on peut cumuler l'aide et la crèche ? », « qui a droit à la prime ? »
(the decisions: « Les places sont attribuées en priorité aux parents qui
reprennent un emploi … », « Le tarif … des familles allocataires du RSA est
fixé au plancher de 0,50 euro », « Seules les familles domiciliées à … »).

Such questions carry no word of deciding (« décidé », « validé ») and ask
whether a case meets a condition: with a modal (« peut », « faut-il »,
« a droit »), a word of eligibility (« prioritaire », « réservé »,
« gratuit », « cumuler », « plafond », « trop tard »), or about a case
(« un papa de 22 ans … a une place rapidement ? », « une famille de trois
enfants paie combien ? »). The rule is a
decision; when the question's other words (by lemma, synonym and family,
topics.py) find one decision clearly first, that decision answers, as a
last resort once no reading was sure. The asking words are no topic: « peut »
or « faut » would find nothing but noise. Never for a question asking for
someone (« qui peut m'envoyer le tableau ? » is for a colleague), but « qui a
droit à … ? » asks who is eligible, which the rule says."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from handlers.context import Context
from handlers.understanding.chat import asks_time
from handlers.understanding.decision_lead import asks_people
from handlers.understanding.meeting_nouns import PLAIN
from handlers.understanding.dominance import as_decision, first_of, shows_bodies
from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.amounts import states_sum
from handlers.understanding.topics import content_words, topic_scores
from handlers.understanding.world import plain

__all__ = ["asks_eligibility", "asks_someone", "before_doing", "eligible_decision", "relative_case"]

# Modals and verbs that ask whether a case may or must (folded words): they ask, they name no subject.
# Not « doit », « doivent »: « le diagnostic doit être fini quand ? » asks a deadline.
_MODALS = frozenset({"peut", "peuvent", "peux", "pourrait", "pourraient", "pouvons", "pouvez", "faut", "faudrait",
                     "falloir", "droit", "possible", "autorise", "autorisee", "autorises", "autorisees", "obligatoire",
                     "oblige", "obligee",
                     # « les demandes en cours de route, on les prend ? »: taken in, accepted.
                     "prend", "prennent", "prendre"})
# Words of eligibility, kept in the topic: they are the rule's words too (« en priorité », « réservées »).
_ELIGIBLE = frozenset({"prioritaire", "prioritaires", "priorite", "reserve", "reservee", "reserves", "reservees",
                       "gratuit", "gratuite", "gratuits", "gratuites", "cumuler", "cumul", "cumulable", "cumulables",
                       "compatible", "compatibles", "plafond", "plafonne", "plafonnee", "plafonnes", "plafonnees",
                       "eligible", "eligibles", "admis", "admise", "admises", "accepte", "acceptee", "acceptes",
                       "acceptees", "tard", "minimum", "maximum", "limite", "exonere", "exoneres", "exoneree",
                       "exonerees"})
# Whose case it is (folded words): « un papa de 22 ans suivi par la Mission locale a une place rapidement ? » asks
# the rule as surely as a modal does (not « quelqu'un »: « qqn a le compte rendu ? » asks the members).
_CASES = frozenset({"famille", "familles", "parent", "parents", "maman", "mamans", "papa", "papas", "mere", "meres",
                    "pere", "peres", "enfant", "enfants", "bebe", "bebes", "couple", "couples", "demandeur",
                    "demandeurs", "beneficiaire", "beneficiaires", "allocataire", "allocataires", "ado", "ados",
                    "adolescent", "adolescents"})
# People a social or insertion network serves: the case of a relative clause (« un réfugié qui vient d'arriver peut
# suivre les cours ? »), not enough alone to ask a rule (« la réunion avec les habitants c'est quel jour ? »).
_SERVED = frozenset({"refugie", "refugies", "refugiee", "refugiees", "migrant", "migrants", "etranger", "etrangers",
                     "etudiant", "etudiants", "salarie", "salaries", "locataire", "locataires", "habitant", "habitants",
                     "retraite", "retraites", "senior", "seniors", "chomeur", "chomeurs", "usager", "usagers"})
# Those who care for children, whose case a rule may settle (« une assmat qui garde le soir touche une prime ? »).
_CARERS = frozenset({"assmat", "assmats", "nounou", "nounous", "maternelle", "maternelles", "jeune", "jeunes"})
# « qui a droit … ? », « qui peut bénéficier … ? »: who is eligible, not a member to ask.
_WHO_ELIGIBLE = frozenset({"droit", "beneficier", "pretendre", "eligible", "eligibles", "prioritaire", "prioritaires"})
_TASKS = frozenset({"action", "actions", "tache", "taches"})
# « en combien de temps ? »: a delay asked, no thing counted.
_TO_YOU = frozenset({"te", "tu", "toi", "t"})
_SPANS = frozenset({"temps", "jours", "semaines", "mois", "heures"})
# Light verbs of a case (« un réfugié qui vient d'arriver peut suivre les cours ? »): « vient » only says the recent
# past, « suivre » the taking part; rules say neither, and their weight would hide the rule holding the rest.
_LIGHT = frozenset({"vient", "viennent", "venir", "suivre", "suit", "suivent", "aller", "va", "vont"})
# With this many rules or more, a word found in this share of them is the group's everyday word, no rule's own.
_MANY = 8
_COMMON = 0.25


# « le comptage vélos qui s'en charge ? », « la salle qui s'y colle ? »: « qui » and a verb taking back the thing
# fronted (« en », « y ») closing the question, without the comma, asks who; a relative goes on (« … qui s'en
# occupent sont … »).
_RESUMED = re.compile(r"\bqui\s+s\W*(?:en|y)\s+\w+\W*$")
# « la salle pour le repas de Noël qui l'a réservée ? », « le devis qui l'avait demandé ? »: « qui », the thing taken
# back as object and a past participle closing the question ask who did it, as « qui s'en charge ? » does.
_DONE_IT = re.compile(r"\bqui\s+(?:l|le|la|les)\W*(?:a|avait)\s+\w+\W*$")


def asks_someone(u: Understanding) -> bool:
    """« qui » asks for people (decision_lead.asks_people), or opens the question after a comma (« l'enquête sur
    les bénévoles, qui la mène ? »); not the relative of « les parents qui retrouvent du travail … »."""
    return asks_people([w.folded for w in u.words]) or bool(re.search(r"[,;:]\s*qui\b", fold(u.text))) or bool(
        _RESUMED.search(fold(u.text)) or _DONE_IT.search(fold(u.text)))


def asks_eligibility(u: Understanding) -> bool:
    """A question whether a case meets a condition: a modal or a word of eligibility, and not a question
    for a colleague or about tasks."""
    folded = [w.folded for w in u.words]
    asked = "?" in u.text or any(f in lexicon().question_words for f in folded)
    if not asked or not any(f in _MODALS or f in _ELIGIBLE or f in _CASES for f in folded if f not in _acts_done(folded)):
        return False
    if "quand" in folded:
        return False  # « … c'est pour quand ? », « on peut le rendre quand ? »: a date, which the deadlines hold
    if any(f in _TO_YOU for f in folded):
        return False  # « je peux te demander quoi ? », « tu peux m'envoyer … ? »: asked of the bot or a colleague
    if any(f in _TASKS for f in folded) or any(e.kind == "person" for e in u.entities):
        return False
    # « qui peut me passer le tableau ? » is asked of the members; « qui a droit à la prime ? » of the rules.
    return not asks_someone(u) or any(f in _WHO_ELIGIBLE for f in folded)


# The forms of « avoir » before a participle: « je l'ai bien réservée ? » is an act done, no rule « réservé à … ».
_HAVING = frozenset({"ai", "as", "a", "avons", "avez", "ont", "avait", "avais"})


def _acts_done(folded: list[str]) -> set[str]:
    """Words of eligibility used as a past participle after « avoir » (« je l'ai bien réservée ? », « on a accepté
    le devis ? »): the act done is checked, no condition (set 49b)."""
    done = set()
    for i, word in enumerate(folded):
        j = i - 1
        while j >= 0 and folded[j] in ("bien", "deja"):
            j -= 1
        if word in _ELIGIBLE and j >= 0 and folded[j] in _HAVING:
            done.add(word)
    return done


# Being so many (« être combien », « on sera combien »): people counted.
_BEING = frozenset({"etre", "est", "sont", "sommes", "etes", "sera", "seront", "serons", "etait", "etaient"})


def _sitting_subject(folded: Sequence[str]) -> bool:
    """« la réunion pour les bénéficiaires … », « la séance des usagers … »: the question opens on a sitting's noun,
    its subject: what is asked of it is the sitting's, no case checked against a rule."""
    said = [w for w in folded if w not in ("la", "le", "l", "les")]
    return bool(said) and said[0] in PLAIN


def eligible_decision(ctx: Context, u: Understanding, texts: Sequence[str],
                      answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The decisions answer for the one decision whose words the case's words find clearly first, else None
    and `u` as it was."""
    if not texts or not asks_eligibility(u):
        return None
    folded = [w.folded for w in u.words]
    if asks_time(u.words) and _sitting_subject(folded):
        return None  # « la réunion pour les bénéficiaires sur la mobilité c'est quel jour ? »: a sitting's day (set 47a)
    # Light verbs are left out of a person's case only (« un réfugié qui vient d'arriver … »): « on peut venir à
    # vélo ? » keeps its verb, and with it its doubt.
    case = any(f in _CASES | _CARERS | _SERVED for f in folded)
    topic = [w for w in content_words(u.words) if w.folded not in _MODALS and w.folded != "qui"
             and not (case and w.folded in _LIGHT)]
    if len(topic) > 1 and len(texts) >= _MANY:
        # « une famille … », « une place … » in a crèche commission: a word most rules say tells none apart.
        said = [sum(score > 0 for score in topic_scores([w], texts)) for w in topic]
        topic = [w for w, n in zip(topic, said, strict=True) if n < len(texts) * _COMMON] or topic
    if not topic or first_of(topic, texts) is None:
        return None
    # The bodies the question names must be in the rule shown (« la CAF peut financer … ? » is the CAF's case), and
    # what it counts: « combien de colis pour les familles monoparentales ? » is not answered by the rule on those
    # families that counts no parcels (« en combien de temps ? » asks a delay, which any rule may state).
    counted = [u.words[i + 2] for i in range(len(folded) - 2)
               if folded[i] == "combien" and folded[i + 1] in ("de", "d") and folded[i + 2] not in _SPANS]

    # « un projet asso peut avoir combien max ? »: « combien » alone asks a sum, which the rule shown must state (not
    # the rule on the same projects that states none: lead's set 65).
    # « faut être combien pour sortir ? », « on sera combien ? » count people, no sum (21b lost a row on the merged round).
    sum_asked = "combien" in folded and not any(
        a == "combien" and b in ("de", "d") for a, b in zip(folded, folded[1:])) and not any(
        b == "combien" and a in _BEING for a, b in zip(folded, folded[1:]))

    def accept(outcome: Outcome) -> bool:
        shown = plain(" ".join(outcome.reply.plain().split("\n")[1:]))  # the rules, not the heading repeating the topic
        rules = "\n".join(outcome.reply.plain().split("\n")[1:])
        return shows_bodies(u, outcome.reply.plain()) and all(topic_scores([w], [shown])[0] > 0 for w in counted) and (
            not sum_asked or states_sum(rules))

    return as_decision(ctx, u, topic, answer, accept)


def relative_case(ctx: Context, u: Understanding, texts: Sequence[str],
                  answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« une assmat qui garde un enfant le soir touche une prime ? », read as a charge for its « qui »: that « qui »
    opens a relative clause of the case (decision_lead.asks_people), no one is asked for, and the rule answers when
    one decision leads; else None."""
    folded = [w.folded for w in u.words]
    # The relative's antecedent is the case (« une famille qui … », « les nounous qui … »); « le référent qui suit
    # les familles ? » asks for the referent.
    cases = [i for i, f in enumerate(folded) if f == "qui" and i > 0 and folded[i - 1] in _CASES | _CARERS | _SERVED]
    if not cases or asks_someone(u):
        return None
    return eligible_decision(ctx, u, texts, answer)


# Pronouns between « avant de » and its verb (« avant de s'engager », « avant de les inscrire »).
_CLITICS = frozenset({"se", "s", "l", "le", "la", "les", "y", "en", "me", "m", "nous", "vous", "lui", "leur"})


def before_doing(u: Understanding) -> bool:
    """« faut-il un diagnostic avant de s'engager en MAEC ? »: a modal of condition and « avant de » before a verb,
    no date: what must come first, which a rule says, not the deadlines (lead's set 53)."""
    if any(e.kind in ("period", "month") for e in u.entities) or not asks_eligibility(u):
        return False
    folded = [w.folded for w in u.words]
    for i, word in enumerate(folded[:-2]):
        if word == "avant" and folded[i + 1] in ("de", "d"):
            rest = [f for f in folded[i + 2:i + 4] if f not in _CLITICS][:1]
            if rest and rest[0].endswith(("er", "ir", "re", "oir")):
                return True
    return False


# « que fait le bailleur quand un locataire … ? », « qu'est-ce qu'on fait si une famille … ? », « il se passe quoi
# lorsqu'un jeune … ? »: what is done in a case is a rule, not someone's task. The case is a clause opened by a
# conjunction of condition and its subject; « quand » asked alone (« il fait ça quand ? ») asks a date.
_DOING = frozenset({"fait", "font", "fais", "faire", "faut", "passe"})
_CONDITION = re.compile(r"\b(?:quand|lorsqu|lorsque|si|s(?=\W+ils?\b)|en\s+cas\s+d|en\s+cas\s+de|au\s+cas\s+ou)[\s'’]+"
                        r"(?:un|une|le|la|les|l|des|du|il|ils|elle|elles|on|quelqu|y|ca|c|mon|ma|mes|son|sa|ses|nos|vos)\b")
# How much of a case told with a body acting must be found, and how far ahead of the next rule (conditional_case).
_CASE_FOUND = 0.5
_CASE_LEAD = 0.4
# The asking words of a case done: « que … », « qu'est-ce que … », « … quoi ».
_WHAT = frozenset({"que", "qu", "quoi"})


def done_in_case(u: Understanding) -> bool:
    """« que fait le bailleur quand un locataire gêne ses voisins ? »: a doing asked (« que fait », « on fait
    quoi », « il se passe quoi ») in a case opened by a conjunction of condition and its subject; not « qui »."""
    folded = [w.folded for w in u.words]
    if not any(f in _WHAT for f in folded) or not any(f in _DOING for f in folded) or asks_someone(u):
        return False
    match = _CONDITION.search(fold(u.text))
    # The doing is asked before the case (« que fait X quand … »), not inside it (« quand le bus ne passe pas, … »).
    return match is not None and any(f in _DOING for f in plain(fold(u.text)[:match.start()]).split())


def conditional_case(ctx: Context, u: Understanding, texts: Sequence[str],
                     answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """« que fait le bailleur quand un locataire pose problème à ses voisins ? », read as a charge for the body
    named: the rule settling the case (« En cas de troubles de voisinage, le bailleur saisit … ») answers when one
    decision leads by the question's other words, and shows the bodies named; else None."""
    if not texts or not done_in_case(u):
        return None
    topic = [w for w in content_words(u.words) if w.folded not in _DOING and w.folded not in _MODALS]
    if not topic:
        return None
    scores = topic_scores(topic, texts)
    ranked = sorted(scores, reverse=True) + [0.0]
    # The case is told in the member's words (« pose problème à ses voisins »), which the rule writes otherwise
    # (« troubles de voisinage »): when the question names the body acting, half its words found, well ahead of
    # any other rule, lead as surely (the body must be in the rule shown: shows_bodies).
    named = any(e.kind == "org" for e in u.entities) and ranked[0] >= _CASE_FOUND and ranked[0] - ranked[1] >= _CASE_LEAD
    if first_of(topic, texts) is None and not named:
        return None
    return as_decision(ctx, u, topic, answer, lambda outcome: shows_bodies(u, outcome.reply.plain()))
