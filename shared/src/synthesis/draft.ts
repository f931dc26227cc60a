// The draft answer to one question: a short paragraph a school leader could put in a policy
// document, in the question's own form ("Wij spelen de wedstrijd van …"), the room's favourite
// themes first. No counts: they belong on the board. Every sentence keeps the notes it speaks
// for, so the facilitator and the export can trace it back. A draft to edit, not a verdict.
import { shortenText } from './label.ts';
import type { DraftStatement, StatementSentence } from './types.ts';

export type DraftTheme = { label: string; noteIds: readonly string[]; votes?: number; representativeId?: string; representativeText?: string };

const MAX_WORDS = 120;
const FIRST = 3;
const MORE = 3;

/** A label inside a sentence: lower case, unless it starts with an abbreviation (PO, HR, MBO). */
const inProse = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase('nl') + label.slice(1) : label);

/** "a", "a en b", "a, b en c". */
export const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;

type Form = { test: RegExp; answer: (list: string, match: RegExpMatchArray) => string };

// The questions of the study day, each answered the way it was asked; anything else gets a plain form.
const FORMS: readonly Form[] = [
  { test: /welke wedstrijd/i, answer: (list) => `Wij spelen de wedstrijd van ${list}.` },
  { test: /spelregels/i, answer: (list) => `Onze spelregels: ${list}.` },
  { test: /doen we het goed/i, answer: (list) => `We doen het goed als we zorgen voor ${list}.` },
  { test: /(waar|waarop) trainen/i, answer: (list) => `We trainen op ${list}.` },
  { test: /toegevoegde waarde/i, answer: (list) => `De toegevoegde waarde zit voor ons in ${list}.` },
  { test: /visie op (.+?)\s*\?*$/i, answer: (list, match) => `Bij ${match[1] ?? 'dit'} gaat het ons om ${list}.` },
  { test: /nodig/i, answer: (list) => `Wat nodig is: ${list}.` },
];

/** The first sentence of the answer, in the form the question asks for. */
export function answerInForm(prompt: string, list: string): string {
  const question = prompt.replace(/\s+/g, ' ').trim();
  for (const form of FORMS) {
    const match = question.match(form.test);
    if (match) return form.answer(list, match);
  }
  return `Voor ons gaat het om ${list}.`;
}

/** Themes the room voted for first (most votes first), then the bigger ones; stable otherwise. */
function byWeight(themes: readonly DraftTheme[]): DraftTheme[] {
  return themes
    .map((theme, index) => ({ theme, index }))
    .sort((a, b) => (b.theme.votes ?? 0) - (a.theme.votes ?? 0) || b.theme.noteIds.length - a.theme.noteIds.length || a.index - b.index)
    .map(({ theme }) => theme);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Drafts the paragraph for one question. */
export function draftAnswer(prompt: string, themes: readonly DraftTheme[]): DraftStatement {
  const ordered = byWeight(themes.filter((theme) => theme.noteIds.length > 0));
  // A theme carries when several notes say it or the room voted for it; one voice is mentioned last.
  const carries = (theme: DraftTheme): boolean => theme.noteIds.length > 1 || (theme.votes ?? 0) > 0;
  const major = ordered.filter(carries);
  const minor = ordered.filter((theme) => !carries(theme));
  const lead = major.length > 0 ? major : minor.splice(0, FIRST);
  const sentences: StatementSentence[] = [];
  let words = 0;
  const add = (text: string, group: readonly DraftTheme[]): void => {
    if (group.length === 0 || words + wordCount(text) > MAX_WORDS) return;
    sentences.push({ text, noteIds: group.flatMap((theme) => [...theme.noteIds]) });
    words += wordCount(text);
  };
  const labels = (group: readonly DraftTheme[]): string => listOf(group.map((theme) => inProse(theme.label)));

  const first = lead.slice(0, FIRST);
  add(answerInForm(prompt, labels(first)), first);
  const top = first[0];
  const quote = shortenText(top?.representativeText ?? '', 90);
  if (top && top.noteIds.length > 1 && quote && top.representativeId) {
    // The room's own words for what it found most important.
    add(`Zoals een collega het zegt: “${quote}”.`, [{ ...top, noteIds: [top.representativeId] }]);
  }
  const more = lead.slice(FIRST, FIRST + MORE);
  add(`Daarbij ${more.length === 1 ? 'hoort' : 'horen'} ook ${labels(more)}.`, more);
  // One voice each: named, without claiming that several colleagues asked for it.
  const few = minor.slice(0, MORE);
  add(`Ook genoemd: ${labels(few)}.`, few);
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}

/**
 * The statement that joins the answers: each question's leading sentence, in the script's order.
 * A single question's answer is the statement whole.
 */
export function joinAnswers(answers: readonly DraftStatement[]): DraftStatement {
  const [only] = answers;
  if (answers.length === 1 && only) return only;
  const sentences = answers.flatMap((answer) => (answer.sentences[0] ? [answer.sentences[0]] : []));
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}
