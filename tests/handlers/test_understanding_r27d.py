"""The families blind set 34c (tqrosemont, a Montréal table de quartier, asked
in Québec French by the comité logement's organiser on Tuesday 1 December
2026) missed on its first run, asked in other words and in another group
(clsardennes08, the committees of set 33b):

- Québec's asking particle « -tu » after a verb whose subject is not « tu »
  (« on se rencontre-tu en mars ? », « c'est-tu un policier ? », « va-tu être
  là ? », « c'tu fait ? »): the plain sentence asked (tu_particle.py); the
  pronoun stays where the verb is of « tu » (« peux-tu », « as-tu ») or opens
  the message;
- Québec words (lexicon.toml): « le coco » (the comité de coordination),
  « jaser » (to talk), « le bottin des membres » (the directory), « des
  affaires » (things to do, beside a verb of work or a status), « mes
  suivis » (my follow-ups: tasks); and « va être / vont être » as « sera /
  seront » (presence announced for a coming meeting);
- « le PV de novembre a été envoyé ? » read as the group's rule on sending
  minutes: one month's minutes named, the meeting's task that sends them
  answers (minutes_task.py); without a month the rule still answers; and
  « le compte rendu de novembre a été envoyé ? » is no deadline whose words
  it shares (« rendu », timed_deadline.py);
- « Patrick, y travaille où ? »: « y » for « il » after the subject put first
  (spoken_il.py), never « y a »;
- « la halte-chaleur, c'est où ? » left unsure: no meeting's place names it,
  the decision saying where answers (where_asked.place_decided);
- « les rencontres, c'est en présentiel ou sur Teams ? »: the form of the
  meetings in general, the one decision on it (meeting_form.py); one meeting
  named, or « quand », keeps the meeting questions;
- « qui est notre répondante à l'arrondissement ? »: a word of contact after
  « notre » that no one at the body holds as a title asks for the body's
  people (contact_titles.py); « la répondante de … » still asks the title."""

from __future__ import annotations

import pytest

from handlers.understanding.spoken_il import il_for_y
from handlers.understanding.tu_particle import without_tu_particle
from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def table() -> Chat:
    return build_group("tqrosemont")


@pytest.fixture(scope="module")
def cls() -> Chat:
    return build_group("clsardennes08")


@pytest.mark.parametrize("text, plain", [
    ("On se rencontre-tu en mars ?", "On se rencontre en mars ?"),
    ("Denis, c'est-tu un policier ?", "Denis, c'est un policier ?"),
    ("Y a-tu une rencontre bientôt", "Y a une rencontre bientôt ?"),
    ("J'ai-tu des affaires à remettre ?", "J'ai des affaires à remettre ?"),
    ("Le bottin, c'tu fait ?", "Le bottin, c'est fait ?"),
    ("Chantal va-tu être là le 10 ?", "Chantal va être là le 10 ?"),
])
def test_the_asking_particle_is_read_away(text: str, plain: str) -> None:
    assert without_tu_particle(text) == plain


@pytest.mark.parametrize("text", [
    "Peux-tu me donner la liste des membres ?",
    "Connais-tu Josée Bouchard ?",
    "As-tu le PV de novembre ?",
    "Bonjour, veut-tu me dire la date ?",  # « veux-tu » misspelt: the verb opens the message, « tu » is the bot
    "Pourrais-tu m'envoyer le PV ?",
])
def test_the_pronoun_tu_stays(text: str) -> None:
    assert without_tu_particle(text) == text


def test_a_question_with_the_particle_in_another_group(cls: Chat) -> None:
    assert "n°5" in sure(cls, "Le comité technique se réunit-tu en janvier ?", "meeting_which")
    assert "a annoncé sa présence" in sure(cls, "Marc Vautrin va-tu être là le 8 ?", "rsvp_upcoming")
    assert "Monthermé" in sure(cls, "Y a-tu des actions en retard ?", "tasks_late")
    assert "Rachid Hamidi" in sure(cls, "Rachid Hamidi, c'est-tu le secrétaire ?", "who_is")


def test_quebec_words_in_another_group(cls: Chat) -> None:
    assert "recours aux soins" in sure(cls, "C'est quoi mes suivis ?", "tasks_mine")
    assert "bus de dépistage" in sure(cls, "Karine Hubert a-tu des affaires à rendre ?", "tasks_mine")
    assert "fiches actions 2027" in sure(cls, "On va jaser de quoi le 8 décembre ?", "agenda_items")
    assert "Annoncés présents" in sure(cls, "Qui va être là au comité de pilotage ?", "rsvp_upcoming")
    assert "Membres du groupe" in sure(cls, "Je peux avoir le bottin des membres ?", "directory")


def test_quebec_words_in_the_table(table: Chat) -> None:
    assert "n°4" in sure(table, "Le prochain coco est à quelle heure ?", "meeting_which")
    assert "a présenté ses excuses" in sure(table, "Nathalie Côté va-tu être là jeudi le 10 ?", "rsvp_upcoming")
    # A « bottin » of anything but the members is a thing a task makes: its pilot, not the directory.
    assert "Patrick Ouellet" in sure(table, "Qui s'occupe du bottin des ressources ?", "in_charge")


def test_one_months_minutes_sent_is_the_meetings_task(table: Chat, cls: Chat) -> None:
    reply = sure(table, "Le procès-verbal de septembre a-tu été envoyé ?", "in_charge")
    assert "Maxime Gagnon" in reply and "faite" in reply
    reply = sure(cls, "Le compte rendu de septembre a-t-il été diffusé ?", "in_charge")
    assert "Rachid Hamidi" in reply and "faite" in reply


def test_minutes_sent_are_no_deadline(table: Chat) -> None:
    # « rendu » of « compte rendu » found the deadline « Remise du bilan … »: the minutes are the thing asked.
    reply = sure(table, "Le compte rendu de novembre a été envoyé ?", "in_charge")
    assert "procès-verbal de la rencontre de novembre" in reply and "faite" in reply


def test_the_rule_on_sending_minutes_still_answers_without_a_month(table: Chat, cls: Chat) -> None:
    assert "dix jours" in sure(table, "Le PV est envoyé dans combien de temps après la rencontre ?", "decisions_topic")
    assert "quinze jours" in sure(cls, "Dans quel délai les comptes rendus doivent-ils être diffusés ?", "decisions_topic")


def test_chat_with_quebec_words_stays_quiet(table: Chat) -> None:
    for text in ("Pantoute, c'est pas grave.", "Je vais être en retard tantôt, commencez sans moi.",
                 "Mettons qu'on en reparle la semaine prochaine.", "Patrick, as-tu reçu mon courriel d'hier ?"):
        assert not outcome_of(table, text).confident, text


@pytest.mark.parametrize("text, plain", [
    ("Patrick, y travaille où ?", "Patrick, il travaille où ?"),
    ("Le forum, y commence à quelle heure ?", "Le forum, il commence à quelle heure ?"),
    ("La table, y a combien de membres ?", "La table, y a combien de membres ?"),
    ("Le PV, y en a un ?", "Le PV, y en a un ?"),
    ("On y va quand ?", "On y va quand ?"),
])
def test_y_for_il_after_the_subject_put_first(text: str, plain: str) -> None:
    assert il_for_y(text) == plain


def test_y_for_il_in_a_question(table: Chat, cls: Chat) -> None:
    assert "Patrick Ouellet" in sure(table, "Patrick, y travaille où ?", "who_is")
    assert "Julien Rousselet" in sure(cls, "Julien Rousselet, y travaille où ?", "who_is")


def test_where_a_thing_decided_is(table: Chat) -> None:
    assert "Saint-Esprit" in sure(table, "La halte-chaleur, c'est où ?", "decisions_topic")
    assert "Saint-Esprit" in sure(table, "La halte-chaleur est où ?", "decisions_topic")
    # A meeting's place names the forum: the meeting answers, not a decision.
    assert "n°6" in sure(table, "Le forum, c'est où ?", "meeting_which")


def test_the_form_of_the_meetings(table: Chat) -> None:
    for text in ("Les rencontres, c'est-tu en présentiel ou sur Teams ?", "Les réunions se font en visio ?",
                 "On peut suivre les rencontres en ligne ?", "Est-ce que les rencontres sont hybrides ?"):
        assert "lien Teams" in sure(table, text, "decisions_topic"), text
    # One meeting named, the meetings to come, or « quand »: the meeting questions keep them.
    assert "n°4" in sure(table, "La prochaine rencontre, c'est en visio ?", "meeting_next")
    assert "Prochaines séances" in sure(table, "Les prochaines rencontres sont en visio ?", "meetings_upcoming")
    assert "n°4" in sure(table, "Les rencontres en visio, c'est quand ?", "meeting_next")


def test_a_contact_of_ours_at_a_body(table: Chat) -> None:
    reply = sure(table, "Qui est notre répondante à l'arrondissement ?", "org_representative")
    assert "Nathalie Côté" in reply and "Isabelle Roy" in reply
    assert "Karim Haddad" in sure(table, "Qui est notre répondant à Services Québec ?", "org_representative")
    # The title asked with its article: its holder.
    assert "Sylvie Gauthier" in sure(table, "Qui est la répondante de la commission scolaire ?", "role_holder")
