"""A group written by helper w35b in the thirty-fourth round, for the
lead's blind set 65 (a stranger's general set in the words of the people
who sit on a university's comité de pilotage of student life: the
university's vice-president for student life, its direction de la vie
étudiante and the CVEC, the Crous (restaurants, housing, social workers),
the student health service, the elected students and the student
associations, the town's youth service, the tram operator, the CAF, the
Mission locale, the disability service and the library): the comité de
pilotage vie étudiante of the invented Université d'Auvergne-Dômes, about
30,000 students on the invented campus des Pradelles at the invented town
of Beaulieu-les-Dômes, in the Puy-de-Dôme — the vice-president for student
life who chairs it and the student vice-president elected by the students
(the university's two members); the campus life officer who runs it (the
group's coordinator) and the CVEC officer, secretary of the CVEC projects
committee (the direction de la vie étudiante's two members); the Crous
Clermont Auvergne's head of catering of the campus, head of housing of the
campus's residences and a social worker (the Crous's three members); the
director of the service de santé universitaire (SSU, a doctor); the
president of an invented federation of student associations, Fédé
Dôm'Asso; the president of an invented sports association, ASU Dômes; the
president of an invented student épicerie solidaire, L'Épi'Dôme (the
asker, a student); the head of the town's youth service; the head of
partnerships and night service of an invented tram operator, Dômes
Mobilités; the CAF du Puy-de-Dôme's adviser for youth and housing; an
invented Mission locale's adviser for students dropping out; the head of
the university's disability service; the director of the university
library. Meetings: the comité de rentrée of September (the housing crisis
and the welcome days) at the présidence, the CVEC projects committee of
October at the maison de l'étudiant, the working group on precarity and
food aid of October at the restaurant universitaire, the comité of
November at the town's Espace Info Jeunes (the mental-health week and the
night tram), the comité of 9 December at the présidence, the CVEC
committee of January and the comité of March preparing the 2027 start of
year; emergency housing, the housing desk, the one-euro meal, the calls
for CVEC projects, the épicerie's opening hours and access, the night
tram, the mental-health week, the food distributions of the Christmas
holidays. Tasks (four late, one of them the asker's; three done; one
cancelled), the attendance of the CVEC committee of October and of the
comité of November in the store, announced presences for the comité of 9
December; the person asking is a member, not the coordinator.
Organisation names are public bodies (the Crous Clermont Auvergne, the CAF
du Puy-de-Dôme) or invented ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CAMPUS63_AFTER_SETUP", "CAMPUS63_ASKERS", "CAMPUS63_GROUPS", "CAMPUS63_TASKS"]

SLUG = "campus63"
ASKER = "Clara Tixier"
UNIVERSITE = "Université d'Auvergne-Dômes"
DVE = "Université d'Auvergne-Dômes, direction de la vie étudiante"
CROUS = "Crous Clermont Auvergne"

CAMPUS63_MEMBERS = (
    ("Anne-Laure Chassaing", UNIVERSITE, "Vice-présidente chargée de la vie étudiante et de campus, présidente du "
                                         "comité de pilotage vie étudiante"),
    ("Mathieu Pouzadoux", DVE, "Chargé de vie de campus, coordinateur du comité de pilotage vie étudiante"),
    ("Sophie Fayolle", DVE, "Chargée de mission CVEC, secrétaire de la commission des projets CVEC"),
    ("Karine Bourdier", CROUS, "Responsable de la restauration du campus des Pradelles"),
    ("Nicolas Gidon", CROUS, "Responsable du service logement des résidences du campus des Pradelles"),
    ("Émilie Vernière", CROUS, "Assistante sociale du Crous pour les étudiants du campus des Pradelles"),
    ("Philippe Sauvadet", "Université d'Auvergne-Dômes, service de santé universitaire",
     "Médecin directeur du service de santé universitaire"),
    ("Yanis Belhadj", UNIVERSITE, "Vice-président étudiant, élu au conseil d'administration"),
    ("Théo Courtadon", "Fédé Dôm'Asso, fédération des associations étudiantes", "Président de la fédération"),
    ("Baptiste Chabrier", "ASU Dômes, association sportive universitaire", "Président de l'association sportive"),
    ("Clara Tixier", "L'Épi'Dôme, épicerie solidaire étudiante", "Présidente de l'épicerie solidaire"),
    ("Hervé Thuret", "Ville de Beaulieu-les-Dômes, service jeunesse", "Responsable du service jeunesse"),
    ("Stéphanie Maisonneuve", "Dômes Mobilités, exploitant du réseau de tram",
     "Responsable des partenariats et de l'offre de nuit"),
    ("Isabelle Bayle", "CAF du Puy-de-Dôme", "Conseillère technique jeunesse et logement"),
    ("Rachid Amrani", "Mission locale de Beaulieu-les-Dômes", "Conseiller référent des étudiants en décrochage"),
    ("Aurélie Pradier", "Université d'Auvergne-Dômes, service handicap", "Responsable du service handicap"),
    ("François Vidalenc", "Université d'Auvergne-Dômes, bibliothèque universitaire",
     "Directeur de la bibliothèque universitaire"),
)

CAMPUS63_MEETINGS = (
    ("2026-09-08 14:00", "2026-09-08 16:30", "Comité de pilotage de rentrée : crise du logement et journées "
                                             "d'accueil, salle du conseil, bâtiment de la présidence, campus des "
                                             "Pradelles", ()),
    ("2026-10-01 14:00", "2026-10-01 17:00", "Commission des projets CVEC : premier appel à projets 2026-2027, salle "
                                             "des associations, maison de l'étudiant, campus des Pradelles", ()),
    ("2026-10-21 17:30", "2026-10-21 19:30", "Groupe de travail précarité étudiante et aide alimentaire, salle "
                                             "polyvalente du restaurant universitaire des Pradelles", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage vie étudiante : bilan de la semaine de la santé "
                                             "mentale et tram de nuit, Espace Info Jeunes, Beaulieu-les-Dômes", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Comité de pilotage vie étudiante présidé par la vice-présidente, salle "
                                             "du conseil, bâtiment de la présidence, campus des Pradelles",
     ("Bilan du premier appel à projets CVEC et lancement du second appel",
      "Aide alimentaire et ouverture du restaurant universitaire pendant les vacances de Noël",
      "Préparation de l'expérimentation du tram de nuit",
      "Hébergement d'urgence des étudiants encore sans logement")),
    ("2027-01-21 14:00", "2027-01-21 17:00", "Commission des projets CVEC : second appel à projets, salle des "
                                             "associations, maison de l'étudiant, campus des Pradelles",
     ("Examen des dossiers du second appel à projets CVEC",
      "Budget CVEC 2027 de la vie étudiante")),
    ("2027-03-16 14:00", "2027-03-16 16:30", "Comité de pilotage vie étudiante : préparation de la rentrée 2027, "
                                             "salle du conseil, bâtiment de la présidence, campus des Pradelles",
     ("Programme des journées d'accueil de la rentrée 2027",
      "Plan logement de la rentrée 2027 avec le Crous, la CAF et la ville")),
)

CAMPUS63_DEADLINES = (
    ("2026-12-11", "Retour au Crous des besoins en colis alimentaires des associations pour les vacances de Noël"),
    ("2026-12-18", "Remise à la direction de la vie étudiante des bilans des projets financés par le premier appel "
                   "CVEC"),
    ("2027-01-08", "Dépôt des dossiers du second appel à projets CVEC"),
    ("2027-02-26", "Inscription des associations étudiantes aux journées d'accueil de la rentrée 2027"),
    ("2027-04-30", "Envoi au rectorat du bilan d'utilisation de la CVEC 2026"),
)

CAMPUS63_DECISIONS = (
    ("2026-09-08", 1, "Les étudiants sans logement à la rentrée sont hébergés en urgence quinze jours au plus dans "
                      "les 30 chambres réservées par le Crous à la résidence des Volcans."),
    ("2026-09-08", 1, "Une permanence logement commune du Crous, de la CAF et du service jeunesse se tient à la maison "
                      "de l'étudiant chaque mardi de 12 h à 14 h jusqu'aux vacances de la Toussaint."),
    ("2026-09-08", 1, "Le repas à 1 euro du restaurant universitaire est ouvert aux étudiants boursiers et aux "
                      "étudiants en difficulté signalés par une assistante sociale du Crous."),
    ("2026-10-01", 2, "Le premier appel à projets CVEC 2026-2027 est doté de 120 000 euros, avec 5 000 euros au plus "
                      "par projet associatif."),
    ("2026-10-01", 2, "Chaque association financée par la CVEC présente le bilan de son projet en commission dans les "
                      "trois mois qui suivent l'événement."),
    ("2026-10-21", 3, "L'épicerie solidaire L'Épi'Dôme ouvre aussi le samedi de 10 h à 13 h à partir de janvier "
                      "2027."),
    ("2026-10-21", 3, "L'accès à L'Épi'Dôme se fait sur orientation d'une assistante sociale du Crous, pour trois mois "
                      "renouvelables."),
    ("2026-11-19", 4, "Le tram de nuit circule sur la ligne A le jeudi soir jusqu'à 2 h du matin, à titre "
                      "expérimental de janvier à juin 2027."),
    ("2026-11-19", 4, "La CVEC finance l'expérimentation du tram de nuit à hauteur de 40 000 euros."),
    ("2026-11-19", 4, "La semaine de la santé mentale est reconduite chaque année la deuxième semaine d'octobre, avec "
                      "des consultations de psychologue gratuites au service de santé universitaire."),
    ("2026-11-19", 4, "Les distributions alimentaires de la Fédé Dôm'Asso et de L'Épi'Dôme sont maintenues pendant "
                      "les vacances de Noël, les mercredis 23 et 30 décembre."),
)

CAMPUS63_TASKS = {
    SLUG: (
        ("Recenser les étudiants encore sans logement après la rentrée", "Nicolas Gidon", "2026-10-16", 1, "done"),
        ("Organiser les consultations de psychologue gratuites de la semaine de la santé mentale",
         "Philippe Sauvadet", "2026-10-09", 2, "done"),
        ("Organiser une collecte de produits d'hygiène avec les associations de la fédération", "Théo Courtadon",
         "2026-11-13", 3),
        ("Établir le planning des bénévoles de L'Épi'Dôme pendant les vacances de Noël", "Clara Tixier",
         "2026-11-20", 3),
        ("Organiser un tournoi sportif solidaire au profit de L'Épi'Dôme", "Baptiste Chabrier", "2026-11-25", 3,
         "cancelled"),
        ("Rédiger le bilan de la semaine de la santé mentale", "Philippe Sauvadet", "2026-11-26", 4),
        ("Signer la convention d'expérimentation du tram de nuit avec Dômes Mobilités", "Anne-Laure Chassaing",
         "2026-11-27", 4, "done"),
        ("Préparer la campagne de communication du tram de nuit auprès des étudiants", "Stéphanie Maisonneuve",
         "2026-11-30", 4),
        ("Publier le second appel à projets CVEC sur l'ENT", "Sophie Fayolle", "2026-12-04", 4),
        ("Préparer le bilan du premier appel à projets CVEC pour le comité de pilotage", "Mathieu Pouzadoux",
         "2026-12-08", 4),
        ("Présenter le bilan des aides d'urgence du Crous de l'automne", "Émilie Vernière", "2026-12-09", 4),
        ("Organiser l'ouverture d'un restaurant universitaire pendant les vacances de Noël", "Karine Bourdier",
         "2026-12-10", 4),
        ("Rédiger une fiche sur les aides au logement de la CAF pour les étudiants", "Isabelle Bayle", "2026-12-11",
         1),
        ("Recenser les besoins d'aménagement des examens de janvier pour les étudiants en situation de handicap",
         "Aurélie Pradier", "2026-12-14", 4),
        ("Commander les colis alimentaires des vacances de Noël à la banque alimentaire", "Clara Tixier",
         "2026-12-16", 4),
        ("Recenser les logements temporaires disponibles chez les bailleurs de la ville", "Hervé Thuret",
         "2026-12-17", 1),
        ("Étendre les horaires d'ouverture de la bibliothèque universitaire pendant les révisions de janvier",
         "François Vidalenc", "2026-12-18", 4),
        ("Organiser une réunion d'information sur le raccrochage pour les étudiants en décrochage", "Rachid Amrani",
         "2027-01-15", 4),
        ("Lancer l'enquête sur la précarité étudiante auprès des étudiants du campus", "Yanis Belhadj",
         "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the épicerie solidaire's president.
CAMPUS63_ASKERS = {SLUG: ASKER}

CAMPUS63_GROUPS = {
    SLUG: (CAMPUS63_MEMBERS, CAMPUS63_MEETINGS, CAMPUS63_DEADLINES, CAMPUS63_DECISIONS, "Mathieu Pouzadoux"),
}

# What the campus life officer typed after the CVEC projects committee of October (n°2) and the comité of November at
# the Espace Info Jeunes (n°4); nothing was recorded for the comité de rentrée (n°1) nor for the working group at the
# restaurant universitaire (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Anne-Laure Chassaing, Mathieu Pouzadoux, Sophie Fayolle, Karine Bourdier, Émilie Vernière, "
    "Yanis Belhadj, Théo Courtadon, Baptiste Chabrier, Clara Tixier, Hervé Thuret, Aurélie Pradier",
    "/excuses n°2 Philippe Sauvadet, François Vidalenc, Isabelle Bayle",
    "/absents n°2 Rachid Amrani",
    "/presents n°4 Anne-Laure Chassaing, Mathieu Pouzadoux, Sophie Fayolle, Nicolas Gidon, Émilie Vernière, "
    "Philippe Sauvadet, Yanis Belhadj, Théo Courtadon, Hervé Thuret, Stéphanie Maisonneuve, Isabelle Bayle, "
    "Rachid Amrani, François Vidalenc",
    "/excuses n°4 Clara Tixier, Karine Bourdier, Aurélie Pradier",
    "/absents n°4 Baptiste Chabrier",
)

# What members said in the chat before the comité of 9 December at the présidence (n°5).
RSVPS = (
    ("Anne-Laure Chassaing", "/present"),
    ("Mathieu Pouzadoux", "/present"),
    ("Sophie Fayolle", "/present"),
    ("Karine Bourdier", "/present"),
    ("Émilie Vernière", "/present"),
    ("Yanis Belhadj", "/present"),
    ("Hervé Thuret", "/present"),
    ("Stéphanie Maisonneuve", "/present"),
    ("Philippe Sauvadet", "/excuse"),
    ("François Vidalenc", "/excuse"),
)

CAMPUS63_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cp63", ATTENDANCE_COMMANDS, RSVPS),
}
