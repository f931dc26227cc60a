// Dutch writes compounds as one word (lerarenopleiding, stagebegeleiding, vacaturetekst), so two
// notes about the same thing may share no whole word. Cutting a compound into known words — with
// the linking s or e(n) Dutch puts between them — lets leraren and opleiding meet their notes.

const MIN_PART = 3;
const LINKS = ['', 's', 'e', 'en'];

type Split = { parts: string[]; score: number };

/**
 * Cuts a folded word into known words, or returns null when it cannot be cut.
 * Example: `splitCompound('lerarenopleiding', known)` → `['leraren', 'opleiding']`.
 * Fewer, longer parts win, so "werkplekbegeleider" becomes werkplek + begeleider, not werk + plek + ….
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): string[] | null {
  if (word.length < 2 * MIN_PART) return null;
  const memo = new Map<number, Split | null>();
  const best = (start: number): Split | null => {
    if (start === word.length) return { parts: [], score: 0 };
    const cached = memo.get(start);
    if (cached !== undefined) return cached;
    let found: Split | null = null;
    // The word as a whole is no split of itself, even when it is a known word.
    for (let end = start === 0 ? word.length - MIN_PART : word.length; end - start >= MIN_PART; end--) {
      const part = word.slice(start, end);
      if (!isKnown(part)) continue;
      for (const link of LINKS) {
        if (link !== '' && (end === word.length || !word.startsWith(link, end))) continue;
        const rest = best(end + link.length);
        if (!rest) continue;
        // Squared lengths reward long parts; each extra part costs, a linking letter a little.
        const score = rest.score + part.length * part.length - 10 - link.length;
        if (!found || score > found.score) found = { parts: [part, ...rest.parts], score };
      }
    }
    memo.set(start, found);
    return found;
  };
  const split = best(0);
  return split ? split.parts : null;
}
