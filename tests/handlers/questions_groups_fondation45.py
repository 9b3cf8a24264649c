"""A group written by r25b in the twenty-fifth round, for blind set 32b
(the work after a meeting, in a new field): the grant committee (comité
d'attribution) of an invented regional foundation, the Fondation Terres de
Loire, which funds youth and insertion projects of associations in the
Centre-Val de Loire — its delegate-general, the committee's chair, the
programme officer who writes the minutes, the treasurer, a board member
who reports on applications (the asker), a communication officer, and the
outside members who act as rapporteurs: the Région, the DDETS du Loiret,
the CAF du Loiret, the Banque des Territoires, the Mission locale de
l'Orléanais, France Active, Le Mouvement associatif and a patron company.
Four committees a year with a rapporteurs' meeting before them. Tasks
(three late, four done, one cancelled) and the attendance of two meetings
in the store (nothing recorded for the committee of September), announced
presences for the committee of 10 December; the person asking is a
member, not the coordinator. Organisation names are real public bodies or
invented ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["FONDATION45_AFTER_SETUP", "FONDATION45_ASKERS", "FONDATION45_GROUPS", "FONDATION45_TASKS"]

SLUG = "fondation45"
ASKER = "Yasmine Ferhat"

FONDATION45_MEMBERS = (
    ("Hélène Vasseur", "Fondation Terres de Loire", "Déléguée générale de la Fondation"),
    ("Gilles Marchetti", "Fondation Terres de Loire", "Président du comité d'attribution"),
    ("Claire Bonnefoy", "Fondation Terres de Loire", "Chargée de programme Jeunesse et insertion"),
    ("Thierry Gaudin", "Fondation Terres de Loire", "Trésorier"),
    ("Yasmine Ferhat", "Fondation Terres de Loire", "Administratrice, rapporteuse"),
    ("Lucas Dumont", "Fondation Terres de Loire", "Chargé de communication"),
    ("Nadia Ouali", "Région Centre-Val de Loire", "Chargée de mission vie associative"),
    ("Patrick Robineau", "DDETS du Loiret", "Inspecteur, référent insertion par l'activité économique"),
    ("Sophie Langlois", "CAF du Loiret", "Conseillère technique jeunesse et parentalité"),
    ("Mathieu Charpentier", "Banque des Territoires", "Chargé de développement territorial"),
    ("Aurélie Pasquier", "Mission locale de l'Orléanais", "Directrice adjointe"),
    ("Karim Belkacem", "France Active Centre-Val de Loire", "Chargé de financement, rapporteur"),
    ("Odile Fournier", "Le Mouvement associatif Centre-Val de Loire", "Déléguée régionale"),
    ("Vincent Lhermitte", "Groupe Loirelec", "Responsable du mécénat"),
)

FONDATION45_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 17:00", "Comité d'attribution, siège de la Fondation, Orléans", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Réunion des rapporteurs, Maison des associations, Tours", ()),
    ("2026-11-12 14:00", "2026-11-12 17:30", "Comité d'attribution, siège de la Fondation, Orléans", ()),
    ("2026-12-10 14:00", "2026-12-10 17:30", "Comité d'attribution, siège de la Fondation, Orléans",
     ("Dossier du garage solidaire de Gien", "Dossier de la Ressourcerie du Val", "Auto-école sociale de Vierzon",
      "Budget 2027 de la Fondation")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Réunion des rapporteurs, Maison des associations, Tours",
     ("Répartition des dossiers de l'appel à projets Jeunesse 2027", "Révision de la grille d'évaluation")),
    ("2027-03-11 14:00", "2027-03-11 17:30", "Comité d'attribution, Hôtel de Région, Blois", ()),
)

FONDATION45_DEADLINES = (
    ("2026-12-07", "Envoi des rapports d'instruction aux membres du comité"),
    ("2026-12-22", "Versement des subventions accordées en novembre"),
    ("2027-01-15", "Clôture des candidatures de l'appel à projets Jeunesse 2027"),
    ("2027-02-26", "Remise des bilans intermédiaires des projets soutenus"),
)

FONDATION45_DECISIONS = (
    ("2026-09-15", 1, "Le comité d'attribution se réunit quatre fois par an ; les rapporteurs se retrouvent un mois "
                      "avant chaque comité."),
    ("2026-09-15", 1, "Chaque dossier est instruit par deux rapporteurs, dont un membre extérieur à la Fondation."),
    ("2026-09-15", 1, "Le montant maximal d'une subvention est fixé à 30 000 euros par projet et par an."),
    ("2026-10-08", 2, "Les rapporteurs envoient leur rapport d'instruction au plus tard trois jours avant le comité."),
    ("2026-10-08", 2, "Un membre lié à une association candidate ne participe ni à l'instruction ni au vote de son "
                      "dossier."),
    ("2026-10-08", 2, "Les associations de moins de deux ans d'existence sont accompagnées par France Active avant "
                      "tout dépôt de dossier."),
    ("2026-11-12", 3, "Le comité accorde 25 000 euros sur deux ans à l'épicerie solidaire de Montargis."),
    ("2026-11-12", 3, "Le dossier de l'auto-école sociale de Vierzon est ajourné au comité de décembre, faute de "
                      "budget prévisionnel."),
    ("2026-11-12", 3, "Le projet de radio associative des jeunes de Blois est refusé."),
    ("2026-11-12", 3, "L'appel à projets Jeunesse 2027 est ouvert aux associations d'Indre-et-Loire et du "
                      "Loir-et-Cher."),
    ("2026-11-12", 3, "Les associations soutenues présentent un bilan intermédiaire à mi-parcours de leur projet."),
)

FONDATION45_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de septembre", "Claire Bonnefoy", "2026-09-25", 1, "done"),
        ("Mettre à jour la grille d'évaluation des dossiers", "Karim Belkacem", "2026-10-02", 1, "done"),
        ("Répartir les dossiers entre les rapporteurs", "Claire Bonnefoy", "2026-10-16", 2, "done"),
        ("Relancer la mairie de Gien pour la lettre de soutien au garage solidaire", "Patrick Robineau",
         "2026-11-20", 2),
        ("Commander une étude sur la mobilité des jeunes ruraux", "Nadia Ouali", "2026-12-31", 2, "cancelled"),
        ("Envoyer le compte rendu du comité d'attribution de novembre", "Claire Bonnefoy", "2026-11-26", 3, "done"),
        ("Compléter le tableau de suivi des subventions versées", "Thierry Gaudin", "2026-11-27", 3),
        ("Mettre en ligne le règlement de l'appel à projets Jeunesse 2027", "Lucas Dumont", "2026-11-30", 3),
        ("Vérifier les comptes de l'association Pousses d'Avenir", "Yasmine Ferhat", "2026-12-04", 3),
        ("Rédiger le rapport d'instruction du garage solidaire de Gien", "Karim Belkacem", "2026-12-07", 3),
        ("Obtenir le budget prévisionnel de l'auto-école sociale de Vierzon", "Sophie Langlois", "2026-12-07", 3),
        ("Préparer la présentation du budget 2027 de la Fondation", "Thierry Gaudin", "2026-12-15", 3),
        ("Relancer la CAF pour le cofinancement du Bus des parents", "Hélène Vasseur", "2026-12-15", 3),
        ("Envoyer les courriers de notification aux associations", "Hélène Vasseur", "2026-12-18", 3),
        ("Organiser la visite du chantier d'insertion de Pithiviers", "Yasmine Ferhat", "2027-01-08", 3),
        ("Réserver une salle à l'Hôtel de Région pour le comité de mars", "Nadia Ouali", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a board member who reports on files.
FONDATION45_ASKERS = {SLUG: ASKER}

FONDATION45_GROUPS = {
    SLUG: (FONDATION45_MEMBERS, FONDATION45_MEETINGS, FONDATION45_DEADLINES, FONDATION45_DECISIONS,
           "Hélène Vasseur"),
}

# What the programme officer typed after the rapporteurs' meeting in Tours (n°2) and the committee of November
# (n°3); nothing was recorded for the committee of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Claire Bonnefoy, Karim Belkacem, Patrick Robineau, Sophie Langlois, Odile Fournier, "
    "Mathieu Charpentier",
    "/excuses n°2 Yasmine Ferhat, Aurélie Pasquier",
    "/absents n°2 Nadia Ouali",
    "/presents n°3 Hélène Vasseur, Gilles Marchetti, Claire Bonnefoy, Thierry Gaudin, Yasmine Ferhat, Nadia Ouali, "
    "Patrick Robineau, Sophie Langlois, Karim Belkacem, Vincent Lhermitte",
    "/excuses n°3 Odile Fournier, Aurélie Pasquier",
    "/absents n°3 Mathieu Charpentier",
)

# What members said in the chat before the committee of 10 December (n°4).
RSVPS = (
    ("Gilles Marchetti", "/present"),
    ("Claire Bonnefoy", "/present"),
    ("Karim Belkacem", "/present"),
    ("Sophie Langlois", "/present"),
    ("Nadia Ouali", "/excuse"),
    ("Patrick Robineau", "/excuse"),
)

FONDATION45_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "f45", ATTENDANCE_COMMANDS, RSVPS),
}
