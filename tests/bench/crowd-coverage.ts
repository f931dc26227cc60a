// `npx tsx tests/bench/crowd-coverage.ts`: how thin is the room's evidence? Per dev set and phones
// count, how often each note is sorted and what share of same-theme pairs any phone saw side by side.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pickSortHandfuls } from '@visiebord/shared/synthesis';
import type { LabelledSet } from './loso.ts';
import { ROOM } from './crowd-sim.ts';

const folder = resolve(process.argv[2] ?? '/work/shared/data/synthesis-dev');
const sets = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as LabelledSet);
for (const phones of [5, 10, 30]) {
  for (const set of sets) {
    const handfuls = pickSortHandfuls({ prompt: set.prompt, notes: set.notes }, { phones, size: ROOM.size, seed: 1 });
    const seen = new Map(set.notes.map((n) => [n.id, 0]));
    const pairs = new Set<string>();
    for (const h of handfuls) for (const a of h) { seen.set(a, (seen.get(a) ?? 0) + 1); for (const b of h) if (a < b) pairs.add(`${a}|${b}`); }
    let same = 0;
    let sameSeen = 0;
    for (const g of set.gold) for (const a of g.noteIds) for (const b of g.noteIds) if (a < b) { same++; if (pairs.has(`${a}|${b}`)) sameSeen++; }
    const counts = [...seen.values()];
    const never = counts.filter((c) => c === 0).length;
    console.log(`${String(phones).padStart(3)} phones ${(set.id ?? '').padEnd(20)} notes ${set.notes.length} themes ${set.gold.length}  seen min ${Math.min(...counts)} max ${Math.max(...counts)} never ${never}  same-theme pairs seen ${sameSeen}/${same}`);
  }
}
