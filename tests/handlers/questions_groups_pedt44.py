"""A group written for the sixteenth round's set 25b (what is planned and
what changes: agendas asked in many ways, what a decision changes from a
date, what is due in a coming period, yes/no checks of a deadline's day):
the steering of the « projet éducatif de territoire » (PEDT) of Couëron, in
Loire-Atlantique — the town (the deputy mayor chairing it, the education
department, the PEDT coordinator, the holiday-centre manager), the national
education (IEN), the SDJES, the CAF, the Département, a primary school, a
collège, the parents' association, the association running after-school
activities, the amicale laïque and the media library. Technical committees
(COTECH) prepare steering committees (COPIL); a « plénière » opens the
renewal of the PEDT in February. Several meetings carry agendas; decisions
take effect from a date (« à partir du 4 janvier 2027 », « depuis le 2
novembre 2026 », « à la rentrée de septembre 2027 »). Tasks in the store;
the person asking is the PEDT coordinator. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["PEDT44_ASKERS", "PEDT44_GROUPS", "PEDT44_TASKS"]

SLUG = "pedt44"

PEDT44_MEMBERS = (
    ("Maëlle Tessier", "Ville de Couëron", "Adjointe à l'éducation et à l'enfance, présidente du COPIL PEDT"),
    ("Yannick Le Bihan", "Ville de Couëron", "Directeur de l'éducation, de l'enfance et de la jeunesse"),
    ("Anaïs Rouaud", "Ville de Couëron", "Coordinatrice du PEDT"),
    ("Grégory Pasquier", "Ville de Couëron", "Responsable des accueils de loisirs"),
    ("Nadia Ouazzani", "DSDEN de Loire-Atlantique",
     "Inspectrice de l'éducation nationale, circonscription de Saint-Herblain"),
    ("Cédric Hamon", "SDJES de Loire-Atlantique", "Conseiller d'éducation populaire et de jeunesse"),
    ("Laëtitia Morvan", "CAF de Loire-Atlantique", "Conseillère territoriale enfance-jeunesse"),
    ("Bertrand Chauvet", "Conseil départemental de Loire-Atlantique", "Agent de développement social local"),
    ("Isabelle Fréour", "École élémentaire Louise-Michel", "Directrice"),
    ("Olivier Jaunet", "Collège Paul-Langevin", "Principal adjoint"),
    ("Sandrine Guillou", "FCPE de Couëron", "Représentante des parents d'élèves"),
    ("Mehdi Saïdi", "Léo Lagrange Ouest", "Coordinateur de l'animation périscolaire"),
    ("Jeanne Perraud", "Amicale laïque de Couëron", "Présidente"),
    ("Thibault Gicquel", "Médiathèque Victor-Jara", "Responsable du secteur jeunesse"),
)

PEDT44_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:00", "COPIL PEDT, salle du conseil, hôtel de ville de Couëron", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "COTECH PEDT, espace jeunesse La Fraternité, Couëron", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "COTECH PEDT, école élémentaire Louise-Michel, Couëron", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "COTECH PEDT, espace jeunesse La Fraternité, Couëron",
     ("Bilan du Plan mercredi", "Charte qualité du périscolaire", "Calendrier des ateliers parents")),
    ("2027-01-12 18:00", "2027-01-12 20:00", "COPIL PEDT, salle du conseil, hôtel de ville de Couëron",
     ("Budget 2027 du PEDT", "Horaires de la pause méridienne", "Renouvellement du PEDT 2027-2030")),
    ("2027-02-06 09:30", "2027-02-06 12:30", "Plénière du PEDT, salle de l'Estuaire, Couëron",
     ("Restitution du diagnostic enfance-jeunesse", "Ateliers participatifs par tranche d'âge",
      "Clôture par le maire")),
    ("2027-03-09 14:00", "2027-03-09 16:30", "COTECH PEDT, espace jeunesse La Fraternité, Couëron", ()),
)

PEDT44_DEADLINES = (
    ("2026-12-07", "Retour des enquêtes de satisfaction des parents"),
    ("2026-12-18", "Envoi du bilan annuel du PEDT au SDJES"),
    ("2027-01-08", "Clôture des inscriptions aux accueils de loisirs des vacances d'hiver"),
    ("2027-01-29", "Dépôt du dossier de labellisation Plan mercredi"),
    ("2027-03-31", "Projet de PEDT 2027-2030 transmis à la DSDEN"),
)

PEDT44_DECISIONS = (
    ("2026-09-24", 1, "Le COPIL se réunit trois fois par an ; le COTECH prépare chaque COPIL."),
    ("2026-09-24", 1, "Le PEDT actuel est prolongé jusqu'au 31 août 2027, le temps d'écrire le PEDT 2027-2030."),
    ("2026-10-13", 2, "Les accueils de loisirs ouvrent à 7h30 au lieu de 8h00 à partir du 4 janvier 2027."),
    ("2026-10-13", 2, "Les inscriptions aux accueils de loisirs et au périscolaire se font uniquement sur le portail "
                      "familles depuis le 2 novembre 2026."),
    ("2026-10-13", 2, "La tarification au quotient familial est étendue à la pause méridienne à la rentrée de "
                      "septembre 2027."),
    ("2026-11-17", 3, "Les études surveillées passent de deux à quatre soirs par semaine après les vacances de Noël."),
    ("2026-11-17", 3, "Le minibus de la ville est prêté à l'Amicale laïque le mercredi après-midi à compter de "
                      "février 2027."),
    ("2026-11-17", 3, "Les animateurs périscolaires suivent la formation aux premiers secours, financée par la CAF, "
                      "d'ici juin 2027."),
    ("2026-11-17", 3, "Une charte qualité du périscolaire sera signée par chaque animateur avant la fin de l'année "
                      "scolaire."),
    ("2026-11-17", 3, "Le conseil municipal des enfants est associé à la plénière de février."),
)

PEDT44_TASKS = {
    SLUG: (
        ("Envoyer l'ordre du jour du COTECH aux partenaires", "Anaïs Rouaud", "2026-12-03", 3),
        ("Chiffrer l'ouverture des accueils de loisirs à 7h30", "Grégory Pasquier", "2026-11-27", 2),
        ("Relancer les écoles pour les enquêtes de satisfaction", "Isabelle Fréour", "2026-12-04", 3),
        ("Rédiger le projet de charte qualité", "Mehdi Saïdi", "2027-01-08", 3),
        ("Préparer le diaporama de la plénière", "Anaïs Rouaud", "2027-01-29", 3),
        ("Réserver la salle de l'Estuaire pour la plénière", "Yannick Le Bihan", "2026-11-20", 3, "done"),
        ("Proposer un planning des études surveillées", "Olivier Jaunet", "2026-11-30", 3),
        ("Faire la convention de prêt du minibus", "Jeanne Perraud", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
PEDT44_ASKERS = {SLUG: "Anaïs Rouaud"}

PEDT44_GROUPS = {
    SLUG: (PEDT44_MEMBERS, PEDT44_MEETINGS, PEDT44_DEADLINES, PEDT44_DECISIONS, "Maëlle Tessier"),
}
