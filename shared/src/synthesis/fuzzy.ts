// Typos on phones are mostly one letter wrong, missing or swapped (concurentie, reflekteren,
// jaarplaning). Character trigrams find the few candidate words cheaply; an edit distance with
// transpositions then decides, strict for short words where one letter changes the meaning.

const trigramsOf = (word: string): string[] => {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
};

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How many edits a word of this length may carry and still be recognised. */
export const allowedEdits = (length: number): number => (length >= 10 ? 2 : length >= 7 ? 1 : 0);

/** Finds the closest known word to a possibly misspelled one. */
export class FuzzyMatcher {
  private readonly index = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      for (const gram of new Set(trigramsOf(word))) {
        const list = this.index.get(gram);
        if (list) list.push(word);
        else this.index.set(gram, [word]);
      }
    }
    // Sorted lists make the answer independent of insertion order when two words tie.
    for (const list of this.index.values()) list.sort();
  }

  /** The known word within the allowed edits, preferring fewer edits then the alphabetically first; or null. */
  match(word: string): string | null {
    const limit = allowedEdits(word.length);
    if (limit === 0) return null;
    const shared = new Map<string, number>();
    for (const gram of new Set(trigramsOf(word))) {
      for (const candidate of this.index.get(gram) ?? []) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
    const grams = word.length; // a word of n letters has n trigrams once padded
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const [candidate, count] of shared) {
      // Each edit destroys at most three trigrams; fewer shared means too far apart to bother.
      if (count < grams - 3 * limit) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= limit ? best : null;
  }
}
