// Everyday Dutch words that turn up as parts of the compounds staff write (lerarenkamer,
// stagebegeleiding, vacaturetekst). With the lexicon's own words and the words of the notes
// themselves they form the vocabulary the compound splitter may cut into. Data: extend freely.
export const COMPOUND_PARTS: readonly string[] = [
  'aanbod', 'aanpak', 'afspraak', 'avond', 'basis', 'beeld', 'begin', 'beleid', 'beroep', 'bezoek', 'bijeenkomst',
  'blik', 'boek', 'bord', 'bouw', 'brief', 'café', 'cafe', 'centrum', 'cijfer', 'cultuur', 'cursus', 'dag', 'deel',
  'denk', 'doel', 'druk', 'duur', 'eis', 'eisen', 'energie', 'ervaring', 'fase', 'functie', 'gebrek', 'geld',
  'gesprek', 'gids', 'groep', 'grootte', 'hand', 'handen', 'hoek', 'huis', 'idee', 'jaar', 'jaars', 'kaart',
  'kamer', 'kans', 'kansen', 'kennis', 'keuze', 'kind', 'kinder', 'klas', 'klassen', 'kracht', 'kwaliteit',
  'land', 'leer', 'leider', 'les', 'leven', 'lijn', 'lijst', 'loop', 'lokaal', 'map', 'markt', 'middel',
  'moment', 'netwerk', 'niveau', 'onderwijs', 'onderzoek', 'ontwikkel', 'ontwikkeling', 'ouder', 'papier',
  'periode', 'plaats', 'plan', 'planning', 'plek', 'praktijk', 'programma', 'proces', 'punt', 'regel',
  'regels', 'rol', 'ruimte', 'school', 'sector', 'situatie', 'sport', 'stage', 'start', 'strijd', 'stuk',
  'systeem', 'taak', 'taal', 'team', 'tekst', 'termijn', 'tijd', 'toets', 'traject', 'uren', 'uur', 'vaardigheid',
  'vak', 'visie', 'volg', 'vorm', 'vraag', 'week', 'weken', 'werk', 'werving', 'wervings', 'wereld', 'zaak',
  'zaken', 'zorg', 'vijver', 'profiel', 'contact',
  'starter', 'starters', 'student', 'studenten', 'leraar', 'leraren', 'leerling', 'leerlingen', 'docent',
  'docenten', 'opleiding', 'opleider', 'opleiders', 'begeleider', 'begeleiding', 'instituut', 'personeel',
  'coach', 'mentor', 'collega', 'directie', 'bestuur', 'pabo', 'hogeschool', 'inductie', 'inwerk', 'welkom',
  'brug', 'combinatie', 'management', 'manager', 'assistent', 'assistenten', 'zij', 'instromer', 'instromers',
  'carriere', 'loopbaan', 'talent', 'tekort', 'vacature', 'werkdruk', 'lerarentekort',
];
