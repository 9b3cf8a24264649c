"""A group written by the lead during the sixth round of helpers, and never
shown to them, for an honest first run of the merged understanding: a
Pays basque working group against the non-take-up of social rights
(Communauté d'agglomération Pays Basque, the Département, the CAF and the
CPAM, three towns, France Travail, a France Services house, associations,
a university, a delegate of the Défenseur des droits). Tasks in the store.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["BASQUE_GROUPS", "BASQUE_TASKS"]

BASQUE_MEMBERS = (
    ("Maite Etcheverry", "CCAS de Bayonne", "Directrice, coordinatrice du groupe"),
    ("Peio Irigoyen", "Communauté d'agglomération Pays Basque", "Vice-président délégué à la cohésion sociale"),
    ("Sandrine Laborde", "Conseil départemental des Pyrénées-Atlantiques",
     "Responsable de l'action sociale territoriale"),
    ("Julien Darrigrand", "CAF des Pyrénées-Atlantiques", "Conseiller technique accès aux droits"),
    ("Amaia Larralde", "CPAM de Bayonne", "Chargée de la mission accompagnement santé"),
    ("Christophe Barétous", "Ville d'Anglet", "Adjoint au maire chargé des solidarités"),
    ("Élise Haristoy", "Ville de Saint-Jean-de-Luz", "Responsable du pôle solidarités"),
    ("Rachid Ouali", "France Travail", "Conseiller référent RSA"),
    ("Geneviève Dufau", "Secours catholique", "Bénévole, responsable de l'équipe d'accueil"),
    ("Xabi Elissalde", "Maison France Services de Hasparren", "Animateur"),
    ("Laura Sallaberry", "Université de Pau et des Pays de l'Adour", "Doctorante en géographie sociale"),
    ("Bertrand Mendiboure", "Ville de Saint-Pierre-d'Irube", "Maire adjoint délégué aux affaires sociales"),
    ("Nathalie Garat", "Mission locale Avenir Jeunes Pays Basque", "Conseillère en insertion"),
    ("Denis Lacoste", "Défenseur des droits", "Délégué territorial"),
)

BASQUE_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Maison des associations, Bayonne", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Mairie d'Anglet, salle du conseil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Visioconférence", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Siège de la Communauté d'agglomération, avenue Foch, Bayonne",
     ("Baromètre du non-recours", "Permanences itinérantes en Pays basque intérieur", "Calendrier 2027")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Maison France Services, Hasparren", ("Bilan des permanences",)),
    ("2027-03-11 14:00", "2027-03-11 16:00", "Mairie de Saint-Jean-de-Luz", ()),
)

BASQUE_DEADLINES = (
    ("2026-12-04", "Envoi des chiffres du non-recours au RSA"),
    ("2026-12-17", "Réponse à l'appel à manifestation d'intérêt Territoires zéro non-recours"),
    ("2027-01-08", "Carte des permanences d'accès aux droits"),
    ("2027-02-19", "Bilan annuel du groupe pour le comité de pilotage"),
)

BASQUE_DECISIONS = (
    ("2026-09-17", 1, "Le groupe se réunit le troisième jeudi du mois, en alternance sur la côte et à l'intérieur."),
    ("2026-09-17", 1, "Un baromètre du non-recours est publié chaque trimestre à partir des données de la CAF et de la CPAM."),
    ("2026-10-15", 2, "Des permanences itinérantes d'accès aux droits sont organisées dans les villages de l'intérieur "
                      "avec un bus France Services."),
    ("2026-10-15", 2, "Les bénévoles d'accueil sont formés à la complémentaire santé solidaire."),
    ("2026-11-19", 3, "Le groupe se porte candidat à l'expérimentation Territoires zéro non-recours."),
    ("2026-11-19", 3, "Le guide des droits est traduit en basque et en espagnol."),
)

BASQUE_TASKS = {
    "basque64": (
        ("Rassembler les chiffres du non-recours au RSA", "Julien Darrigrand", "2026-11-27", 3),
        ("Préparer le dossier de candidature Territoires zéro non-recours", "Maite Etcheverry", "2026-12-15", 3),
        ("Établir le trajet du bus France Services", "Xabi Elissalde", "2026-11-25", 2),
        ("Organiser la formation des bénévoles à la complémentaire santé solidaire", "Amaia Larralde", "2026-12-18", 2),
    ),
}

BASQUE_GROUPS = {
    "basque64": (BASQUE_MEMBERS, BASQUE_MEETINGS, BASQUE_DEADLINES, BASQUE_DECISIONS, "Maite Etcheverry"),
}
