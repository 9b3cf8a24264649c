"""A group written for the twelfth round (r12c): the steering committee
« cohésion sociale » of the contrat de ville of Grand Chambéry (Savoie):
the agglomeration and its two towns with priority neighbourhoods, the
prefect's delegate, the family allowance fund (CAF), the Département, the
social landlord Cristal Habitat, the youth employment mission, a social
centre, the prevention educators, the programme for educational success
and the neighbourhood citizens' council. Spoken register, constituents put
first (« la réunion de février, c'est où ? »). Tasks in the store; the
person asking is linked to a member; no attendance recorded. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["COHESION73_ASKERS", "COHESION73_GROUPS", "COHESION73_TASKS"]

SLUG = "cohesion73"

COHESION73_MEMBERS = (
    ("Sandrine Vachoux", "Grand Chambéry", "Vice-présidente déléguée à la politique de la ville, présidente du comité"),
    ("Olivier Berthet", "Grand Chambéry", "Chef de projet contrat de ville"),
    ("Nadia Belkacem", "Ville de Chambéry", "Adjointe à la cohésion sociale et aux quartiers"),
    ("Jérôme Pellissier", "Préfecture de la Savoie", "Délégué du préfet pour les quartiers prioritaires"),
    ("Claire Dunand", "CAF de la Savoie", "Conseillère technique action sociale"),
    ("Moussa Diakité", "Conseil citoyen des Hauts-de-Chambéry", "Porte-parole du conseil citoyen"),
    ("Hélène Rouxel", "Cristal Habitat", "Responsable du développement social urbain"),
    ("Thibault Guillermin", "Mission locale jeunes du bassin chambérien", "Directeur"),
    ("Fatou Ndiaye", "Centre social des Combes", "Directrice"),
    ("Régis Mollard", "Département de la Savoie", "Responsable territorial de l'action sociale"),
    ("Aurélie Cartier", "Éducation nationale", "Coordinatrice du programme de réussite éducative"),
    ("Karim Bensalem", "Sauvegarde de l'enfance de Savoie", "Éducateur de prévention spécialisée, référent jeunesse"),
    ("Laura Perrier", "Grand Chambéry", "Assistante du contrat de ville, secrétaire du comité"),
    ("Bernard Favre", "Ville de La Motte-Servolex", "Conseiller municipal délégué à la politique de la ville"),
)

COHESION73_MEETINGS = (
    ("2026-10-06 14:00", "2026-10-06 16:30", "Hôtel de ville de Chambéry, salle des délibérations", ()),
    ("2026-11-17 14:00", "2026-11-17 16:30", "Centre social des Combes", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Maison de quartier du Biollay",
     ("Bilan de l'appel à projets 2026", "Programmation 2027", "Tranquillité résidentielle aux Hauts-de-Chambéry",
      "Questions diverses")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Siège de Grand Chambéry, salle Revard", ("Diagnostic emploi des jeunes",)),
    ("2027-02-23 09:30", "2027-02-23 12:00", "Hôtel de ville de Chambéry, salle des délibérations",
     ("Vote de la programmation 2027", "Bilan du conseil citoyen")),
    ("2027-03-23 14:00", "2027-03-23 16:30", "Centre social des Combes", ()),
    ("2027-05-18 14:00", "2027-05-18 16:30", "Mairie de La Motte-Servolex", ()),
)

COHESION73_DEADLINES = (
    ("2026-12-11", "Dépôt des dossiers de l'appel à projets 2027"),
    ("2027-01-15", "Bilans des actions 2026 à renvoyer par les porteurs"),
    ("2027-02-05", "Avis du comité sur la programmation à transmettre à la préfecture"),
    ("2027-03-31", "Rapport annuel politique de la ville au conseil communautaire"),
)

COHESION73_DECISIONS = (
    ("2026-10-06", 1, "Le comité se réunit le mardi après-midi, une fois par mois hors vacances scolaires."),
    ("2026-10-06", 1, "Le budget de l'appel à projets 2027 est fixé à 180 000 euros."),
    ("2026-10-06", 1, "Le conseil citoyen dispose de deux sièges avec voix consultative."),
    ("2026-11-17", 2, "La Mission locale pilote le diagnostic sur l'emploi des jeunes des quartiers."),
    ("2026-11-17", 2, "Une permanence d'accès aux droits est ouverte au centre social des Combes le jeudi matin."),
    ("2026-11-17", 2, "Les chantiers éducatifs de l'été 2027 sont confiés à la Sauvegarde de l'enfance."),
)

COHESION73_TASKS = {
    SLUG: (
        ("Relancer les porteurs de projets pour les bilans 2026", "Olivier Berthet", "2026-11-27", 2),
        ("Préparer le tableau de la programmation 2027", "Olivier Berthet", "2027-01-29", 2),
        ("Envoyer le compte rendu du 17 novembre", "Laura Perrier", "2026-11-24", 2),
        ("Réserver la maison de quartier du Biollay", "Fatou Ndiaye", "2026-12-08", 2),
        ("Recueillir l'avis des habitants sur la tranquillité", "Moussa Diakité", "2027-01-10", 2),
        ("Chiffrer les chantiers éducatifs", "Karim Bensalem", "2027-02-12", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
COHESION73_ASKERS = {SLUG: "Olivier Berthet"}

COHESION73_GROUPS = {
    SLUG: (COHESION73_MEMBERS, COHESION73_MEETINGS, COHESION73_DEADLINES, COHESION73_DECISIONS, "Olivier Berthet"),
}
