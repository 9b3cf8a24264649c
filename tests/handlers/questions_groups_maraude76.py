"""A group written by helper r12b during the twelfth round, before reading the
understanding's lists: the coordination of street outreach and emergency
shelter in Rouen (the CCAS and the Ville de Rouen, the Métropole, the State's
DDETS, the 115 / SIAO, the Croix-Rouge, the Secours catholique, Emmaüs, the
Restos du Cœur, a day centre and the CHU's mobile psychiatry team). Its
decisions carry hours, seasons, places, amounts, a temperature, conditions and
priorities, so that members ask about them in other words (« les chiens » for
« les animaux de compagnie », « les fringues » for « les dons de vêtements »,
« le comptage des SDF » for « la Nuit de la solidarité »). Tasks in the store;
the person asking is linked to a member; no attendance recorded. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["MARAUDE76_ASKERS", "MARAUDE76_GROUPS", "MARAUDE76_TASKS"]

SLUG = "maraude76"

MARAUDE76_MEMBERS = (
    ("Véronique Lecoq", "CCAS de Rouen", "Directrice de l'action sociale, coordinatrice du réseau"),
    ("Alain Duboc", "SIAO de Seine-Maritime (115)", "Chef de service de la veille sociale"),
    ("Kevin Marais", "Secours catholique Normandie", "Animateur des maraudes bénévoles"),
    ("Fanny Delahaye", "Croix-Rouge française", "Responsable des maraudes de l'unité locale de Rouen"),
    ("Thomas Aubry", "Métropole Rouen Normandie", "Chargé de mission habitat et hébergement"),
    ("Sabine Quesnel", "DDETS de Seine-Maritime", "Inspectrice de l'hébergement d'urgence"),
    ("Mourad Benyahia", "Emmaüs Rouen", "Responsable de la halte de nuit"),
    ("Émilie Vautrin", "CHU de Rouen", "Infirmière de l'équipe mobile psychiatrie précarité"),
    ("Jean-Luc Poulain", "Les Restos du Cœur de Seine-Maritime", "Bénévole responsable du camion"),
    ("Clémence Hébert", "Ville de Rouen", "Adjointe au maire chargée des solidarités"),
    ("Patrice Levasseur", "Association La Chaloupe", "Directeur de l'accueil de jour"),
    ("Inès Boudjema", "CCAS de Rouen", "Assistante du réseau"),
)

MARAUDE76_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:00", "CCAS de Rouen, salle du conseil", ()),
    ("2026-10-22 18:00", "2026-10-22 20:00", "Accueil de jour La Chaloupe", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Hôtel de ville de Rouen, salle des mariages", ()),
    ("2026-12-17 18:00", "2026-12-17 20:00", "CCAS de Rouen, salle du conseil",
     ("Bilan du premier mois de maraudes", "Plan grand froid", "Questions diverses")),
    ("2027-01-28 18:00", "2027-01-28 20:00", "Halte de nuit d'Emmaüs, Petit-Quevilly",
     ("Préparation du rapport d'activité",)),
    ("2027-03-11 18:00", "2027-03-11 20:00", "Métropole Rouen Normandie, salle 4", ()),
)

MARAUDE76_DEADLINES = (
    ("2026-12-09", "Bilan chiffré des maraudes de novembre"),
    ("2027-01-08", "Demande de crédits hivernaux à la DDETS"),
    ("2027-02-12", "Rapport d'activité 2026 du réseau"),
)

MARAUDE76_DECISIONS = (
    ("2026-09-24", 1, "Les maraudes de soirée passent tous les soirs de 20h à 23h du 1er novembre au 31 mars."),
    ("2026-09-24", 1, "Les animaux de compagnie sont acceptés à la halte de nuit d'Emmaüs."),
    ("2026-09-24", 1, "Les couvertures et duvets sont stockés au local de la rue Saint-Hilaire."),
    ("2026-10-22", 2, "Un repas chaud est servi le dimanche midi à l'accueil de jour de La Chaloupe."),
    ("2026-10-22", 2, "Les personnes sans papiers sont orientées vers la permanence d'accès aux soins de santé du CHU."),
    ("2026-10-22", 2, "Une enveloppe de 15 000 euros est réservée aux nuitées d'hôtel d'urgence."),
    ("2026-11-19", 3, "Le plan grand froid est déclenché à partir de -2 °C ressentis."),
    ("2026-11-19", 3, "Les bénévoles sortent toujours en binôme, jamais seuls."),
    ("2026-11-19", 3, "Les dons de vêtements ne sont plus acceptés à l'accueil de jour et sont redirigés vers la vesterie d'Emmaüs."),
    ("2026-11-19", 3, "La Nuit de la solidarité a lieu le 21 janvier 2027 avec un décompte des personnes à la rue."),
    ("2026-11-19", 3, "Les familles avec enfants sont mises à l'abri en priorité par le 115."),
)

MARAUDE76_TASKS = {
    SLUG: (
        ("Faire l'inventaire des duvets au local Saint-Hilaire", "Kevin Marais", "2026-12-04", 3),
        ("Réserver les chambres d'hôtel pour la période de grand froid", "Alain Duboc", "2026-12-11", 3),
        ("Recruter les bénévoles pour la Nuit de la solidarité", "Fanny Delahaye", "2027-01-08", 3),
        ("Envoyer le compte rendu du 19 novembre", "Inès Boudjema", "2026-11-26", 3),
        ("Prendre contact avec la vesterie d'Emmaüs", "Mourad Benyahia", "2026-11-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
MARAUDE76_ASKERS = {SLUG: "Kevin Marais"}

MARAUDE76_GROUPS = {
    SLUG: (MARAUDE76_MEMBERS, MARAUDE76_MEETINGS, MARAUDE76_DEADLINES, MARAUDE76_DECISIONS, "Véronique Lecoq"),
}
