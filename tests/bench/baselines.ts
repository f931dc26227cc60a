// The baselines the synthesis engine must beat: plain TF-IDF with average linkage, one cluster per
// note (what the facilitator starts from without any help), and — for the crowd — plain vote counting.
import { averageLinkage } from '@visiebord/shared/synthesis';

type Note = { id: string; text: string };

/** Lower-case word tokens, nothing else: no stop words, stemming, compounds or lexicon. */
const plainTokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);

/**
 * Plain TF-IDF vectors, cosine similarity, average linkage, cut at √n clusters
 * (the usual rule of thumb when the number of clusters is not known).
 */
export function tfidfAverageLinkage(notes: readonly Note[]): string[][] {
  const n = notes.length;
  const docs = notes.map((note) => plainTokens(note.text));
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, c] of tf) v.set(t, c * Math.log(n / (df.get(t) ?? 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let dot = 0;
      for (const [t, w] of vectors[i] ?? new Map<string, number>()) dot += w * (vectors[j]?.get(t) ?? 0);
      sim[i * n + j] = dot;
      sim[j * n + i] = dot;
    }
  }
  return cutIntoK(notes.map((note) => note.id), sim, Math.max(1, Math.round(Math.sqrt(n))));
}

/** Average linkage on a dense similarity matrix, replayed until k clusters remain. */
function cutIntoK(ids: readonly string[], sim: Float64Array, k: number): string[][] {
  const n = ids.length;
  const merges = averageLinkage(sim, n).sort((a, b) => b.similarity - a.similarity);
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  // Replaying merges in similarity order is valid for average linkage (no inversions).
  for (const merge of merges.slice(0, n - k)) parent[find(merge.right)] = find(merge.left);
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), id]));
  return [...groups.values()];
}

/**
 * Plain vote counting, told the number of themes: per pair, the sorts that put the two notes
 * together minus those that kept them apart; average linkage on that, cut at k clusters.
 */
export function voteCounting(notes: readonly Note[], sorts: readonly (readonly (readonly string[])[])[], k: number): string[][] {
  const ids = notes.map((note) => note.id);
  const n = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const votes = new Float64Array(n * n);
  for (const sort of sorts) {
    const seen = sort.flatMap((pile, p) => pile.map((id) => [indexOf.get(id), p] as const)).filter((e): e is readonly [number, number] => e[0] !== undefined);
    for (const [i, pi] of seen) for (const [j, pj] of seen) if (i !== j) votes[i * n + j] = (votes[i * n + j] ?? 0) + (pi === pj ? 1 : -1);
  }
  return cutIntoK(ids, votes, k);
}

export const oneClusterPerNote = (notes: readonly Note[]): string[][] => notes.map((note) => [note.id]);
