"""A group written by r28b in the twenty-seventh round, for blind set 35b
(time in questions): the departmental committee on public reading of the
Nièvre (comité départemental de lecture publique) — the Département's
vice-president for culture who chairs it, the director of the
médiathèque départementale, its chargée de mission who coordinates, its
digital and shuttle manager, the heads of the libraries of Clamecy (the
asker), Cosne-Cours-sur-Loire and Decize, the coordinator of the Morvan
libraries' network, the volunteer who runs the library of Luzy, and
partners: the DRAC, the regional book agency, the DSDEN, the CAF and Lire
et faire lire. Its calendar is written so that each time word members use
points to one sitting or date: the first sitting at the start of the
school year (September), two working groups in October, the last sitting
a fortnight ago (17 November), the next one in a week (Tuesday 8
December, the only one before Christmas and the last of the year), two in
January (the 14th after the holidays, the 28th at the end of the month),
one in spring (April) and one at the start of summer (29 June). Tasks
(two late, one done, one cancelled) and the attendance of the sittings of
October and November in the store, announced presences for 8 December;
the person asking is a member, not the coordinator. Organisation names
are real public bodies or associations; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["LECTURE58_AFTER_SETUP", "LECTURE58_ASKERS", "LECTURE58_GROUPS", "LECTURE58_TASKS"]

SLUG = "lecture58"
ASKER = "Isabelle Fournier"
MD = "Médiathèque départementale de la Nièvre"

LECTURE58_MEMBERS = (
    ("Anne-Laure Berthier", "Conseil départemental de la Nièvre", "Vice-présidente chargée de la culture, "
                                                                   "présidente du comité de lecture publique"),
    ("François Mercadier", MD, "Directeur de la médiathèque départementale"),
    ("Camille Roussel", MD, "Chargée de mission lecture publique, coordinatrice du comité"),
    ("Damien Lefort", MD, "Responsable du numérique et de la navette documentaire"),
    ("Isabelle Fournier", "Médiathèque de Clamecy", "Responsable de la médiathèque de Clamecy"),
    ("Olivier Charpentier", "Médiathèque de Cosne-Cours-sur-Loire", "Directeur de la médiathèque de Cosne"),
    ("Sylvie Marchand", "Médiathèque de Decize", "Bibliothécaire, référente jeunesse"),
    ("Hugo Perrault", "Communauté de communes Morvan Sommets et Grands Lacs", "Coordinateur du réseau des "
                                                                              "bibliothèques du Morvan"),
    ("Martine Gauthier", "Bibliothèque de Luzy", "Bénévole responsable de la bibliothèque de Luzy"),
    ("Nadia Benali", "DRAC Bourgogne-Franche-Comté", "Conseillère livre et lecture"),
    ("Pierre Vasseur", "Agence Livre & Lecture Bourgogne-Franche-Comté", "Chargé de la vie littéraire"),
    ("Laure Dumontet", "DSDEN de la Nièvre", "Conseillère pédagogique maîtrise de la langue"),
    ("Julien Morand", "CAF de la Nièvre", "Chargé de développement petite enfance et parentalité"),
    ("Élodie Carré", "Lire et faire lire Nièvre", "Coordinatrice départementale des bénévoles"),
)

LECTURE58_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Comité de lecture publique, Hôtel du Département, Nevers", ()),
    ("2026-10-06 14:00", "2026-10-06 16:30", "Groupe de travail jeunesse, médiathèque de Clamecy", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Groupe de travail numérique, médiathèque de Decize", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Comité de lecture publique, médiathèque départementale, Nevers", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Groupe de travail jeunesse, médiathèque de Cosne-Cours-sur-Loire",
     ("Bilan des premières séances de Premières pages", "Préparation des Nuits de la lecture",
      "Sélection des albums du prix des jeunes lecteurs")),
    ("2027-01-14 14:00", "2027-01-14 17:00", "Comité de lecture publique, Hôtel du Département, Nevers",
     ("Projet de schéma départemental de lecture publique 2027-2031", "Budget 2027 des acquisitions",
      "Aides de la DRAC aux bibliothèques")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Groupe de travail numérique, médiathèque de Château-Chinon",
     ("Ressources numériques en ligne", "Maquette du portail commun du réseau")),
    ("2027-04-06 14:00", "2027-04-06 17:00", "Comité de lecture publique, salle des fêtes, Luzy",
     ("Programme de Partir en livre", "Bilan des samedis élargis")),
    ("2027-06-29 14:00", "2027-06-29 17:00", "Comité de lecture publique, Hôtel du Département, Nevers",
     ("Bilan de l'année", "Vote du schéma départemental de lecture publique")),
)

LECTURE58_DEADLINES = (
    ("2026-12-11", "Retour des fiches de besoins des bibliothèques communales"),
    ("2026-12-18", "Dépôt des dossiers de dotation générale de décentralisation (DGD) à la DRAC"),
    ("2027-01-08", "Clôture des inscriptions des bibliothèques aux Nuits de la lecture"),
    ("2027-01-21", "Nuits de la lecture dans les bibliothèques du réseau"),
    ("2027-03-31", "Remise des rapports d'activité annuels des bibliothèques"),
    ("2027-04-30", "Date limite de candidature à l'appel à projets Premières pages"),
    ("2027-07-07", "Lancement de Partir en livre dans la Nièvre"),
)

LECTURE58_DECISIONS = (
    ("2026-09-17", 1, "Le comité de lecture publique se réunit une fois par trimestre, et les groupes de travail "
                      "entre deux comités."),
    ("2026-09-17", 1, "La navette documentaire passe toutes les deux semaines dans chaque bibliothèque du réseau."),
    ("2026-09-17", 1, "Le schéma départemental de lecture publique est révisé pour la période 2027-2031."),
    ("2026-10-06", 2, "Chaque bibliothèque du réseau accueille au moins une séance de Premières pages par "
                      "trimestre."),
    ("2026-10-06", 2, "Le prix des jeunes lecteurs de la Nièvre est ouvert aux classes de CM1 et de CM2."),
    ("2026-10-20", 3, "Un portail commun du réseau sera mis en ligne au printemps 2027."),
    ("2026-10-20", 3, "L'abonnement aux ressources numériques est pris en charge par le Département pendant trois "
                      "ans."),
    ("2026-11-17", 4, "Les Nuits de la lecture 2027 se tiendront dans douze bibliothèques du réseau, sur le thème "
                      "de la nuit."),
    ("2026-11-17", 4, "Le budget d'acquisition des bibliothèques communales est porté à 1,50 euro par habitant."),
    ("2026-11-17", 4, "La bibliothèque de Luzy rejoint la navette documentaire à partir de janvier."),
    ("2026-11-17", 4, "L'ouverture élargie du samedi est expérimentée à Clamecy et à Decize pendant six mois."),
)

LECTURE58_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de septembre", "Camille Roussel", "2026-09-30", 1, "done"),
        ("Proposer une liste d'albums pour le prix des jeunes lecteurs", "Sylvie Marchand", "2026-11-20", 2),
        ("Diffuser le prix des jeunes lecteurs dans les écoles", "Laure Dumontet", "2027-01-29", 2),
        ("Faire chiffrer le portail commun du réseau", "Damien Lefort", "2026-11-13", 3),
        ("Former les bibliothécaires aux ressources numériques", "Damien Lefort", "2027-02-26", 3),
        ("Étudier des tournées de lecture assurées par les bénévoles de Lire et faire lire", "Élodie Carré",
         "2026-11-27", 4, "cancelled"),
        ("Transmettre la fiche de besoins de la médiathèque de Clamecy", "Isabelle Fournier", "2026-12-04", 4),
        ("Préparer le dossier DGD pour l'ouverture du samedi à Clamecy", "Isabelle Fournier", "2026-12-16", 4),
        ("Organiser l'arrivée de la navette à Luzy", "Martine Gauthier", "2026-12-22", 4),
        ("Rédiger le projet de schéma départemental 2027-2031", "François Mercadier", "2027-01-07", 4),
        ("Inscrire les bibliothèques du Morvan aux Nuits de la lecture", "Hugo Perrault", "2027-01-08", 4),
        ("Présenter les aides de la DRAC au comité de janvier", "Nadia Benali", "2027-01-14", 4),
        ("Recenser les familles intéressées par Premières pages", "Julien Morand", "2027-03-12", 4),
        ("Faire le bilan des samedis élargis à Decize", "Sylvie Marchand", "2027-03-26", 4),
        ("Programmer les auteurs invités de Partir en livre", "Pierre Vasseur", "2027-05-28", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the head of the Clamecy library.
LECTURE58_ASKERS = {SLUG: ASKER}

LECTURE58_GROUPS = {
    SLUG: (LECTURE58_MEMBERS, LECTURE58_MEETINGS, LECTURE58_DEADLINES, LECTURE58_DECISIONS, "Camille Roussel"),
}

# What the chargée de mission typed after the working group of Decize (n°3) and the committee of November
# (n°4); nothing was recorded for the sittings of September and of 6 October.
ATTENDANCE_COMMANDS = (
    "/presents n°3 Camille Roussel, Damien Lefort, Isabelle Fournier, Sylvie Marchand, Hugo Perrault, "
    "Olivier Charpentier",
    "/excuses n°3 François Mercadier",
    "/presents n°4 Anne-Laure Berthier, François Mercadier, Camille Roussel, Damien Lefort, Isabelle Fournier, "
    "Sylvie Marchand, Martine Gauthier, Nadia Benali, Julien Morand, Élodie Carré",
    "/excuses n°4 Olivier Charpentier, Laure Dumontet",
    "/absents n°4 Pierre Vasseur",
)

# What members said in the chat before the working group of 8 December (n°5).
RSVPS = (
    ("Camille Roussel", "/present"),
    ("Sylvie Marchand", "/present"),
    ("Olivier Charpentier", "/present"),
    ("Élodie Carré", "/present"),
    ("Julien Morand", "/present"),
    ("Laure Dumontet", "/excuse"),
    ("Hugo Perrault", "/excuse"),
)

LECTURE58_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "l58", ATTENDANCE_COMMANDS, RSVPS),
}
