"""A group written by helper r14d in the thirteenth round, for its blind set
22d (roles, titles and charges asked precisely): the intercommunal council
for security and crime prevention (CISPD) of the Communauté d'agglomération
Val d'Yerres Val de Seine (Essonne) — the agglomeration (its vice-president,
the CISPD's coordinator, the local health contract's coordinator, the
equality officer, the council's assistant), the towns of Draveil, Yerres,
Montgeron, Épinay-sous-Sénart and Vigneux-sur-Seine (two deputy mayors for
public tranquillity, a municipal police chief, two heads of the urban
policy project), the Préfecture de l'Essonne (the prefect's delegate and a
prevention officer), the police station of Montgeron, the public
prosecutor's office of Évry, the Conseil départemental, the DSDEN, the
SPIP, a social landlord and the victims' association. Titles come in both
genders and several are close (two « adjoint(e) à la tranquillité », two
« chef(fe) de projet politique de la ville », two coordinators). Its
restricted bureau meets on Thursday mornings since November (a decision
says why); plenary sessions each quarter. Tasks in the store; the person
asking is linked to the CISPD's coordinator. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CISPD91_ASKERS", "CISPD91_GROUPS", "CISPD91_TASKS"]

SLUG = "cispd91"

CISPD91_MEMBERS = (
    ("Sylvie Marchand", "Communauté d'agglomération Val d'Yerres Val de Seine",
     "Vice-présidente chargée de la sécurité et de la prévention, présidente du CISPD"),
    ("Franck Delorme", "Communauté d'agglomération Val d'Yerres Val de Seine", "Coordinateur du CISPD"),
    ("Aurélie Benhamou", "Communauté d'agglomération Val d'Yerres Val de Seine",
     "Coordinatrice du contrat local de santé (CLS)"),
    ("Claire Dubois", "Communauté d'agglomération Val d'Yerres Val de Seine",
     "Chargée de mission égalité femmes-hommes, référente égalité de l'agglomération"),
    ("Nathalie Perrin", "Communauté d'agglomération Val d'Yerres Val de Seine", "Assistante administrative du CISPD"),
    ("Karim Ouali", "Ville de Draveil", "Adjoint au maire délégué à la tranquillité publique"),
    ("Laetitia Fournier", "Ville de Yerres", "Adjointe à la tranquillité publique et à la prévention"),
    ("Marc Lebrun", "Ville de Montgeron", "Chef de service de la police municipale"),
    ("Mathieu Girard", "Ville d'Épinay-sous-Sénart", "Chef de projet politique de la ville"),
    ("Sandrine Lopez", "Ville de Vigneux-sur-Seine", "Cheffe de projet politique de la ville"),
    ("Nadège Colin", "Préfecture de l'Essonne", "Déléguée du préfet pour les quartiers prioritaires"),
    ("Thierry Vasseur", "Préfecture de l'Essonne", "Chargé de mission prévention de la délinquance"),
    ("Hélène Garnier", "Commissariat de police de Montgeron", "Commandante, cheffe de circonscription"),
    ("Julien Morel", "Tribunal judiciaire d'Évry", "Substitut du procureur, référent politique de la ville"),
    ("Inès Brahimi", "Conseil départemental de l'Essonne", "Responsable territoriale de la prévention spécialisée"),
    ("Romain Petitjean", "DSDEN de l'Essonne", "Conseiller sécurité auprès du directeur académique"),
    ("Émilie Roux", "SPIP de l'Essonne", "Conseillère pénitentiaire d'insertion et de probation"),
    ("Fatou Diallo", "France Victimes 91", "Juriste, intervenante sociale en commissariat"),
)

CISPD91_MEETINGS = (
    ("2026-09-15 09:30", "2026-09-15 12:00", "Séance plénière, Hôtel d'agglomération, Draveil", ()),
    ("2026-10-06 09:30", "2026-10-06 11:00", "Bureau restreint, Mairie de Vigneux-sur-Seine", ()),
    ("2026-11-19 09:30", "2026-11-19 11:00", "Bureau restreint, Commissariat de Montgeron", ()),
    ("2026-11-26 14:00", "2026-11-26 17:00", "Séance plénière, Salle des fêtes de Yerres", ()),
    ("2026-12-10 09:30", "2026-12-10 11:00", "Bureau restreint (visioconférence)",
     ("Bilan de l'opération Tranquillité vacances", "Recrutement des médiateurs de nuit")),
    ("2027-01-14 09:30", "2027-01-14 11:30", "Bureau restreint, Mairie d'Épinay-sous-Sénart",
     ("Point sur les rixes entre quartiers", "Calendrier 2027 du CISPD")),
    ("2027-02-25 14:00", "2027-02-25 17:00", "Séance plénière, Hôtel d'agglomération, Draveil",
     ("Bilan annuel du CISPD", "Plan d'action 2027")),
)

CISPD91_DEADLINES = (
    ("2026-12-04", "Retour des communes sur la stratégie intercommunale de prévention"),
    ("2026-12-18", "Dépôt des dossiers FIPD 2027 en préfecture"),
    ("2027-01-15", "Inscriptions à la formation sur les violences intrafamiliales"),
    ("2027-01-29", "Bilan chiffré des polices municipales"),
)

CISPD91_DECISIONS = (
    ("2026-09-15", 1, "Le CISPD se réunit en séance plénière une fois par trimestre ; le bureau restreint se "
                      "réunit chaque mois entre deux plénières."),
    ("2026-09-15", 1, "La communication du CISPD (lettre d'information, réseaux sociaux) est confiée à "
                      "Nathalie Perrin, avec l'appui du service communication de l'agglomération."),
    ("2026-09-15", 1, "Le CISPD finance en 2027 quatre postes de médiateurs de nuit, à parts égales entre "
                      "l'agglomération et le FIPD."),
    ("2026-10-06", 2, "À partir de novembre, le bureau restreint se réunit le jeudi matin au lieu du mardi, "
                      "pour que le commissariat puisse y venir après son état-major du mardi."),
    ("2026-10-06", 2, "Les inscriptions aux formations sur les violences intrafamiliales sont gérées par "
                      "France Victimes 91."),
    ("2026-10-06", 2, "Julien Morel est le référent du parquet pour les violences intrafamiliales."),
    ("2026-11-19", 3, "La cellule de veille sur les rixes se réunit chaque mois à Épinay-sous-Sénart ; "
                      "elle est animée par Mathieu Girard."),
    ("2026-11-19", 3, "Les chantiers éducatifs de l'été 2027 sont pilotés par le Conseil départemental de "
                      "l'Essonne."),
    ("2026-11-26", 4, "Pendant le congé de Claire Dubois, jusqu'au 15 janvier, Aurélie Benhamou assure "
                      "l'intérim sur l'égalité femmes-hommes."),
    ("2026-11-26", 4, "Le centre de supervision urbain sera mutualisé à Montgeron à partir de juin 2027."),
    ("2026-11-26", 4, "Le groupe de travail « femmes et espace public » est coanimé par Laetitia Fournier "
                      "et Claire Dubois."),
    ("2026-11-26", 4, "Le bilan annuel du CISPD sera présenté au conseil communautaire du 11 février 2027."),
    ("2026-11-26", 4, "L'opération Tranquillité vacances est étendue aux neuf communes pendant les vacances "
                      "de Noël."),
)

CISPD91_TASKS = {
    SLUG: (
        ("Rédiger le compte rendu de la plénière du 26 novembre", "Nathalie Perrin", "2026-12-03", 4),
        ("Préparer la fiche de poste des médiateurs de nuit", "Franck Delorme", "2026-12-08", 4),
        ("Transmettre les chiffres des interventions de police municipale", "Marc Lebrun", "2026-11-27", 3),
        ("Envoyer le programme de la formation VIF", "Fatou Diallo", "2026-12-15", 4),
        ("Monter le dossier FIPD pour la vidéoprotection", "Thierry Vasseur", "2026-12-18", 4),
        ("Recenser les lieux insécurisants pour les femmes à Yerres", "Laetitia Fournier", "2027-01-08", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CISPD91_ASKERS = {SLUG: "Franck Delorme"}

CISPD91_GROUPS = {
    SLUG: (CISPD91_MEMBERS, CISPD91_MEETINGS, CISPD91_DEADLINES, CISPD91_DECISIONS, "Franck Delorme"),
}
