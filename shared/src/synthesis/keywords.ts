// The stems and concepts that set a cluster apart, strongest first: the explain scorer and the
// console's keyword chips use them. Concepts the prompt already names say nothing and are left out.
import type { TextTerms } from './analyze.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ClusterKeywords = { concepts: string[]; stems: string[] };

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
