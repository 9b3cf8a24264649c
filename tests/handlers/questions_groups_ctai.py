"""A group written by the lead in the seventeenth round, for the lead's blind
set 28, written at the start of the round out of every engineer's reach and
measured on main as written: the contrat territorial d'accueil et
d'intégration des réfugiés (CTAI) of Grenoble-Alpes Métropole — the
metropolis and the prefecture co-chairing, the State's services (DDETS,
OFII), France Travail, the Département, two towns, a housing operator, the
university, associations for asylum seekers and legal aid, the CAF and the
AFPA's HOPE programme. A technical committee every six weeks, a steering
committee twice a year, thematic working groups. Tasks in the store; the
person asking is the metropolis's project officer. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CTAI_ASKERS", "CTAI_GROUPS", "CTAI_TASKS"]

SLUG = "ctai-grenoble"

CTAI_MEMBERS = (
    ("Karim Benali", "Grenoble-Alpes Métropole", "Chargé de mission CTAI, coordinateur"),
    ("Hélène Barthélemy", "Grenoble-Alpes Métropole", "Vice-présidente déléguée à l'accueil, coprésidente du comité de pilotage"),
    ("Jean-Marc Fabre", "Préfecture de l'Isère", "Secrétaire général adjoint, coprésident du comité de pilotage"),
    ("Sophie Marchal", "DDETS de l'Isère", "Cheffe du pôle intégration des étrangers"),
    ("Thierry Vaillant", "OFII", "Directeur territorial adjoint"),
    ("Nadia Cherif", "France Travail Isère", "Référente réfugiés"),
    ("Claire Rochas", "Département de l'Isère", "Responsable du service insertion"),
    ("Mathilde Roux", "Ville de Grenoble", "Cheffe de projet accueil des primo-arrivants"),
    ("Patrice Morel", "Ville d'Échirolles", "Conseiller municipal délégué à l'habitat"),
    ("Fanny Guillot", "Adoma", "Responsable de résidence"),
    ("Yves Ferrand", "La Cimade Grenoble", "Bénévole, animateur des permanences juridiques"),
    ("Inès Bouvier", "Université Grenoble Alpes", "Responsable du programme Passerelle"),
    ("Romain Lacoste", "ADA Grenoble", "Coordinateur"),
    ("Élise Perrin", "CAF de l'Isère", "Conseillère technique"),
    ("Bruno Tessier", "AFPA Isère", "Responsable du parcours HOPE"),
)

CTAI_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité technique, Le Forum de la Métropole, Grenoble", ()),
    ("2026-10-08 09:30", "2026-10-08 12:00", "Comité de pilotage, Préfecture de l'Isère, salle Lesdiguières", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Groupe de travail logement, résidence Adoma, Échirolles", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité technique, Le Forum de la Métropole, Grenoble",
     ("Bilan des cours de français 2026", "Parcours HOPE 2027", "Accès aux droits CAF")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Groupe de travail emploi et formation, France Travail Grenoble Europole",
     ("Mobilité et permis de conduire", "Reconnaissance des diplômes")),
    ("2027-02-04 09:30", "2027-02-04 12:00", "Comité de pilotage, Préfecture de l'Isère, salle Lesdiguières",
     ("Programmation 2027", "Bilan annuel du CTAI")),
)

CTAI_DEADLINES = (
    ("2026-12-04", "Retour des fiches bilan des porteurs de projets"),
    ("2026-12-18", "Dépôt des dossiers de l'appel à projets CTAI 2027"),
    ("2027-01-08", "Liste des logements mobilisables en 2027"),
    ("2027-01-29", "Rapport d'activité 2026 à la DIAIR"),
)

CTAI_DECISIONS = (
    ("2026-09-17", 1, "Les cours de français à visée professionnelle sont ouverts aux bénéficiaires de la protection internationale dès leur arrivée."),
    ("2026-09-17", 1, "Le comité technique se réunit toutes les six semaines, le jeudi après-midi."),
    ("2026-10-08", 2, "L'enveloppe 2027 du CTAI est fixée à 620 000 euros, à parts égales entre l'État et la Métropole."),
    ("2026-10-08", 2, "Un guichet unique d'accès aux droits est expérimenté à Échirolles à partir de janvier 2027."),
    ("2026-10-08", 2, "La Cimade tient deux permanences juridiques par mois au Forum."),
    ("2026-10-08", 2, "Le bilan annuel du CTAI est présenté au comité de pilotage de février."),
    ("2026-11-19", 3, "Adoma met à disposition 40 logements en colocation pour les réfugiés de moins de 25 ans."),
    ("2026-11-19", 3, "Une aide au permis de conduire de 800 euros est accordée aux jeunes du parcours HOPE."),
    ("2026-11-19", 3, "Un service d'interprétariat par téléphone est financé pour les rendez-vous à la CAF."),
    ("2026-11-19", 3, "Les bailleurs sociaux sont invités au prochain groupe de travail logement."),
)

CTAI_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du groupe de travail logement", "Fanny Guillot", "2026-11-26", 3),
        ("Lancer l'appel à projets CTAI 2027", "Karim Benali", "2026-11-20", 2, "done"),
        ("Recenser les places de formation linguistique", "Sophie Marchal", "2026-12-15", 1),
        ("Préparer la convention du guichet unique", "Patrice Morel", "2026-12-20", 2),
        ("Relancer les bailleurs sociaux pour la liste des logements", "Karim Benali", "2026-12-22", 3),
        ("Faire le bilan des permanences juridiques", "Yves Ferrand", "2026-11-25", 2),
        ("Organiser une visite de l'AFPA pour le comité technique", "Bruno Tessier", "2027-01-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CTAI_ASKERS = {SLUG: "Karim Benali"}

CTAI_GROUPS = {
    SLUG: (CTAI_MEMBERS, CTAI_MEETINGS, CTAI_DEADLINES, CTAI_DECISIONS, "Hélène Barthélemy"),
}
