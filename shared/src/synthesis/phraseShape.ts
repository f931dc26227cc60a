// Whether a stretch of a note reads as a whole phrase ("taken eerlijker verdelen", "salaris en een
// vaste aanstelling") or as a piece cut out of a sentence ("coach die ook echt tijd", "kost niks",
// "durf je eerlijker te vertellen"). A label and the draft's prose are made of such stretches, and a
// facilitator reads a broken one as a bug. Dutch has no spelling that marks a noun or a verb, so the
// test leans on the closed word classes that show a clause is running on: subject pronouns, finite
// verbs, words that open a subclause, the infinitive's "te" and a verb's loose particle. These are
// grammar, the same for every school; they are not the vocabulary of any set of notes.

/** Subject pronouns (and "er"): with one inside, a stretch is part of a clause, not a name for a theme. */
const SUBJECT_PRONOUNS = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'we', 'wij', 'jullie', 'men', 'er']);

/**
 * Finite forms of the verbs people use most, in the forms that cannot be an infinitive or a plural
 * noun ("heeft", not "hebben"): a stretch holding one is a clause cut short.
 */
const FINITE_VERBS = new Set([
  'ben', 'bent', 'is', 'was', 'heb', 'hebt', 'heeft', 'had', 'word', 'wordt', 'werd', 'kan', 'kun', 'kunt', 'kon',
  'mag', 'mocht', 'moet', 'moest', 'wil', 'wilt', 'wilde', 'zal', 'zult', 'zou', 'ga', 'gaat', 'ging', 'kom', 'komt',
  'kwam', 'doe', 'doet', 'deed', 'maakt', 'krijgt', 'kreeg', 'geeft', 'gaf', 'sta', 'staat', 'stond', 'zit', 'zat',
  'ligt', 'lag', 'houdt', 'hield', 'zie', 'ziet', 'zag', 'weet', 'wist', 'vind', 'vindt', 'vond', 'denk', 'denkt',
  'dacht', 'lijkt', 'leek', 'hoeft', 'hoef', 'zeg', 'zegt', 'zei', 'loopt', 'liep', 'blijkt', 'heet', 'blijft',
  'bleef', 'kost', 'kostte', 'werkt', 'voelt', 'leert', 'vertelt', 'noemt', 'helpt', 'hielp', 'telt', 'past', 'mist',
  'kijkt', 'speelt', 'begint', 'begon', 'gebeurt', 'gebeurde', 'hoort', 'brengt', 'bracht', 'neemt', 'nam', 'laat',
  'liet', 'zoekt', 'betekent', 'bepaalt', 'draait',
]);

/** Whether a word (lower case) is one of the common finite verb forms above: the draft reads such a label as a clause. */
export const isFiniteVerb = (word: string): boolean => FINITE_VERBS.has(word);

/** Words that open a subclause or a question: what follows them belongs to another clause. */
const SUBCLAUSE_OPENERS = new Set([
  'die', 'dat', 'wat', 'wie', 'waar', 'waarom', 'waardoor', 'waarmee', 'waarin', 'hoe', 'hoeveel', 'welke', 'welk',
  'als', 'omdat', 'zodat', 'doordat', 'wanneer', 'terwijl', 'voordat', 'nadat', 'zodra', 'totdat', 'want',
]);

/** A verb's loose particle ("brengen … mee"): a stretch ending on one has lost its verb. */
const LOOSE_PARTICLES = new Set(['mee', 'terug', 'weg', 'af', 'toe', 'langs', 'voort']);

/** A particle says nothing of a theme ("af en toe" is not about "af"), so a label does not count it. */
export const isLooseParticle = (word: string): boolean => LOOSE_PARTICLES.has(word);

/** Words that turn what follows them around: a phrase cut off after one says the opposite. */
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'nergens', 'zonder']);

export const isNegation = (word: string): boolean => NEGATIONS.has(word.toLocaleLowerCase('nl'));

/** Auxiliaries that may close a phrase as its infinitive ("warm houden" is fine, "moeten" alone is not). */
const AUXILIARY_INFINITIVES = new Set(['gaan', 'hebben', 'zijn', 'kunnen', 'moeten', 'willen', 'zullen', 'mogen', 'worden']);

/** Articles: a new noun phrase inside the same clause, usually the object of a verb just cut off. */
const ARTICLES = new Set(['de', 'het', 'een']);

/** Words after which an article opens a noun phrase that belongs to the stretch ("mentor van een brugklas"). */
const LINKS = new Set([
  'van', 'met', 'in', 'op', 'aan', 'voor', 'bij', 'naar', 'om', 'over', 'door', 'uit', 'tot', 'tegen', 'zonder', 'na',
  'onder', 'tussen', 'via', 'vanuit', 'binnen', 'buiten', 'tijdens', 'sinds', 'vanaf', 'rond', 'en', 'of', 'maar', 'dan',
]);

/** Nouns that live inside fixed preposition groups ("in plaats van", "op basis van", "in het kader van"). */
const FIXED_GROUP_NOUNS = new Set(['plaats', 'basis', 'kader', 'behulp', 'opzichte', 'aanleiding']);

/** "Elke maand", "iedere week": without them the time goes and the stretch reads "maand een lesbezoek". */
const DISTRIBUTIVES = new Set(['elke', 'elk', 'iedere', 'ieder']);

/**
 * Whether `words` (lower case, as typed, in order) read as a whole phrase, given the words just
 * before and after them in their clause (undefined at the clause's edges).
 */
export function readsAsPhrase(words: readonly string[], before: string | undefined, after: string | undefined): boolean {
  if (words.length === 0) return false;
  const last = words[words.length - 1] ?? '';
  // After "wij"/"je" the stretch starts on the clause's verb: "(wij) strijden met alle scholen".
  if (before !== undefined && (SUBJECT_PRONOUNS.has(before) || DISTRIBUTIVES.has(before))) return false;
  // An article straight after a noun or a verb starts the clause's next part: "kind verdient een goede juf".
  const articleOutOfPlace = words.some((word, i) => i > 0 && ARTICLES.has(word) && !LINKS.has(words[i - 1] ?? '') && !LOOSE_PARTICLES.has(words[i - 1] ?? ''));
  if (articleOutOfPlace) return false;
  // Before an article, a verb or a subject the clause runs on: "studenten brengen (de nieuwste
  // inzichten mee)", "één persoon verantwoordelijk (zijn)", "niet zo (noemen we)".
  if (after !== undefined && (ARTICLES.has(after) || FINITE_VERBS.has(after) || AUXILIARY_INFINITIVES.has(after) || SUBJECT_PRONOUNS.has(after))) return false;
  if (LOOSE_PARTICLES.has(last) || AUXILIARY_INFINITIVES.has(last)) return false;
  // A fixed preposition group cut in two: "vragen stellen in plaats (van vertellen)", "(in) plaats van".
  if (FIXED_GROUP_NOUNS.has(last) && after !== undefined && LINKS.has(after)) return false;
  if (before !== undefined && LINKS.has(before) && FIXED_GROUP_NOUNS.has(words[0] ?? '')) return false;
  return words.every((word) => !SUBJECT_PRONOUNS.has(word) && !SUBCLAUSE_OPENERS.has(word) && word !== 'te' && !FINITE_VERBS.has(word));
}
