// How close a suggested clustering is to the one people made by hand. Both are given as
// note id → cluster id; only notes present in both count.

type Labels = ReadonlyMap<string, string>;

/** Turns a list of clusters into note id → cluster index. */
export function labelsOf(clusters: readonly (readonly string[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  clusters.forEach((noteIds, index) => noteIds.forEach((id) => labels.set(id, String(index))));
  return labels;
}

function contingency(truth: Labels, predicted: Labels): { table: Map<string, Map<string, number>>; rows: Map<string, number>; cols: Map<string, number>; n: number } {
  const table = new Map<string, Map<string, number>>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let n = 0;
  for (const [id, t] of truth) {
    const p = predicted.get(id);
    if (p === undefined) continue;
    n++;
    const row = table.get(t) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    table.set(t, row);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  }
  return { table, rows, cols, n };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie): 1 is identical, about 0 is chance. */
export function adjustedRandIndex(truth: Labels, predicted: Labels): number {
  const { table, rows, cols, n } = contingency(truth, predicted);
  let index = 0;
  for (const row of table.values()) for (const count of row.values()) index += pairs(count);
  let rowSum = 0;
  for (const count of rows.values()) rowSum += pairs(count);
  let colSum = 0;
  for (const count of cols.values()) colSum += pairs(count);
  const expected = (rowSum * colSum) / (pairs(n) || 1);
  const maximum = (rowSum + colSum) / 2;
  if (maximum === expected) return 1; // both trivial (all singletons or all one): identical partitions
  return (index - expected) / (maximum - expected);
}

/** V-measure (Rosenberg & Hirschberg): harmonic mean of homogeneity and completeness, 0..1. */
export function vMeasure(truth: Labels, predicted: Labels): number {
  const { table, rows, cols, n } = contingency(truth, predicted);
  if (n === 0) return 1;
  const entropy = (counts: Iterable<number>): number => {
    let h = 0;
    for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const hTruth = entropy(rows.values());
  const hPredicted = entropy(cols.values());
  let hTruthGivenPredicted = 0;
  let hPredictedGivenTruth = 0;
  for (const [t, row] of table) {
    for (const [p, count] of row) {
      hTruthGivenPredicted -= (count / n) * Math.log(count / (cols.get(p) ?? 1));
      hPredictedGivenTruth -= (count / n) * Math.log(count / (rows.get(t) ?? 1));
    }
  }
  const homogeneity = hTruth === 0 ? 1 : 1 - hTruthGivenPredicted / hTruth;
  const completeness = hPredicted === 0 ? 1 : 1 - hPredictedGivenTruth / hPredicted;
  return homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness);
}

/** Maximum-weight one-to-one matching (Hungarian algorithm on the negated weights). */
function maxMatching(weights: number[][]): number {
  const rows = weights.length;
  const cols = Math.max(0, ...weights.map((row) => row.length));
  const size = Math.max(rows, cols);
  if (size === 0) return 0;
  const cost = (i: number, j: number): number => -(weights[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const match = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(size + 1).fill(Infinity);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0] ?? 0;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const current = cost(i0, j) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (current < (minv[j] ?? Infinity)) {
          minv[j] = current;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) {
          u[match[j] ?? 0] = (u[match[j] ?? 0] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0] ?? 0;
      match[j0] = match[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) total += weights[(match[j] ?? 0) - 1]?.[j - 1] ?? 0;
  return total;
}

/**
 * Drag moves to turn a clustering into the hand-made one: every note that is not in the
 * suggested cluster matched (one to one, best overlap) to its own theme must be dragged once.
 */
export function movesToReach(truth: Labels, predicted: Labels): number {
  const { table, n } = contingency(truth, predicted);
  const predictedIds = [...new Set(predicted.values())].sort();
  const weights = [...table.values()].map((row) => predictedIds.map((p) => row.get(p) ?? 0));
  return n - maxMatching(weights);
}

/**
 * Share of drag moves the suggestion saves compared with grouping from scratch (every note on its
 * own, so one cluster per note scores 0 and a perfect suggestion 1; a poor one can go below 0).
 */
export function movesSaved(truth: Labels, predicted: Labels): number {
  const fromScratch = movesToReach(truth, new Map([...truth.keys()].map((id) => [id, id])));
  if (fromScratch === 0) return 1;
  return 1 - movesToReach(truth, predicted) / fromScratch;
}
