/**
 * The rubric's phase 3: "at least 80% of colleagues can explain the vision in their own words".
 * The share is of the people who joined the workshop (not of those who answered), so a room where
 * few wrote anything cannot meet it. Beamer, console and export all judge with `meetsNorm`.
 */
export const DEFAULT_EXPLAIN_NORM = 80;

/** The step's norm in percent, or the rubric's default. */
export const explainNormOf = (step: { norm?: number | undefined }): number => step.norm ?? DEFAULT_EXPLAIN_NORM;

/**
 * Whether enough colleagues explain the vision: compared unrounded, so 79.6% does not meet 80%.
 * @example meetsNorm(8, 10, 80) // true
 */
export function meetsNorm(explaining: number, participants: number, norm: number): boolean {
  return participants > 0 && explaining * 100 >= norm * participants;
}
