/**
 * Text as people type it on a phone: cleaned the way the server stores it, and counted the way a
 * person counts, one per visible character (👩‍🏫 is one, not five code units or three code points).
 * The phone previews with these functions and the server enforces with them, so both agree.
 */

/** A note on a canvas, in visible characters. */
export const NOTE_MAX_LENGTH = 500;
/** An explanation of the vision in one's own words, in visible characters. */
export const EXPLANATION_MAX_LENGTH = 1000;
/** A name on the phone, in visible characters. */
export const NAME_MAX_LENGTH = 40;

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

export type TextVerdict = {
  /** The text as the server stores it. */
  text: string;
  /** Its length in visible characters. */
  length: number;
  max: number;
  problem: 'empty' | 'too_long' | null;
};

/**
 * What the server will say about a text, before it is sent.
 * @example checkText('👩‍🏫 leraar', 500) // { text: '👩‍🏫 leraar', length: 8, max: 500, problem: null }
 */
export function checkText(input: string, max: number): TextVerdict {
  const text = cleanText(input);
  const length = textLength(text);
  return { text, length, max, problem: length === 0 ? 'empty' : length > max ? 'too_long' : null };
}
