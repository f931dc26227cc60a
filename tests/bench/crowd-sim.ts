// A simulated room for the `group` step: colleagues each sort a handful into piles, putting a
// note on the pile of its true theme most of the time and somewhere else otherwise.
import { seededRandom } from '@visiebord/shared/synthesis';

/**
 * Sorts every handful: each note goes to the pile of its gold theme with probability `accuracy`,
 * otherwise to another pile of that handful or a pile of its own. Deterministic for a seed.
 */
export function simulateSorts(handfuls: readonly (readonly string[])[], themeOf: ReadonlyMap<string, string>, accuracy: number, seed: number): string[][][] {
  const random = seededRandom(seed);
  return handfuls.map((handful) => {
    const themes = [...new Set(handful.map((id) => themeOf.get(id) ?? id))];
    const piles = new Map<string, string[]>();
    for (const id of handful) {
      const truth = themeOf.get(id) ?? id;
      let pile = truth;
      if (random() >= accuracy) {
        const others = themes.filter((t) => t !== truth);
        // A mistake: a wrong pile of this handful, or (when there is none, or by chance) a pile alone.
        pile = others.length > 0 && random() < 0.7 ? (others[Math.floor(random() * others.length)] ?? truth) : `alone:${id}`;
      }
      piles.set(pile, [...(piles.get(pile) ?? []), id]);
    }
    return [...piles.values()];
  });
}
