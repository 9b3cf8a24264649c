"""A group the understanding was never tuned on, for the formal-register
held-out sets (13 and 13b): a Fribourg cantonal working group on
integration and social housing (Service de l'action sociale, Bureau de
l'intégration, Service du logement, communes of Fribourg, Bulle and
Villars-sur-Glâne, Caritas, OSEO, Croix-Rouge, Pro Senectute, SEM; Swiss
usage: syndic, conseillère d'État, conseiller communal, cheffe de
service). Seven meetings, tasks in the store. Organisation names are real
public bodies; every person is invented."""

from __future__ import annotations

__all__ = ["FRIBOURG_GROUPS", "FRIBOURG_TASKS"]

FR_MEMBERS = (
    ("Anne-Catherine Overney", "Direction de la santé et des affaires sociales (DSAS)", "Conseillère d'État, directrice de la DSAS"),
    ("Laurent Chassot", "Service de l'action sociale (SASoc)", "Chef de service, président du groupe de travail"),
    ("Myriam Bapst", "Service de l'action sociale (SASoc)", "Cheffe de projet hébergement des personnes vulnérables"),
    ("Thierry Sottas", "Service du logement (SLog)", "Chef du Service du logement"),
    ("Delphine Kolly", "Bureau de l'intégration des migrant·e·s et de la prévention du racisme (IMR)", "Déléguée à l'intégration"),
    ("Jean-Marc Pittet", "Ville de Bulle", "Syndic"),
    ("Sandrine Mauron", "Ville de Fribourg", "Conseillère communale, directrice des affaires sociales"),
    ("Raphaël Clerc", "Commune de Villars-sur-Glâne", "Conseiller communal en charge du logement"),
    ("Nathalie Egger", "Caritas Fribourg", "Responsable du service de consultation sociale"),
    ("Yves Menoud", "OSEO Fribourg", "Directeur"),
    ("Fabienne Gumy", "Croix-Rouge fribourgeoise", "Responsable du programme d'accueil des requérants d'asile"),
    ("Patrick Rossier", "Pro Senectute Fribourg", "Chargé de projet logement des seniors"),
    ("Élisabeth Schorderet", "Secrétariat d'État aux migrations (SEM)", "Collaboratrice scientifique, section intégration"),
    ("Cédric Brodard", "Association des communes fribourgeoises (ACF)", "Secrétaire général"),
    ("Véronique Perroud", "Service de l'action sociale (SASoc)", "Secrétaire du groupe de travail, rédactrice des procès-verbaux"),
    ("Marco Andrey", "Service de l'enfance et de la jeunesse (SEJ)", "Intervenant en protection de l'enfant"),
)

FR_MEETINGS = (
    ("2026-09-03 14:00", "2026-09-03 16:30", "Route des Cliniques 17, Fribourg", ()),
    ("2026-10-08 09:00", "2026-10-08 11:30", "Hôtel de ville de Bulle, salle du Conseil général", ()),
    ("2026-11-05 14:00", "2026-11-05 16:00", "Visioconférence", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Salle paroissiale de Villars-sur-Glâne",
     ("Logements d'urgence pour l'hiver", "Programme cantonal d'intégration 2028-2031", "Divers")),
    ("2027-01-28 09:00", "2027-01-28 11:30", "Maison de la Croix-Rouge, Givisiez", ("Bilan des logements d'urgence",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Ancien Hôpital des Bourgeois, Fribourg", ("Rapport annuel au Conseil d'État",)),
    ("2027-05-06 09:00", "2027-05-06 11:30", "Château de Romont", ()),
)

FR_DEADLINES = (
    ("2026-12-15", "Remise des inventaires des logements vacants par les communes"),
    ("2026-12-22", "Prise de position sur l'avant-projet de loi sur l'aide au logement"),
    ("2027-01-20", "Dépôt des demandes de subvention pour les cours de langue"),
    ("2027-02-26", "Envoi du rapport intermédiaire au SEM"),
    ("2027-04-30", "Inscriptions à la journée cantonale de l'intégration"),
)

FR_DECISIONS = (
    ("2026-09-03", 1, "Le groupe de travail siège une fois par mois, alternativement à Fribourg et dans une commune membre."),
    ("2026-09-03", 1, "Les procès-verbaux sont diffusés dans les dix jours suivant chaque séance."),
    ("2026-10-08", 2, "Vingt logements d'urgence supplémentaires sont demandés aux communes pour l'hiver."),
    ("2026-10-08", 2, "Caritas et l'OSEO ouvrent une permanence commune de conseil en matière de dettes."),
    ("2026-11-05", 3, "Les cours de français pour les personnes admises à titre provisoire sont financés par le programme d'intégration."),
    ("2026-11-05", 3, "Pro Senectute mène une enquête sur l'accessibilité des logements pour les aînés."),
)

FRIBOURG_TASKS = {
    "integration-fr": (
        ("Recenser les logements d'urgence disponibles dans les communes", "Thierry Sottas", "2026-11-27", 2),
        ("Rédiger le procès-verbal de la séance de novembre", "Véronique Perroud", "2026-11-16", 3),
        ("Préparer le questionnaire sur l'accessibilité des logements", "Patrick Rossier", "2027-01-15", 3),
        ("Organiser la journée cantonale de l'intégration", "Delphine Kolly", "2027-04-15", 3),
        ("Chiffrer la permanence dettes pour le budget 2027", "Yves Menoud", "2026-11-30", 2),
    ),
}

FRIBOURG_GROUPS = {
    "integration-fr": (FR_MEMBERS, FR_MEETINGS, FR_DEADLINES, FR_DECISIONS, "Véronique Perroud"),
}
