"""A group the understanding was never tuned on, for the sixteenth round's
blind set 25a (words members clip, coin or abbreviate, and rhythm
questions): the « cellule de veille » of the youth-insertion network of the
Ouest lausannois (canton de Vaud) — the towns of Renens and Prilly, the
communes of Crissier and Ecublens, Lausanne Région (which keeps the
secretariat), the regional social centre (CSR), the cantonal disability
insurance office (OAI), the regional placement office (ORP), the SEMO
Ouest (semestre de motivation), the vocational-training case management,
a secondary school, the cantonal guidance office, the Fondation Le Relais.
Plenary sittings of the cellule alternate with technical committees
(« comité technique »); the group also coined three working groups (GT1 to
GT3) and action sheets (« fiche action 2 ») that no organisation's name
carries. Swiss usage (syndic, municipale, procès-verbal, septante). Tasks
in the store; the person asking is the secretary at Lausanne Région.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["JEUNESVD_ASKERS", "JEUNESVD_GROUPS", "JEUNESVD_TASKS"]

SLUG = "jeunes-ouestvd"

JEUNESVD_MEMBERS = (
    ("Corinne Jaquier", "Ville de Renens", "Cheffe du service de la jeunesse, présidente de la cellule de veille"),
    ("Olivier Chappuis", "Lausanne Région", "Chargé de mission jeunesse, secrétaire de la cellule de veille"),
    ("Patrick Rochat", "Commune de Crissier", "Syndic"),
    ("Sandrine Pittet", "Ville de Prilly", "Municipale de la jeunesse et de la cohésion sociale"),
    ("Mélanie Cuénoud", "Commune d'Ecublens", "Déléguée à la jeunesse"),
    ("Fabrice Monnier", "Centre social régional de l'Ouest lausannois", "Assistant social, référent jeunes adultes au RI"),
    ("Nadia Berset", "Office de l'assurance-invalidité pour le canton de Vaud",
     "Conseillère en réadaptation professionnelle"),
    ("Yannick Favre", "Office régional de placement de l'Ouest lausannois", "Conseiller en personnel, répondant jeunes"),
    ("Aline Gilliéron", "SEMO Ouest", "Responsable pédagogique"),
    ("Stéphane Dutoit", "Case management Formation professionnelle", "Case manager pour l'Ouest lausannois"),
    ("Laure Mottier", "Établissement secondaire de Renens", "Doyenne chargée de l'orientation"),
    ("Kevin Da Silva", "Ville de Renens", "Travailleur social hors murs"),
    ("Emmanuelle Grin", "Fondation Le Relais", "Responsable du secteur insertion"),
    ("Jean-Marc Bovet", "Office cantonal d'orientation scolaire et professionnelle", "Psychologue conseiller en orientation"),
)

JEUNESVD_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Plénière de la cellule de veille, salle de spectacles de Renens", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Comité technique, Centre social régional, Renens", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Plénière de la cellule de veille, Hôtel de Ville de Prilly", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité technique, visioconférence",
     ("Diagnostic des jeunes en rupture", "Budget prévisionnel 2027", "Fiche action 2 : stages en entreprise")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Plénière de la cellule de veille, salle du Conseil communal, Crissier",
     ("Bilan intermédiaire du dispositif", "Convention avec l'OAI", "Divers")),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Comité technique, Centre social régional, Renens", ()),
)

JEUNESVD_DEADLINES = (
    ("2026-12-04", "Retour des chiffres pour le diagnostic des jeunes en rupture"),
    ("2026-12-18", "Envoi du budget prévisionnel 2027 à Lausanne Région"),
    ("2027-01-08", "Signature de la convention de collaboration avec l'OAI"),
    ("2027-01-15", "Bilan intermédiaire du dispositif, version pour la plénière"),
    ("2027-02-26", "Rapport d'évaluation de la fiche action 2 au Canton"),
)

JEUNESVD_DECISIONS = (
    ("2026-09-17", 1, "La plénière de la cellule de veille se réunit une fois par trimestre et le comité technique "
                      "toutes les six semaines, sauf en juillet et août."),
    ("2026-09-17", 1, "Le diagnostic des jeunes en rupture est coordonné par Lausanne Région avec le SEMO Ouest."),
    ("2026-09-17", 1, "Trois groupes de travail sont créés : décrochage scolaire (GT1), logement des jeunes (GT2) et "
                      "apprentissage (GT3) ; chacun se réunit une fois par mois."),
    ("2026-10-22", 2, "La fiche action 2 finance 40 stages en entreprise pour les jeunes de 15 à 25 ans sans solution "
                      "après la transition 1."),
    ("2026-10-22", 2, "La commission d'attribution des bourses de stage siège le premier mardi de chaque mois au CSR."),
    ("2026-10-22", 2, "Le budget prévisionnel 2027 est plafonné à 180 000 francs, dont septante pour cent à la charge "
                      "des communes."),
    ("2026-11-19", 3, "La convention de collaboration avec l'OAI est conclue pour trois ans à partir de janvier 2027."),
    ("2026-11-19", 3, "L'évaluation externe du dispositif est confiée à la Haute école de travail social et de la "
                      "santé (HETSL)."),
    ("2026-11-19", 3, "Le bilan intermédiaire est présenté à la plénière de janvier à Crissier."),
    ("2026-11-19", 3, "Les séances de la cellule de veille ont lieu le jeudi de 14h à 16h30."),
    ("2026-11-19", 3, "Un point de situation anonymisé sur les jeunes suivis est fait à chaque comité technique."),
    ("2026-11-19", 3, "Les procès-verbaux sont rédigés par le secrétariat de Lausanne Région et diffusés dans les "
                      "dix jours."),
)

JEUNESVD_TASKS = {
    SLUG: (
        ("Envoyer le procès-verbal de la plénière de Prilly", "Olivier Chappuis", "2026-11-27", 3),
        ("Mettre à jour le tableau des jeunes suivis", "Olivier Chappuis", "2026-12-09", 3),
        ("Compiler les chiffres des jeunes en rupture", "Aline Gilliéron", "2026-12-04", 2),
        ("Préparer le budget prévisionnel 2027", "Corinne Jaquier", "2026-12-15", 2),
        ("Rédiger la fiche action 2 avec les entreprises formatrices", "Yannick Favre", "2026-12-08", 2),
        ("Relire le projet de convention avec l'OAI", "Nadia Berset", "2026-12-20", 3),
        ("Confirmer la salle du Conseil communal pour janvier", "Patrick Rochat", "2026-11-26", 3),
        ("Lister les apprentis en rupture de contrat", "Stéphane Dutoit", "2026-11-20", 2, "done"),
        ("Transmettre le cahier des charges de l'évaluation à la HETSL", "Mélanie Cuénoud", "2027-01-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
JEUNESVD_ASKERS = {SLUG: "Olivier Chappuis"}

JEUNESVD_GROUPS = {
    SLUG: (JEUNESVD_MEMBERS, JEUNESVD_MEETINGS, JEUNESVD_DEADLINES, JEUNESVD_DECISIONS, "Corinne Jaquier"),
}
