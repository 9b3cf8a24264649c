"""The group's own rules and habits, asked as members ask them, that blind
set 26a (codev64, the conseil de développement of Pau Béarn Pyrénées, asked
by its officer on Tuesday 1 December 2026) missed on its first run; asked
here in other words, in its group and in others:

- a rule of voting, quorum, mandates, absences, membership, guests, signing,
  election or composition, worded unlike the decision recording it, is
  answered by that decision (group_rules.py);
- the meetings' habit checked or counted (« toujours le mardi », « par an »,
  « les plénières sont le mardi ? ») is the decision setting it, while
  « toujours » of one sitting still asks for that sitting (group_rules.py);
- suppléants and colleges written inside a role (« Membre suppléante du
  collège des … »), and a titulaire's stand-in told by the body or the
  college they share (seats.py)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def codev() -> Chat:
    """Set 26a's group: four colleges, titulaires and suppléants, 13 decisions recording the council's rules."""
    return build_group("codev64")


@pytest.mark.parametrize(("text", "shown", "left_out"), [
    # Voting: « voter » for « voix délibérative », a member's case by their role.
    ("est-ce que les suppléants peuvent voter ?", "en l'absence de son titulaire", "quorum"),
    ("Kevin Larrieu a le droit de voter ?", "un suppléant vote uniquement", "appel à candidatures"),
    # The quorum, asked by it or by the count of those present.
    ("le quorum est de combien de membres ?", "au tiers des membres", "voix délibérative"),
    # Mandates: their length, their renewal, the bureau's own.
    ("un mandat c'est combien d'années ?", "mandat de trois ans", "dix-huit mois"),
    ("le bureau est élu pour combien de temps ?", "pour dix-huit mois", "mandat de trois ans"),
    # Absences and what follows.
    ("on peut être exclu si on manque trop de plénières ?", "démissionnaire", "quorum"),
    # Joining the council.
    ("comment faire pour rejoindre le conseil ?", "appel à candidatures", "quorum"),
    # Guests, asked as who one may bring.
    ("on a le droit d'amener un ami en plénière ?", "personne invitée", "quorum"),
    # Signing on arrival.
    ("on doit signer un document en arrivant ?", "charte de participation", "quorum"),
    # Election and composition of the bureau, which is also a kind of sitting.
    ("le bureau est désigné par qui ?", "élus par la plénière", "quorum"),
    ("le bureau il est composé de combien de personnes ?", "neuf membres", "Personne ne s'est"),
])
def test_a_rule_asked_in_other_words_is_the_decision_recording_it(codev: Chat, text: str, shown: str,
                                                                   left_out: str) -> None:
    reply = sure(codev, text, "decisions_topic")
    assert shown in reply and left_out not in reply


@pytest.mark.parametrize("text", [
    "les plénières ont lieu le mardi ?",
    "on se réunit combien de fois par an ?",
    "les séances débutent toujours à 20h ?",
])
def test_the_meetings_habit_is_the_decision_setting_it(codev: Chat, text: str) -> None:
    reply = sure(codev, text, "decisions_topic")
    assert "quatre plénières par an, le mardi à 20 h" in reply


def test_still_of_one_sitting_asks_for_that_sitting(codev: Chat) -> None:
    # « toujours » of one sitting named is « still »: the plenary of January, not the rule.
    outcome = outcome_of(codev, "la plénière de janvier est toujours à 20h ?")
    assert outcome.confident and outcome.intent in ("meeting_which", "meeting_next")
    assert "19 janvier" in outcome.reply.plain() and "quatre plénières" not in outcome.reply.plain()


@pytest.mark.parametrize("text", [
    "Kevin, tu votes pour qui au bureau ?",
    "je vote pour la salle de Lescar",
    "le mandat de trois ans c'est long quand même",
    "Manon, tu peux venir avec Gérard mardi ?",
])
def test_chat_about_the_rules_is_left_alone(codev: Chat, text: str) -> None:
    assert not outcome_of(codev, text).confident


@pytest.mark.parametrize(("text", "deputy", "left_out"), [
    # No role says « suppléant de … »: the suppléant of the same body, else of the same college.
    ("qui remplace Laurent Peyret s'il est absent ?", "Agnès Sarthou", "Kevin Larrieu"),
    ("qui est le suppléant de Gérard Lapeyre ?", "Kevin Larrieu", "Agnès Sarthou"),
])
def test_a_titulaires_stand_in_is_told_by_body_or_college(codev: Chat, text: str, deputy: str, left_out: str) -> None:
    reply = sure(codev, text, "role_holder")
    assert deputy in reply and left_out not in reply


def test_suppleants_written_inside_a_role_are_listed(codev: Chat) -> None:
    reply = sure(codev, "les suppléants c'est qui ?", "role_holder")
    assert all(name in reply for name in ("Agnès Sarthou", "Julie Fourcade", "Kevin Larrieu"))
    assert "Laurent Peyret" not in reply


def test_a_college_named_inside_roles_is_the_one_its_words_fit_best(codev: Chat) -> None:
    reply = sure(codev, "le collège des acteurs associatifs c'est qui ?", "in_charge")
    assert "Rachid Benali" in reply and "Julie Fourcade" in reply and "Laurent Peyret" not in reply


def test_a_rule_of_another_group_in_its_own_words() -> None:
    # The CIL's rule « Seuls les membres titulaires ont voix délibérative », asked as the right to vote (set 25d's group).
    reply = sure(build_group("cil76"), "qui a le droit de voter à la CIL ?", "decisions_topic")
    assert "voix délibérative" in reply
    # The Durbuy CLDR's hour « Les réunions commencent à 20 heures », checked as a habit.
    reply = sure(build_group("cldr-durbuy"), "nos réunions c'est toujours à 20h ?", "decisions_topic")
    assert "20 heures" in reply


def test_a_two_word_title_in_the_plural_is_the_title(codev: Chat) -> None:
    # « les vice-présidents » was « président » with « vice » as a charge (role_spans.py).
    reply = sure(codev, "c'est qui les vice-présidents du conseil ?", "role_holder")
    assert "Pierre Cazenave" in reply and "Nathalie Lacoste" in reply and "Martine Haurat" not in reply


def test_a_vote_to_come_asked_when_is_offered_not_guessed(codev: Chat) -> None:
    # « on vote … quand ? »: the sitting holding the vote or a decision, offered (group_rules.vote_ahead).
    outcome = outcome_of(codev, "on vote pour le nouveau bureau quand ?")
    assert not outcome.confident and "Vouliez-vous" in outcome.reply.plain()
