"""A group written by r30c in the twenty-ninth round, for blind set 37c
(a stranger's general set in the anglicised work jargon of project staff):
the comité de pilotage of an invented pôle territorial de coopération
économique in the Lyon metropolis, the PTCE Rhône Coopère, hosted by an
invented tiers-lieu in Vaulx-en-Velin — the Métropole de Lyon's
vice-president for the social economy who chairs the copil and a
Métropole officer for responsible purchasing, the PTCE's coordinator (the
coordinator), its mobility project officer and its administrative
assistant, the Région Auvergne-Rhône-Alpes, France Active, the Banque des
Territoires, the CRESS, France Travail, the town of Vaulx-en-Velin's
deputy for employment, an invented incubator (whose programme manager
asks), the invented tiers-lieu, an invented SCIC for shared mobility and
an invented recyclerie (its president and its job-insertion supervisor).
Tasks (four late, the asker's among them; two done, one cancelled), the
attendance of the mobility workshop of October and of the copil of
November in the store (nothing recorded for the kick-off of September),
announced presences for the copil of 9 December; the person asking is a
member, not the coordinator. Organisation names are real public bodies or
invented ones (the PTCE, the incubator, the tiers-lieu, the SCIC, the
recyclerie); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PTCE69_AFTER_SETUP", "PTCE69_ASKERS", "PTCE69_GROUPS", "PTCE69_TASKS"]

SLUG = "ptce69"
ASKER = "Maxime Tardy"
PTCE = "PTCE Rhône Coopère"
MET = "Métropole de Lyon"
RECY = "Recyclerie Le Grand Réemploi"

PTCE69_MEMBERS = (
    ("Sandrine Moulin", MET, "Vice-présidente déléguée à l'économie sociale et solidaire, présidente du comité de "
                             "pilotage du PTCE"),
    ("Damien Royer", MET, "Chargé de mission achats responsables et clauses d'insertion"),
    ("Julien Ferrand", PTCE, "Coordinateur du PTCE"),
    ("Inès Benali", PTCE, "Cheffe de projet mobilité solidaire"),
    ("Élise Garnier", PTCE, "Assistante administrative et financière"),
    ("Thomas Girardet", "Région Auvergne-Rhône-Alpes", "Chargé de mission ESS et innovation sociale"),
    ("Nadia Chérif", "France Active Auvergne-Rhône-Alpes", "Chargée d'investissement solidaire"),
    ("Benoît Lacroix", "Banque des Territoires", "Chargé de développement territorial, direction régionale"),
    ("Céline Rouvière", "CRESS Auvergne-Rhône-Alpes", "Déléguée territoriale pour le Rhône"),
    ("Olivier Mercier", "France Travail Rhône", "Conseiller entreprises, référent ESS et insertion"),
    ("Martine Ducros", "Mairie de Vaulx-en-Velin", "Adjointe au maire chargée de l'emploi et de l'insertion"),
    ("Maxime Tardy", "Incubateur Germoir", "Responsable des programmes d'incubation"),
    ("Aurélie Vasseur", "La Fabrique des Communs", "Directrice du tiers-lieu"),
    ("Karim Haddad", "SCIC Mobilités Partagées", "Gérant de la SCIC"),
    ("Hélène Brunet", RECY, "Présidente de la recyclerie"),
    ("Lucas Perrin", RECY, "Encadrant technique d'insertion"),
)

PTCE69_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Comité de pilotage de lancement, Hôtel de la Métropole, Lyon", ()),
    ("2026-10-13 09:30", "2026-10-13 12:30", "Atelier mobilité solidaire, La Fabrique des Communs, Vaulx-en-Velin",
     ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de pilotage, Hôtel de Région, Lyon Confluence", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Comité de pilotage, La Fabrique des Communs, Vaulx-en-Velin",
     ("Restitution du diagnostic mobilité", "Candidature à l'appel à projets ESS de la Région",
      "Présentation des projets incubés", "Budget prévisionnel 2027 du PTCE")),
    ("2027-01-12 10:00", "2027-01-12 12:00", "Comité technique, recyclerie Le Grand Réemploi, Villeurbanne",
     ("Deuxième boutique de la recyclerie", "Clause d'insertion des marchés de nettoyage")),
    ("2027-02-04 09:00", "2027-02-04 12:30", "Séminaire feuille de route 2027, Hôtel de la Métropole, Lyon",
     ("Feuille de route 2027 du PTCE", "Gouvernance et adhésions")),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Comité de pilotage, Hôtel de Région, Lyon Confluence",
     ("Vote de la feuille de route 2027",)),
)

PTCE69_DEADLINES = (
    ("2026-12-11", "Dépôt de la candidature du PTCE à l'appel à projets ESS de la Région"),
    ("2026-12-18", "Remise du diagnostic mobilité à la Métropole"),
    ("2027-01-15", "Clôture des candidatures à la promotion 2027 de l'incubateur"),
    ("2027-02-26", "Envoi du rapport d'activité 2026 à la Banque des Territoires"),
    ("2027-03-31", "Adoption de la feuille de route 2027 du PTCE"),
)

PTCE69_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage se réunit tous les deux mois, en alternance à la Métropole et à la "
                      "Région."),
    ("2026-09-17", 1, "Le PTCE installe son équipe à La Fabrique des Communs, à Vaulx-en-Velin, à partir de "
                      "janvier 2027."),
    ("2026-09-17", 1, "Le budget de fonctionnement 2026 du PTCE est fixé à 240 000 euros."),
    ("2026-10-13", 2, "Des vélos électriques sont loués 1 euro par jour aux salariés en insertion."),
    ("2026-10-13", 2, "La SCIC Mobilités Partagées porte le projet de garage solidaire, qui ouvrira en septembre "
                      "2027."),
    ("2026-10-13", 2, "Le diagnostic mobilité est confié à un bureau d'études, dans la limite de 25 000 euros."),
    ("2026-11-19", 3, "Le PTCE répond à l'appel à projets ESS de la Région pour un montant de 80 000 euros."),
    ("2026-11-19", 3, "La recyclerie ouvre une deuxième boutique à Villeurbanne au printemps 2027."),
    ("2026-11-19", 3, "Le comité soutient la demande de prêt de 30 000 euros de la SCIC auprès de France Active."),
    ("2026-11-19", 3, "Les marchés de nettoyage de la Métropole réservent 10 % des heures à l'insertion."),
    ("2026-11-19", 3, "Le projet de monnaie locale est abandonné."),
)

PTCE69_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de lancement", "Élise Garnier", "2026-09-25", 1, "done"),
        ("Rédiger la note de cadrage du diagnostic mobilité", "Inès Benali", "2026-10-23", 2, "done"),
        ("Lancer la consultation du bureau d'études pour le diagnostic mobilité", "Inès Benali", "2026-11-06", 2),
        ("Mettre à jour la cartographie des acteurs de l'ESS du territoire", "Céline Rouvière", "2026-11-13", 1),
        ("Envoyer à France Active la liste des projets incubés", "Maxime Tardy", "2026-11-20", 3),
        ("Organiser un afterwork des entrepreneurs du PTCE", "Aurélie Vasseur", "2026-11-26", 2, "cancelled"),
        ("Recenser les locaux vacants à Villeurbanne pour la deuxième boutique", "Hélène Brunet", "2026-11-27", 3),
        ("Préparer le pitch des projets incubés pour le comité de pilotage", "Maxime Tardy", "2026-12-08", 3),
        ("Rédiger le dossier de candidature à l'appel à projets ESS", "Julien Ferrand", "2026-12-10", 3),
        ("Préparer le budget prévisionnel 2027", "Élise Garnier", "2026-12-15", 3),
        ("Mettre en ligne le site internet du PTCE", "Aurélie Vasseur", "2026-12-18", 1),
        ("Identifier des candidats en insertion pour la recyclerie", "Olivier Mercier", "2026-12-18", 3),
        ("Chiffrer le projet de garage solidaire", "Karim Haddad", "2027-01-08", 2),
        ("Rédiger la clause d'insertion des marchés de nettoyage", "Damien Royer", "2027-01-15", 3),
        ("Lancer l'appel à candidatures de la promotion 2027", "Maxime Tardy", "2027-01-15", 3),
        ("Préparer la feuille de route 2027 du PTCE", "Julien Ferrand", "2027-01-22", 3),
        ("Étudier le financement de la deuxième boutique", "Benoît Lacroix", "2027-01-29", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the incubator's programme manager.
PTCE69_ASKERS = {SLUG: ASKER}

PTCE69_GROUPS = {
    SLUG: (PTCE69_MEMBERS, PTCE69_MEETINGS, PTCE69_DEADLINES, PTCE69_DECISIONS, "Julien Ferrand"),
}

# What the coordinator typed after the mobility workshop of October (n°2) and the copil of November (n°3);
# nothing was recorded for the kick-off of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Julien Ferrand, Inès Benali, Karim Haddad, Olivier Mercier, Martine Ducros, Aurélie Vasseur, "
    "Lucas Perrin, Damien Royer",
    "/excuses n°2 Maxime Tardy, Hélène Brunet",
    "/presents n°3 Sandrine Moulin, Julien Ferrand, Inès Benali, Élise Garnier, Thomas Girardet, Nadia Chérif, "
    "Benoît Lacroix, Céline Rouvière, Maxime Tardy, Hélène Brunet, Karim Haddad",
    "/excuses n°3 Martine Ducros, Olivier Mercier",
    "/absents n°3 Aurélie Vasseur",
)

# What members said in the chat before the copil of 9 December (n°4).
RSVPS = (
    ("Sandrine Moulin", "/present"),
    ("Julien Ferrand", "/present"),
    ("Inès Benali", "/present"),
    ("Thomas Girardet", "/present"),
    ("Nadia Chérif", "/present"),
    ("Aurélie Vasseur", "/present"),
    ("Benoît Lacroix", "/excuse"),
    ("Martine Ducros", "/excuse"),
)

PTCE69_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "p69", ATTENDANCE_COMMANDS, RSVPS),
}
