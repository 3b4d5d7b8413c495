"""Plain-language demo text in English and French: what matters, notes, reviews, flags and closures."""

from __future__ import annotations

import re
from random import Random

from linkdesk.domain.enums import ClosureReason, ContactMode, FlagKind, ReferralSource
from linkdesk.services.demo.names import Gender

Pool = dict[str, tuple[str, ...]]  # language ("en" / "fr") -> phrases

# "{his|her|their}": the words for a man, a woman and a non-binary person (the last defaults to the second).
_GENDERED = re.compile(r"\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}")
_INDEX = {Gender.MAN: 1, Gender.WOMAN: 2, Gender.NONBINARY: 3}


def agree(text: str, gender: Gender) -> str:
    """Resolve the gendered alternatives in a phrase for the person it is about."""
    if "{" not in text:
        return text
    index = _INDEX[gender]
    return _GENDERED.sub(lambda m: m[index] if m[index] is not None else m[2], text)


def pick(rng: Random, pool: Pool, language: str, gender: Gender = Gender.NONBINARY) -> str:
    return agree(rng.choice(pool["fr" if language == "fr" else "en"]), gender)


WHAT_MATTERS: Pool = {
    "en": ("Staying in my own home", "Seeing my grandchildren", "Feeling useful again",
           "Getting out of the house", "Not being a burden on my daughter", "My dog, Buster",
           "Being part of the community again", "Keeping my garden going", "Having a bit of money put aside",
           "Getting my strength back"),
    "fr": ("Rester chez moi", "Voir mes petits-enfants", "Me sentir utile", "Sortir de la maison",
           "Ne pas être un fardeau pour ma fille", "Mon chat, Minou", "Retrouver ma place au village",
           "Garder mon jardin", "Mettre un peu d'argent de côté", "Reprendre des forces"),
}
STRENGTHS: Pool = {
    "en": ("Good sense of humour", "Close to {his|her|their} sister", "Determined",
           "Handy; fixes everything", "Knows everyone at church", "Great cook", "Keeps a diary",
           "Loyal neighbours", "Drives in summer"),
    "fr": ("Beaucoup d'humour", "Proche de sa sœur", "Déterminé{|e|·e}", "Habile de ses mains",
           "Connaît tout le monde à la paroisse",
           "{Excellent cuisinier|Excellente cuisinière|Cuisine très bien}", "Tient un journal",
           "Bons voisins", "Conduit l'été"),
}
INTERESTS: Pool = {
    "en": ("Curling, crib and euchre", "Fishing and the outdoors", "Knitting and quilting",
           "Old country music", "Gardening", "Hockey on TV", "Reading mysteries", "Woodworking",
           "Birdwatching", "Baking"),
    "fr": ("Les cartes et le bingo", "La pêche et la chasse", "Le tricot et la courtepointe",
           "La musique country", "Le jardinage", "Le hockey à la télé", "Les romans policiers",
           "La menuiserie", "Les oiseaux", "La pâtisserie"),
}

REFERRERS: dict[ReferralSource, Pool] = {
    ReferralSource.PHYSICIAN: {
        "en": ("Dr. Anjali Mehta|Pine Narrows Family Health Team",
               "Dr. Robert Kinney|Cedar Hollow Medical Clinic",
               "Dr. Sarah Okafor|Three Lakes District Hospital"),
        "fr": ("Dre Geneviève Tremblay|CSC des Trois-Lacs",
               "Dr Marc-André Giroux|Clinique médicale du Lac-Ombre",
               "Dre Hélène Paradis|Hôpital du district des Trois-Lacs"),
    },
    ReferralSource.NURSE_PRACTITIONER: {
        "en": ("Lisa Dunn, NP|Wolf Rapids Satellite Clinic", "Mark Chen, NP|Pine Narrows Family Health Team"),
        "fr": ("Isabelle Nadeau, IPS|CSC des Trois-Lacs", "Karine Roy, IPS|GMF du Lac-Ombre"),
    },
    ReferralSource.NURSE: {
        "en": ("Tara Wilson, RN|Home and Community Care", "Jen Morrison, RN|Three Lakes District Hospital"),
        "fr": ("Mélanie Côté, inf.|Soutien à domicile",
               "Julie Caron, inf.|Hôpital du district des Trois-Lacs"),
    },
    ReferralSource.PHARMACIST: {
        "en": ("Paul Nguyen|Lakeshore Pharmacy",), "fr": ("Annie Bérubé|Pharmacie du Lac",),
    },
    ReferralSource.DIETITIAN: {
        "en": ("Rachel Stewart, RD|Trois-Lacs CHC",), "fr": ("Catherine Poulin, Dt.P.|CSC des Trois-Lacs",),
    },
    ReferralSource.SOCIAL_SERVICE_AGENCY: {
        "en": ("Intake worker|Three Lakes District Social Services",
               "Case manager|Community Living Three Lakes"),
        "fr": ("Intervenante|Services sociaux du district", "Travailleuse sociale|CLSC du Lac-Ombre"),
    },
    ReferralSource.COMMUNITY_ORGANISATION: {
        "en": ("Volunteer coordinator|Pine Narrows Community Food Bank",
               "Minister|Cedar Hollow United Church"),
        "fr": ("Coordonnatrice|Banque alimentaire du Lac-Ombre",
               "Présidente|Club de l'Âge d'or de Saint-Aurèle"),
    },
    ReferralSource.SELF: {"en": ("|",), "fr": ("|",)},
}

SAFE_CONTACT: Pool = {
    "en": ("Call after 4 pm; no messages, {his|her|their} son checks the phone.",
           "Landline only; rings twice before voicemail.",
           "Text first; {he does|she does|they do} not answer unknown numbers.",
           "Do not mention the referral to {his wife|her husband|their partner}."),
    "fr": ("Appeler après 16 h ; ne pas laisser de message.", "Ligne fixe seulement.",
           "Texter d'abord ; ne répond pas aux numéros inconnus.",
           "Ne pas parler de la référence devant {sa conjointe|son conjoint|son ou sa partenaire}."),
}
COMMUNICATION: Pool = {
    "en": ("Hard of hearing; speak slowly, face {him|her|them}.", "Prefers text messages.",
           "Large print letters, please.", "Reads little; explain by phone rather than mail."),
    "fr": ("Malentendant{|e|·e} ; parler lentement, face à {lui|elle|la personne}.", "Préfère les textos.",
           "Lettres en gros caractères.", "Lit peu ; expliquer au téléphone plutôt que par la poste."),
}
ACCESSIBILITY: Pool = {
    "en": ("Uses a walker; three steps at the front door.", "Wheelchair user.", "Low vision.",
           "Oxygen at home."),
    "fr": ("Utilise une marchette ; trois marches à l'entrée.", "Se déplace en fauteuil roulant.",
           "Basse vision.", "Oxygène à domicile."),
}
# An emergency contact's relation, by the contact's gender; relatives share the person's family name.
RELATIVES: dict[Gender, Pool] = {
    Gender.WOMAN: {"en": ("daughter", "sister", "niece"), "fr": ("fille", "sœur", "nièce")},
    Gender.MAN: {"en": ("son", "brother", "nephew"), "fr": ("fils", "frère", "neveu")},
}
FRIENDS: dict[Gender, Pool] = {
    Gender.WOMAN: {"en": ("neighbour", "friend"), "fr": ("voisine", "amie")},
    Gender.MAN: {"en": ("neighbour", "friend"), "fr": ("voisin", "ami")},
}

FOLLOW_UP_PURPOSE: Pool = {
    "en": ("Check how the first visit went", "Review goals", "Help fill in the application", "Catch up",
           "Go with her to the group the first time", "Follow-up questionnaires",
           "See if the ride worked out"),
    "fr": ("Voir comment s'est passée la première visite", "Revoir les objectifs",
           "Aider à remplir la demande", "Prendre des nouvelles", "L'accompagner au groupe la première fois",
           "Questionnaires de suivi", "Vérifier si le transport a fonctionné"),
}

NOTES: dict[ContactMode, Pool] = {
    ContactMode.PHONE: {
        "en": (
            "Phoned to check in. Went to the group on Tuesday and liked it. Will go again.",
            "Called about the tax clinic appointment; {he has his|she has her|they have their} slips ready.",
            "Brief call. Feeling low this week; agreed to call again Friday.",
            "Left a message, then {he|she|they} called back. Ride is booked for Thursday.",
        ),
        "fr": (
            "Appel de suivi. {Il est allé|Elle est allée|Iel est allé·e} au groupe mardi et a aimé. "
            "{Il|Elle|Iel} va y retourner.",
            "Appel au sujet de la clinique d'impôt ; {il|elle|iel} a ses feuillets.",
            "Court appel. Le moral est bas cette semaine ; on se rappelle vendredi.",
            "Message laissé, rappel en après-midi. Le transport est réservé pour jeudi.",
        ),
    },
    ContactMode.HOME_VISIT: {
        "en": (
            "Home visit. Talked about what matters: getting out more and seeing friends. Set two goals.",
            "Visit at home with {his|her|their} daughter present. "
            "Filled in the respite application together.",
            "Home visit. House cold; furnace running poorly. Called the repair program from the kitchen.",
            "Visited; {he showed me his|she showed me her|they showed me their} workshop. "
            "Keen on the Men's Shed.",
        ),
        "fr": (
            "Visite à domicile. Ce qui compte pour {lui|elle|iel} : sortir, revoir ses {amis|amies|ami·es}. "
            "Deux objectifs.",
            "Visite avec sa fille présente. Demande de répit remplie ensemble.",
            "Visite à domicile. Maison froide ; fournaise en mauvais état. Appel au programme de réparation.",
            "Visite ; {il|elle|iel} m'a montré son atelier. "
            "{Intéressé|Intéressée|Intéressé·e} par l'atelier.",
        ),
    },
    ContactMode.CLINIC: {
        "en": (
            "Met at the clinic after {his|her|their} appointment. "
            "Did the questionnaires; talked about walking.",
            "Clinic meeting. Reviewed goals; one achieved, one to keep working on.",
        ),
        "fr": ("Rencontre à la clinique après son rendez-vous. Questionnaires remplis ; parlé de marche.",
               "Rencontre à la clinique. Objectifs revus ; un atteint, un à poursuivre."),
    },
    ContactMode.VIDEO: {
        "en": (
            "Video call ({his|her|their} grandson set it up). Good connection for once. "
            "Will try the lunch club.",
        ),
        "fr": ("Appel vidéo (installé par son petit-fils). Bonne connexion. Veut essayer les dîners.",),
    },
    ContactMode.TEXT: {
        "en": ("Texted a reminder about Wednesday. Replied with a thumbs up.",),
        "fr": ("Texto de rappel pour mercredi. Réponse : « Merci, j'y serai ! »",),
    },
}
FIRST_CONTACT: Pool = {
    "en": ("First call after the referral. Explained the program and consent. Booked a home visit.",
           "First contact by phone. Happy to meet at the clinic next week."),
    "fr": (
        "Premier appel après la référence. Programme et consentement expliqués. Visite à domicile prévue.",
        "Premier contact par téléphone. Accepte de se rencontrer à la clinique la semaine prochaine.",
    ),
}
MISSED: Pool = {
    "en": ("No answer; left a message.", "Not home at the visit time; card left in the door."),
    "fr": ("Pas de réponse ; message laissé.",
           "{Absent|Absente|Absent·e} à l'heure de la visite ; carte laissée dans la porte."),
}
CORRECTION: Pool = {
    "en": ("Correction: the ride is booked for Friday, not Thursday.",
           "Correction: wrong group named above; it is the walking group.",
           "Correction to earlier note: {his|her|their} daughter lives in Timmins, not Sudbury."),
    "fr": ("Correction : le transport est réservé pour vendredi et non jeudi.",
           "Correction : il s'agit du club de marche et non de la chorale.",
           "Correction de la note précédente : sa fille habite Rouyn-Noranda et non Montréal."),
}

GAS_NOTES: dict[int, Pool] = {
    -2: {"en": ("Has not been able to start; health got worse.",),
         "fr": ("N'a pas pu commencer ; santé moins bonne.",)},
    -1: {"en": ("Went once but found it hard to go back.",),
         "fr": ("Y est {allé|allée|allé·e} une fois, difficile d'y retourner.",)},
    0: {"en": ("Going as planned, most weeks.", "About where we hoped."),
        "fr": ("Comme prévu, la plupart des semaines.", "À peu près là où on l'espérait.")},
    1: {"en": ("Going every week and has made a friend.",),
        "fr": ("Y va chaque semaine et s'est fait une amie.",)},
    2: {"en": ("Beyond what we hoped: now helps run the group.",),
        "fr": ("Mieux que prévu : aide maintenant à animer le groupe.",)},
}

FLAGS: dict[FlagKind, Pool] = {
    FlagKind.RISK: {
        "en": (
            "Said {he|she|they} sometimes {doesn't|doesn't|don't} see the point; no plan. "
            "Doctor informed with consent.",
            "Not eating much, confused on the phone; daughter away.",
            "Fell at home last week; lives alone.",
        ),
        "fr": (
            "Dit parfois ne plus voir l'intérêt ; aucun plan. Médecin avisé avec son accord.",
            "Mange peu, {semblait confus|semblait confuse|semblait confus·e} au téléphone ; "
            "sa fille est absente.",
            "Chute à domicile ; vit {seul|seule|seul·e}.",
        ),
    },
    FlagKind.SAFEGUARDING: {
        "en": ("Nephew handles {his|her|their} bank card; seems unsure where the money goes.",
               "Bruising on {his|her|their} arm; said {he|she|they} bumped the door. Supervisor informed."),
        "fr": ("Son neveu gère sa carte bancaire ; {il|elle|iel} ne sait pas où va son argent.",
               "Ecchymoses au bras ; dit s'être {cogné|cognée|cogné·e}. Superviseure avisée."),
    },
    FlagKind.LONE_WORKER: {
        "en": ("Large dog loose on the property; ask {him|her|them} to tie it up before visits.",
               "Long unplowed laneway, no cell signal. Check in by radio or visit in pairs in winter."),
        "fr": ("Gros chien en liberté ; demander de l'attacher avant les visites.",
               "Long chemin non déneigé, pas de réseau cellulaire. Visites à deux en hiver."),
    },
}
RESOLUTIONS: Pool = {
    "en": ("Spoke with {him|her|them}; daughter now checks in daily. Closed.",
           "Visits moved to the clinic. Closed.",
           "Family doctor following up. Closed after supervisor review."),
    "fr": ("Discussion avec {lui|elle|iel} ; sa fille appelle chaque jour. Fermé.",
           "Rencontres déplacées à la clinique. Fermé.",
           "Suivi par le médecin de famille. Fermé après révision avec la superviseure."),
}

CLOSURES: dict[ClosureReason, Pool] = {
    ClosureReason.GOALS_MET: {
        "en": ("Goals met: goes to the lunch club weekly and has regular rides. Happy to close.",),
        "fr": (
            "Objectifs atteints : va aux dîners chaque semaine et a du transport. "
            "{Content|Contente|Content·e} de fermer.",
        ),
    },
    ClosureReason.MOVED: {
        "en": ("Moved to Sudbury to be near {his|her|their} son. Gave {him|her|them} the 211 number.",),
        "fr": ("A déménagé à Rouyn-Noranda près de sa fille. Numéro du 211 remis.",),
    },
    ClosureReason.DECLINED: {
        "en": ("Decided the program is not for {him|her|them} right now. Knows the door is open.",),
        "fr": ("Ne souhaite pas poursuivre pour l'instant. Sait qu'{il|elle|iel} peut rappeler.",),
    },
    ClosureReason.UNREACHABLE: {
        "en": ("No reply to three calls and a letter over six weeks.",),
        "fr": ("Aucune réponse à trois appels et une lettre en six semaines.",),
    },
    ClosureReason.TRANSFERRED: {
        "en": ("Transferred to the community mental health team with {his|her|their} consent.",),
        "fr": ("{Transféré|Transférée|Transféré·e} à l'équipe de santé mentale avec son accord.",),
    },
    ClosureReason.DECEASED: {
        "en": ("Passed away in hospital. Condolence card sent to the family.",),
        "fr": ("{Décédé|Décédée|Décédé·e} à l'hôpital. Carte de condoléances envoyée à la famille.",),
    },
    ClosureReason.OTHER: {
        "en": ("Now in long-term care; the home's activity staff have taken over.",),
        "fr": ("Maintenant en CHSLD ; l'équipe d'animation a pris le relais.",),
    },
}
