"""A group for the held-out set on tasks and follow-up actions (set 16e):
the comité technique of a Somme job-insertion network around Amiens (the
PLIE run by Amiens Métropole, France Travail, the Mission locale, the
Département's RSA service, two insertion worksites, the DDETS, Cap
emploi, a GEIQ, the Région, a rural community of communes and the town
of Abbeville). Its tasks are written after each meeting with a pilot and
usually a due date, as minutes record them: some done, one cancelled,
several late, two without a date. The person who asks the set's
questions (the test chats' sender) is linked to a member of the
directory (`SOMME_ASKERS`), so that « je » and « mes tâches » name
someone, as they do once a member has run /moi.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["SOMME_ASKERS", "SOMME_GROUPS", "SOMME_TASKS"]

SOMME_MEMBERS = (
    ("Claire Vasseur", "Amiens Métropole", "Responsable du PLIE du Grand Amiénois, animatrice du comité"),
    ("Sandrine Lefebvre", "France Travail", "Conseillère à l'emploi, agence d'Amiens Nord"),
    ("Nadège Caron", "Mission locale du Grand Amiénois", "Directrice"),
    ("Mickaël Dufour", "Mission locale du Grand Amiénois", "Conseiller en insertion, référent CEJ"),
    ("Thierry Boulanger", "Conseil départemental de la Somme", "Chef du service insertion et RSA"),
    ("Fatima Benaïssa", "Conseil départemental de la Somme",
     "Référente RSA à la maison départementale des solidarités d'Amiens"),
    ("Jérôme Pruvost", "Les Jardins des Hortillons", "Encadrant technique du chantier d'insertion"),
    ("Aurélie Lemaire", "Régie de quartier Amiens Nord", "Accompagnatrice socioprofessionnelle"),
    ("Bertrand Delaby", "DDETS de la Somme", "Chargé de mission insertion par l'activité économique"),
    ("Hélène Mortier", "Ville d'Abbeville", "Adjointe au maire chargée de l'emploi et de l'insertion"),
    ("Kévin Lenglet", "Cap emploi Somme", "Chargé d'accompagnement"),
    ("Sophie Tellier", "GEIQ BTP Somme", "Chargée de recrutement et des relations entreprises"),
    ("Marc Ducrocq", "Région Hauts-de-France", "Chargé de mission formation, antenne d'Amiens"),
    ("Patricia Leclercq", "Communauté de communes du Pays du Coquelicot", "Chargée de développement économique"),
)

SOMME_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel d'agglomération Amiens Métropole", ()),
    ("2026-10-20 09:30", "2026-10-20 12:00", "Mission locale du Grand Amiénois, Amiens", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Agence France Travail Amiens Nord", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Hôtel du Département, rue de la République, Amiens",
     ("Point sur les clauses sociales", "Forum de l'emploi de janvier", "Calendrier 2027")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Mairie d'Abbeville", ()),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Visioconférence", ()),
)

SOMME_DEADLINES = (
    ("2026-12-04", "Remontée des chiffres des sorties positives à la DDETS"),
    ("2026-12-18", "Dépôt de la demande de subvention FSE+ du PLIE"),
    ("2027-01-08", "Réponse à l'appel à projets du Département sur la mobilité"),
    ("2027-02-26", "Bilan annuel de l'IAE pour la DDETS"),
)

SOMME_DECISIONS = (
    ("2026-09-22", 1, "Le comité technique se réunit une fois par mois, en alternance à Amiens et en territoire rural."),
    ("2026-09-22", 1, "Les chantiers d'insertion partagent une liste commune des postes vacants."),
    ("2026-10-20", 2, "Un diagnostic des freins à la mobilité est lancé dans le Pays du Coquelicot."),
    ("2026-10-20", 2, "Les clauses sociales des marchés d'Amiens Métropole sont suivies dans un tableau commun."),
    ("2026-11-24", 3, "Le PLIE accueille en priorité les allocataires du RSA orientés par le Département."),
    ("2026-11-24", 3, "Les encadrants techniques des chantiers suivent une formation commune en 2027."),
)

# (text, pilot, due or "" for none, meeting, status): statuses other than
# "open" are set after the task is written, as /tache_faite would.
SOMME_TASKS = {
    "insertion80": (
        ("Envoyer le bilan du PLIE à la DDETS", "Claire Vasseur", "2026-12-04", 3),
        ("Rédiger la fiche de poste d'encadrant technique", "Jérôme Pruvost", "2026-12-11", 3),
        ("Finaliser la convention avec la Mission locale", "Nadège Caron", "2026-12-15", 3),
        ("Lancer le diagnostic des freins à la mobilité", "Thierry Boulanger", "2027-01-29", 2),
        ("Envoyer le courrier aux employeurs du bâtiment sur les clauses sociales", "Sophie Tellier",
         "2026-11-20", 2, "done"),
        ("Relancer les structures pour les chiffres des sorties positives", "Bertrand Delaby", "2026-11-27", 3),
        ("Mettre à jour la liste des postes vacants des chantiers", "Aurélie Lemaire", "2026-11-13", 2),
        ("Organiser la visite du chantier d'insertion des hortillonnages", "Jérôme Pruvost", "", 3),
        ("Préparer la présentation du dispositif aux élus d'Abbeville", "Hélène Mortier", "2027-01-15", 3),
        ("Transmettre la liste des bénéficiaires du RSA orientés vers le PLIE", "Fatima Benaïssa", "2026-11-30", 3),
        ("Réserver la salle pour le comité de janvier", "Claire Vasseur", "", 3),
        ("Recenser les offres de France Travail pour le forum", "Sandrine Lefebvre", "2026-12-18", 3),
        ("Faire le point sur les contrats PEC des chantiers", "Sandrine Lefebvre", "2026-10-30", 2, "done"),
        ("Compléter le tableau de suivi des clauses d'insertion", "Claire Vasseur", "2026-11-25", 2),
        ("Demander un devis pour le minibus du chantier", "Mickaël Dufour", "2026-11-06", 2, "cancelled"),
        ("Inscrire les jeunes en CEJ au job dating du GEIQ", "Mickaël Dufour", "2026-12-08", 3),
    ),
}

# The member the test chats' sender is linked to, per group (see the docstring).
SOMME_ASKERS = {"insertion80": "Claire Vasseur"}

SOMME_GROUPS = {
    "insertion80": (SOMME_MEMBERS, SOMME_MEETINGS, SOMME_DEADLINES, SOMME_DECISIONS, "Claire Vasseur"),
}
