"""A group written by helper w45a in the forty-fourth round, for the lead's
blind set 90 (a stranger's general set in the words of the conseil
d'administration of an invented centre social et culturel in the Sarthe):
the invented association « Centre social et culturel Les Glycines » (loi
1901, agréé by the CAF de la Sarthe) in the invented quartier prioritaire
des Hauts-de-Méry of the invented town of Château-Méry (about 25,000
inhabitants) — the présidente, the vice-président, the trésorier and the
secrétaire of the bureau, two habitants bénévoles administrateurs (one of
them the asker); the directrice, her assistante (the group's coordinator),
the référente familles, two animateurs jeunesse (one of them running the
point numérique), the coordinatrice of the accueil de loisirs (ACM) and the
CLAS coordinator; the CAF's conseillère technique (animation de la vie
sociale); the town's élue à la politique de la ville and its chef de projet
contrat de ville; the invented bailleur social Méry Habitat's chargée de
développement social; the PMI's puéricultrice (Département de la Sarthe)
who holds a permanence at the centre; two partner associations (the
invented épicerie solidaire L'Épi des Hauts and ludothèque La Toupie).
Meetings: the CA of September in the salle polyvalente, the CA on the
projet social (diagnostic partagé) of October at the maison des
associations, the CA of November in the salle polyvalente, the CA of
Tuesday 8 December in the salle polyvalente (agenda), the CA of January at
the mairie annexe des Hauts-de-Méry and the assemblée générale of March in
the salle polyvalente. Tasks (four late, one of them the asker's; one done;
one cancelled), the attendance of the three past CA in the store, announced
presences for 8 December; the person asking is a member, not the
coordinator. Public bodies named: the CAF de la Sarthe, the Département de
la Sarthe (PMI); the association, the town, its quartier, the bailleur,
the partner associations and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CENTRESOCIAL72_AFTER_SETUP", "CENTRESOCIAL72_ASKERS", "CENTRESOCIAL72_GROUPS", "CENTRESOCIAL72_TASKS"]

SLUG = "centresocial72"
ASKER = "Gilles Pottier"
CENTRE = "Centre social et culturel Les Glycines"
BOARD = "Centre social et culturel Les Glycines, conseil d'administration"
MAIRIE = "Mairie de Château-Méry"

CENTRESOCIAL72_MEMBERS = (
    ("Martine Lebreton", BOARD, "Présidente de l'association"),
    ("Karim Benali", BOARD, "Vice-président, habitant bénévole administrateur"),
    ("Bernard Chevé", BOARD, "Trésorier de l'association"),
    ("Josiane Moreau", BOARD, "Secrétaire du bureau, chargée des adhésions"),
    ("Fatou Diallo", BOARD, "Administratrice bénévole, habitante du quartier, référente du comité du fonds de "
                            "participation des habitants (FPH)"),
    ("Gilles Pottier", BOARD, "Administrateur bénévole, habitant du quartier, référent des bénévoles"),
    ("Sandrine Hamon", CENTRE, "Directrice du centre social"),
    ("Laura Cosnard", CENTRE, "Assistante de direction, coordinatrice du groupe (convocations, comptes rendus)"),
    ("Céline Rousseau", CENTRE, "Référente familles (sorties familles, séjour d'été, parentalité REAAP)"),
    ("Mehdi Tahar", CENTRE, "Animateur jeunesse, secteur ados"),
    ("Jordan Lemaître", CENTRE, "Animateur jeunesse, responsable du point numérique"),
    ("Aurélie Gasnier", CENTRE, "Coordinatrice de l'accueil de loisirs (ACM)"),
    ("Nicolas Fournier", CENTRE, "Coordinateur du CLAS (contrat local d'accompagnement à la scolarité)"),
    ("Véronique Dubourg", "CAF de la Sarthe", "Conseillère technique, animation de la vie sociale"),
    ("Hélène Gaultier", MAIRIE, "Adjointe au maire déléguée à la politique de la ville"),
    ("Thomas Renard", MAIRIE, "Chef de projet contrat de ville"),
    ("Nadia Bouzid", "Méry Habitat", "Chargée de développement social"),
    ("Anne-Sophie Blot", "Département de la Sarthe, protection maternelle et infantile (PMI)",
     "Puéricultrice, permanence PMI au centre social"),
    ("Odile Mercier", "Épicerie solidaire L'Épi des Hauts", "Présidente de l'épicerie solidaire"),
    ("Pauline Jarry", "Ludothèque La Toupie", "Animatrice coordinatrice de la ludothèque"),
)

SALLE = "Conseil d'administration, salle polyvalente du centre social Les Glycines, Château-Méry"

CENTRESOCIAL72_MEETINGS = (
    ("2026-09-22 18:00", "2026-09-22 20:30", SALLE, ()),
    ("2026-10-15 18:00", "2026-10-15 20:00", "Conseil d'administration consacré au projet social et au diagnostic "
                                             "partagé, maison des associations de Château-Méry", ()),
    ("2026-11-17 18:00", "2026-11-17 20:30", SALLE, ()),
    ("2026-12-08 18:00", "2026-12-08 20:30", SALLE,
     ("Budget prévisionnel 2027 et demande de prestation de service CAF",
      "Projet social 2027-2030 : restitution du diagnostic partagé",
      "Bilan du CLAS du premier trimestre",
      "Préparation de l'assemblée générale")),
    ("2027-01-19 18:00", "2027-01-19 20:00", "Conseil d'administration, salle de réunion de la mairie annexe des "
                                             "Hauts-de-Méry",
     ("Tarifs 2027 au quotient familial",
      "Programme des sorties familles et du séjour d'été 2027")),
    ("2027-03-20 10:00", "2027-03-20 12:30", "Assemblée générale de l'association, salle polyvalente du centre "
                                             "social Les Glycines",
     ("Rapport moral et rapport d'activité 2026",
      "Rapport financier et affectation du résultat",
      "Élection des administrateurs")),
)

CENTRESOCIAL72_DEADLINES = (
    ("2026-11-27", "Dépôt des dossiers de l'appel à projets du contrat de ville 2027"),
    ("2026-12-15", "Envoi à la CAF du budget prévisionnel 2027 (prestation de service animation globale)"),
    ("2027-01-08", "Clôture des inscriptions à l'accueil de loisirs des vacances d'hiver"),
    ("2027-01-29", "Bilan annuel du fonds de participation des habitants à transmettre à la mairie"),
    ("2027-02-26", "Dépôt du projet social 2027-2030 à la CAF pour le renouvellement de l'agrément"),
    ("2027-03-05", "Envoi des convocations à l'assemblée générale aux adhérents"),
)

CENTRESOCIAL72_DECISIONS = (
    ("2026-09-22", 1, "Le conseil d'administration se réunit le mardi à 18 h, une fois par mois hors vacances "
                      "scolaires."),
    ("2026-09-22", 1, "L'adhésion annuelle à l'association est fixée à 8 euros par famille et à 3 euros pour les "
                      "moins de 18 ans."),
    ("2026-09-22", 1, "Le comité du fonds de participation des habitants peut accorder jusqu'à 500 euros par "
                      "projet d'habitants."),
    ("2026-09-22", 1, "Le compte rendu de chaque conseil est envoyé aux administrateurs dans les quinze jours."),
    ("2026-09-22", 1, "Les permanences de l'écrivain public ont lieu le mardi matin et le jeudi après-midi, sans "
                      "rendez-vous."),
    ("2026-10-15", 2, "Le diagnostic partagé associe les habitants par un questionnaire et trois cafés-débats au "
                      "pied des immeubles."),
    ("2026-10-15", 2, "Le comité de pilotage du projet social réunit la CAF, la mairie, Méry Habitat et quatre "
                      "habitants administrateurs."),
    ("2026-10-15", 2, "Le centre social sollicite une subvention de 6 000 euros à l'appel à projets du contrat de "
                      "ville pour l'action « parents-école »."),
    ("2026-10-15", 2, "Le CLAS accueille au plus 24 enfants du CP au CM2, le lundi et le jeudi de 16 h 30 à 18 h."),
    ("2026-11-17", 3, "Les tarifs de l'accueil de loisirs sont calculés au quotient familial CAF, de 1,50 euro à "
                      "12 euros la journée."),
    ("2026-11-17", 3, "Le séjour d'été des familles aura lieu du 12 au 16 juillet 2027 à Saint-Gilles-Croix-de-Vie, "
                      "dans la limite de huit familles."),
    ("2026-11-17", 3, "Le repas partagé a lieu le dernier vendredi de chaque mois, chacun apportant un plat."),
    ("2026-11-17", 3, "La fête de quartier 2027 aura lieu le samedi 19 juin sur la place Jean-Moulin."),
    ("2026-11-17", 3, "La salle polyvalente est prêtée gratuitement aux associations adhérentes en dehors des "
                      "horaires de l'accueil de loisirs."),
    ("2026-11-17", 3, "Les travaux de mise en accessibilité des sanitaires sont réalisés par la mairie pendant les "
                      "vacances de février."),
)

CENTRESOCIAL72_TASKS = {
    SLUG: (
        ("Organiser une visite de la ludothèque pour les administrateurs", "Pauline Jarry", "2026-10-30", 1,
         "cancelled"),
        ("Envoyer le questionnaire du diagnostic partagé aux habitants", "Céline Rousseau", "2026-10-30", 2, "done"),
        ("Relancer les adhérents pour le renouvellement des adhésions", "Josiane Moreau", "2026-11-20", 1),
        ("Rédiger la note d'intention de l'action parents-école pour le contrat de ville", "Sandrine Hamon",
         "2026-11-25", 2),
        ("Recenser les bénévoles disponibles pour le repas partagé de décembre", "Gilles Pottier", "2026-11-27", 3),
        ("Dépouiller les questionnaires du diagnostic partagé", "Karim Benali", "2026-11-30", 2),
        ("Préparer le budget prévisionnel 2027", "Bernard Chevé", "2026-12-04", 3),
        ("Mettre à jour le planning des permanences du point numérique", "Jordan Lemaître", "2026-12-11", 3),
        ("Faire établir les devis des travaux des sanitaires", "Thomas Renard", "2026-12-18", 3),
        ("Proposer des soirées jeux parents-enfants dans le cadre du REAAP", "Pauline Jarry", "2027-01-08", 3),
        ("Réserver l'hébergement du séjour d'été des familles", "Céline Rousseau", "2027-01-15", 3),
        ("Présenter le bilan du fonds de participation des habitants", "Gilles Pottier", "2027-01-19", 3),
        ("Recruter les animateurs de l'accueil de loisirs des vacances d'hiver", "Aurélie Gasnier", "2027-01-22", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a habitant bénévole administrateur.
CENTRESOCIAL72_ASKERS = {SLUG: ASKER}

CENTRESOCIAL72_GROUPS = {
    SLUG: (CENTRESOCIAL72_MEMBERS, CENTRESOCIAL72_MEETINGS, CENTRESOCIAL72_DEADLINES, CENTRESOCIAL72_DECISIONS,
           "Laura Cosnard"),
}

# What the coordinator typed after the CA of September (n°1), October (n°2) and November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Martine Lebreton, Karim Benali, Bernard Chevé, Josiane Moreau, Fatou Diallo, Gilles Pottier, "
    "Sandrine Hamon, Laura Cosnard, Céline Rousseau, Aurélie Gasnier, Nicolas Fournier, Véronique Dubourg, "
    "Hélène Gaultier, Nadia Bouzid, Odile Mercier",
    "/excuses n°1 Thomas Renard, Pauline Jarry, Anne-Sophie Blot",
    "/absents n°1 Mehdi Tahar, Jordan Lemaître",
    "/presents n°2 Martine Lebreton, Karim Benali, Josiane Moreau, Fatou Diallo, Sandrine Hamon, Laura Cosnard, "
    "Céline Rousseau, Véronique Dubourg, Thomas Renard, Nadia Bouzid, Pauline Jarry, Jordan Lemaître",
    "/excuses n°2 Gilles Pottier, Bernard Chevé, Hélène Gaultier, Nicolas Fournier, Odile Mercier",
    "/absents n°2 Mehdi Tahar, Aurélie Gasnier, Anne-Sophie Blot",
    "/presents n°3 Martine Lebreton, Karim Benali, Bernard Chevé, Josiane Moreau, Gilles Pottier, Sandrine Hamon, "
    "Laura Cosnard, Céline Rousseau, Mehdi Tahar, Aurélie Gasnier, Nicolas Fournier, Hélène Gaultier, "
    "Thomas Renard, Odile Mercier, Pauline Jarry, Anne-Sophie Blot",
    "/excuses n°3 Fatou Diallo, Véronique Dubourg, Jordan Lemaître",
    "/absents n°3 Nadia Bouzid",
)

# What members said in the chat before the CA of 8 December (n°4).
RSVPS = (
    ("Martine Lebreton", "/present"),
    ("Sandrine Hamon", "/present"),
    ("Laura Cosnard", "/present"),
    ("Bernard Chevé", "/present"),
    ("Karim Benali", "/present"),
    ("Véronique Dubourg", "/present"),
    ("Hélène Gaultier", "/present"),
    ("Céline Rousseau", "/present"),
    ("Nicolas Fournier", "/present"),
    ("Thomas Renard", "/excuse"),
    ("Odile Mercier", "/excuse"),
    ("Josiane Moreau", "/excuse"),
)

CENTRESOCIAL72_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "glycines", ATTENDANCE_COMMANDS, RSVPS),
}
