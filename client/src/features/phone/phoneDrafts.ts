import { readStored, removeStored, writeStored } from '../../lib/storage';

/**
 * Work in progress on this phone that is not an answer yet — an explanation being typed, piles
 * being laid — kept per join code and step, so a reload or a flat battery loses none of it.
 */
const draftKey = (code: string, key: string) => `visiebord:draft:${code}:${key}`;

export const loadDraft = (code: string, key: string): unknown => readStored(draftKey(code, key), (v): v is unknown => v !== null);
export const saveDraft = (code: string, key: string, value: unknown) => writeStored(draftKey(code, key), value);
export const forgetDraft = (code: string, key: string) => removeStored(draftKey(code, key));
