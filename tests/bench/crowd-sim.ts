// A simulated room for the `group` step: colleagues each sort a handful into piles, putting a
// note on the pile of its true theme most of the time and somewhere else otherwise.
import { pickSortHandfuls, seededRandom, type SynthesisOptions } from '@visiebord/shared/synthesis';

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

/**
 * The simulated room: how many colleagues sort, notes per handful (the scripts' default `handful`,
 * shared/src/script/schema.ts), how often a note lands on its theme's pile.
 */
export const ROOM = { phones: 30, size: 12, accuracy: 0.8 };

type LabelledNotes = { prompt: string; notes: { id: string; text: string }[]; gold: { theme: string; noteIds: string[] }[] };

/** The sorts a room of `phones` colleagues makes of a labelled set: the engine's handfuls, sorted by the simulation. */
export function roomSorts(set: LabelledNotes, phones: number, seed: number, synthesis: SynthesisOptions = {}): string[][][] {
  const handfuls = pickSortHandfuls({ prompt: set.prompt, notes: set.notes }, { phones, size: ROOM.size, seed }, synthesis);
  const themeOf = new Map(set.gold.flatMap((g) => g.noteIds.map((id) => [id, g.theme] as const)));
  return simulateSorts(handfuls, themeOf, ROOM.accuracy, seed);
}
