"""A group the understanding was never tuned on, for the fourteenth round's
blind set 23d (the work after a meeting typed or dictated on a phone in a
hurry: tasks, who was there, the minutes, what is still to do): the
operational committee of the Cité éducative of Roubaix — the town (its
deputy mayor for educational success, the Cité's coordinator, the
programme de réussite éducative), the collège that leads the Cité, the
national education's inspector, the prefect's delegate, the family
allowance fund, two social centres, a sports club, a cultural venue, a
school, the media library, a mentoring association and the Department's
social work unit.

The first meeting (September, town hall) was never recorded. After the
October and November meetings the Cité's secretary typed who came with
/presents, /excuses and /absents and the tasks with /tache the day after;
some were closed since with /tache_faite or /tache_annuler. Before the
meeting of 10 December members said /present or /excuse.

The test sender is linked to Julien Dewitte (the Cité's coordinator at the
town). Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["CITEEDUC59_AFTER_SETUP", "CITEEDUC59_ASKERS", "CITEEDUC59_GROUPS"]

SLUG = "citeeduc59"
ASKER = "Julien Dewitte"

MEMBERS = (
    ("Nadia Belhadj", "Ville de Roubaix", "Adjointe au maire chargée de la réussite éducative, co-présidente de la Cité éducative"),
    ("Olivier Descamps", "Collège Maxence-Van-der-Meersch", "Principal du collège, chef de file de la Cité éducative"),
    ("Sandrine Vanhove", "DSDEN du Nord", "Inspectrice de l'Éducation nationale, circonscription de Roubaix-Est"),
    ("Leïla Amrani", "Préfecture du Nord", "Déléguée du préfet pour Roubaix"),
    ("Julien Dewitte", "Ville de Roubaix", "Coordinateur de la Cité éducative"),
    ("Camille Lefebvre", "Ville de Roubaix", "Assistante administrative, secrétariat de la Cité éducative"),
    ("Karim Bensaïd", "Ville de Roubaix", "Coordinateur du programme de réussite éducative"),
    ("Agnès Delannoy", "CAF du Nord", "Conseillère territoriale"),
    ("Mehdi Ouali", "Centre social de l'Alma", "Directeur"),
    ("Sophie Lemaire", "Centre social du Pile", "Référente familles"),
    ("Thomas Vandenbussche", "ASC Roubaix Épeule", "Éducateur sportif, responsable de l'école de futsal"),
    ("Fatou Diallo", "La Condition Publique", "Chargée des actions éducatives"),
    ("Hervé Dufour", "École élémentaire Ferdinand-Buisson", "Directeur d'école"),
    ("Marie Vasseur", "Médiathèque La Grand-Plage", "Responsable du secteur jeunesse"),
    ("Yacine Haddad", "AFEV Lille Métropole", "Chargé de développement local"),
    ("Christelle Coppens", "Département du Nord, UTPAS de Roubaix", "Conseillère en économie sociale et familiale"),
)

MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Hôtel de ville de Roubaix, salle du conseil", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Collège Maxence-Van-der-Meersch", ()),
    ("2026-11-26 09:30", "2026-11-26 12:00", "Centre social de l'Alma", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Médiathèque La Grand-Plage",
     ("Point d'étape du programme de réussite éducative", "Forum des métiers", "Appel à projets 2027")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Hôtel de ville de Roubaix, salle du conseil", ()),
    ("2027-03-18 09:30", "2027-03-18 12:00", "La Condition Publique", ()),
)

DEADLINES = (
    ("2026-12-04", "Remontée des effectifs du programme de réussite éducative"),
    ("2026-12-15", "Bilan intermédiaire de la Cité éducative à transmettre à la préfecture"),
    ("2027-01-08", "Demande de subvention à la CAF pour les sorties familiales"),
    ("2027-02-12", "Clôture de l'appel à projets 2027"),
    ("2027-06-30", "Revue annuelle de la Cité éducative"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le comité opérationnel de la Cité éducative se réunit une fois par mois, le jeudi matin."),
    ("2026-09-17", 1, "Le programme de réussite éducative suit 120 enfants en 2026-2027."),
    ("2026-09-17", 1, "Le collège Maxence-Van-der-Meersch gère le fonds de la Cité éducative."),
    ("2026-10-15", 2, "Devoirs faits est ouvert aux élèves de 6e le lundi et le jeudi de 16h30 à 17h30."),
    ("2026-10-15", 2, "La CAF du Nord finance les sorties familiales des centres sociaux à hauteur de 15 000 euros."),
    ("2026-10-15", 2, "L'AFEV accompagne 40 collégiens en mentorat."),
    ("2026-10-15", 2, "Les ateliers d'écriture du mercredi ont lieu à la médiathèque La Grand-Plage."),
    ("2026-11-26", 3, "Le forum des métiers se tient le jeudi 4 février 2027 au collège Maxence-Van-der-Meersch."),
    ("2026-11-26", 3, "L'appel à projets 2027 est ouvert du 4 janvier au 12 février 2027."),
    ("2026-11-26", 3, "La préfecture finance les vacances apprenantes à hauteur de 20 000 euros."),
    ("2026-11-26", 3, "Le centre social de l'Alma porte le dispositif Ouvrir l'école aux parents."),
    ("2026-11-26", 3, "Les tournois de futsal des vacances de février sont organisés par l'ASC Roubaix Épeule."),
)

# What the secretary typed the day after each recorded meeting (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-10-16 09:00", (
        "/presents n°2 Nadia Belhadj, Olivier Descamps, Sandrine Vanhove, Julien Dewitte, Camille Lefebvre, "
        "Karim Bensaïd, Mehdi Ouali, Sophie Lemaire, Thomas Vandenbussche, Fatou Diallo, Hervé Dufour, "
        "Marie Vasseur",
        "/excuses n°2 Leïla Amrani, Agnès Delannoy, Yacine Haddad",
        "/absents n°2",
        "/tache Envoyer la liste des élèves de 6e inscrits à Devoirs faits pour le 30/10 @Olivier Descamps",
        "/tache Relancer les familles pour les sorties de la Toussaint pour le 23/10 @Sophie Lemaire",
        "/tache Envoyer la liste des mentors au collège pour le 13/11 @Yacine Haddad",
    )),
    ("2026-11-27 09:00", (
        "/presents n°3 Nadia Belhadj, Olivier Descamps, Leïla Amrani, Julien Dewitte, Camille Lefebvre, "
        "Karim Bensaïd, Agnès Delannoy, Mehdi Ouali, Sophie Lemaire, Fatou Diallo, Yacine Haddad",
        "/excuses n°3 Sandrine Vanhove, Thomas Vandenbussche, Marie Vasseur",
        "/absents n°3",
        "/tache Rédiger le compte rendu du comité du 26 novembre pour le 3/12 @Camille Lefebvre",
        "/tache Envoyer le devis du car pour la sortie au Louvre-Lens pour le 30/11 @Mehdi Ouali",
        "/tache Réserver le gymnase pour les tournois de futsal pour le 18/12 @Thomas Vandenbussche",
        "/tache Préparer la fiche de l'appel à projets 2027 pour le 18/12 @Julien Dewitte",
        "/tache Recenser les entreprises pour le forum des métiers pour le 15/01 @Olivier Descamps",
        "/tache Envoyer le bilan intermédiaire à la préfecture pour le 15/12 @Julien Dewitte",
        "/tache Programmer les ateliers d'écriture de janvier pour le 8/01 @Fatou Diallo",
        "/tache Contacter les parents volontaires pour le café des parents pour le 11/12 @Sophie Lemaire",
        "/tache Mettre à jour la liste des enfants suivis par le PRE pour le 4/12 @Karim Bensaïd",
        "/tache Transmettre les chiffres des sorties familiales à la CAF @Mehdi Ouali",
        "/tache Commander les livres du club lecture @Marie Vasseur",
    )),
)

# Closed since: the list of 6th-graders sent and the families reminded; the
# books dropped (the media library buys them on its own budget).
CLOSED = ("/tache_faite 1", "/tache_faite 2", "/tache_annuler 14 la médiathèque les achète sur son budget")

# What members said before the meeting of 10 December at the media library (séance n°4).
RSVPS = (
    ("Julien Dewitte", "/present"),
    ("Olivier Descamps", "/present"),
    ("Karim Bensaïd", "/present"),
    ("Agnès Delannoy", "/present"),
    ("Fatou Diallo", "/present"),
    ("Leïla Amrani", "/excuse"),
    ("Thomas Vandenbussche", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "c59", AFTER_MEETINGS, CLOSED, RSVPS)

CITEEDUC59_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
CITEEDUC59_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
CITEEDUC59_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
