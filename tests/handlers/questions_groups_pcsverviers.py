"""A group written by helper r18c in the seventeenth round, for blind set
26c: the Plan de cohésion sociale (PCS) of the Ville de Verviers, in the
province of Liège — a plenary assembly three times a year and three working
groups (« GT seniors », « GT mobilité », « GT logement ») meeting in between,
hence a busy calendar of meetings of several kinds. Members: the town (the
alderwoman presiding, the PCS project leader, the seniors' centre, finance),
the CPAS (three people), the TEC, the Croix-Rouge, the public housing
company, Énéo, home care, a medical centre, a mutual insurer, the police
zone and the AViQ. Tasks in the store; the person asking is the PCS
project leader. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["PCSVERVIERS_ASKERS", "PCSVERVIERS_GROUPS", "PCSVERVIERS_TASKS"]

SLUG = "pcsverviers"

PCSVERVIERS_MEMBERS = (
    ("Martine Lejeune", "Ville de Verviers", "Échevine de la cohésion sociale et des aînés, présidente du PCS"),
    ("Julien Dethier", "Ville de Verviers", "Chef de projet du Plan de cohésion sociale"),
    ("Fabienne Lambotte", "Ville de Verviers", "Coordinatrice de l'Espace seniors, pilote du GT seniors"),
    ("Nathalie Grosjean", "Ville de Verviers", "Agente au service des finances"),
    ("Isabelle Renard", "CPAS de Verviers", "Directrice du département social"),
    ("Karim El Amrani", "CPAS de Verviers", "Assistant social au service des aînés"),
    ("Marc Thonon", "CPAS de Verviers", "Responsable du taxi social"),
    ("Sébastien Collard", "TEC Liège-Verviers", "Chargé des relations avec les communes, pilote du GT mobilité"),
    ("Chantal Bovy", "Croix-Rouge de Belgique", "Responsable des bénévoles de la maison Croix-Rouge de Verviers"),
    ("Véronique Hansen", "Logement verviétois", "Responsable du service social locatif, pilote du GT logement"),
    ("Pierre Mathonet", "Énéo", "Président de la régionale de Verviers"),
    ("Aurélie Schmitz", "Aide et Soins à Domicile", "Infirmière coordinatrice"),
    ("Laurent Piron", "Maison médicale d'Hodimont", "Médecin généraliste"),
    ("Sandrine Xhonneux", "Mutualité chrétienne", "Assistante sociale"),
    ("Olivier Dumont", "Zone de police Vesdre", "Inspecteur principal, agent de quartier"),
    ("Catherine Meunier", "AViQ", "Conseillère au service des aînés"),
)

PCSVERVIERS_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:30", "Assemblée plénière du PCS, hôtel de ville de Verviers", ()),
    ("2026-09-29 09:30", "2026-09-29 11:30", "Groupe de travail seniors, Espace seniors, rue du Collège", ()),
    ("2026-10-08 09:30", "2026-10-08 11:30", "Groupe de travail mobilité, dépôt TEC de Verviers", ()),
    ("2026-10-20 14:00", "2026-10-20 16:00", "Groupe de travail logement, CPAS de Verviers", ()),
    ("2026-11-10 09:30", "2026-11-10 11:30", "Groupe de travail seniors, Espace seniors, rue du Collège", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Assemblée plénière du PCS, CPAS de Verviers", ()),
    ("2026-12-03 09:30", "2026-12-03 11:30", "Groupe de travail mobilité, dépôt TEC de Verviers",
     ("Horaires de la navette de quartier", "Bilan du taxi social")),
    ("2026-12-15 09:30", "2026-12-15 11:30", "Groupe de travail seniors, maison de quartier d'Hodimont",
     ("Plan grand froid", "Recrutement des bénévoles", "Journée des aînés")),
    ("2027-01-12 14:00", "2027-01-12 16:00", "Groupe de travail logement, Logement verviétois",
     ("Logements adaptés", "Permanence logement")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Assemblée plénière du PCS, hôtel de ville de Verviers",
     ("Rapport d'activités 2026", "Programme 2027")),
    ("2027-02-09 09:30", "2027-02-09 11:30", "Groupe de travail seniors, Espace seniors, rue du Collège", ()),
    ("2027-03-16 09:30", "2027-03-16 11:30", "Groupe de travail mobilité, dépôt TEC de Verviers", ()),
    ("2027-05-25 14:00", "2027-05-25 16:30", "Assemblée plénière du PCS, Grand Théâtre de Verviers", ()),
)

PCSVERVIERS_DEADLINES = (
    ("2026-12-04", "Inventaire des seniors isolés par quartier"),
    ("2026-12-09", "Retour des horaires de la navette au TEC"),
    ("2026-12-18", "Rapport financier intermédiaire à la Wallonie"),
    ("2027-01-15", "Textes du répertoire des services aux seniors"),
    ("2027-03-31", "Rapport d'activités annuel du PCS"),
)

PCSVERVIERS_DECISIONS = (
    ("2026-09-15", 1, "L'assemblée plénière se réunit trois fois par an et chaque groupe de travail tous les deux "
                      "mois."),
    ("2026-09-15", 1, "Le PCS compte trois groupes de travail : seniors, mobilité et logement."),
    ("2026-09-15", 1, "Le procès-verbal de chaque réunion est envoyé dans les dix jours."),
    ("2026-09-29", 2, "Un goûter intergénérationnel a lieu chaque premier mercredi du mois à la maison de quartier "
                      "d'Hodimont."),
    ("2026-09-29", 2, "Les visites de convivialité aux seniors isolés sont assurées par les bénévoles de la "
                      "Croix-Rouge."),
    ("2026-10-08", 3, "Le taxi social du CPAS est étendu aux rendez-vous médicaux hors de Verviers."),
    ("2026-10-08", 3, "Un trajet en taxi social coûte 2 euros pour les bénéficiaires de l'intervention majorée."),
    ("2026-10-20", 4, "Une permanence logement se tient chaque jeudi matin au CPAS."),
    ("2026-10-20", 4, "Vingt logements adaptés aux seniors sont réservés rue de Hodimont avec le Logement "
                      "verviétois."),
    ("2026-11-10", 5, "Le plan grand froid prévoit un appel téléphonique chaque semaine aux seniors isolés inscrits."),
    ("2026-11-24", 6, "Le budget 2027 du PCS est fixé à 240 000 euros, dont 180 000 euros de la Wallonie."),
    ("2026-11-24", 6, "Une navette gratuite relie Heusy et Stembert au centre-ville le mardi et le vendredi."),
    ("2026-11-24", 6, "Le répertoire des services aux seniors est imprimé à 3 000 exemplaires."),
)

PCSVERVIERS_TASKS = {
    SLUG: (
        ("Envoyer le procès-verbal de la plénière du 24 novembre", "Julien Dethier", "2026-12-04", 6),
        ("Recenser les seniors isolés du quartier d'Hodimont", "Karim El Amrani", "2026-11-27", 5),
        ("Préparer la liste des inscrits au plan grand froid", "Karim El Amrani", "2026-12-11", 5),
        ("Demander un devis pour la navette de quartier", "Sébastien Collard", "2026-12-09", 6),
        ("Recruter des bénévoles pour les visites de convivialité", "Chantal Bovy", "2026-12-15", 5),
        ("Mettre à jour la liste des logements adaptés", "Véronique Hansen", "2027-01-08", 4),
        ("Rédiger les fiches du répertoire des services", "Fabienne Lambotte", "2027-01-15", 6),
        ("Informer les maisons médicales de l'extension du taxi social", "Marc Thonon", "2026-11-20", 3, "done"),
        ("Préparer le rapport financier intermédiaire", "Nathalie Grosjean", "2026-12-18", 6),
        ("Réserver le Grand Théâtre pour la journée des aînés", "Fabienne Lambotte", "2027-01-29", 5),
        ("Présenter le bilan du taxi social", "Marc Thonon", "2026-11-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
PCSVERVIERS_ASKERS = {SLUG: "Julien Dethier"}

PCSVERVIERS_GROUPS = {
    SLUG: (PCSVERVIERS_MEMBERS, PCSVERVIERS_MEETINGS, PCSVERVIERS_DEADLINES, PCSVERVIERS_DECISIONS, "Martine Lejeune"),
}
