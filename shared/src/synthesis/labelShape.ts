// What kind of phrase a cluster's label is, so the draft can give it a sentence it fits. A label
// is the notes' own words ("lange adem", "werkdruk laag houden", "visie leeft", "klassen bezet",
// "samen met de andere scholen"), and each kind needs its own frame: a noun phrase fits after a
// preposition ("de wedstrijd van lange adem"), an infinitive phrase after "we" in a subclause
// (the Dutch plural present is the infinitive: "als we werkdruk laag houden"), a clause after
// "als"/"dat" only with its finite verb last, an adverbial phrase beside any verb. Dutch spelling
// does not mark nouns and verbs, so the reading leans on grammar that holds for every school:
// prepositions, determiners, the infinitive's "-en", the participle's "ge-"/"be-", the verb-second
// order of a main clause. When a label gives no such sign it is read as a noun phrase.
import { isFiniteVerb } from './phraseShape.ts';

/** noun: "lange adem"; verb: "werkdruk laag houden"; clause: "visie leeft"; adverbial: "samen met de scholen". */
export type LabelKind = 'noun' | 'verb' | 'clause' | 'adverbial';

/** A label read for the draft: its kind and the words to put in the frame (a clause verb-final). */
export type ShapedLabel = { kind: LabelKind; phrase: string };

const PREPOSITIONS = new Set([
  'van', 'met', 'in', 'op', 'aan', 'voor', 'bij', 'naar', 'om', 'over', 'door', 'uit', 'tot', 'tegen', 'zonder', 'na',
  'onder', 'tussen', 'via', 'vanuit', 'binnen', 'buiten', 'tijdens', 'sinds', 'vanaf', 'rond', 'per', 'volgens', 'dankzij',
]);

/** Words that open a noun phrase: the word after them is a noun, never a verb. */
const DETERMINERS = new Set([
  'de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'elke', 'elk', 'iedere', 'ieder', 'alle', 'geen', 'onze', 'ons',
  'mijn', 'jouw', 'zijn', 'haar', 'hun', 'jullie', 'welke', 'enkele', 'sommige', 'beide', 'veel', 'weinig',
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'honderd', 'duizend',
]);

/** Adverbs that may open an adverbial phrase ("samen met …") or stand before a participle ("sneller ingewerkt"). */
const ADVERBS = new Set([
  'samen', 'vooral', 'ook', 'juist', 'alleen', 'vaak', 'vaker', 'altijd', 'goed', 'beter', 'snel', 'sneller', 'echt',
  'al', 'nog', 'niet', 'zelf', 'steeds', 'heel', 'erg', 'zeer', 'best', 'tijdig', 'direct', 'eerder', 'later', 'graag', 'meer', 'minder', 'zo',
]);

const CONJUNCTIONS = new Set(['en', 'of']);

/** Plural nouns by their suffix ("vergaderingen", "mogelijkheden", "studenten"), never infinitives. */
const PLURAL_NOUN_SUFFIX = /(?:ingen|heden|schappen|nissen|enten|anten|ieën|eën|ijen|iteiten)$/;

/**
 * School nouns whose plural looks like an infinitive ("kinderen" like "leren"), also as the tail of
 * a compound ("studiedagen", "leerresultaten"). General vocabulary of school life.
 */
const PLURAL_NOUN_TAILS = ['kinderen', 'leraren', 'lessen', 'klassen', 'groepen', 'dagen', 'gesprekken', 'resultaten', 'middelen', 'vakken', 'jaren', 'weken', 'mentoren'];
const PLURAL_NOUNS = new Set(['scholen', 'ouders', 'taken', 'uren', 'regels', 'mensen']);

/** Common verbs that take no object: before one, a plural is its subject, not its object. */
const INTRANSITIVE = new Set([
  'blijven', 'komen', 'gaan', 'staan', 'zitten', 'liggen', 'lopen', 'vertrekken', 'groeien', 'wonen', 'werken', 'slagen',
  'beginnen', 'starten', 'verdwijnen', 'stoppen', 'zijn', 'worden', 'bestaan', 'meedoen', 'samenwerken', 'durven', 'lukken',
]);

/** Monosyllabic infinitives without the "-en" ending's e. */
const SHORT_INFINITIVES = new Set(['gaan', 'staan', 'doen', 'zien', 'slaan', 'zijn']);

/** Nouns shaped like a participle ("beleid" like "begeleid"). */
const PARTICIPLE_LOOKALIKES = new Set([
  'beleid', 'bericht', 'gebied', 'gezicht', 'geduld', 'besluit', 'gerecht', 'geluid', 'gewicht', 'verband', 'verbod',
  'bestand', 'gedicht', 'bezit', 'verzet', 'gebed', 'begrip', 'gezin',
]);

/** Separable particles a participle may start with ("in-ge-werkt", "op-ge-leid"). */
const PARTICLE = '(?:aan|af|bij|door|in|mee|na|om|op|samen|terug|toe|uit|vast|voor|weg)?';
const PARTICIPLE = new RegExp(`^${PARTICLE}(?:ge|be|ver|ont|her|er)\\p{L}{2,}[dt]$`, 'u');

/** Noun suffixes: a word ending so is a noun, never a verb ("visie", "begeleiding", "kwaliteit"). */
const NOUN_SUFFIX = /(?:ie|heid|ing|schap|teit|isme|tuur|ment|sel)$/;

/** An adjective by its suffix, uninflected, as a predicate stands ("veilig", "duidelijk", "zichtbaar"); "-ief" is left out for "archief". */
const PREDICATE_ADJECTIVE = /\p{L}{2,}(?:ig|lijk|isch|baar|zaam|loos)$/u;

/** A weak participle ("bezet", "ingewerkt", "begeleid"), not a noun of the same shape. */
const isParticiple = (word: string): boolean => PARTICIPLE.test(word) && !PARTICIPLE_LOOKALIKES.has(word) && !NOUN_SUFFIX.test(word);

/** A word as compared: lower case, without the punctuation around it. */
const fold = (word: string): string => word.toLocaleLowerCase('nl').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const isPluralNoun = (word: string): boolean =>
  PLURAL_NOUN_SUFFIX.test(word) || PLURAL_NOUNS.has(word) || PLURAL_NOUN_TAILS.some((tail) => word === tail || (word.endsWith(tail) && word.length - tail.length >= 3));

/** Words in "-en" that are never verbs: adjectives and adverbs ("eigen", "tevreden", "samen"). */
const NOT_VERBS = new Set(['eigen', 'tevreden', 'even', 'volwassen', 'open', 'boven', 'beneden']);

/** Ends like an infinitive (or a plural present) and is not a known plural noun, adverb or preposition. */
const isInfinitiveLike = (word: string): boolean =>
  (SHORT_INFINITIVES.has(word) || (word.length >= 4 && word.endsWith('en'))) &&
  !isPluralNoun(word) &&
  !word.endsWith('ën') &&
  !NOT_VERBS.has(word) &&
  !ADVERBS.has(word) &&
  !PREPOSITIONS.has(word) &&
  !DETERMINERS.has(word);

/** Inflected forms of common short adjectives, which no suffix gives away. */
const SHORT_ADJECTIVES = new Set([
  'goede', 'grote', 'kleine', 'jonge', 'nieuwe', 'oude', 'vaste', 'korte', 'lange', 'hoge', 'lage', 'vrije', 'echte',
  'hele', 'zware', 'lichte', 'sterke', 'warme', 'koude', 'brede', 'vroege', 'late', 'rijke', 'arme', 'zwakke', 'open',
]);

/** An adjective's suffix before its "-e": "lastige", "duidelijke", "kleinere", "beste", "openstaande", "positieve", "drukke". */
const ADJECTIVE_E = /(?:ig|lijk|isch|baar|zaam|end|and|er|st|iev|el|al)e$|([bdfgklmnprst])\1e$/;

/** An attributive adjective ("jonge", "vaste", "vertaalde"): the word after it is a noun, not a verb ("website" is a noun). */
const isInflectedAdjective = (word: string): boolean =>
  SHORT_ADJECTIVES.has(word) || ADJECTIVE_E.test(word) || (word.endsWith('e') && PARTICIPLE.test(word.slice(0, -1)));

/** Words after which an "-en" word is a noun, not a verb: "de/alle/jonge/bij kinderen". */
const opensNoun = (word: string): boolean => DETERMINERS.has(word) || PREPOSITIONS.has(word) || isInflectedAdjective(word) || /\d/.test(word);

/** Whether a noun phrase is plural: two coordinated parts, or its first word a plural. */
const isPlural = (words: readonly string[]): boolean =>
  words.some((word) => word === 'en') || /(?:s|'s|’s)$/.test(words[0] ?? '') || isPluralNoun(words[0] ?? '') || (words[0] ?? '').endsWith('en');

/**
 * A main clause made verb-final for "als"/"dat": the finite verb goes before the trailing
 * infinitive ("LIO'ers blijven vaak hangen" → "LIO'ers vaak blijven hangen") or to the end.
 */
function verbLast(words: readonly string[], folded: readonly string[], finite: number): string {
  const rest = words.filter((_, i) => i !== finite);
  const restFolded = folded.filter((_, i) => i !== finite);
  const last = restFolded.length - 1;
  const clusterEnd = last > finite && isInfinitiveLike(restFolded[last] ?? '') && !opensNoun(restFolded[last - 1] ?? '') ? last : rest.length;
  return [...rest.slice(0, clusterEnd), words[finite] ?? '', ...rest.slice(clusterEnd)].join(' ');
}

/** Where a main clause's finite verb stands, or -1: a known finite form, "-t" after a noun, or a plural verb in second place. */
function finiteVerbAt(folded: readonly string[]): number {
  const known = folded.findIndex((word, i) => i > 0 && isFiniteVerb(word));
  if (known > 0) return PREPOSITIONS.has(folded[0] ?? '') ? -1 : known;
  const [first = '', second = ''] = folded;
  // "visie leeft": a noun by its suffix, then a verb with the singular "-t".
  if (folded.length === 2 && NOUN_SUFFIX.test(first) && second.endsWith('t') && !NOUN_SUFFIX.test(second) && !PARTICIPLE.test(second)) return 1;
  // "LIO'ers blijven vaak hangen": a plural verb in second place, then more than a trailing
  // prepositional phrase — an infinitive phrase ends on its verb.
  for (let i = 1; i < folded.length - 1; i++) {
    const before = folded[i - 1] ?? '';
    const after = folded[i + 1] ?? '';
    if (!isInfinitiveLike(folded[i] ?? '') || opensNoun(before) || CONJUNCTIONS.has(before) || ADVERBS.has(before)) continue;
    // The subject before it: a plural ("LIO'ers"), a noun by its suffix, or two coordinated.
    const subject = /(?:s|'s|’s|en)$/.test(before) || isPluralNoun(before) || NOUN_SUFFIX.test(before) || folded.slice(0, i).some((w) => CONJUNCTIONS.has(w));
    if (!subject || CONJUNCTIONS.has(after) || isInfinitiveLike(after)) continue;
    // Before a prepositional phrase it may still end an infinitive phrase ("LIO houden na de
    // zomer"), unless the verb takes no object: "studenten blijven na hun stage".
    if (!PREPOSITIONS.has(after) || INTRANSITIVE.has(folded[i] ?? '')) return i;
  }
  return -1;
}

/** Whether the label is an infinitive phrase: it ends on its verb, or on the verb and a prepositional phrase. */
function isVerbPhrase(folded: readonly string[]): boolean {
  for (let v = folded.length - 1; v >= 0; v--) {
    const word = folded[v] ?? '';
    const after = folded[v + 1];
    if (after !== undefined && !PREPOSITIONS.has(after)) continue;
    // "opleiden van nieuwe leraren" is the training of them: a nominal infinitive.
    if (after === 'van' && isInfinitiveLike(word)) return false;
    if (!isInfinitiveLike(word)) continue;
    // "leven van juf Sanne" names a life, "kijken in de klas" a thing to do; an infinitive alone
    // ("afschrijven") reads as a noun too, and a noun is the safer frame.
    if (v === 0) return after !== undefined && after !== 'van';
    const before = folded[v - 1] ?? '';
    if (CONJUNCTIONS.has(before)) return !isPluralNoun(folded[v - 2] ?? '') && !/(?:s|'s|’s)$/.test(folded[v - 2] ?? '') && !opensNoun(folded[v - 2] ?? '');
    return !opensNoun(before);
  }
  return false;
}

/** Reads a label's shape; `label` as shown on the board, already in prose case. */
export function shapeOf(label: string): ShapedLabel {
  const words = label.trim().split(/\s+/).filter(Boolean);
  const folded = words.map(fold);
  const phrase = words.join(' ');
  if (words.length === 0) return { kind: 'noun', phrase };
  const [first = '', second = ''] = folded;
  if (PREPOSITIONS.has(first) || (ADVERBS.has(first) && PREPOSITIONS.has(second))) return { kind: 'adverbial', phrase };
  const finite = finiteVerbAt(folded);
  if (finite > 0) return { kind: 'clause', phrase: verbLast(words, folded, finite) };
  const last = folded[folded.length - 1] ?? '';
  if (words.length >= 2 && isParticiple(last)) {
    const before = folded.slice(0, -1);
    // "sneller ingewerkt" says how we are: "als we sneller ingewerkt zijn"; "klassen bezet"
    // has its own subject: "als klassen bezet zijn".
    if (before.every((word) => ADVERBS.has(word))) return { kind: 'verb', phrase: `${phrase} zijn` };
    if (!opensNoun(before[before.length - 1] ?? '')) return { kind: 'clause', phrase: `${phrase} ${isPlural(before) ? 'zijn' : 'is'}` };
  }
  // "sfeer veilig": a noun and what it should be, said with its "is"/"zijn".
  const previous = folded[folded.length - 2] ?? '';
  if (words.length >= 2 && PREDICATE_ADJECTIVE.test(last) && !opensNoun(previous) && !ADVERBS.has(previous) && !CONJUNCTIONS.has(previous)) {
    return { kind: 'clause', phrase: `${phrase} ${isPlural(folded.slice(0, -1)) ? 'zijn' : 'is'}` };
  }
  // "afgerekend op een mislukte les": a participle with its prepositional phrase, said of us.
  if (words.length >= 2 && isParticiple(first) && PREPOSITIONS.has(second)) return { kind: 'verb', phrase: [words[0], 'worden', ...words.slice(1)].join(' ') };
  // "stagiairs blijven": a verb without object after a plural is said of it, the clause already verb-final.
  if (words.length >= 2 && INTRANSITIVE.has(last) && /(?:s|'s|’s|en)$/.test(previous) && !isInfinitiveLike(previous) && !ADVERBS.has(previous) && !opensNoun(previous)) return { kind: 'clause', phrase };
  if (isVerbPhrase(folded)) return { kind: 'verb', phrase };
  return { kind: 'noun', phrase };
}
