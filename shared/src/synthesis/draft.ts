// The draft answer to one question: a short paragraph a school leader could put in a policy
// document, in the question's own form ("Wij spelen de wedstrijd van …"), the room's favourite
// themes first. Each label gets a sentence that fits its kind of phrase (labelShape.ts), labels of
// one kind share a sentence. No counts: they belong on the board. Every sentence keeps the notes
// it speaks for, so the facilitator and the export can trace it back. A draft to edit, not a verdict.
import { framesFor } from './answerForms.ts';
import { shapeOf, type LabelKind, type ShapedLabel } from './labelShape.ts';
import { isNegation } from './phraseShape.ts';
import type { Language } from '../script/schema.ts';
import type { DraftStatement, StatementSentence } from './types.ts';

/** One theme of the answer: its label, its notes (ids, and their texts where known) and the room's votes for it. */
export type DraftTheme = { label: string; noteIds: readonly string[]; votes?: number; texts?: readonly string[] };

const MAX_WORDS = 120;
/** Themes in one answer: enough to show the room's range, few enough to read as a paragraph. */
const MAX_THEMES = 7;
/** With fewer themes that several notes or votes carry, single voices fill the answer up to this. */
const MIN_THEMES = 4;
/** Labels in the first sentence, and in each sentence after it. */
const FIRST = 2;
const MORE = 4;

/**
 * A label inside a sentence: lower case, unless it starts with an abbreviation (PO, HR, MBO) or
 * with a word the notes write with a capital inside a sentence too ("Arabisch", "Sanne"): the
 * board's labels start with a capital whatever the word. A facilitator's label may end on its
 * own "!" or ".", which the sentence around it cannot keep.
 */
function inProse(typed: string, texts: readonly string[]): string {
  const label = typed.trim().replace(/[\s.!?;:,]+$/u, '');
  if (!/^\p{Lu}\p{Ll}/u.test(label)) return label;
  const first = label.split(/\s+/)[0] ?? '';
  const named = new RegExp(`[\\p{L}\\p{N},;:]\\s+${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  return texts.some((text) => named.test(text)) ? label : label.charAt(0).toLocaleLowerCase('nl') + label.slice(1);
}

/**
 * "a", "a en b", "a, b en c"; when a label has an "en" of its own, a comma before the list's last
 * "en" shows where the labels part ("individuele aandacht, en digitale middelen en AI").
 */
export function listOf(items: readonly string[], language: Language = 'nl'): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = language === 'en' ? 'and' : 'en';
  const own = items.some((item) => new RegExp(`\\s${and}\\s`).test(item));
  return `${items.slice(0, -1).join(', ')}${own ? ',' : ''} ${and} ${items[items.length - 1] ?? ''}`;
}

/** The first sentence of the answer, in the form the question asks for, for labels of one kind (already a list). */
export function answerInForm(prompt: string, list: string, kind: LabelKind = 'noun'): string {
  return framesFor(prompt).lead[kind](list);
}

/** Themes the room voted for first (most votes first), then the bigger ones; stable otherwise. */
function byWeight(themes: readonly DraftTheme[]): DraftTheme[] {
  return themes
    .map((theme, index) => ({ theme, index }))
    .sort((a, b) => (b.theme.votes ?? 0) - (a.theme.votes ?? 0) || b.theme.noteIds.length - a.theme.noteIds.length || a.index - b.index)
    .map(({ theme }) => theme);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

type Shaped = { theme: DraftTheme; shape: ShapedLabel; rank: number };

/**
 * The sentences' groups: labels of one kind together, in the room's order, the first sentence
 * holding the top theme; a kind with more labels than a sentence holds goes on in a next one.
 */
function sentenceGroups(shaped: readonly Shaped[]): Shaped[][] {
  const byKind = new Map<LabelKind, Shaped[]>();
  for (const item of shaped) byKind.set(item.shape.kind, [...(byKind.get(item.shape.kind) ?? []), item]);
  const groups: Shaped[][] = [];
  for (const items of byKind.values()) {
    let size = items[0]?.rank === 0 ? FIRST : MORE;
    for (let from = 0; from < items.length; from += size, size = MORE) groups.push(items.slice(from, from + size));
  }
  return groups.sort((a, b) => (a[0]?.rank ?? 0) - (b[0]?.rank ?? 0));
}

/**
 * A label's kind of phrase. The kinds are read by Dutch grammar; an English workshop's labels all
 * take its frames' one slot (answerFormsEn.ts).
 */
const shapeIn = (language: Language, label: string): ShapedLabel => (language === 'en' ? { kind: 'noun', phrase: label } : shapeOf(label));

/**
 * A label that opens on a negation ("niet meteen mentor van een brugklas", "geen tijd voor
 * begeleiding") may be a wish or a complaint, and no frame takes it without saying which: it is
 * listed as the notes said it, after the answer's sentences.
 */
const opensOnNegation = (language: Language, phrase: string): boolean => {
  const first = phrase.split(/\s+/)[0] ?? '';
  return language === 'en' ? /^(?:not|no|never|without)$/i.test(first) : isNegation(first);
};
const AS_SAID: Record<Language, { alone: string; after: string }> = {
  nl: { alone: 'Genoemd', after: 'Ook genoemd' },
  en: { alone: 'Mentioned', after: 'Also mentioned' },
};

/** Drafts the paragraph for one question, in the workshop's language (Dutch unless its script says otherwise). */
export function draftAnswer(prompt: string, themes: readonly DraftTheme[], language: Language = 'nl'): DraftStatement {
  const ordered = byWeight(themes.filter((theme) => theme.noteIds.length > 0));
  // A theme carries when several notes say it or the room voted for it; a single voice comes after
  // them, and only while the answer would otherwise say little.
  const carries = (theme: DraftTheme): boolean => theme.noteIds.length > 1 || (theme.votes ?? 0) > 0;
  const major = ordered.filter(carries).slice(0, MAX_THEMES);
  const minor = ordered.filter((theme) => !carries(theme)).slice(0, Math.max(0, MIN_THEMES - major.length));
  const shaped = [...major, ...minor].map((theme, rank) => ({ theme, shape: shapeIn(language, inProse(theme.label, theme.texts ?? [])), rank }));
  const frames = framesFor(prompt, language);

  const asSaid = shaped.filter((item) => opensOnNegation(language, item.shape.phrase));
  const framed = shaped.filter((item) => !asSaid.includes(item));
  const groups: { group: Shaped[]; frame: (list: string) => string }[] = sentenceGroups(framed).map((group, index) => ({
    group,
    frame: (index === 0 ? frames.lead : frames.more)[group[0]?.shape.kind ?? 'noun'],
  }));
  const said = AS_SAID[language];
  if (asSaid.length > 0) groups.push({ group: asSaid, frame: (list) => `${framed.length > 0 ? said.after : said.alone}: ${list}.` });

  const sentences: StatementSentence[] = [];
  let words = 0;
  groups.forEach(({ group, frame }) => {
    // Within the word limit: the group's last labels go first, the sentence whole if none fits.
    for (let size = group.length; size > 0; size--) {
      const part = group.slice(0, size);
      const text = frame(listOf(part.map((item) => item.shape.phrase), language));
      if (words + wordCount(text) > MAX_WORDS) continue;
      sentences.push({ text, noteIds: part.flatMap((item) => [...item.theme.noteIds]) });
      words += wordCount(text);
      return;
    }
  });
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
