"""A group written for blind set 25d (sixteenth round, helper r17d): the
conférence intercommunale du logement (CIL) of the Métropole Rouen
Normandie, with its five colleges — State (préfecture, DDETS), local
authorities (Métropole, Ville de Rouen, Saint-Étienne-du-Rouvray, Elbeuf,
Département), social landlords and reservation holders (Rouen Habitat,
Logéal Immobilière, Habitat 76, Action Logement), associations (a
foundation, the SIAO), tenants (CLCV, CNL) — each seat held by a titulaire
with a suppléant, plus associate members without a vote (USH Normandie,
CAF, ADIL). Plenary sittings alternate with a commission de coordination.
Tasks in the store; the person asking is the CIL's secretary at the
Métropole. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

__all__ = ["CIL76_ASKERS", "CIL76_GROUPS", "CIL76_TASKS"]

SLUG = "cil76"

CIL76_MEMBERS = (
    ("Isabelle Quesnel", "Métropole Rouen Normandie",
     "Vice-présidente chargée de l'habitat, présidente de la CIL, membre de droit, collège des collectivités, titulaire"),
    ("Franck Hauchecorne", "Métropole Rouen Normandie", "Chargé de mission peuplement, secrétaire de la CIL"),
    ("Yann Lebourg", "Préfecture de la Seine-Maritime",
     "Sous-préfet chargé de la politique de la ville, vice-président de la CIL, membre de droit, collège de l'État, "
     "titulaire"),
    ("Mélanie Duval", "DDETS de la Seine-Maritime",
     "Cheffe du service logement et hébergement, collège de l'État, suppléante du sous-préfet"),
    ("Nadège Vasseur", "Ville de Rouen", "Adjointe au maire chargée du logement, collège des collectivités, titulaire"),
    ("Patrice Lemonnier", "Ville de Rouen", "Directeur de l'habitat, collège des collectivités, suppléant de Nadège Vasseur"),
    ("Sylvie Marais", "Ville de Saint-Étienne-du-Rouvray",
     "Conseillère municipale déléguée au logement, collège des collectivités, titulaire"),
    ("Hakim Bensaïd", "Ville d'Elbeuf", "Adjoint au maire chargé de l'habitat, collège des collectivités, titulaire"),
    ("Laurence Thibout", "Département de la Seine-Maritime",
     "Conseillère départementale, collège des collectivités, titulaire"),
    ("Olivier Fréret", "Département de la Seine-Maritime",
     "Responsable du fonds de solidarité logement (FSL), collège des collectivités, suppléant de Laurence Thibout"),
    ("Stéphane Roussel", "Rouen Habitat", "Directeur général, collège des bailleurs et réservataires, titulaire"),
    ("Aurélie Cavelier", "Logéal Immobilière",
     "Responsable des attributions, collège des bailleurs et réservataires, titulaire"),
    ("Jérôme Delahaye", "Habitat 76",
     "Directeur de la clientèle, collège des bailleurs et réservataires, suppléant de Stéphane Roussel"),
    ("Régis Anquetil", "Action Logement Services",
     "Délégué territorial, collège des bailleurs et réservataires, titulaire"),
    ("Christine Aubry", "Fondation pour le logement des défavorisés",
     "Directrice de l'agence régionale, collège des associations, titulaire, rapporteure de la commission de "
     "coordination"),
    ("Benoît Carpentier", "SIAO de la Seine-Maritime", "Coordinateur, collège des associations, suppléant de Christine Aubry"),
    ("Thierry Poulain", "CLCV Seine-Maritime", "Représentant des locataires, collège des usagers, titulaire"),
    ("Fatou Diallo", "CNL de la Seine-Maritime", "Administratrice, collège des usagers, suppléante de Thierry Poulain"),
    ("Manon Letellier", "USH Normandie", "Chargée de mission, membre associée sans voix délibérative"),
    ("Claire Mabire", "CAF de la Seine-Maritime", "Conseillère technique, membre associée sans voix délibérative"),
    ("Élodie Vautier", "ADIL de la Seine-Maritime", "Juriste, membre associée sans voix délibérative"),
)

CIL76_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "CIL plénière, siège de la Métropole, Rouen", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Commission de coordination, préfecture de la Seine-Maritime, Rouen", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "CIL plénière, siège de la Métropole, Rouen", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Commission de coordination, visioconférence",
     ("Bilan des attributions aux ménages prioritaires", "Cotation de la demande", "Questions diverses")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "CIL plénière, siège de la Métropole, Rouen",
     ("Adoption de la convention intercommunale d'attribution", "Plan partenarial de gestion de la demande",
      "Renouvellement des suppléants du collège des usagers")),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Commission de coordination, mairie de Saint-Étienne-du-Rouvray", ()),
)

CIL76_DEADLINES = (
    ("2026-12-04", "Désignation des suppléants du collège des usagers"),
    ("2026-12-15", "Envoi du projet de convention intercommunale d'attribution aux membres"),
    ("2027-01-15", "Retour des avis des communes sur la convention intercommunale d'attribution"),
    ("2027-02-01", "Démarrage de l'expérimentation de la cotation de la demande"),
)

CIL76_DECISIONS = (
    ("2026-09-17", 1, "La CIL est organisée en cinq collèges : État, collectivités, bailleurs et réservataires, "
                      "associations, usagers."),
    ("2026-09-17", 1, "Chaque membre titulaire a un suppléant désigné par sa structure."),
    ("2026-09-17", 1, "Seuls les membres titulaires ont voix délibérative ; les membres associés ont voix consultative."),
    ("2026-09-17", 1, "La CIL se réunit en plénière deux fois par an et la commission de coordination tous les deux "
                      "mois."),
    ("2026-10-13", 2, "Le quorum de la plénière est fixé à la moitié des membres titulaires."),
    ("2026-10-13", 2, "25 % des attributions hors quartiers prioritaires sont réservées aux ménages du premier quartile."),
    ("2026-10-13", 2, "La cotation de la demande est expérimentée à Rouen et à Elbeuf à partir de février 2027."),
    ("2026-11-19", 3, "Yann Lebourg est reconduit vice-président de la CIL jusqu'en juin 2027."),
    ("2026-11-19", 3, "La CAF et l'ADIL rejoignent la CIL comme membres associés."),
    ("2026-11-19", 3, "Le projet de convention intercommunale d'attribution est envoyé aux membres avant le 15 décembre."),
    ("2026-11-19", 3, "Les comptes rendus sont rédigés par le secrétariat de la CIL et envoyés sous quinze jours."),
)

CIL76_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière du 19 novembre", "Franck Hauchecorne", "2026-11-30", 3),
        ("Désigner le suppléant de la CLCV", "Thierry Poulain", "2026-12-04", 3),
        ("Mettre à jour la liste des titulaires et suppléants", "Franck Hauchecorne", "2026-12-08", 3),
        ("Chiffrer les attributions au premier quartile en 2025", "Aurélie Cavelier", "2026-11-27", 2),
        ("Préparer une note sur la cotation de la demande", "Mélanie Duval", "2026-12-09", 2),
        ("Recueillir l'avis du Département sur la convention", "Laurence Thibout", "2027-01-15", 3),
        ("Transmettre les données du SIAO sur les sortants d'hébergement", "Benoît Carpentier", "2026-11-20", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CIL76_ASKERS = {SLUG: "Franck Hauchecorne"}

CIL76_GROUPS = {
    SLUG: (CIL76_MEMBERS, CIL76_MEETINGS, CIL76_DEADLINES, CIL76_DECISIONS, "Franck Hauchecorne"),
}
