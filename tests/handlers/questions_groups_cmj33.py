"""A group written by helper r33a in the thirty-second round, for blind set 40a
(young people's French): the conseil municipal des jeunes (CMJ) of
Montferrand-sur-Jalle, an invented town of about 30,000 people in the
Gironde, with its forum of the 16–25-year-olds — the deputy mayor for youth
who chairs it, the town's youth service coordinator who runs it (the
coordinator), the informatrice of the point information jeunesse (PIJ), the
youth worker of the maison des jeunes, the mission locale, a collège's and a
lycée's CPE, the police municipale's prevention officer, the CAF (BAFA
grants), a sports club, the Département's youth service, the spokeswoman of
the forum of the 16–25-year-olds and five young councillors of 14 to 17 in
the commissions sport, environnement, solidarité and culture (the asker: a
young councillor of the commission environnement, not the coordinator). Its
subjects: the skatepark, the festival des jeunes and its tremplin musical,
the recycling campaign in the schools, the trip to the European Parliament
in Strasbourg, the BAFA grants. Tasks (four late, four done, one cancelled;
two of the asker's), the attendance of the commission sport of October and
of the forum jeunesse of November in the store (nothing recorded for the
plenary of September), announced presences for the plenary of 9 December.
The town, its schools, its club and its park are invented; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CMJ33_AFTER_SETUP", "CMJ33_ASKERS", "CMJ33_GROUPS", "CMJ33_TASKS"]

SLUG = "cmj33"
ASKER = "Lina Moreau"
TOWN = "Mairie de Montferrand-sur-Jalle"
CMJ = "Conseil municipal des jeunes de Montferrand-sur-Jalle"

CMJ33_MEMBERS = (
    ("Nathalie Ferreira", TOWN, "Adjointe au maire chargée de la jeunesse, présidente du conseil municipal des "
                                "jeunes"),
    ("Karim Benali", TOWN, "Coordinateur du service jeunesse, animateur du conseil municipal des jeunes"),
    ("Élodie Marchand", "Point information jeunesse de Montferrand-sur-Jalle", "Informatrice jeunesse"),
    ("Yanis Cherif", "Maison des jeunes de Montferrand-sur-Jalle", "Animateur de la maison des jeunes"),
    ("Sophie Lacoste", "Mission locale des Jalles", "Conseillère en insertion professionnelle"),
    ("Thomas Dufau", "Collège Jean-Moulin", "Conseiller principal d'éducation"),
    ("Amandine Roux", "Lycée Rosa-Parks", "Conseillère principale d'éducation"),
    ("Gilles Mounier", "Police municipale de Montferrand-sur-Jalle", "Brigadier-chef, chargé de la prévention "
                                                                     "auprès des jeunes"),
    ("Fatou Diallo", "CAF de la Gironde", "Conseillère technique jeunesse, aides au BAFA"),
    ("Julien Castaing", "Union sportive de Montferrand", "Éducateur sportif, responsable de la section glisse"),
    ("Claire Bernadet", "Département de la Gironde", "Chargée de mission jeunesse et citoyenneté"),
    ("Maëlys Dupuy", "Forum jeunesse des 16-25 ans", "Porte-parole du forum jeunesse"),
    ("Lina Moreau", CMJ, "Conseillère municipale jeune, rapporteuse de la commission environnement"),
    ("Enzo Garcia", CMJ, "Conseiller municipal jeune, rapporteur de la commission sport"),
    ("Mathis Lafon", CMJ, "Conseiller municipal jeune, rapporteur de la commission culture"),
    ("Jade Nguyen", CMJ, "Conseillère municipale jeune, rapporteuse de la commission solidarité"),
    ("Rayan Haddad", CMJ, "Conseiller municipal jeune, commission sport"),
)

CMJ33_MEETINGS = (
    ("2026-09-16 14:00", "2026-09-16 16:00", "Séance plénière d'installation du conseil municipal des jeunes, "
                                             "salle du conseil municipal, hôtel de ville", ()),
    ("2026-10-14 14:00", "2026-10-14 16:30", "Commission sport (projet de skatepark), maison des jeunes", ()),
    ("2026-11-14 10:00", "2026-11-14 12:00", "Forum jeunesse des 16-25 ans (festival des jeunes et campagne de "
                                             "recyclage), point information jeunesse", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Séance plénière du conseil municipal des jeunes, salle du conseil "
                                             "municipal, hôtel de ville",
     ("Avant-projet du skatepark", "Programme du festival des jeunes", "Bilan de la collecte de canettes au "
                                                                        "collège",
      "Voyage au Parlement européen à Strasbourg")),
    ("2027-01-13 14:00", "2027-01-13 16:00", "Commission environnement et solidarité, point information jeunesse",
     ("Campagne de recyclage au lycée", "Collecte solidaire pour les Restos du cœur")),
    ("2027-02-06 10:00", "2027-02-06 12:00", "Réunion d'information sur le BAFA, maison des jeunes",
     ("Aides de la CAF et du Département pour le BAFA", "Témoignages d'animateurs de centres de loisirs")),
    ("2027-03-17 14:00", "2027-03-17 16:00", "Séance plénière du conseil municipal des jeunes, salle du conseil "
                                             "municipal, hôtel de ville",
     ("Choix du nom du festival des jeunes", "Préparation du voyage à Strasbourg")),
)

CMJ33_DEADLINES = (
    ("2026-12-11", "Retour des autorisations parentales pour le voyage au Parlement européen"),
    ("2026-12-18", "Fin du vote en ligne sur le design du skatepark"),
    ("2027-01-08", "Dépôt des demandes d'aide au BAFA auprès de la CAF"),
    ("2027-02-26", "Inscription des groupes au tremplin musical du festival"),
    ("2027-03-31", "Dépôt du dossier de subvention du festival auprès du Département"),
)

CMJ33_DECISIONS = (
    ("2026-09-16", 1, "Le conseil municipal des jeunes se réunit en séance plénière une fois par trimestre ; "
                      "les commissions se réunissent chaque mois."),
    ("2026-09-16", 1, "Quatre commissions sont créées : sport, environnement, solidarité et culture."),
    ("2026-09-16", 1, "Le budget participatif du conseil municipal des jeunes est fixé à 15 000 euros pour "
                      "l'année."),
    ("2026-10-14", 2, "Le skatepark est construit au parc de la Jalle, à côté du gymnase Pierre-de-Coubertin."),
    ("2026-10-14", 2, "Le skatepark comprend un bowl et une zone street, pour un budget de 180 000 euros."),
    ("2026-10-14", 2, "Les jeunes choisissent le design du skatepark par un vote en ligne entre trois projets."),
    ("2026-11-14", 3, "Le festival des jeunes a lieu le samedi 5 juin 2027 au parc de la Jalle."),
    ("2026-11-14", 3, "Un tremplin musical ouvert aux groupes de 15 à 25 ans est organisé pendant le festival."),
    ("2026-11-14", 3, "Des bacs de tri pour les canettes et les bouteilles sont installés au collège et au lycée ; "
                      "les canettes collectées sont revendues au profit des Restos du cœur."),
    ("2026-11-14", 3, "Le voyage au Parlement européen à Strasbourg a lieu les 15 et 16 avril 2027 pour les "
                      "jeunes conseillers."),
    ("2026-11-14", 3, "La ville prend en charge 200 euros de la formation BAFA de chaque jeune de 17 à 25 ans "
                      "habitant la commune."),
)

CMJ33_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance plénière de septembre", "Karim Benali", "2026-09-30", 1, "done"),
        ("Faire un sondage au collège sur le skatepark", "Enzo Garcia", "2026-10-30", 2, "done"),
        ("Demander trois devis à des constructeurs de skateparks", "Karim Benali", "2026-11-20", 2),
        ("Installer les bacs de tri au lycée Rosa-Parks", "Amandine Roux", "2026-11-20", 3),
        ("Réserver le car pour le voyage à Strasbourg", "Yanis Cherif", "2026-11-25", 3),
        ("Mettre en ligne le vote sur le design du skatepark", "Élodie Marchand", "2026-11-27", 2),
        ("Installer les bacs de tri au collège Jean-Moulin", "Thomas Dufau", "2026-11-27", 3, "done"),
        ("Présenter les aides au BAFA au forum jeunesse", "Fatou Diallo", "2026-11-14", 3, "done"),
        ("Organiser un concert de soutien aux Restos du cœur", "Jade Nguyen", "2026-11-28", 3, "cancelled"),
        ("Tourner une vidéo de présentation du skatepark pour les réseaux sociaux", "Rayan Haddad", "2026-12-04",
         2),
        ("Dessiner l'affiche de la campagne de recyclage", "Lina Moreau", "2026-12-07", 3),
        ("Compter les canettes collectées au collège pour la plénière", "Lina Moreau", "2026-12-08", 3),
        ("Recueillir les autorisations parentales pour le voyage à Strasbourg", "Karim Benali", "2026-12-11", 3),
        ("Envoyer le formulaire de l'appel à projets jeunesse du Département", "Claire Bernadet", "2026-12-11", 3),
        ("Contacter des groupes locaux pour le tremplin musical", "Mathis Lafon", "2026-12-18", 3),
        ("Préparer une intervention sur la sécurité aux abords du skatepark", "Gilles Mounier", "2027-01-13", 2),
        ("Organiser des ateliers CV et jobs d'été pour les 16-25 ans", "Sophie Lacoste", "2027-01-29", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a young councillor, rapporteuse of the
# commission environnement, who carries the recycling campaign's poster and the count of the cans.
CMJ33_ASKERS = {SLUG: ASKER}

CMJ33_GROUPS = {
    SLUG: (CMJ33_MEMBERS, CMJ33_MEETINGS, CMJ33_DEADLINES, CMJ33_DECISIONS, "Karim Benali"),
}

# What the coordinator typed after the commission sport of October (n°2) and the forum jeunesse of November (n°3);
# nothing was recorded for the plenary of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Nathalie Ferreira, Karim Benali, Yanis Cherif, Julien Castaing, Gilles Mounier, Enzo Garcia, "
    "Rayan Haddad, Lina Moreau",
    "/excuses n°2 Thomas Dufau, Mathis Lafon, Sophie Lacoste",
    "/absents n°2 Jade Nguyen",
    "/presents n°3 Nathalie Ferreira, Karim Benali, Élodie Marchand, Yanis Cherif, Sophie Lacoste, Fatou Diallo, "
    "Maëlys Dupuy, Mathis Lafon, Jade Nguyen, Lina Moreau, Thomas Dufau",
    "/excuses n°3 Amandine Roux, Claire Bernadet, Enzo Garcia, Gilles Mounier",
    "/absents n°3 Rayan Haddad, Julien Castaing",
)

# What members said in the chat before the plenary of 9 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Nathalie Ferreira", "/present"),
    ("Karim Benali", "/present"),
    ("Élodie Marchand", "/present"),
    ("Julien Castaing", "/present"),
    ("Enzo Garcia", "/present"),
    ("Mathis Lafon", "/present"),
    ("Jade Nguyen", "/present"),
    ("Rayan Haddad", "/excuse"),
    ("Fatou Diallo", "/excuse"),
)

CMJ33_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cm33", ATTENDANCE_COMMANDS, RSVPS),
}
