// A cluster's name on the board comes from its notes' own words: the phrase of two to five words,
// as one colleague typed it, whose content words most of the cluster's notes share. A phrase
// starts and ends on a content word, so it never reads as a broken fragment ("lessen en vonden"),
// and words the prompt already names count for nothing (every answer repeats them). The phrase
// that also fits the other clusters least wins, so neighbouring clusters are told apart.
import { tokenize } from './normalize.ts';
import { isLooseParticle, isNegation, readsAsPhrase } from './phraseShape.ts';
import { stemWord, type Vocabulary } from './vocabulary.ts';

const MIN_WORDS = 2;
const MAX_WORDS = 5;
const MAX_LABEL = 48;
// Scores lie within ±1 (shares of notes): these tiers put a lone word after every whole phrase of
// MIN_WORDS or more, and a cut-off clause after both.
const LONE_WORD = 5;
const BROKEN = 10;
/**
 * Punctuation ends a clause: a phrase never runs across a comma, a full stop or an equals sign,
 * nor into or out of quotation marks ("niet 'de stagiaire' noemen" has no phrase "stagiaire noemen").
 */
const CLAUSE_BREAK = /[.,;:!?()=+&/\n\u2013\u2014]+|\s-\s|(?:^|\s)['‘"“]|['’"”](?=\s|$)/;

/**
 * A stretch cut off right after a negation says the opposite of its note ("je wordt niet afgerekend
 * op een mislukte les" is no theme "afgerekend op een mislukte les"), so a stretch keeps a negation
 * that stands at most two small words before it.
 */
const NEGATION_REACH = 2;

/** Where a stretch that starts at `start` must begin to keep a negation just before it. */
function withNegation(words: readonly Word[], folded: readonly string[], start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 1 - NEGATION_REACH) && !words[i]?.stem; i--) {
    if (isNegation(folded[i] ?? '')) return i;
  }
  return start;
}

/** A word of a note as typed (for the label) and as compared (its stem; null for a stop word). */
type Word = { surface: string; stem: string | null };

/** A stretch of a note that may name its cluster; `whole` when it reads as a phrase, not a cut-off clause. */
export type LabelCandidate = { text: string; stems: readonly string[]; size: number; whole: boolean; order: number };

/** A note's words in order: surfaces from the note itself, so case and accents survive. */
function wordsOf(text: string, vocabulary: Vocabulary): Word[] {
  const surfaces = text.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((raw) => raw.length > 0);
  return surfaces.map((surface) => ({ surface, stem: stemOfSurface(surface, vocabulary) }));
}

// Per vocabulary, surface → stem: a cluster's notes are read several times over (its words, its
// phrases, the words elsewhere), and folding a word is the slow part of reading it.
const stemCaches = new WeakMap<Vocabulary, Map<string, string | null>>();

/** The stem a word as typed is compared by, or null for a stop word, a number or a lone letter. */
function stemOfSurface(surface: string, vocabulary: Vocabulary): string | null {
  let cache = stemCaches.get(vocabulary);
  if (!cache || cache.size > 50_000) stemCaches.set(vocabulary, (cache = new Map()));
  let stem = cache.get(surface);
  if (stem === undefined) {
    const word = tokenize(surface)[0]?.word ?? '';
    const content = word.length >= 2 && !vocabulary.stopWords.has(word) && !/^\d+$/.test(word);
    stem = content ? stemWord(word) : null;
    cache.set(surface, stem);
  }
  return stem;
}

/** Every 2–5 word stretch of a note that starts and ends on a content word, within one clause. */
function phrasesOf(text: string, vocabulary: Vocabulary): LabelCandidate[] {
  const found: LabelCandidate[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    const words = wordsOf(clause, vocabulary);
    const folded = words.map((w) => w.surface.toLocaleLowerCase('nl'));
    for (let start = 0; start < words.length; start++) {
      // Never start or stop inside a run of content words: "de scholen in de stad" gives
      // "scholen in de stad", not "stad" cut loose from its noun.
      if (!words[start]?.stem || words[start - 1]?.stem) continue;
      // One word alone is a last resort (below every whole phrase), for a note with no phrase that reads whole.
      for (let end = start; end < Math.min(words.length, start + MAX_WORDS); end++) {
        if (!words[end]?.stem || words[end + 1]?.stem) continue;
        const span = words.slice(start, end + 1);
        const said = words.slice(withNegation(words, folded, start), end + 1);
        if (said.length > MAX_WORDS) break;
        const text = said.map((w) => w.surface).join(' ');
        if (text.length > MAX_LABEL) break;
        const stems = [...new Set(span.flatMap((w, i) => (w.stem && !isLooseParticle(folded[start + i] ?? '') ? [w.stem] : [])))];
        found.push({ text, stems, size: said.length, order: found.length, whole: readsAsPhrase(folded.slice(start, end + 1), folded[start - 1], folded[end + 1]) });
      }
    }
  }
  return found;
}

/** The content stems of a text, for "does this note share the phrase's words". */
export const contentStems = (text: string, vocabulary: Vocabulary): Set<string> =>
  new Set(wordsOf(text.replace(/[.,;:!?()]/g, ' '), vocabulary).flatMap((w) => (w.stem ? [w.stem] : [])));

/** How many notes outside a cluster have a word, and how many notes are outside. */
export type NotesElsewhere = { notes: number; count: (stem: string) => number };

/** In how many notes each content stem occurs. */
export function countStems(all: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of all) for (const stem of note) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

/** For one cluster (`inside`: its note indices): the rest of the notes, from counts over all notes. */
export function elsewhereFrom(counts: ReadonlyMap<string, number>, all: readonly Set<string>[], inside: readonly number[]): NotesElsewhere {
  const own = new Map<string, number>();
  for (const i of inside) for (const stem of all[i] ?? []) own.set(stem, (own.get(stem) ?? 0) + 1);
  return { notes: all.length - inside.length, count: (stem) => (counts.get(stem) ?? 0) - (own.get(stem) ?? 0) };
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

/**
 * Label candidates for one cluster, best first. `memberTexts` are the cluster's notes, most
 * typical first; `elsewhere` says how the other clusters' notes use a word; `promptStems` the prompt's words.
 */
export function labelCandidates(memberTexts: readonly string[], elsewhere: NotesElsewhere, promptStems: ReadonlySet<string>, vocabulary: Vocabulary): string[] {
  const members = memberTexts.map((text) => contentStems(text, vocabulary));
  // How much a word says about this cluster: shared by its notes, not by the rest.
  const weight = new Map<string, number>();
  const weightOf = (stem: string): number => {
    let w = weight.get(stem);
    if (w === undefined) {
      const inside = members.filter((note) => note.has(stem)).length;
      const outside = elsewhere.notes > 0 ? elsewhere.count(stem) / elsewhere.notes : 0;
      weight.set(stem, (w = inside / (members.length || 1) - outside));
    }
    return w;
  };
  const scored = new Map<string, { text: string; score: number }>();
  memberTexts.forEach((text, typicality) => {
    for (const phrase of phrasesOf(text, vocabulary)) {
      const key = phrase.text.toLocaleLowerCase('nl');
      const fresh = phrase.stems.filter((stem) => !promptStems.has(stem));
      if (fresh.length === 0 || scored.has(key)) continue;
      // A whole phrase before a lone word before any cut-off clause. Then: every word should say
      // something about the cluster; one more word is worth it only when shared too. Then the more
      // typical note, then the shorter phrase.
      const total = fresh.reduce((sum, stem) => sum + weightOf(stem), 0);
      const tier = !phrase.whole ? -BROKEN : phrase.size >= MIN_WORDS ? 0 : -LONE_WORD;
      // Of lone words the first says it: a note opens on its topic ("kind-oudergesprekken in
      // plaats van tien-minutengesprekken").
      const brevity = phrase.size >= MIN_WORDS ? phrase.text.length : phrase.order;
      const score = tier + total / (fresh.length + 1) - 0.001 * typicality - 0.0001 * brevity;
      scored.set(key, { text: phrase.text, score });
    }
  });
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : 1)).map((c) => capitalize(c.text));
  // A note of one content word has no phrase: its own words, as typed, are the label.
  if (ranked.length === 0) ranked.push(capitalize(shortenText(memberTexts[0] ?? '')));
  return ranked;
}

/** Shortens a note: whole words, at most `max` characters, no trailing punctuation. */
export function shortenText(text: string, max = MAX_LABEL): string {
  const clean = text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N}\s'’\-.,:;!?()/&+=]/gu, '').trim();
  const firstSentence = clean.split(/(?<=[.!?])\s/)[0] ?? clean;
  let result = '';
  for (const word of firstSentence.split(' ')) {
    if ((result + ' ' + word).trim().length > max) break;
    result = (result + ' ' + word).trim();
  }
  return (result || firstSentence.slice(0, max)).replace(/[\s.,:;!?(-]+$/, '');
}
