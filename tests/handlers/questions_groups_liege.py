"""A group the understanding was never tuned on, for the blind set of the
guard engineer (confident wrong answers and non-questions, sixth round): a
Liège platform against poverty (the Ville de Liège and its CPAS, the CPAS
de Seraing, the Ville de Herstal, the Province, the FOREM, the SPW, the
Relais social, Lire et Écrire, a maison de l'emploi, the Croix-Rouge);
Belgian usage (bourgmestre, échevine, député provincial, articles 60).
Tasks in the store. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

__all__ = ["LIEGE_GROUPS", "LIEGE_TASKS"]

PLATFORM_MEMBERS = (
    ("Martine Lhoest", "Ville de Liège", "Échevine des affaires sociales, présidente de la plateforme"),
    ("Jean-Marc Dessart", "CPAS de Liège", "Président du CPAS"),
    ("Nadia El Khattabi", "CPAS de Liège", "Directrice du service d'insertion socioprofessionnelle"),
    ("Pierre Houbiers", "Province de Liège", "Député provincial en charge de l'action sociale"),
    ("Sophie Gilissen", "FOREM", "Conseillère emploi, référente CPAS"),
    ("Marc Jacquemin", "CPAS de Seraing", "Assistant social, référent logement"),
    ("Laurence Bodson", "Ville de Herstal", "Bourgmestre"),
    ("Didier Franssen", "Relais social du Pays de Liège", "Coordinateur général"),
    ("Aurélie Massart", "Lire et Écrire Liège-Verviers", "Formatrice en alphabétisation"),
    ("Youssef Amrani", "Maison de l'emploi de Liège", "Animateur, chargé des ateliers CV"),
    ("Catherine Mathy", "Ville de Liège", "Cheffe de projet du plan de cohésion sociale, secrétaire de la plateforme"),
    ("Olivier Lejeune", "Service public de Wallonie (SPW) Intérieur et Action sociale", "Inspecteur"),
    ("Bénédicte Renard", "Croix-Rouge de Belgique", "Responsable de la maison d'accueil de Liège"),
)

PLATFORM_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Hôtel de ville de Liège", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "CPAS de Seraing, salle du conseil", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Visioconférence", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Maison de l'emploi de Liège",
     ("Plan hiver : abris de nuit", "Budget 2027 de la plateforme", "Divers")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Palais provincial, Liège", ("Rapport d'activité 2026",)),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Centre culturel de Herstal", ("Bilan du plan hiver",)),
)

PLATFORM_DEADLINES = (
    ("2026-12-04", "Envoi des fiches projets du plan de cohésion sociale au SPW"),
    ("2026-12-18", "Remise du relevé de fréquentation des abris de nuit à la Province"),
    ("2027-01-15", "Dépôt des candidatures aux contrats article 60 auprès du CPAS"),
    ("2027-02-26", "Rapport financier 2026 au SPP Intégration sociale"),
)

PLATFORM_DECISIONS = (
    ("2026-09-17", 1, "La plateforme se réunit le jeudi, en alternance à Liège et dans les communes voisines."),
    ("2026-09-17", 1, "Une permanence commune CPAS-FOREM est ouverte chaque lundi à la Maison de l'emploi."),
    ("2026-10-22", 2, "Le Relais social coordonne les abris de nuit pendant le plan hiver."),
    ("2026-10-22", 2, "Les bénéficiaires du revenu d'intégration ont accès gratuitement aux cours de Lire et Écrire."),
    ("2026-11-19", 3, "La Province finance deux postes d'éducateurs de rue pour le centre-ville."),
    ("2026-11-19", 3, "Un fonds d'aide à l'énergie est créé pour les ménages en difficulté de paiement."),
)

LIEGE_TASKS = {
    "liege": (
        ("Compiler les fiches projets du PCS", "Catherine Mathy", "2026-11-27", 3),
        ("Recenser les places dans les abris de nuit", "Didier Franssen", "2026-12-08", 3),
        ("Préparer la convention de la permanence FOREM", "Sophie Gilissen", "2026-11-25", 2),
        ("Chiffrer le fonds énergie", "Jean-Marc Dessart", "2027-01-08", 3),
    ),
}

LIEGE_GROUPS = {
    "liege": (PLATFORM_MEMBERS, PLATFORM_MEETINGS, PLATFORM_DEADLINES, PLATFORM_DECISIONS, "Martine Lhoest"),
}
