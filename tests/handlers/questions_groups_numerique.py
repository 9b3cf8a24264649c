"""A group the understanding was never tuned on, for the second blind set
on organisations and places (set 15ab, written after the fixes of set 15a
without looking at its misses): a Nord network against digital exclusion
(Métropole européenne de Lille, Département du Nord, CAF du Nord, URSSAF,
communes with compound names and articles, La Madeleine among them,
associations named with their article, Emmaüs Connect, a mission locale).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["DIGITAL59_GROUPS", "DIGITAL59_TASKS"]

DIGITAL_MEMBERS = (
    ("Anne-Sophie Delattre", "Métropole européenne de Lille (MEL)", "Cheffe de projet inclusion numérique, animatrice du réseau"),
    ("Grégory Vanhoutte", "Département du Nord", "Chargé de mission insertion"),
    ("Malika Bensaïd", "CAF du Nord", "Responsable du pôle accès aux droits"),
    ("Jérôme Lefebvre", "Ville de Villeneuve-d'Ascq", "Adjoint au maire délégué au numérique"),
    ("Céline Dhalluin", "Ville de Marcq-en-Barœul", "Directrice du centre social Rouges-Barres"),
    ("Hugo Ducrocq", "Ville de La Madeleine", "Médiateur numérique"),
    ("Samia Ouali", "Ville de Saint-André-lez-Lille", "Directrice du CCAS"),
    ("Benoît Lemaire", "Le Relais Nord-Pas-de-Calais", "Responsable de l'atelier de reconditionnement"),
    ("Farah Meziani", "Emmaüs Connect", "Responsable du point d'accueil de Lille"),
    ("Thibaut Carpentier", "Mission locale de Lille", "Conseiller numérique"),
    ("Isabelle Wattebled", "URSSAF Nord-Pas-de-Calais", "Chargée de relations partenaires"),
    ("Nordine Hamidi", "Les Petits Frères des Pauvres", "Bénévole, coordinateur de l'équipe de Roubaix"),
    ("Martine Vandamme", "Association régionale pour l'accès au numérique des personnes âgées (ARANPA)", "Présidente"),
)

DIGITAL_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:00", "Hôtel de la Métropole, 2 boulevard des Cités unies, Lille", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Mairie de Villeneuve-d'Ascq, salle du conseil", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Centre social Rouges-Barres, Marcq-en-Barœul", ()),
    ("2026-12-17 09:30", "2026-12-17 12:00", "Mairie de La Madeleine, salle des mariages",
     ("Pass numérique 2027", "Bilan des permanences", "Dons d'ordinateurs")),
    ("2027-01-28 14:00", "2027-01-28 16:00", "Atelier du Relais, Roubaix", ()),
)

DIGITAL_DEADLINES = (
    ("2026-12-11", "Remontée des chiffres des permanences numériques"),
    ("2027-01-15", "Réponse à l'appel à projets France numérique ensemble"),
)

DIGITAL_DECISIONS = (
    ("2026-09-24", 1, "Le réseau se réunit chaque mois dans une commune différente."),
    ("2026-10-22", 2, "Le Relais fournit cinquante ordinateurs reconditionnés aux centres sociaux."),
    ("2026-11-19", 3, "La CAF et l'URSSAF tiennent une permanence commune d'accès aux droits à La Madeleine."),
)

DIGITAL59_TASKS = {
    "numerique59": (
        ("Recenser les permanences numériques", "Hugo Ducrocq", "2026-11-27", 3),
        ("Préparer la convention avec Emmaüs Connect", "Anne-Sophie Delattre", "2026-12-20", 3),
    ),
}

DIGITAL59_GROUPS = {
    "numerique59": (DIGITAL_MEMBERS, DIGITAL_MEETINGS, DIGITAL_DEADLINES, DIGITAL_DECISIONS, "Anne-Sophie Delattre"),
}
