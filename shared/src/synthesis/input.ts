// Reading `{prompt, notes, sorts?, groups?}` from untrusted JSON (a file, a request body) with
// messages that say exactly what is wrong. Hand-written rather than zod so the engine stays
// dependency-free; the shapes are small.
import type { Sort, SynthesisInput, SynthesisNote } from './types.ts';

export class SynthesisInputError extends Error {
  override name = 'SynthesisInputError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a parsed JSON value as engine input; throws SynthesisInputError naming the bad path. */
export function parseSynthesisInput(value: unknown): SynthesisInput {
  if (!isRecord(value)) throw new SynthesisInputError('expected a JSON object with "prompt" and "notes"');
  const prompt = value.prompt ?? '';
  if (typeof prompt !== 'string') throw new SynthesisInputError('"prompt" must be a string');
  if (!Array.isArray(value.notes)) throw new SynthesisInputError('"notes" must be an array of {id, text}');
  const seen = new Set<string>();
  const notes: SynthesisNote[] = value.notes.map((note: unknown, i: number) => {
    if (!isRecord(note) || typeof note.id !== 'string' || typeof note.text !== 'string') {
      throw new SynthesisInputError(`notes[${i}] must be an object with string "id" and "text"`);
    }
    if (seen.has(note.id)) throw new SynthesisInputError(`notes[${i}]: duplicate id "${note.id}"`);
    seen.add(note.id);
    return { id: note.id, text: note.text };
  });
  const input: SynthesisInput = { prompt, notes };
  if (value.sorts !== undefined) {
    if (!Array.isArray(value.sorts)) throw new SynthesisInputError('"sorts" must be an array of sorts, each a list of piles of note ids');
    input.sorts = value.sorts.map((sort: unknown, s: number): Sort => {
      if (!Array.isArray(sort)) throw new SynthesisInputError(`sorts[${s}] must be a list of piles`);
      return sort.map((pile: unknown, p: number) => {
        if (!Array.isArray(pile) || !pile.every((id) => typeof id === 'string')) {
          throw new SynthesisInputError(`sorts[${s}][${p}] must be a list of note ids (strings)`);
        }
        return pile as string[];
      });
    });
  }
  if (value.groups !== undefined) {
    const groups = value.groups;
    if (!isRecord(groups) || !Object.values(groups).every((g) => typeof g === 'string')) {
      throw new SynthesisInputError('"groups" must map note ids to group ids (strings)');
    }
    input.groups = groups as Record<string, string>;
  }
  if (value.language !== undefined) {
    if (value.language !== 'nl' && value.language !== 'en') throw new SynthesisInputError('"language" must be "nl" or "en"');
    input.language = value.language;
  }
  return input;
}
