import type { Note } from '@visiebord/shared/doc';

/** Identifies a wall's notes for `useFitFontSize`: a new note or a longer text measures again. */
export const fitKey = (notes: Array<Pick<Note, 'id' | 'text'>>) => notes.map((n) => `${n.id}:${n.text.length}`).join('|');
