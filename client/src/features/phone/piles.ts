/**
 * Crowd sorting on a phone: piles of note ids, changed by taps (tap a note, then a pile or
 * "Nieuwe stapel"). Pure, so the rules are tested without a screen: a note lies on at most one
 * pile, and a pile that becomes empty disappears.
 */
export type Piles = string[][];

const without = (piles: Piles, noteId: string): Piles => piles.map((p) => p.filter((id) => id !== noteId)).filter((p) => p.length > 0);

/** Moves a note onto an existing pile (by its index before the move). */
export function placeOnPile(piles: Piles, noteId: string, pileIndex: number): Piles {
  const target = piles[pileIndex];
  if (!target) return piles;
  if (target.includes(noteId)) return piles;
  const next = piles.map((p, i) => (i === pileIndex ? [...p, noteId] : p.filter((id) => id !== noteId)));
  return next.filter((p) => p.length > 0);
}

export const startNewPile = (piles: Piles, noteId: string): Piles => [...without(piles, noteId), [noteId]];

export const takeOffPile = (piles: Piles, noteId: string): Piles => without(piles, noteId);

/** The notes still waiting to be laid down, in the handful's order. */
export const unsortedNotes = (handfulIds: readonly string[], piles: Piles): string[] => {
  const placed = new Set(piles.flat());
  return handfulIds.filter((id) => !placed.has(id));
};

export const pileOf = (piles: Piles, noteId: string): number => piles.findIndex((p) => p.includes(noteId));

/** Piles read back from storage or the server: only notes of this handful, each once. */
export function restorePiles(handfulIds: readonly string[], saved: unknown): Piles {
  if (!Array.isArray(saved)) return [];
  const known = new Set(handfulIds);
  const seen = new Set<string>();
  const piles: Piles = [];
  for (const pile of saved) {
    if (!Array.isArray(pile)) continue;
    const kept: string[] = [];
    for (const id of pile) {
      if (typeof id !== 'string' || !known.has(id) || seen.has(id)) continue;
      seen.add(id);
      kept.push(id);
    }
    if (kept.length > 0) piles.push(kept);
  }
  return piles;
}

/** Same piles, whatever the order of piles or of notes within them. */
export function samePiles(a: Piles, b: Piles): boolean {
  const norm = (piles: Piles) =>
    piles
      .map((p) => [...p].sort().join('\u0000'))
      .sort()
      .join('\u0001');
  return norm(a) === norm(b);
}

/** What the server holds of this phone's sorts in a group step: its first, and further ones by round. */
type SentSorts = { sort?: Piles; moreSorts?: Record<string, Piles> };

/** The piles this phone sent for one of its handfuls (0 the first), if any. */
export const sentPiles = (answers: SentSorts, round: number): Piles | undefined => (round > 0 ? answers.moreSorts?.[round] : answers.sort);

/** How many handfuls this phone has sorted and sent in the step. */
export const sortsSent = (answers: SentSorts): number => (answers.sort ? 1 : 0) + Object.keys(answers.moreSorts ?? {}).length;

/**
 * Which handful the phone is on ("Nog een stapel sorteren" moves it on), and whether the server said
 * nothing useful is left; read back from storage, so anything malformed starts at the first.
 */
export type SortRound = { round: number; enough: boolean };

export function restoreSortRound(saved: unknown): SortRound {
  if (typeof saved !== 'object' || saved === null) return { round: 0, enough: false };
  const { round, enough } = saved as Record<string, unknown>;
  return { round: typeof round === 'number' && Number.isInteger(round) && round >= 0 ? round : 0, enough: enough === true };
}
