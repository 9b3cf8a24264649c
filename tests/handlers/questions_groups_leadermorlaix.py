"""A group the understanding was never tuned on, for the eighteenth round's
blind set 27d (deadlines and dates asked as yes/no or relative to events:
« le rapport pour la Région doit partir avant le nouvel an ? », « on a
jusqu'à quand pour le dossier FSE ? », « c'est pour cette semaine le
bilan ? », « la réunion est maintenue ? »): the LEADER programme's local
action group (GAL) of the Pays de Morlaix in Brittany — Morlaix
Communauté (which carries it), Haut-Léon Communauté, the Région Bretagne,
the Département du Finistère, the town of Morlaix, the CCI, the Chambre
d'agriculture, the ADESS, the Mission locale and the tourist office —
preparing an FSE+ application and the programme's annual report.

The test sender is linked to Gwenaëlle Le Bihan (the LEADER officer).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["LEADERMORLAIX_ASKERS", "LEADERMORLAIX_GROUPS", "LEADERMORLAIX_TASKS"]

SLUG = "leader-morlaix"
ASKER = "Gwenaëlle Le Bihan"

MEMBERS = (
    ("Gwenaëlle Le Bihan", "Morlaix Communauté", "Animatrice du programme LEADER"),
    ("Yann Kerhervé", "Morlaix Communauté",
     "Vice-président chargé de l'économie, président du comité de programmation"),
    ("Soazig Le Gall", "Morlaix Communauté", "Gestionnaire administrative et financière du GAL"),
    ("Nolwenn Jaouen", "Morlaix Communauté", "Chargée de communication, gère l'agenda en ligne et le site du GAL"),
    ("Erwan Tanguy", "Haut-Léon Communauté", "Chargé de mission développement économique"),
    ("Maïwenn Guéguen", "Région Bretagne", "Chargée de mission fonds européens (FEADER)"),
    ("Loïc Abgrall", "Département du Finistère", "Chargé de territoire du Pays de Morlaix"),
    ("Pierre-Yves Caroff", "Ville de Morlaix", "Adjoint au maire chargé de la vie associative"),
    ("Katell Moal", "ADESS du Pays de Morlaix",
     "Coordinatrice, chargée du renouvellement des membres privés du comité"),
    ("Ronan Cloarec", "CCI métropolitaine Bretagne ouest", "Conseiller entreprises"),
    ("Anne-Sophie Le Roux", "Chambre d'agriculture de Bretagne", "Conseillère circuits courts"),
    ("Tristan Quéré", "Mission locale du Pays de Morlaix", "Directeur"),
    ("Hélène Bescond", "Office de tourisme Baie de Morlaix - Monts d'Arrée", "Directrice"),
)

MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de programmation LEADER, hôtel de communauté, Morlaix", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Comité technique, Haut-Léon Communauté, Saint-Pol-de-Léon", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de programmation LEADER, Espace du Roudour, Saint-Martin-des-Champs",
     ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité de programmation LEADER, hôtel de communauté, Morlaix",
     ("Dossier de candidature FSE+", "Rapport annuel de mise en œuvre", "Sélection des projets tourisme durable")),
    ("2027-01-14 09:30", "2027-01-14 12:30", "Assemblée plénière du GAL, Manufacture des tabacs, Morlaix",
     ("Bilan 2026 du programme", "Renouvellement des membres privés")),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Comité de programmation LEADER, Haut-Léon Communauté, Saint-Pol-de-Léon",
     ()),
)

DEADLINES = (
    ("2026-12-04", "Bilans d'activité 2026 des porteurs de projets"),
    ("2026-12-15", "Dépôt du dossier de candidature FSE+ sur Ma démarche FSE"),
    ("2026-12-23", "Envoi du rapport annuel de mise en œuvre à la Région Bretagne"),
    ("2027-01-08", "Clôture de l'appel à projets LEADER Tourisme durable"),
    ("2027-02-26", "Rapport financier intermédiaire au Département du Finistère"),
    ("2027-03-31", "Clôture de l'appel à candidatures des nouveaux membres privés"),
)

DECISIONS = (
    ("2026-09-22", 1, "Le comité de programmation se réunit tous les deux mois, en alternance à Morlaix et dans le "
                      "Haut-Léon."),
    ("2026-09-22", 1, "Le GAL dépose une candidature au FSE+ pour l'inclusion des jeunes, portée par la Mission "
                      "locale du Pays de Morlaix."),
    ("2026-09-22", 1, "L'aide LEADER est plafonnée à 60 % du coût des projets, dans la limite de 50 000 euros."),
    ("2026-10-15", 2, "Le rapport annuel de mise en œuvre est rédigé par l'animatrice et relu par le comité "
                      "technique avant son envoi à la Région."),
    ("2026-10-15", 2, "Les porteurs de projets remettent leur bilan d'activité avant le 4 décembre."),
    ("2026-11-19", 3, "Le recrutement de nouveaux membres privés du comité de programmation est lancé en mars 2027 "
                      "par un appel à candidatures."),
    ("2026-11-19", 3, "L'appel à projets Tourisme durable est doté de 200 000 euros."),
    ("2026-11-19", 3, "L'assemblée plénière de janvier se tient à la Manufacture des tabacs de Morlaix."),
)

LEADERMORLAIX_TASKS = {
    SLUG: (
        ("Rédiger le rapport annuel de mise en œuvre", "Gwenaëlle Le Bihan", "2026-12-18", 3),
        ("Compléter le plan de financement du dossier FSE+", "Tristan Quéré", "2026-12-08", 3),
        ("Envoyer le compte rendu du comité du 19 novembre", "Soazig Le Gall", "2026-11-26", 3),
        ("Mettre à jour l'agenda en ligne du GAL", "Nolwenn Jaouen", "2026-11-30", 3),
        ("Relancer les porteurs de projets pour les bilans d'activité", "Katell Moal", "2026-12-03", 3),
        ("Préparer la fiche de l'appel à candidatures des membres privés", "Katell Moal", "2027-02-15", 3),
        ("Transmettre les attestations de cofinancement du Département", "Loïc Abgrall", "2026-11-20", 2, "done"),
        ("Réserver la salle de la Manufacture pour la plénière", "Pierre-Yves Caroff", "2026-12-18", 3),
    ),
}

LEADERMORLAIX_ASKERS = {SLUG: ASKER}

LEADERMORLAIX_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
