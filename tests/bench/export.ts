// `pnpm bench:export`: builds a study day of 1,000 notes in memory (the full default script, 60
// participants, clusters, dots, polls, the rubric, explanations and a vision) and times each
// export format and the import of the JSON file. Prints a table and, last, one JSON line.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import {
  addNote,
  assignNoteToCluster,
  createCluster,
  initWorkshop,
  setExplanation,
  setParticipantName,
  setPollAnswer,
  setRubricAnswer,
  setVisionText,
  setVotes,
  STATEMENT_KEY,
} from '@visiebord/shared/doc';
import { buildExportModel, EXPORT_FORMATS, readWorkshopFile, type ExportFormat } from '@visiebord/shared/export';
import { canvasIdsOfStep, parseScript } from '@visiebord/shared/script';
import { exportWorkshop } from '../../server/src/export/exportFile.ts';

const NOTES = 1000;
const PEOPLE = 60;
const RUNS = 5;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const scriptFile = resolve(repoRoot, 'workshop-scripts/studiedag-visie.yaml');

const parsed = parseScript(scriptFile, readFileSync(scriptFile, 'utf8'));
if (!parsed.ok) throw new Error(`script ${scriptFile} does not load`);
const script = parsed.script;
const T0 = Date.UTC(2026, 2, 14, 8, 30);

const WORDS = ['samen', 'opleiden', 'één', 'visie', 'stagiair', 'begeleiden', 'pabo', 'collega’s', 'leren', 'ruimte', 'vertrouwen', 'onderzoek'];
function sentence(i: number): string {
  const words = Array.from({ length: 6 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]);
  return `${words.join(' ')}${i % 10 === 0 ? ', "met nadruk"' : ''}.`;
}

function buildDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: 'Studiedag Samen Opleiden — De Linde', now: T0 });
  const canvasIds = script.steps.flatMap((s) => (s.type === 'prompt' ? canvasIdsOfStep(s) : []));
  for (let p = 0; p < PEOPLE; p += 2) setParticipantName(doc, `p${p}`, `Collega ${p}`);
  for (const canvasId of canvasIds) for (let c = 0; c < 5; c++) createCluster(doc, canvasId, { id: `${canvasId}-c${c}`, label: `Thema ${c + 1}` });
  doc.transact(() => {
    for (let i = 0; i < NOTES; i++) {
      const canvasId = canvasIds[i % canvasIds.length] ?? '';
      addNote(doc, { id: `n${i}`, canvasId, text: sentence(i), authorId: `p${i % PEOPLE}`, createdAt: T0 + i * 2_000 });
      if (i % 3 !== 0) assignNoteToCluster(doc, `n${i}`, `${canvasId}-c${i % 5}`);
    }
  });
  for (const step of script.steps) {
    for (let p = 0; p < PEOPLE; p++) {
      const pid = `p${p}`;
      if (step.type === 'poll') setPollAnswer(doc, step.id, pid, [step.options[p % step.options.length]?.id ?? '']);
      if (step.type === 'vote') setVotes(doc, step.id, pid, { [`${step.canvasIds[p % step.canvasIds.length]}-c${p % 5}`]: 2 });
      if (step.type === 'rubric') setRubricAnswer(doc, step.id, pid, Object.fromEntries(step.aspects.map((a, k) => [a.id, 1 + ((p + k) % 4)])));
      if (step.type === 'explain' && p % 5 !== 0) setExplanation(doc, step.id, pid, { text: sentence(p), at: T0 });
    }
  }
  setVisionText(doc, STATEMENT_KEY, 'Wij leiden samen op.\n\nElke collega is opleider, elke student is welkom.');
  return doc;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function time(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const doc = buildDoc();
const facts = { participants: PEOPLE, createdAt: T0, exportedAt: Date.now() };
const rows: Array<{ what: string; ms: number; bytes: number }> = [];

rows.push({ what: 'model', ms: await time(() => buildExportModel(doc, facts)), bytes: 0 });
const files = new Map<ExportFormat, string | Buffer>();
for (const format of EXPORT_FORMATS) {
  const ms = await time(async () => files.set(format, (await exportWorkshop(doc, format, facts)).body));
  rows.push({ what: format, ms, bytes: Buffer.byteLength(files.get(format) ?? '') });
}
const json = JSON.parse(String(files.get('json')));
rows.push({ what: 'import json', ms: await time(() => readWorkshopFile(json).doc.destroy()), bytes: 0 });

console.log(`export bench — ${NOTES} notes, ${PEOPLE} participants, script ${script.id}, median of ${RUNS} runs\n`);
console.log(`${'what'.padEnd(14)}${'ms'.padStart(9)}${'KiB'.padStart(9)}`);
for (const row of rows) console.log(`${row.what.padEnd(14)}${row.ms.toFixed(1).padStart(9)}${(row.bytes ? (row.bytes / 1024).toFixed(0) : '').padStart(9)}`);
console.log('');
console.log(JSON.stringify({ bench: 'export', notes: NOTES, participants: PEOPLE, runs: RUNS, ms: Object.fromEntries(rows.map((r) => [r.what, Math.round(r.ms * 10) / 10])) }));
