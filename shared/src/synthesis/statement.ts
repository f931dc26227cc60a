// The draft statement for one question: one sentence per theme, biggest theme first, each naming
// the theme and quoting its most typical note, so the room recognises its own words and the
// facilitator can trace every sentence back to the notes behind it. A draft to edit, not a verdict.
import { shortenText } from './label.ts';
import type { DraftStatement, StatementSentence } from './types.ts';

export type StatementTheme = { label: string; noteIds: readonly string[]; representativeText: string };

const lower = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

// Openings vary so the draft reads as prose; the first theme is what most colleagues said.
const OPENINGS: readonly ((label: string) => string)[] = [
  (label) => `Het meest genoemd: ${label}`,
  (label) => `Daarnaast gaat het ons om ${label}`,
  (label) => `Ook ${label} telt`,
  (label) => `Verder vinden we ${label} belangrijk`,
];

/** Drafts the statement; themes of one note are gathered in a closing sentence. */
export function draftStatement(themes: readonly StatementTheme[]): DraftStatement {
  const sentences: StatementSentence[] = [];
  const major = themes.filter((theme) => theme.noteIds.length > 1);
  const minor = themes.filter((theme) => theme.noteIds.length <= 1);
  major.forEach((theme, rank) => {
    const opening = OPENINGS[Math.min(rank, OPENINGS.length - 1)] ?? OPENINGS[0];
    const quote = shortenText(theme.representativeText, 90);
    const text = `${opening?.(lower(theme.label)) ?? theme.label} (${theme.noteIds.length} notities), bijvoorbeeld: “${quote}”.`;
    sentences.push({ text, noteIds: [...theme.noteIds] });
  });
  if (minor.length > 0) {
    const labels = minor.map((theme) => `“${lower(theme.label)}”`);
    const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1]}` : (labels[0] ?? '');
    sentences.push({ text: `Enkelen noemden nog: ${list}.`, noteIds: minor.flatMap((theme) => [...theme.noteIds]) });
  }
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}
