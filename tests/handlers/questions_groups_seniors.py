"""A group written by the lead after the fifth round of helpers, and never
shown to them, for an honest first run of the merged understanding: an
Ille-et-Vilaine working group against the isolation of older people
(Département, Ville de Rennes and its CCAS, Rennes Métropole, the CARSAT,
MSA, associations of visitors, a social landlord). Tasks in the store.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["SENIORS_GROUPS", "SENIORS_TASKS"]

SENIORS_MEMBERS = (
    ("Gwenaëlle Le Bihan", "Conseil départemental d'Ille-et-Vilaine", "Vice-présidente chargée des personnes âgées"),
    ("Yann Quéré", "CCAS de Rennes", "Directeur, coordinateur du groupe"),
    ("Solène Marzin", "Ville de Rennes", "Adjointe à la maire déléguée aux seniors"),
    ("Patrice Hamon", "Rennes Métropole", "Chargé de mission mobilité solidaire"),
    ("Aïcha Benslimane", "CARSAT Bretagne", "Responsable de l'action sociale retraite"),
    ("Erwan Guillou", "MSA Portes de Bretagne", "Travailleur social"),
    ("Monique Le Gall", "Petits Frères des Pauvres", "Bénévole référente, équipe de Rennes"),
    ("Thierry Rouxel", "Archipel Habitat", "Gestionnaire de la résidence autonomie"),
    ("Nolwenn Tanguy", "Ville de Cesson-Sévigné", "Responsable du service seniors"),
    ("Félix Morvan", "Université Rennes 2", "Maître de conférences en sociologie du vieillissement"),
    ("Capucine Delaunay", "Conseil départemental d'Ille-et-Vilaine", "Cheffe du service autonomie"),
    ("Bernard Lozac'h", "Ville de Saint-Jacques-de-la-Lande", "Conseiller municipal délégué aux aînés"),
    ("Maëlys Prigent", "La Poste", "Chargée de développement Veiller sur mes parents"),
)

SENIORS_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel de Rennes Métropole, salle 3", ()),
    ("2026-10-20 10:00", "2026-10-20 12:00", "Résidence autonomie Les Glycines, Cesson-Sévigné", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Visioconférence", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Maison des associations, Rennes",
     ("Plan canicule et grand froid", "Bilan des visites à domicile", "Semaine bleue 2027")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Hôtel du Département, Rennes", ("Budget 2027",)),
    ("2027-03-09 10:00", "2027-03-09 12:00", "Mairie de Saint-Jacques-de-la-Lande", ()),
)

SENIORS_DEADLINES = (
    ("2026-12-04", "Retour de la liste des personnes isolées inscrites au registre"),
    ("2026-12-18", "Candidature à l'appel à projets de la conférence des financeurs"),
    ("2027-01-12", "Remontée des chiffres des visites de convivialité"),
    ("2027-02-26", "Programme de la Semaine bleue 2027"),
)

SENIORS_DECISIONS = (
    ("2026-09-22", 1, "Le groupe se réunit une fois par mois, en alternance à Rennes et dans une commune voisine."),
    ("2026-09-22", 1, "Un registre commun des personnes âgées isolées est tenu par le CCAS."),
    ("2026-10-20", 2, "Le transport solidaire est étendu aux communes de la première couronne."),
    ("2026-10-20", 2, "Les bénévoles des Petits Frères des Pauvres reçoivent une formation au repérage de la fragilité."),
    ("2026-11-17", 3, "La CARSAT finance des ateliers numériques pour les retraités."),
    ("2026-11-17", 3, "Un appel téléphonique hebdomadaire est proposé aux personnes inscrites au registre pendant l'hiver."),
)

SENIORS_TASKS = {
    "aines35": (
        ("Mettre à jour le registre des personnes isolées", "Yann Quéré", "2026-11-27", 3),
        ("Organiser la formation des bénévoles", "Monique Le Gall", "2026-12-15", 2),
        ("Chiffrer l'extension du transport solidaire", "Patrice Hamon", "2026-11-20", 2),
        ("Préparer le dossier pour la conférence des financeurs", "Capucine Delaunay", "2026-12-16", 3),
    ),
}

SENIORS_GROUPS = {
    "aines35": (SENIORS_MEMBERS, SENIORS_MEETINGS, SENIORS_DEADLINES, SENIORS_DECISIONS, "Yann Quéré"),
}
