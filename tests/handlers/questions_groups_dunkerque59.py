"""A group written by the lead during the twelfth round, never shown to its
engineers, measured once, on the round's final code: the local committee for
young people's independent housing (CLLAJ) of Dunkerque — the urban
community, the town, the youth employment office, a social landlord, the
employers' housing body, the département's housing fund, a young workers'
hostel, the family allowance fund. Formal and everyday register mixed, some
typing slips. Tasks in the store; the person asking is linked to a member;
no attendance recorded. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["DUNKERQUE59_ASKERS", "DUNKERQUE59_GROUPS", "DUNKERQUE59_TASKS"]

SLUG = "dunkerque59"

DUNKERQUE59_MEMBERS = (
    ("Camille Vandamme", "Communauté urbaine de Dunkerque", "Vice-présidente à l'habitat, présidente du CLLAJ"),
    ("Jérôme Deconinck", "CLLAJ de Dunkerque", "Directeur"),
    ("Amandine Lefebvre", "CLLAJ de Dunkerque", "Conseillère logement, secrétariat des réunions"),
    ("Mehdi Boukhari", "Mission locale de Dunkerque", "Conseiller référent logement"),
    ("Sophie Delattre", "Partenord Habitat", "Responsable des attributions"),
    ("Thierry Vanhove", "Action Logement", "Chargé de développement"),
    ("Nathalie Bouquet", "Département du Nord", "Responsable du FSL à l'UTPAS de Dunkerque"),
    ("Kévin Ramdani", "Résidence Les Dunes", "Animateur socio-éducatif du foyer de jeunes travailleurs"),
    ("Laure Hennebelle", "CAF du Nord", "Conseillère technique"),
    ("Bernard Colpaert", "Ville de Dunkerque", "Conseiller municipal délégué à la jeunesse"),
)

DUNKERQUE59_MEETINGS = (
    ("2026-10-06 14:00", "2026-10-06 16:00", "Maison de l'habitat durable", ()),
    ("2026-11-24 14:00", "2026-11-24 16:00", "Hôtel communautaire, salle du conseil", ()),
    ("2026-12-08 09:30", "2026-12-08 11:30", "Mission locale de Dunkerque, salle Jean Bart",
     ("Bilan des demandes de logement 2026", "Colocation solidaire", "Points divers")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Hôtel communautaire, salle du conseil", ("Convention avec Action Logement",)),
    ("2027-03-16 09:30", "2027-03-16 11:30", "Mission locale de Dunkerque, salle Jean Bart", ()),
)

DUNKERQUE59_DEADLINES = (
    ("2026-12-11", "Tableau des jeunes en attente de logement"),
    ("2027-01-08", "Réponse à l'appel à projets logement des jeunes"),
    ("2027-02-26", "Rapport d'activité 2026 du CLLAJ"),
)

DUNKERQUE59_DECISIONS = (
    ("2026-10-06", 1, "Le CLLAJ tient une permanence le mercredi après-midi à la Mission locale."),
    ("2026-10-06", 1, "Les jeunes de 18 à 30 ans peuvent bénéficier de la garantie Visale avec l'aide d'Action Logement."),
    ("2026-11-24", 2, "Partenord Habitat réserve dix logements par an aux jeunes suivis par le CLLAJ."),
    ("2026-11-24", 2, "Une colocation solidaire de six places ouvre à Rosendaël en septembre 2027."),
    ("2026-11-24", 2, "Le dépôt de garantie des jeunes est avancé par le FSL du Département."),
)

DUNKERQUE59_TASKS = {
    SLUG: (
        ("Mettre à jour le tableau des jeunes en attente", "Amandine Lefebvre", "2026-12-11", 2),
        ("Rédiger la réponse à l'appel à projets", "Jérôme Deconinck", "2027-01-08", 2),
        ("Trouver le local de la colocation", "Sophie Delattre", "2027-03-31", 2),
        ("Présenter Visale aux conseillers de la Mission locale", "Thierry Vanhove", "2026-11-27", 2),
        ("Envoyer les chiffres du FSL 2026", "Nathalie Bouquet", "2026-11-30", 2),
        ("Organiser l'information collective des jeunes", "Mehdi Boukhari", "2026-12-16", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
DUNKERQUE59_ASKERS = {SLUG: "Mehdi Boukhari"}

DUNKERQUE59_GROUPS = {
    SLUG: (DUNKERQUE59_MEMBERS, DUNKERQUE59_MEETINGS, DUNKERQUE59_DEADLINES, DUNKERQUE59_DECISIONS, "Jérôme Deconinck"),
}
