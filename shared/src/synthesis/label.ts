// A cluster's name on the board: the field concept most of its notes share (from the lexicon, so
// it reads as Dutch people say it), else the words it repeats, else — for a lone note — the note
// itself, shortened. Concepts the prompt already names are a last resort: every answer has them.
import type { TextTerms } from './analyze.ts';
import type { Vocabulary } from './vocabulary.ts';

const MAX_LABEL = 48;

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Shortens a note to a label: whole words, at most MAX_LABEL characters, no trailing punctuation. */
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

export type ClusterKeywords = { concepts: string[]; stems: string[] };

/** Concepts and stems that set a cluster apart, strongest first. */
export function clusterKeywords(members: readonly TextTerms[], promptTerms: TextTerms, vocabulary: Vocabulary): ClusterKeywords {
  const tally = (pick: (t: TextTerms) => Map<string, number>, weightOf: (key: string) => number): string[] => {
    const score = new Map<string, number>();
    for (const terms of members) for (const [key, w] of pick(terms)) score.set(key, (score.get(key) ?? 0) + w * weightOf(key));
    return [...score.entries()]
      .filter(([key, s]) => s > 0 && !pick(promptTerms).has(key))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([key]) => key);
  };
  return {
    concepts: tally((t) => t.concepts, (c) => vocabulary.conceptWeights.get(c) ?? 1),
    stems: tally((t) => t.stems, () => 1),
  };
}

/** A short readable Dutch label for a cluster. */
export function labelCluster(memberTexts: readonly string[], members: readonly TextTerms[], keywords: ClusterKeywords, vocabulary: Vocabulary): string {
  const share = (has: (t: TextTerms) => boolean): number => members.filter(has).length / (members.length || 1);
  const [topConcept, secondConcept] = keywords.concepts;
  if (members.length > 1 && topConcept && share((t) => t.concepts.has(topConcept)) >= 0.4) {
    const label = vocabulary.labels.get(topConcept) ?? topConcept;
    // Two concepts that each carry most of the cluster both belong in the name.
    const second = secondConcept ? (vocabulary.labels.get(secondConcept) ?? secondConcept) : '';
    // Only short, simple labels combine; "a en b en c en d" reads as a list, not a theme.
    const simple = (text: string): boolean => !/ en |,/.test(text);
    if (secondConcept && share((t) => t.concepts.has(secondConcept)) >= 0.6 && simple(label) && simple(second) && label.length + second.length < 36) {
      return capitalize(`${label} en ${second}`);
    }
    return capitalize(label);
  }
  if (members.length > 1) {
    const shared = keywords.stems.filter((stem) => share((t) => t.stems.has(stem)) >= 0.5).slice(0, 2);
    if (shared.length > 0) {
      const surface = (stem: string): string => members.map((t) => t.surfaces.get(stem)).find((s) => s !== undefined) ?? stem;
      return capitalize(shared.map(surface).join(' en '));
    }
    if (topConcept) return capitalize(vocabulary.labels.get(topConcept) ?? topConcept);
  }
  return capitalize(shortenText(memberTexts[0] ?? ''));
}
