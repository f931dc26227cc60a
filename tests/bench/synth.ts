// `pnpm bench:synth [FOLDER]`: scores the synthesis engine on hand-labelled sets against two
// baselines, with and without a simulated crowd, and times it on synthetic rooms.
// Sets: JSON files {id, prompt, notes:[{id,text}], gold:[{theme, noteIds}]} in FOLDER
// (default ../shared/data/synthesis-dev beside the repository).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjustedRandIndex, labelsOf, movesSaved, pickSortHandfuls, synthesize, vMeasure } from '@visiebord/shared/synthesis';
import { oneClusterPerNote, tfidfAverageLinkage } from './baselines.ts';
import { simulateSorts } from './crowd-sim.ts';
import { syntheticNotes } from './synthetic-notes.ts';

type LabelledSet = { id: string; prompt: string; notes: { id: string; text: string }[]; gold: { theme: string; noteIds: string[] }[] };
type Score = { ari: number; v: number; saved: number; ms: number; clusters: number };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = process.argv[2] ? resolve(process.argv[2]) : resolve(repoRoot, '../shared/data/synthesis-dev');

const CROWD = { phones: 30, size: 8, accuracy: 0.8, seed: 42 };

function loadSets(dir: string): LabelledSet[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelledSet }))
    .filter(({ data }) => Array.isArray(data.notes) && Array.isArray(data.gold))
    .map(({ file, data }) => ({ ...data, id: data.id ?? file.replace(/\.json$/, '') }));
}

function score(set: LabelledSet, run: () => string[][]): Score {
  const started = performance.now();
  const clusters = run();
  const ms = performance.now() - started;
  const truth = labelsOf(set.gold.map((g) => g.noteIds));
  const predicted = labelsOf(clusters);
  return { ari: adjustedRandIndex(truth, predicted), v: vMeasure(truth, predicted), saved: movesSaved(truth, predicted), ms, clusters: clusters.length };
}

function crowdSorts(set: LabelledSet): string[][][] {
  const handfuls = pickSortHandfuls({ prompt: set.prompt, notes: set.notes }, { phones: CROWD.phones, size: CROWD.size, seed: CROWD.seed });
  const themeOf = new Map(set.gold.flatMap((g) => g.noteIds.map((id) => [id, g.theme] as const)));
  return simulateSorts(handfuls, themeOf, CROWD.accuracy, CROWD.seed);
}

const methods = {
  engine: (set: LabelledSet) => synthesize({ prompt: set.prompt, notes: set.notes }).clusters.map((c) => c.noteIds),
  'engine+crowd': (set: LabelledSet) => {
    const sorts = crowdSorts(set);
    return synthesize({ prompt: set.prompt, notes: set.notes, sorts }).clusters.map((c) => c.noteIds);
  },
  'tfidf-avg': (set: LabelledSet) => tfidfAverageLinkage(set.notes),
  'one-per-note': (set: LabelledSet) => oneClusterPerNote(set.notes),
} as const;
type Method = keyof typeof methods;

const sets = loadSets(folder);
if (sets.length === 0) {
  process.stderr.write(`bench:synth: no labelled sets in ${folder}\n`);
  process.exit(1);
}

const fmt = (x: number, digits = 3): string => x.toFixed(digits).padStart(7);
const results: Record<string, Record<Method, Score>> = {};
console.log(`synthesis bench — ${sets.length} sets from ${folder}`);
console.log(`crowd: ${CROWD.phones} colleagues × ${CROWD.size} notes, ${CROWD.accuracy * 100}% right pile, seed ${CROWD.seed}\n`);
console.log(`${'set'.padEnd(22)}${'method'.padEnd(14)}${'ARI'.padStart(7)}${'V'.padStart(7)}${'saved'.padStart(7)}${'ms'.padStart(9)}${'k'.padStart(5)}`);
for (const set of sets) {
  results[set.id] = {} as Record<Method, Score>;
  for (const method of Object.keys(methods) as Method[]) {
    const s = score(set, () => methods[method](set));
    (results[set.id] as Record<Method, Score>)[method] = s;
    console.log(`${set.id.padEnd(22)}${method.padEnd(14)}${fmt(s.ari)}${fmt(s.v)}${fmt(s.saved)}${fmt(s.ms, 1).padStart(9)}${String(s.clusters).padStart(5)}  (gold k=${set.gold.length}, n=${set.notes.length})`);
  }
}

const mean = (method: Method, key: keyof Score): number => {
  const values = Object.values(results).map((r) => r[method][key]);
  return values.reduce((a, b) => a + b, 0) / values.length;
};
console.log('');
const summary: Record<string, Record<string, number>> = {};
for (const method of Object.keys(methods) as Method[]) {
  summary[method] = { ari: mean(method, 'ari'), v: mean(method, 'v'), saved: mean(method, 'saved'), ms: mean(method, 'ms') };
  console.log(`${'MEAN'.padEnd(22)}${method.padEnd(14)}${fmt(mean(method, 'ari'))}${fmt(mean(method, 'v'))}${fmt(mean(method, 'saved'))}${fmt(mean(method, 'ms'), 1).padStart(9)}`);
}

const timings: Record<string, number> = {};
for (const size of [1000, 5000]) {
  const notes = syntheticNotes(size, 7);
  synthesize({ prompt: 'Wat hebben startende leraren nodig?', notes: notes.slice(0, 50) }); // warm up
  const started = performance.now();
  const result = synthesize({ prompt: 'Wat hebben startende leraren nodig?', notes });
  timings[`notes${size}Ms`] = Math.round(performance.now() - started);
  console.log(`\ntime for ${size} synthetic notes: ${timings[`notes${size}Ms`]} ms (${result.clusters.length} clusters)`);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify({
    sets: sets.length,
    mean: Object.fromEntries(Object.entries(summary).map(([m, s]) => [m, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]))])),
    perSet: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, Object.fromEntries(Object.entries(r).map(([m, s]) => [m, { ari: round(s.ari), v: round(s.v), saved: round(s.saved) }]))])),
    timings,
  }),
);
