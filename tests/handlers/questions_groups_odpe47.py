"""A group the understanding was never tuned on, for the twenty-first
round's blind set 29c (a stranger's general set in the formal, institutional
register of officials, directors and elected members): the departmental
observatory of child protection (ODPE) of Lot-et-Garonne — the Département
(its vice-president for children and families who chairs the observatory,
the deputy director general for solidarity, the children and families
directorate, the unit collecting worrying information, the mother and child
health service), the children's judge and the public prosecutor's office of
Agen, the youth judicial protection (PJJ), the national education's
departmental office, the CAF, the ARS, two hospitals, the Sauvegarde, the
UDAF, the departmental children's home, the gendarmerie and the town of
Agen. Plenary sittings alternate with a technical committee and the steering
committee of the children-and-families plan. Tasks in the store; the person
asking is the observatory's officer. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["ODPE47_ASKERS", "ODPE47_GROUPS", "ODPE47_TASKS"]

SLUG = "odpe47"

ODPE47_MEMBERS = (
    ("Annick Sempé", "Conseil départemental de Lot-et-Garonne",
     "Vice-présidente chargée de l'enfance et de la famille, présidente de l'observatoire"),
    ("Véronique Castaing", "Conseil départemental de Lot-et-Garonne", "Directrice générale adjointe des solidarités"),
    ("Jérôme Bordes", "Conseil départemental de Lot-et-Garonne", "Directeur de l'enfance et de la famille"),
    ("Laetitia Fourcade", "Conseil départemental de Lot-et-Garonne",
     "Chargée de mission de l'observatoire, secrétariat des instances"),
    ("Samir Belkacem", "Conseil départemental de Lot-et-Garonne",
     "Responsable de la cellule de recueil des informations préoccupantes (CRIP)"),
    ("Hélène Marty", "Conseil départemental de Lot-et-Garonne", "Médecin départemental de PMI"),
    ("Claire Vidalot", "Tribunal judiciaire d'Agen", "Substitute du procureur chargée des mineurs"),
    ("Pascal Lartigue", "Tribunal judiciaire d'Agen", "Juge des enfants, coordonnateur du tribunal pour enfants"),
    ("Marc Dufau", "Protection judiciaire de la jeunesse (PJJ) Lot-et-Garonne", "Directeur territorial"),
    ("Isabelle Réau", "DSDEN de Lot-et-Garonne", "Conseillère technique de service social auprès du DASEN"),
    ("Nicolas Bergès", "CAF de Lot-et-Garonne", "Responsable du pôle action sociale"),
    ("Amina Tahri", "Centre hospitalier d'Agen-Nérac",
     "Pédiatre, responsable de l'unité d'accueil pédiatrique enfants en danger (UAPED)"),
    ("Bruno Capdeville", "Centre hospitalier départemental La Candélie", "Pédopsychiatre, chef de pôle"),
    ("Olivier Pujol", "ARS Nouvelle-Aquitaine, délégation départementale de Lot-et-Garonne",
     "Chargé de mission santé mentale et parentalité"),
    ("Karine Lestrade", "Sauvegarde de l'enfance de Lot-et-Garonne",
     "Cheffe de service de l'action éducative en milieu ouvert (AEMO)"),
    ("Gérard Fabre", "UDAF de Lot-et-Garonne", "Administrateur, représentant des familles, vice-président de l'observatoire"),
    ("Sylvie Couderc", "Maison départementale de l'enfance", "Directrice"),
    ("Thierry Roumégoux", "Groupement de gendarmerie de Lot-et-Garonne",
     "Commandant de la maison de protection des familles"),
    ("Rachid Ouali", "Ville d'Agen", "Adjoint au maire chargé de la famille et de la jeunesse"),
)

ODPE47_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Séance plénière de l'ODPE, Hôtel du Département, Agen", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00",
     "Comité technique, Maison départementale des solidarités de Villeneuve-sur-Lot", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30",
     "Comité de pilotage du schéma enfance-famille, Hôtel du Département, salle des délibérations", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Séance plénière de l'ODPE, Hôtel du Département, Agen",
     ("Rapport annuel 2025 de l'observatoire", "Bilan de la cellule de recueil des informations préoccupantes",
      "Protocole de traitement des informations préoccupantes", "Questions diverses")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "Comité technique, Maison départementale des solidarités de Marmande",
     ("Diagnostic des places d'accueil", "Plan de formation des professionnels")),
    ("2027-03-18 14:00", "2027-03-18 16:30",
     "Comité de pilotage du schéma enfance-famille, Villeneuve-sur-Lot, salle du conseil communautaire", ()),
    ("2027-06-10 14:00", "2027-06-10 17:00", "Séance plénière de l'ODPE, Hôtel du Département, Agen", ()),
)

ODPE47_DEADLINES = (
    ("2026-12-04", "Transmission des données ASE 2025 à l'ONPE"),
    ("2026-12-18", "Contributions des partenaires au rapport annuel de l'observatoire"),
    ("2027-01-15", "Remontée des besoins de formation des professionnels"),
    ("2027-02-26", "Avis de l'ODPE sur le projet de schéma départemental enfance-famille"),
    ("2027-04-08", "Journée départementale de la protection de l'enfance à Villeneuve-sur-Lot"),
)

ODPE47_DECISIONS = (
    ("2026-09-17", 1, "L'observatoire se réunit en séance plénière deux fois par an ; le comité technique se réunit "
                      "entre deux séances plénières."),
    ("2026-09-17", 1, "Le rapport annuel 2025 de l'observatoire est présenté en séance plénière en décembre."),
    ("2026-09-17", 1, "Un groupe de travail sur l'accompagnement des jeunes majeurs sortant de l'aide sociale à "
                      "l'enfance est constitué, piloté par la direction de l'enfance et de la famille."),
    ("2026-10-13", 2, "Les informations préoccupantes sont évaluées par la CRIP dans un délai de trois mois au plus."),
    ("2026-10-13", 2, "Une formation commune à l'évaluation des situations de danger est proposée aux professionnels "
                      "de l'Éducation nationale et du Département au premier semestre 2027."),
    ("2026-10-13", 2, "Les données de l'observatoire sont anonymisées avant toute diffusion aux partenaires."),
    ("2026-11-19", 3, "Vingt places supplémentaires d'accueil familial sont créées en 2027, en priorité dans le "
                      "Villeneuvois et le Marmandais."),
    ("2026-11-19", 3, "Le placement éducatif à domicile est expérimenté sur le territoire de Marmande à partir de "
                      "mars 2027."),
    ("2026-11-19", 3, "L'UAPED du centre hospitalier d'Agen-Nérac est le lieu unique d'audition des mineurs "
                      "victimes du département."),
    ("2026-11-19", 3, "Le budget de fonctionnement de l'observatoire est fixé à 45 000 euros pour 2027."),
    ("2026-11-19", 3, "Le bilan de santé d'entrée des enfants confiés est réalisé dans le mois qui suit leur admission."),
)

ODPE47_TASKS = {
    SLUG: (
        ("Envoyer le relevé de décisions du comité de pilotage du 19 novembre", "Laetitia Fourcade", "2026-11-27", 3),
        ("Transmettre les chiffres de la CRIP pour le rapport annuel", "Samir Belkacem", "2026-11-30", 2),
        ("Rédiger le cahier des charges du placement éducatif à domicile", "Jérôme Bordes", "2027-01-29", 3),
        ("Recenser les assistants familiaux disponibles dans le Marmandais", "Sylvie Couderc", "2026-12-18", 3),
        ("Préparer la convention de fonctionnement de l'UAPED", "Amina Tahri", "2026-12-11", 3),
        ("Proposer un calendrier de formation commune", "Isabelle Réau", "2026-11-20", 2, "done"),
        ("Mettre à jour l'annuaire des partenaires de l'observatoire", "Laetitia Fourcade", "2026-12-15", 3),
        ("Présenter les chiffres des mesures d'assistance éducative", "Pascal Lartigue", "2026-12-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
ODPE47_ASKERS = {SLUG: "Laetitia Fourcade"}

ODPE47_GROUPS = {
    SLUG: (ODPE47_MEMBERS, ODPE47_MEETINGS, ODPE47_DEADLINES, ODPE47_DECISIONS, "Annick Sempé"),
}
