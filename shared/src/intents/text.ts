import { AppError } from '../api/errors.ts';

export const NOTE_MAX_LENGTH = 500;

// Control characters other than newline and tab, zero-width spaces and direction overrides:
// invisible on a phone, trouble in an export. The zero-width joiner stays: emoji such as 👩‍🏫 need it.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Cleans what a phone typed: NFC, no control or direction characters, at most two blank lines, trimmed. */
export function cleanText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('nl', { granularity: 'grapheme' }) : null;

/** Length as people count it: one per visible character, so 👩‍🏫 counts once. */
export function textLength(text: string): number {
  if (!graphemes) return [...text].length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** The text of a note, or an error saying what is wrong with it in words a teacher understands. */
export function validNoteText(input: string): string {
  const text = cleanText(input);
  if (text.length === 0) throw new AppError('note_empty');
  const length = textLength(text);
  if (length > NOTE_MAX_LENGTH) {
    throw new AppError('note_too_long', `Je notitie is te lang: ${length} tekens, het maximum is ${NOTE_MAX_LENGTH}. Maak hem korter of verdeel hem over twee notities.`);
  }
  return text;
}
