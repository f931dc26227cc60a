import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScripts } from './checkScripts.ts';
import { loadScriptDir } from './loadScripts.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('./checkScripts.ts', import.meta.url));
const BAD = 'server/src/scripts/fixtures/kapot.yaml';

const GOOD_SCRIPT = 'id: goed\ntitle: Goed\nsteps:\n  - id: welkom\n    type: info\n    title: Welkom\n    minutes: 5\n';

const tempDirs: string[] = [];
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'visiebord-scripts-'));
  tempDirs.push(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pnpm scripts:check', () => {
  it('passes the scripts in workshop-scripts/ with a short summary', () => {
    const { exitCode, out } = checkScripts([], REPO);
    expect(exitCode).toBe(0);
    expect(out).toMatch(/^\d+ scripts in orde:/);
    expect(out).toMatch(/studiedag-visie: \d+ stappen, \d+ minuten/);
    expect(out).toMatch(/studiedag-kort: \d+ stappen, \d+ minuten/);
  });

  it('refuses a bad script with one line per problem: file, path, message', () => {
    const { exitCode, out } = checkScripts([BAD], REPO);
    expect(exitCode).toBe(1);
    expect(out).toContain(`${BAD}: steps[1].id: stap-id "vragen" komt twee keer voor`);
    expect(out).toContain(`${BAD}: steps[1].canvasIds[0]: canvas "wedstrijt" bestaat niet in dit script (bedoel je "wedstrijd"?) (regel 16)`);
    expect(out).toMatch(/2 problemen gevonden/);
  });

  it('checks every script in a folder, and refuses an id used by two files', () => {
    const dir = tempDir({ 'a.yaml': GOOD_SCRIPT, 'b.yaml': GOOD_SCRIPT, 'notitie.txt': 'geen script' });
    const { exitCode, out } = checkScripts([dir], REPO);
    expect(exitCode).toBe(1);
    expect(out).toMatch(/b\.yaml: id: script-id "goed" wordt al gebruikt door a\.yaml/);
  });

  it('reports a file that does not exist, and a folder without scripts', () => {
    const missing = checkScripts(['bestaat-niet.yaml'], REPO);
    expect(missing.exitCode).toBe(1);
    expect(missing.out).toContain('bestaat-niet.yaml: (bestand): kan het bestand niet lezen (bestaat niet)');
    const empty = checkScripts([tempDir({})], REPO);
    expect(empty.exitCode).toBe(1);
    expect(empty.err).toMatch(/Geen scripts gevonden/);
  });

  it('exits with 1 and prints the problems when run as a command', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = spawnSync(process.execPath, [tsx, CLI, BAD], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${BAD}: steps[1].canvasIds[0]: canvas "wedstrijt" bestaat niet`);
  });

  it('exits with 0 when run as a command on good scripts', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const dir = tempDir({ 'goed.yaml': GOOD_SCRIPT });
    const run = spawnSync(process.execPath, [tsx, CLI, dir], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 script in orde:\n {2}goed: 1 stap, 5 minuten — Goed/);
  });
});

describe('loadScriptDir', () => {
  it('loads the good scripts and reports the bad ones under their file name', () => {
    const dir = tempDir({ 'goed.yaml': GOOD_SCRIPT, 'fout.yaml': 'id: fout\ntitle: Fout\nsteps: []\n' });
    const { scripts, problems } = loadScriptDir(dir);
    expect(scripts.map((s) => s.id)).toEqual(['goed']);
    expect(problems).toEqual([{ file: 'fout.yaml', path: 'steps', message: 'een script heeft minstens één stap', line: 3 }]);
  });

  it('reports a folder that cannot be read instead of throwing', () => {
    const { scripts, problems } = loadScriptDir(join(tmpdir(), 'visiebord-bestaat-niet'));
    expect(scripts).toEqual([]);
    expect(problems[0]?.message).toMatch(/kan de map met scripts niet lezen \(bestaat niet\)/);
  });
});
