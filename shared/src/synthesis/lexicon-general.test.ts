import { describe, expect, it } from 'vitest';
import { GENERAL_CONCEPTS, GENERAL_TERMS, withGeneralVocabulary } from './lexicon-general.ts';
import { SOP_LEXICON, type LexiconConcept } from './lexicon.ts';
import { analyzeText } from './analyze.ts';
import { buildVocabulary } from './vocabulary.ts';

describe('general education vocabulary', () => {
  it('extends only concepts the lexicon has, and adds new ones whole', () => {
    const ids = new Set(SOP_LEXICON.map((concept) => concept.id));
    for (const id of Object.keys(GENERAL_TERMS)) expect(ids.has(id)).toBe(true);
    for (const concept of GENERAL_CONCEPTS) expect(ids.has(concept.id)).toBe(true);
  });

  it('merges terms without duplicates and keeps an existing concept over a new one of that id', () => {
    const base: LexiconConcept[] = [{ id: 'werkdruk', label: 'eigen', terms: ['werkdruk', 'werkbelasting'] }, { id: 'waardering', label: 'eigen', terms: ['lof'] }];
    const merged = withGeneralVocabulary(base);
    const werkdruk = merged.find((concept) => concept.id === 'werkdruk');
    expect(werkdruk?.terms.filter((term) => term === 'werkbelasting')).toHaveLength(1);
    expect(merged.filter((concept) => concept.id === 'waardering')).toEqual([{ id: 'waardering', label: 'eigen', terms: ['lof'] }]);
  });

  it('lets two ways of saying one thing meet in a concept', () => {
    const vocabulary = buildVocabulary();
    const a = analyzeText('Collegiale consultatie elke maand', vocabulary);
    const b = analyzeText('Een leerteam per bouw', vocabulary);
    expect(a.concepts.has('intervisie')).toBe(true);
    expect(b.concepts.has('intervisie')).toBe(true);
    expect(analyzeText('Meer erkenning van de directie', vocabulary).concepts.has('waardering')).toBe(true);
  });
});
