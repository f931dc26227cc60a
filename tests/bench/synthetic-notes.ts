// Synthetic notes for timing: sentences stitched from the field's vocabulary with some typos,
// deterministic for a seed. Their meaning does not matter, their size and word mix do.
import { SOP_LEXICON, seededRandom } from '@visiebord/shared/synthesis';

const FILLER = ['we', 'moeten', 'meer', 'de', 'het', 'een', 'voor', 'met', 'en', 'echt', 'niet', 'ook', 'goede', 'onze', 'elke', 'week', 'samen', 'nieuwe'];

export function syntheticNotes(count: number, seed: number): { id: string; text: string; theme: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const notes: { id: string; text: string; theme: string }[] = [];
  for (let i = 0; i < count; i++) {
    const theme = pick(SOP_LEXICON);
    const words: string[] = [];
    const length = 1 + Math.floor(random() * 14);
    for (let w = 0; w < length; w++) {
      let word = random() < 0.5 ? pick(theme.terms) : random() < 0.7 ? pick(FILLER) : pick(pick(SOP_LEXICON).terms);
      if (random() < 0.05 && word.length > 4) word = word.slice(0, 2) + word.slice(3); // a typo
      words.push(word);
    }
    notes.push({ id: `n${String(i).padStart(5, '0')}`, text: words.join(' '), theme: theme.id });
  }
  return notes;
}
