// General Dutch education and HR vocabulary (PO, VO, MBO, lerarenopleiding, personeelsbeleid,
// welzijn), written from the field's common language and not from any set of notes, so it holds at
// a school we have never met. Terms here extend the SO&P concepts by id; new concepts are added
// whole. Keep it to words any Dutch school uses; a word only one study day would say belongs nowhere.
import type { LexiconConcept } from './lexicon.ts';

/** Extra terms for concepts of the SO&P lexicon, by concept id. */
export const GENERAL_TERMS: Readonly<Record<string, readonly string[]>> = {
  leraar: ['vakdocent', 'vakdocenten', 'groepsleerkracht', 'groepsleerkrachten', 'mentor van de klas', 'onderwijsprofessional', 'onderwijsprofessionals', 'leerkrachten', 'bevoegde leraar', 'eerstegraads', 'tweedegraads'],
  leerling: ['leerlingenpopulatie', 'deelnemer', 'deelnemers', 'jongere', 'kleuter', 'onderbouwleerlingen', 'bovenbouwleerlingen'],
  student: ['pabostudente', 'studenten van de pabo', 'leraar in opleiding', 'stagiaires', 'student-docent', 'duale student', 'duaal', 'werkend leren', 'bbl'],
  zijinstroom: ['zij-instromer', 'zij-instromers', 'zij-instroom', 'geschiktheidsonderzoek', 'switcher', 'switchers', 'werkervaring', 'levenservaring'],
  starter: ['beginnende', 'startende', 'startend', 'beginjaren', 'inductieprogramma', 'inductiejaar', 'eerstejaars leraar', 'net begonnen', 'nieuw in het vak'],
  begeleider: ['bouwcoordinator', 'intern begeleider', 'ibers', 'zorgcoordinator', 'coachen', 'gecoacht', 'opleidingscoordinator', 'stagecoordinator'],
  leiding: ['rector', 'conrector', 'afdelingsleider', 'afdelingsleiders', 'sectievoorzitter', 'clusterdirecteur', 'meerscholendirecteur', 'hr', 'p&o', 'personeelszaken', 'leidinggeven', 'leiderschap'],
  collega: ['sectie', 'secties', 'vakgroep', 'vakgroepen', 'teamleden', 'collegialiteit', 'collegiaal', 'ondersteunend personeel', 'oop'],
  opleiding: ['lerarenopleiding', 'tweedegraads lerarenopleiding', 'ulo', 'educatieve minor', 'opleidingsdocent', 'hbo-opleiding'],
  school: ['scholengroep', 'scholengemeenschap', 'schoolbestuur', 'speciaal onderwijs', 'sbo', 'vso', 'roc', 'lyceum', 'brede school', 'onderwijsinstelling'],
  tijd: ['uitroostering', 'uitgeroosterd', 'roostervrij', 'jaartaak', 'werkverdelingsplan', 'werkverdeling', 'taakverdeling', 'studiedag', 'studiedagen', 'tijdsinvestering', 'tijdsdruk', 'lestaak'],
  werkdruk: ['werkbelasting', 'overbelaste', 'stressvol', 'overwerk', 'regeldruk', 'administratie', 'administratieve', 'vergaderen', 'vergaderingen', 'nakijken', 'nakijkwerk', 'lesvoorbereiding', 'grote klassen', 'volle klassen', 'zwaar werk', 'op je tenen', 'opgebrand'],
  geld: ['werkdrukmiddelen', 'npo', 'nationaal programma onderwijs', 'lumpsum', 'begroting', 'bezuinigen', 'bezuiniging', 'bezuinigingen', 'kostbaar', 'goedkoop'],
  arbeidsvoorwaarden: ['beloning', 'belonen', 'salarisschaal', 'functiemix', 'carrierepad', 'vast dienstverband', 'dienstverband', 'tijdelijk contract', 'zekerheid', 'baanzekerheid', 'werktijden', 'verlof', 'zwangerschapsverlof'],
  tekort: ['lerarentekorten', 'personeelstekorten', 'te weinig leraren', 'te weinig mensen', 'onvervulbaar', 'moeilijk vervulbaar', 'vervanging', 'vervangers', 'vervangen', 'noodoplossing', 'vierdaagse schoolweek', 'onderbezet'],
  werving: ['wervingscampagne', 'vacatures plaatsen', 'headhunten', 'netwerk', 'netwerken', 'scouten', 'talentscouting', 'arbeidsmarktcampagne', 'wervingsbeleid', 'nieuwe collega werven', 'kandidaat', 'kandidaten', 'sollicitatiegesprek'],
  behoud: ['blijvers', 'vertrekkers', 'vertrokken', 'uitstromen', 'verlaten', 'weggaan', 'het onderwijs verlaten', 'doorstroom', 'retentie', 'duurzame inzetbaarheid', 'inzetbaarheid', 'betrokkenheid', 'bevlogenheid', 'verbondenheid', 'thuis voelen', 'op je plek'],
  vak: ['onderwijsberoep', 'leraarsberoep', 'status van het beroep', 'aanzien', 'beroepstrots', 'vakmanschap', 'verschil maken'],
  zichtbaarheid: ['communicatie', 'communiceren', 'bekendheid', 'campagne', 'wervingsfilm', 'nieuwsbrief'],
  samenwerking: ['samenwerken', 'samenwerkingsverband', 'partnerschap', 'netwerk', 'afstemmen', 'gezamenlijk', 'kennisuitwisseling', 'uitwisseling', 'co-teaching', 'teamteaching', 'duobaan'],
  onderwijskwaliteit: ['kwaliteitszorg', 'onderwijskwaliteit', 'goed onderwijs', 'leerresultaten', 'inspectie', 'basiskwaliteit', 'kansengelijkheid'],
  visie: ['missie', 'koers', 'strategie', 'strategisch', 'ambitie', 'ambities', 'kernwaarden', 'identiteit', 'schoolplan', 'beleidsplan'],
  begeleiding: ['begeleiden', 'begeleid', 'ondersteuning', 'ondersteunen', 'coaching', 'feedback', 'terugkoppeling', 'lesbezoek', 'lesbezoeken', 'klassenbezoek', 'observatie', 'observeren', 'nabespreking', 'vraagbaak', 'back-up', 'opvang', 'opvangen'],
  intervisie: ['collegiale consultatie', 'collegiale visitatie', 'lesson study', 'leerteam', 'leerteams', 'professionele leergemeenschap', 'plg', 'leergemeenschap', 'bij elkaar in de klas', 'bij elkaar kijken', 'van elkaar leren', 'kennis delen', 'uitwisselen', 'supervisie', 'moreel beraad'],
  veiligheid: ['welzijn', 'welbevinden', 'sociale veiligheid', 'geborgenheid', 'open cultuur', 'fouten mogen maken', 'fouten maken', 'kwetsbaar', 'kwetsbaarheid', 'luisterend oor', 'gezien worden', 'gehoord', 'mentale gezondheid', 'psychisch', 'vitaliteit', 'werkgeluk', 'schoolklimaat', 'schoolcultuur', 'teamcultuur'],
  klassenmanagement: ['orde houden', 'ordeproblemen', 'gedrag', 'gedragsproblemen', 'klassenleiding', 'pedagogisch klimaat'],
  inwerken: ['inwerktraject', 'inwerkbeleid', 'welkom heten', 'eerste week', 'startbijeenkomst', 'informatiemap', 'protocollen', 'schoolgids'],
  beoordeling: ['evaluatie', 'evalueren', 'gesprekscyclus', 'pop-gesprek', 'ontwikkelgesprek', 'beoordelingscyclus', 'bekwaamheidsdossier', 'registerleraar', 'lerarenregister', 'bevoegdheid', 'bevoegd'],
  professionalisering: ['scholingsbudget', 'scholingsplan', 'opleidingsbudget', 'studieverlof', 'lerarenbeurs', 'leren van elkaar', 'persoonlijke ontwikkeling', 'ontwikkelmogelijkheden', 'doorgroeimogelijkheden', 'opleiden', 'academische opleidingsschool', 'post-hbo', 'workshop', 'workshops', 'studiemiddag'],
  theoriepraktijk: ['onderzoekscultuur', 'praktijkgericht onderzoek', 'actieonderzoek', 'evidence-informed', 'literatuur', 'vakliteratuur', 'lectoraat', 'lector', 'onderzoeksvraag'],
  aandacht: ['onderwijsassistent', 'klassenassistent', 'ondersteuning in de klas', 'extra ondersteuning', 'leerlingzorg', 'extra zorg', 'remedial teaching', 'maatwerk voor leerlingen'],
  stage: ['stageschool', 'stageovereenkomst', 'stagecontract', 'stagevergoeding', 'praktijkopdracht', 'praktijkopdrachten', 'leerwerktraject', 'bpv', 'beroepspraktijkvorming'],
};

/** Concepts the SO&P lexicon lacks and every school talks about. */
export const GENERAL_CONCEPTS: readonly LexiconConcept[] = [
  { id: 'waardering', label: 'waardering en erkenning', terms: ['waardering', 'waarderen', 'gewaardeerd', 'erkenning', 'erkennen', 'erkend', 'compliment', 'complimenten', 'bedankje', 'bedankt', 'serieus genomen', 'respect', 'aandacht voor de mens', 'trots op', 'vieren', 'successen vieren', 'blijk van waardering'], related: ['behoud', 'veiligheid'] },
  { id: 'autonomie', label: 'eigen regie en vertrouwen', terms: ['autonomie', 'eigen regie', 'zeggenschap', 'inspraak', 'meedenken', 'meebeslissen', 'eigenaarschap', 'ruimte krijgen', 'ruimte voor eigen inbreng', 'eigen inbreng', 'verantwoordelijkheid nemen', 'mandaat', 'professionele ruimte', 'handelingsruimte'], related: ['veiligheid', 'professionalisering'] },
  { id: 'loopbaan', label: 'loopbaan en doorgroei', terms: ['loopbaan', 'loopbaanbeleid', 'loopbaanpad', 'doorgroei', 'doorgroeien', 'doorgroeimogelijkheden', 'carrierestap', 'promotie maken', 'taakdifferentiatie', 'specialist', 'specialisten', 'hybride', 'hybride docent', 'perspectief', 'toekomstperspectief'], related: ['professionalisering', 'behoud', 'arbeidsvoorwaarden'] },
];

/** The SO&P lexicon with the general vocabulary merged in (terms deduplicated). */
export function withGeneralVocabulary(lexicon: readonly LexiconConcept[]): LexiconConcept[] {
  const merged = lexicon.map((concept) => {
    const extra = GENERAL_TERMS[concept.id] ?? [];
    return extra.length === 0 ? concept : { ...concept, terms: [...new Set([...concept.terms, ...extra])] };
  });
  const ids = new Set(merged.map((concept) => concept.id));
  return [...merged, ...GENERAL_CONCEPTS.filter((concept) => !ids.has(concept.id))];
}
