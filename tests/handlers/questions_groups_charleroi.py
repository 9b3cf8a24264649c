"""A group written blind in the tenth round (helper r10g): the follow-up
commission of the Plan de cohésion sociale (PCS) of Charleroi, in Hainaut
(Belgium): the Ville de Charleroi with its échevins, the CPAS of Charleroi
and of Fontaine-l'Évêque, the bourgmestre of Courcelles, the Province de
Hainaut, the Forem, the intercommunale IGRETEC, the TEC, the Relais social,
the Région wallonne's SPW, a mutuality and an ASBL. Tasks in the store; the
person asking is linked to a member. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CHARLEROI_ASKERS", "CHARLEROI_GROUPS", "CHARLEROI_TASKS"]

SLUG = "charleroi"

CHARLEROI_MEMBERS = (
    ("Véronique Delhaye", "Ville de Charleroi", "Échevine des affaires sociales, présidente de la commission"),
    ("Benoît Collard", "Ville de Charleroi", "Échevin du logement et de l'énergie"),
    ("Nathalie Dupuis", "Ville de Charleroi", "Cheffe de projet du Plan de cohésion sociale, secrétaire de la commission"),
    ("Jean-Luc Mertens", "CPAS de Charleroi", "Président du CPAS"),
    ("Sabrina Collignon", "CPAS de Charleroi", "Responsable de la cellule énergie"),
    ("Murielle Wauthier", "CPAS de Fontaine-l'Évêque", "Présidente du CPAS"),
    ("Philippe Dardenne", "Commune de Courcelles", "Bourgmestre"),
    ("Didier Lhoir", "Province de Hainaut", "Député provincial en charge de l'action sociale"),
    ("Karima Bouzidi", "Le Forem", "Conseillère référente insertion, direction régionale de Charleroi"),
    ("Thierry Goffin", "IGRETEC", "Chargé d'études habitat et logement"),
    ("Laurence Piret", "Relais social du Pays de Charleroi (RSPC)", "Coordinatrice générale"),
    ("Hassan El Amrani", "TEC Charleroi", "Responsable de la mobilité solidaire"),
    ("Sophie Hennaut", "SPW Intérieur et Action sociale", "Inspectrice des plans de cohésion sociale"),
    ("Grégory Lemaire", "ASBL Le Fil d'Ariane", "Éducateur de rue, coordinateur"),
    ("Annick Deprez", "Solidaris Charleroi", "Assistante sociale, service social des mutualistes"),
)

CHARLEROI_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:00", "Hôtel de Ville de Charleroi, salle des Mariages", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "CPAS de Charleroi, boulevard Joseph II", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Maison communale de Courcelles", ()),
    ("2026-12-07 14:00", "2026-12-07 16:30", "CPAS de Charleroi, salle du conseil de l'action sociale",
     ("Plan grand froid", "Rapport d'activités du PCS", "Divers")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Espace Forem de Charleroi", ("Budget 2027 du PCS",)),
    ("2027-02-18 14:00", "2027-02-18 16:00", "Hôtel de Ville de Charleroi, salle des Mariages", ()),
)

CHARLEROI_DEADLINES = (
    ("2026-12-04", "Retour des fiches d'évaluation du PCS au SPW"),
    ("2026-12-11", "Inventaire des places d'hébergement d'urgence pour le plan grand froid"),
    ("2026-12-21", "Dépôt du dossier de subside à la Province de Hainaut"),
    ("2027-01-22", "Salon de l'emploi du Forem à Charleroi Expo"),
    ("2027-02-26", "Rapport d'activités 2026 au conseil communal"),
)

CHARLEROI_DECISIONS = (
    ("2026-09-17", 1, "La commission se réunit une fois par mois, en alternance à l'Hôtel de Ville et au CPAS."),
    ("2026-09-17", 1, "Une permanence énergie du CPAS est tenue chaque mardi matin à la maison de quartier de Marchienne-Docherie."),
    ("2026-10-22", 2, "Le Relais social coordonne le plan grand froid avec les abris de nuit de la Ville."),
    ("2026-10-22", 2, "Une navette gratuite relie Marcinelle au restaurant social pendant l'hiver, financée par la Ville."),
    ("2026-10-22", 2, "L'intercommunale IGRETEC réalise une étude sur les logements inoccupés de la Ville-Basse."),
    ("2026-11-19", 3, "La fête des voisins de la Ville-Basse aura lieu le samedi 5 juin 2027 sur la place Charles II."),
    ("2026-11-19", 3, "Le CPAS consacre 90 000 € aux primes pour le remplacement des vieilles chaudières."),
    ("2026-11-19", 3, "Un guide des aides sociales sera distribué dans toutes les antennes du CPAS et les maisons communales."),
)

CHARLEROI_TASKS = {
    SLUG: (
        ("Envoyer les fiches d'évaluation au SPW", "Nathalie Dupuis", "2026-12-03", 3),
        ("Recenser les places dans les abris de nuit", "Laurence Piret", "2026-11-27", 3),
        ("Relire le guide des aides sociales", "Sabrina Collignon", "2026-11-25", 3),
        ("Monter le dossier de subside pour la Province", "Sabrina Collignon", "2026-12-18", 3),
        ("Présenter les premiers résultats de l'étude sur les logements inoccupés", "Thierry Goffin", "2027-01-14", 3),
        ("Réserver la salle du Forem pour janvier", "Karima Bouzidi", "2026-11-20", 2, "done"),
        ("Négocier les horaires de la navette avec le TEC", "Hassan El Amrani", "2026-11-13", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CHARLEROI_ASKERS = {SLUG: "Sabrina Collignon"}

CHARLEROI_GROUPS = {
    SLUG: (CHARLEROI_MEMBERS, CHARLEROI_MEETINGS, CHARLEROI_DEADLINES, CHARLEROI_DECISIONS, "Nathalie Dupuis"),
}
