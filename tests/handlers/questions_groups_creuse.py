"""A group written blind during the seventh round (set 16gb), after the fixes
of set 16g and without looking at its own answers: a Creuse working group on
rural solidarity mobility (getting to work, to care and to public services
without a car), gathering the Département, two towns and a community of
communes, the MSA, the CAF, the Region, the prefecture, France Travail, the
Mission locale and associations. It meets every third Tuesday, in turn in
Guéret and Aubusson or by video; three meetings held, three ahead; tasks in
the store. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["CREUSE_GROUPS", "CREUSE_TASKS"]

CREUSE_MEMBERS = (
    ("Martine Aufort", "Conseil départemental de la Creuse", "Vice-présidente chargée de l'action sociale, présidente du groupe"),
    ("Julien Desfarges", "Conseil départemental de la Creuse", "Chef du service mobilité et transports"),
    ("Nathalie Chassagne", "Ville de Guéret", "Adjointe au maire déléguée aux solidarités"),
    ("Bertrand Lavaud", "Ville d'Aubusson", "Directeur général des services"),
    ("Sylvie Parrain", "Communauté de communes Creuse Sud-Ouest", "Chargée de mission France Services"),
    ("Rémi Tixier", "MSA du Limousin", "Travailleur social"),
    ("Claire Lagrange", "CAF de la Creuse", "Responsable du pôle accès aux droits"),
    ("Antoine Bourdier", "Région Nouvelle-Aquitaine", "Chargé de mission transports scolaires et ruraux"),
    ("Isabelle Feyte", "Préfecture de la Creuse", "Sous-préfète d'Aubusson"),
    ("Karim Mansouri", "France Travail", "Conseiller à l'agence de Guéret"),
    ("Laure Dumontet", "Mission locale de la Creuse", "Conseillère insertion des jeunes"),
    ("Gérard Peyrot", "Familles rurales de la Creuse", "Président de la fédération"),
    ("Élodie Vergnaud", "Wimoov", "Conseillère mobilité, animatrice du groupe"),
    ("Patrick Nouaille", "Garage solidaire du Limousin", "Gérant"),
)

CREUSE_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Hôtel du Département, Guéret", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Mairie d'Aubusson, salle des fêtes", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Visioconférence", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Maison France Services, Felletin",
     ("Bilan du transport à la demande", "Location de scooters pour les apprentis", "Calendrier 2027")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Mairie de Guéret, salle du conseil", ("Permis de conduire solidaire",)),
    ("2027-03-16 14:00", "2027-03-16 16:00", "Cité internationale de la tapisserie, Aubusson", ()),
)

CREUSE_DEADLINES = (
    ("2026-12-03", "Envoi des chiffres de fréquentation du transport à la demande"),
    ("2026-12-22", "Dépôt du dossier au fonds mobilité rurale de la Région"),
    ("2027-01-29", "Retour du questionnaire aux employeurs"),
    ("2027-02-18", "Journée de la mobilité solidaire à Bourganeuf"),
)

CREUSE_DECISIONS = (
    ("2026-09-15", 1, "Le groupe se réunit le troisième mardi du mois, en alternance à Guéret et à Aubusson."),
    ("2026-09-15", 1, "Wimoov assure l'animation et le secrétariat du groupe."),
    ("2026-10-20", 2, "Le transport à la demande est ouvert aux demandeurs d'emploi sans condition de ressources."),
    ("2026-10-20", 2, "Le garage solidaire propose des réparations à prix réduit aux bénéficiaires du RSA."),
    ("2026-11-17", 3, "Une flotte de dix scooters est louée aux apprentis pour un euro par jour."),
    ("2026-11-17", 3, "Le groupe demande à la Région une ligne de car entre Felletin et Guéret le samedi."),
)

CREUSE_TASKS = {
    "mobilite23": (
        ("Compter les trajets du transport à la demande", "Julien Desfarges", "2026-11-27", 3),
        ("Rédiger le dossier pour le fonds mobilité rurale", "Élodie Vergnaud", "2026-12-18", 3),
        ("Trouver un assureur pour les scooters", "Patrick Nouaille", "2026-11-24", 3),
        ("Préparer le questionnaire aux employeurs", "Karim Mansouri", "2027-01-15", 2),
    ),
}

CREUSE_GROUPS = {
    "mobilite23": (CREUSE_MEMBERS, CREUSE_MEETINGS, CREUSE_DEADLINES, CREUSE_DECISIONS, "Élodie Vergnaud"),
}
