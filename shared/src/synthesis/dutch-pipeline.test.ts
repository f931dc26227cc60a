import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { splitCompound } from './compounds.ts';
import { editDistance, FuzzyMatcher } from './fuzzy.ts';
import { GENERAL_LEXICON } from './lexicon-general.ts';
import { SOP_LEXICON } from './lexicon.ts';
import { foldText, tokenize } from './normalize.ts';
import { stemDutch } from './stemmer.ts';
import { defaultVocabulary, stemWord } from './vocabulary.ts';

const vocabulary = defaultVocabulary();

describe('normalisation', () => {
  it('folds case, accents and typographic quotes', () => {
    expect(foldText('Café Één CARRIÈRE’s')).toBe("cafe een carriere's");
  });
  it('keeps hyphenated parts and glues plural apostrophes', () => {
    expect(tokenize('Pabo-studenten en LIO’ers, groep 8! 🙈')).toEqual([
      { word: 'pabostudenten', parts: ['pabo', 'studenten'] },
      { word: 'en', parts: [] },
      { word: 'lioers', parts: [] },
      { word: 'groep', parts: [] },
      { word: '8', parts: [] },
    ]);
  });
});

describe('Dutch Snowball stemmer', () => {
  it.each([
    ['leraren', 'lerar'],
    ['leraar', 'lerar'],
    ['begeleiding', 'begeleid'],
    ['begeleiden', 'begeleid'],
    ['opleidingen', 'opleid'],
    ['lichamelijke', 'licham'],
    ['mogelijkheden', 'mogelijk'],
    ['gesprekken', 'gesprek'],
    ['maan', 'man'],
    ['kinderen', 'kinder'],
  ])('%s → %s (reference output of the published algorithm)', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });
  it('makes a final double consonant single on top, so klas and klassen meet', () => {
    expect(stemWord('klassen')).toBe(stemWord('klas'));
    expect(stemWord('vacatures')).toBe(stemWord('vacature'));
  });
});

describe('compound splitting', () => {
  const known = (part: string): boolean => vocabulary.knownWords.has(part);
  it('cuts compounds into known words, with linking s', () => {
    expect(splitCompound('lerarenopleiding', known)).toEqual(['leraren', 'opleiding']);
    expect(splitCompound('werkplekbegeleider', known)).toEqual(['werkplek', 'begeleider']);
    expect(splitCompound('begeleidingsuren', known)).toEqual(['begeleiding', 'uren']);
  });
  it('leaves words alone that are not compounds of known words', () => {
    expect(splitCompound('uithoudingsvermogen', known)).toBeNull();
    expect(splitCompound('klas', known)).toBeNull();
  });
  it('lets a compound share the concepts of its parts', () => {
    const terms = analyzeText('lerarenopleiding', vocabulary);
    expect(terms.concepts.has('leraar')).toBe(true);
    expect(terms.concepts.has('opleiding')).toBe(true);
  });
});

describe('typo tolerance', () => {
  it('measures edits with adjacent swaps counted once', () => {
    expect(editDistance('concurentie', 'concurrentie')).toBe(1);
    expect(editDistance('wpb', 'pwb')).toBe(1);
  });
  it('finds the intended word for common phone typos but not for short words', () => {
    const fuzzy = new FuzzyMatcher(['concurrentie', 'reflecteren', 'jaarplanning', 'stage']);
    expect(fuzzy.match('concurentie')).toBe('concurrentie');
    expect(fuzzy.match('reflekteren')).toBe('reflecteren');
    expect(fuzzy.match('jaarplaning')).toBe('jaarplanning');
    expect(fuzzy.match('stade')).toBeNull();
  });
  it('maps a misspelled field word to its concept', () => {
    expect(analyzeText('concurentie met het bedrijfsleven', vocabulary).concepts.has('concurrentie')).toBe(true);
  });
});

describe('stop words and lexicon', () => {
  it('drops function words and fillers but keeps content', () => {
    const terms = analyzeText('We moeten gewoon echt meer tijd hebben', vocabulary);
    expect([...terms.stems.keys()]).toEqual(['tijd']);
  });
  it('does not let a stop word through a stem collision (met ← meten)', () => {
    expect(analyzeText('samen met de school', vocabulary).concepts.has('succes')).toBe(false);
  });
  it('maps the field synonyms to one concept', () => {
    for (const word of ['leraar', 'docent', 'leerkracht', 'juf', 'meester']) expect(analyzeText(word, vocabulary).concepts.has('leraar')).toBe(true);
    for (const word of ['leerling', 'kinderen', 'lln']) expect(analyzeText(word, vocabulary).concepts.has('leerling')).toBe(true);
    for (const word of ['student', 'stagiair', 'lio']) expect(analyzeText(word, vocabulary).concepts.has('student')).toBe(true);
    for (const word of ['werkplekbegeleider', 'wpb', 'mentor']) expect(analyzeText(word, vocabulary).concepts.has('begeleider')).toBe(true);
    for (const word of ['tijd', 'uren', 'rooster', 'facilitering']) expect(analyzeText(word, vocabulary).concepts.has('tijd')).toBe(true);
    for (const word of ['pabo', 'hogeschool', 'lerarenopleiding', 'instituut']) expect(analyzeText(word, vocabulary).concepts.has('opleiding')).toBe(true);
  });
  it('matches multi-word phrases, stop words inside included', () => {
    expect(analyzeText('een lange adem', vocabulary).concepts.has('langetermijn')).toBe(true);
    expect(analyzeText('alles voor de kinderen', vocabulary).concepts.has('onderwijskwaliteit')).toBe(true);
  });
  it('links related concepts', () => {
    expect(vocabulary.related.get('tijd')).toContain('werkdruk');
    expect(vocabulary.related.get('werkdruk')).toContain('tijd');
  });
});

describe('general education vocabulary', () => {
  it('adds its words to the field concept of the same id and keeps one entry per concept', () => {
    const ids = SOP_LEXICON.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SOP_LEXICON.find((concept) => concept.id === 'leraar')?.label).toBe('leraren');
    for (const word of ['onderwijsprofessional', 'onderwijsgevende', 'leraressen']) expect(analyzeText(word, vocabulary).concepts.has('leraar')).toBe(true);
  });
  it('brings concepts of its own for school life beyond the field', () => {
    expect(analyzeText('meer aandacht voor vitaliteit', vocabulary).concepts.has('welzijn')).toBe(true);
    expect(analyzeText('minder papierwerk', vocabulary).concepts.has('werkdruk')).toBe(true);
    expect(analyzeText('een kind met dyslexie', vocabulary).concepts.has('passendonderwijs')).toBe(true);
    expect(analyzeText('functioneringsgesprekken', vocabulary).concepts.has('personeelsbeleid')).toBe(true);
  });
  it('has no single-word term that the stop words would swallow', () => {
    for (const concept of GENERAL_LEXICON) {
      for (const term of concept.terms) {
        const words = tokenize(term).map((token) => token.word);
        if (words.length === 1) expect(vocabulary.stopWords.has(words[0] ?? ''), `${concept.id}: ${term}`).toBe(false);
      }
    }
  });
});
