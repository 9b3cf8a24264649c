"""Questions on tasks in plain French, asked in groups other than the one
of set 16e (insertion80) and in other words: who « je » is (the member the
asker's account is linked to, never a polite « me »), the asker's tasks due
by a time, a task named in other words (« le chiffrage » of « Chiffrer … »)
with its status, listings of done, open or late tasks, and what stays a
deadline's, a decision's or nobody's question."""

from __future__ import annotations

from handlers.understanding.addressing import strip_address
from handlers.understanding.answer import respond
from storage.models import replace
from tests.handlers.questions_eval import ask, build_group
from tests.helpers import COORDINATOR, Chat


def _linked(slug: str, name: str) -> Chat:
    """`slug`'s group, the test sender's account linked to member `name` (as /moi would)."""
    chat = build_group(slug)
    data = chat.store.group(chat.group.slug)
    member = next(m for m in data.members() if m.name == name)
    data.update_member(member.number, lambda m: replace(m, platform_ids={"telegram": COORDINATOR}))
    return chat


def _confident(chat: Chat, text: str) -> bool:
    msg = chat.message(text, private=True)
    return respond(chat.router.context(msg, chat.group), strip_address(text)).confident


def test_my_things_to_hand_in_this_week_are_my_tasks_not_the_groups_deadlines() -> None:
    chat = _linked("lille59", "Anaïs Boulanger")  # « Relancer les jeunes … » was due on 28 November
    reply = ask(chat, "est-ce que j'ai des choses à envoyer cette semaine ?")
    assert "Relancer les jeunes pour le questionnaire" in reply
    assert "Retour des questionnaires aux jeunes" not in reply  # the group's deadline of 4 December
    # « on » is the group: its deadlines, as before.
    assert "Retour des questionnaires aux jeunes" in ask(chat, "qu'est-ce qu'on doit rendre cette semaine ?")


def test_my_tasks_by_the_next_meeting_keep_the_later_ones_apart() -> None:
    chat = _linked("lille59", "Julien Delattre")  # Fondation de France file due 15 December; next meeting 10 December
    reply = ask(chat, "j'ai un truc à boucler avant la prochaine séance ?")
    assert "Rien à rendre à votre nom d'ici la prochaine séance" in reply
    assert "Monter le dossier de la Fondation de France" in reply  # shown among the others still open


def test_an_asker_without_a_card_is_told_so_rather_than_shown_the_deadlines() -> None:
    reply = ask(build_group("bordeaux33"), "il me reste quoi à rendre cette semaine ?")
    assert "aucune tâche à votre nom" in reply and "Échéance" not in reply


def test_a_polite_me_is_not_the_asker_the_late_tasks_are_the_groups() -> None:
    chat = _linked("lille59", "Amélie Wattiez")  # none of hers is late
    reply = ask(chat, "Pourriez-vous me lister les actions dont le délai est dépassé ?")
    assert "Extraire les chiffres du chômage des jeunes" in reply and "Relancer les jeunes" in reply


def test_a_task_named_in_other_words_shows_its_pilot_date_and_status() -> None:
    chat = build_group("energie38")
    late = ask(chat, "le chiffrage des factures impayées, c'est bon ?")
    assert "Hervé Mollard" in late and "en retard" in late
    assert "10 décembre" in ask(chat, "la préparation de la grille de visite est prévue pour quand ?")


def test_a_done_task_is_found_and_listed_as_done_and_no_longer_open() -> None:
    chat = build_group("lille59")
    assert "faite" in chat.say("/tache_faite 5", private=True)  # Extraire les chiffres du chômage des jeunes
    assert "faite" in ask(chat, "les chiffres du chômage des jeunes, ils ont été extraits ?")
    done = ask(chat, "quelles actions sont bouclées ?")
    assert "chiffres du chômage" in done and "note de synthèse" not in done
    still = ask(chat, "qu'est-ce qu'il reste à faire ?")
    assert "note de synthèse" in still and "chiffres du chômage" not in still


def test_a_decision_or_a_deadline_on_the_same_words_keeps_its_question() -> None:
    chat = build_group("basque64")
    # The decision « … permanences itinérantes … avec un bus France Services » and the task « Établir le trajet du bus … ».
    assert "Décision" in ask(chat, "qu'est-ce qu'on a décidé pour le bus France Services ?")
    # The deadline « Réponse à l'appel à manifestation d'intérêt Territoires zéro non-recours » (17 December)
    # and the task « Préparer le dossier de candidature Territoires zéro non-recours »: the date is the group's.
    assert "17 décembre" in ask(chat, "Territoires zéro non-recours, c'est pour quand ?")


def test_news_of_ones_own_work_gets_no_confident_answer() -> None:
    chat = _linked("lille59", "Amélie Wattiez")
    for text in ("tâche terminée de mon côté", "j'ai bouclé la note hier", "on en parle au prochain comité",
                 "vous avez reçu mon mail sur la note de synthèse ?"):
        assert not _confident(chat, text), text


def test_words_of_tasks_in_other_questions_keep_their_meaning() -> None:
    chat = _linked("lille59", "Anaïs Boulanger")  # her task is late: a listing of tasks would show it
    # « fait » of a meeting is no done task; « dans les délais » asks the late ones, not those without a date.
    assert "Siège de la MEL" in ask(chat, "on fait la prochaine réunion où ?")
    assert "Tâche" not in ask(chat, "la prochaine séance se fait en visio ?")
    late = ask(chat, "qu'est-ce qui n'a pas été fait dans les délais ?")
    assert "Extraire les chiffres du chômage des jeunes" in late and "sans date" not in late
    for text in ("j'ai oublié mon badge, quelqu'un peut m'ouvrir ?", "la réunion était à quelle heure déjà, j'ai oublié de venir"):
        assert "Relancer les jeunes" not in ask(chat, text), text
