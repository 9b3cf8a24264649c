"""A second group for the held-out sets on tasks (set 16eb, written after
the fixes of set 16e without looking at its answers): a Finistère working
group on mobility for job seekers around Brest (Brest métropole, France
Travail, the Mission locale, a mobility platform, the Département, the
Région's coaches, a solidarity garage, a CCAS, a social driving school,
the Pays de Morlaix). Tasks done, cancelled, late and without a date; the
test chats' sender is linked to a member (`MOBILITE29_ASKERS`).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["MOBILITE29_ASKERS", "MOBILITE29_GROUPS", "MOBILITE29_TASKS"]

MOBILITY_MEMBERS = (
    ("Gwenaëlle Le Bihan", "Brest métropole", "Cheffe de projet mobilité solidaire, animatrice du groupe"),
    ("Yann Kerboul", "France Travail", "Conseiller à l'emploi, agence de Brest Europe"),
    ("Soizic Tanguy", "Mission locale du Pays de Brest", "Conseillère mobilité"),
    ("Erwan Le Gall", "Wimoov Bretagne", "Conseiller en mobilité"),
    ("Morgane Cariou", "Conseil départemental du Finistère", "Responsable insertion, territoire de Brest"),
    ("Loïc Abgrall", "Garage solidaire du Léon", "Directeur"),
    ("Anne Quéré", "Région Bretagne", "Chargée de mission transports BreizhGo"),
    ("Nicolas Floch", "CCAS de Landerneau", "Travailleur social"),
    ("Maëlle Guivarc'h", "Auto-école sociale En Route", "Monitrice et coordinatrice"),
    ("Hervé Le Roux", "Pays de Morlaix", "Chargé de développement économique"),
    ("Katell Jaouen", "Brest métropole", "Chargée d'études mobilité"),
    ("Pascal Le Meur", "Association Don Bosco", "Chef de service insertion"),
)

MOBILITY_MEETINGS = (
    ("2026-09-29 14:00", "2026-09-29 16:30", "Hôtel de métropole, Brest", ()),
    ("2026-10-27 09:30", "2026-10-27 12:00", "Mairie de Landerneau", ()),
    ("2026-11-26 14:00", "2026-11-26 16:00", "Maison de l'emploi, Morlaix", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Locaux de Wimoov, rue de Siam, Brest",
     ("Location de scooters", "Permis B financé", "Bilan 2026")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Hôtel de métropole, Brest", ()),
    ("2027-03-09 14:00", "2027-03-09 16:00", "Visioconférence", ()),
)

MOBILITY_DEADLINES = (
    ("2026-12-11", "Candidature à l'appel à projets mobilité solidaire de la Région"),
    ("2027-01-15", "Bilan du garage solidaire pour le Département"),
    ("2027-02-05", "Forum mobilité et emploi à Morlaix"),
)

MOBILITY_DECISIONS = (
    ("2026-09-29", 1, "Le groupe se réunit chaque mois, en alternance à Brest et dans le pays de Morlaix."),
    ("2026-09-29", 1, "Une plateforme unique d'orientation mobilité est confiée à Wimoov."),
    ("2026-10-27", 2, "Dix scooters sont mis en location à un euro par jour pour les demandeurs d'emploi."),
    ("2026-10-27", 2, "Le Département finance vingt permis de conduire pour les jeunes suivis par la Mission locale."),
    ("2026-11-26", 3, "Un covoiturage solidaire vers la zone de Kergaradec est expérimenté en 2027."),
    ("2026-11-26", 3, "Le garage solidaire propose des réparations à prix coûtant."),
)

MOBILITE29_TASKS = {
    "mobilite29": (
        ("Rédiger le cahier des charges du covoiturage solidaire", "Gwenaëlle Le Bihan", "2026-12-04", 3),
        ("Relancer les entreprises de Kergaradec sur leurs horaires", "Gwenaëlle Le Bihan", "2026-11-20", 2),
        ("Mettre à jour le guide des aides à la mobilité", "Katell Jaouen", "2026-12-16", 3),
        ("Acheter les casques pour les scooters", "Loïc Abgrall", "2026-11-13", 2, "done"),
        ("Signer la convention de location des scooters", "Erwan Le Gall", "2026-11-30", 2),
        ("Sélectionner les vingt jeunes pour le permis", "Soizic Tanguy", "2026-12-18", 3),
        ("Transmettre les chiffres des demandeurs d'emploi sans véhicule", "Yann Kerboul", "2026-11-25", 2, "done"),
        ("Organiser une réunion avec BreizhGo sur les horaires des cars", "Anne Quéré", "", 3),
        ("Chiffrer le coût des réparations du garage solidaire", "Loïc Abgrall", "2027-01-08", 3),
        ("Préparer le dossier de candidature à l'appel à projets régional", "Gwenaëlle Le Bihan", "2026-12-10", 3),
        ("Informer les travailleurs sociaux du CCAS sur la location de scooters", "Nicolas Floch", "2026-11-27", 2),
        ("Créer une affiche pour le forum de Morlaix", "Hervé Le Roux", "2027-01-22", 3),
        ("Demander un local au Pays de Morlaix pour l'auto-école", "Maëlle Guivarc'h", "2026-11-06", 2, "cancelled"),
        ("Faire le bilan des trajets du covoiturage test", "Morgane Cariou", "", 3),
    ),
}

MOBILITE29_ASKERS = {"mobilite29": "Gwenaëlle Le Bihan"}

MOBILITE29_GROUPS = {
    "mobilite29": (MOBILITY_MEMBERS, MOBILITY_MEETINGS, MOBILITY_DEADLINES, MOBILITY_DECISIONS, "Gwenaëlle Le Bihan"),
}
