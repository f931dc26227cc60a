import { describe, expect, it } from 'vitest';
import { contentStems, countStems, elsewhereFrom, labelCandidates } from './label.ts';
import { defaultVocabulary } from './vocabulary.ts';

const vocabulary = defaultVocabulary();
const label = (notes: string[], others: string[] = [], prompt = 'Wat hebben startende leraren nodig?') => {
  const rest = others.map((t) => contentStems(t, vocabulary));
  return labelCandidates(notes, elsewhereFrom(countStems(rest), rest, []), contentStems(prompt, vocabulary), vocabulary)[0] ?? '';
};
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

describe('cluster labels from the notes’ own words', () => {
  const werkdruk = ['minder werkdruk in het eerste jaar', 'werkdruk omlaag: minder lesuren', 'geen extra taken, de werkdruk is al hoog'];

  it('names the phrase the notes share, in 2–5 of their own words', () => {
    const result = label(werkdruk);
    expect(result.toLowerCase()).toContain('werkdruk');
    expect(words(result).length).toBeGreaterThanOrEqual(2);
    expect(words(result).length).toBeLessThanOrEqual(5);
  });

  it('uses no word that is not in its notes', () => {
    const notes = ['een vaste buddy bij wie je binnenloopt', 'een maatje in de bouw', 'vaste mentor voor elke starter'];
    const own = new Set(notes.flatMap(words));
    for (const word of words(label(notes))) expect(own.has(word)).toBe(true);
  });

  it('never starts or ends on a loose word', () => {
    const result = label(['de scholen in de stad pikken alles weg', 'concurrentie met de scholen in de stad']);
    const [first] = words(result);
    const last = words(result).at(-1);
    for (const loose of ['de', 'in', 'en', 'met', 'van']) {
      expect(first).not.toBe(loose);
      expect(last).not.toBe(loose);
    }
  });

  it('keeps a negation with the words it turns around, within five words', () => {
    // Without its "niet"/"geen" the stretch would say the opposite of the notes.
    const afgerekend = label(['je wordt niet afgerekend op fouten', 'niet afgerekend op fouten, dat geeft rust']);
    expect(afgerekend.toLowerCase()).toBe('niet afgerekend op fouten');
    expect(label(['echt geen extra taken in jaar een', 'geen extra taken erbij'], ['taken verdelen in het team']).toLowerCase()).toMatch(/^geen extra taken/);
    for (const result of [afgerekend, label(['ze willen niet te veel vergaderingen op woensdag', 'niet te veel vergaderingen'])]) {
      expect(words(result).length).toBeLessThanOrEqual(5);
      expect(words(result)[0]).toMatch(/^(?:niet|geen)$/);
    }
  });

  it('does not name the cluster after the prompt’s own words', () => {
    expect(label(['startende leraren hebben rust nodig', 'rust voor startende leraren']).toLowerCase()).not.toMatch(/^startende leraren$/);
  });

  it('prefers words the other clusters do not share', () => {
    const result = label(['tijd voor intervisie met andere starters', 'intervisie en tijd om te sparren'], ['tijd voor de klas', 'tijd om na te denken']);
    expect(result.toLowerCase()).toContain('intervisie');
  });
});

describe('a label never reads as a clause cut short', () => {
  it('takes the whole phrase over a longer stretch that runs into the next clause', () => {
    const result = label(['een begeleider die ook echt tijd heeft', 'tijd voor de begeleider en een vaste begeleider']);
    expect(result.toLowerCase()).not.toMatch(/\bdie\b|\bheeft\b/);
  });

  it('names a note that has no whole phrase by its own telling word, not by a broken stretch', () => {
    const result = label(['Die planningsdruk! Elk rooster moet vastgelegd worden']);
    expect(result).toBe('Planningsdruk');
  });

  it('names a note by the word it opens on, not by what it turns away from', () => {
    expect(label(['rapportgesprekken in plaats van tienminutengesprekken'])).toBe('Rapportgesprekken');
  });

  it('does not run a phrase into or out of quotation marks', () => {
    expect(label(["niet 'de starter' noemen"])).toBe('Starter');
  });
});
