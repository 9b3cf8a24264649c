"""A group written by the lead during the seventh round, never shown to its
engineers: a Creuse conference on rural mobility and access to public
services (France Services houses, the Département, the MSA, communities of
communes, a solidarity transport association, the sub-prefecture), with
tasks in the store. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["SERVICES23_GROUPS", "SERVICES23_TASKS"]

SERVICES23_MEMBERS = (
    ("Hélène Lavergne", "Conseil départemental de la Creuse", "Vice-présidente chargée des solidarités territoriales"),
    ("Grégory Pinaud", "Conseil départemental de la Creuse", "Chef du service mobilité"),
    ("Maryse Dubreuil", "Sous-préfecture d'Aubusson", "Sous-préfète, référente France Services"),
    ("Yannick Thévenot", "Communauté de communes Creuse Grand Sud", "Président"),
    ("Delphine Aubrun", "Communauté de communes Creuse Grand Sud", "Animatrice de l'espace France Services de Felletin"),
    ("Bastien Coudert", "MSA Limousin", "Travailleur social, action sanitaire et sociale"),
    ("Odile Marsaud", "Familles Rurales Creuse", "Présidente fédérale"),
    ("Rachid Benali", "Mobilité Solidaire 23", "Coordinateur du transport solidaire"),
    ("Sylvie Chassagne", "CAF de la Creuse", "Conseillère technique territoriale"),
    ("Julien Lamy", "Mairie de Guéret", "Adjoint au maire délégué aux mobilités"),
    ("Amandine Roux", "La Poste", "Responsable des services de proximité"),
    ("Florent Degeorges", "Conseil départemental de la Creuse", "Chargé de mission inclusion numérique, animateur de la conférence"),
)

SERVICES23_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Hôtel du Département, Guéret, salle Chenevière", ()),
    ("2026-10-13 10:00", "2026-10-13 12:00", "Espace France Services, Felletin", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Sous-préfecture d'Aubusson", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Mairie de Guéret, salle des mariages",
     ("Bilan du transport solidaire", "Horaires des espaces France Services", "Questions diverses")),
    ("2027-01-19 10:00", "2027-01-19 12:00", "MSA Limousin, Guéret", ("Plan d'accompagnement numérique",)),
    ("2027-02-23 14:00", "2027-02-23 16:00", "Espace France Services, Felletin", ()),
)

SERVICES23_DEADLINES = (
    ("2026-12-04", "Retour des fréquentations des espaces France Services"),
    ("2026-12-18", "Candidature à l'appel à projets mobilité rurale de l'ADEME"),
    ("2027-01-15", "Questionnaire aux usagers du transport solidaire"),
    ("2027-02-05", "Bilan annuel des conseillers numériques"),
)

SERVICES23_DECISIONS = (
    ("2026-09-15", 1, "La conférence se réunit une fois par mois, en alternance entre Guéret et le sud du département."),
    ("2026-09-15", 1, "Le transport solidaire est étendu aux rendez-vous médicaux à Limoges."),
    ("2026-10-13", 2, "Les espaces France Services ouvrent le samedi matin à titre d'essai jusqu'en mars."),
    ("2026-10-13", 2, "Une carte des permanences itinérantes est publiée sur le site du Département."),
    ("2026-11-17", 3, "Le bus France Services passe deux fois par mois dans les communes de moins de 300 habitants."),
    ("2026-11-17", 3, "Le Département finance 40 % du poste de coordinateur du transport solidaire."),
    ("2026-11-17", 3, "Les ateliers numériques pour les seniors sont animés avec la MSA et Familles Rurales."),
)

SERVICES23_TASKS = {
    "services23": (
        ("Transmettre les chiffres de fréquentation de Felletin", "Delphine Aubrun", "2026-11-27", 3),
        ("Rédiger la candidature à l'appel à projets de l'ADEME", "Grégory Pinaud", "2026-12-16", 3),
        ("Préparer le questionnaire aux usagers", "Rachid Benali", "2027-01-10", 3),
        ("Mettre en ligne la carte des permanences", "Florent Degeorges", "2026-11-10", 2),
    ),
}

SERVICES23_GROUPS = {
    "services23": (SERVICES23_MEMBERS, SERVICES23_MEETINGS, SERVICES23_DEADLINES, SERVICES23_DECISIONS, "Florent Degeorges"),
}
