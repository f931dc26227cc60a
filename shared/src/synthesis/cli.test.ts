import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';
import { NOTES, PROMPT } from './fixture.test-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'visiebord-synth-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (args: string[]) => {
  let out = '';
  let err = '';
  const code = runCli(args, (t) => (out += t), (t) => (err += t));
  return { code, out, err };
};

describe('pnpm synth', () => {
  it('prints {clusters:[{label, noteIds}], statement} with every note in exactly one cluster', () => {
    const sorts = [[['t1', 't2'], ['c1']]];
    const { code, out, err } = run([file('ok.json', JSON.stringify({ prompt: PROMPT, notes: NOTES, sorts }))]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const parsed = JSON.parse(out) as { clusters: { label: string; noteIds: string[] }[]; statement: unknown };
    expect(typeof parsed.statement).toBe('string');
    for (const cluster of parsed.clusters) expect(typeof cluster.label).toBe('string');
    expect(parsed.clusters.flatMap((c) => c.noteIds).sort()).toEqual(NOTES.map((n) => n.id).sort());
  });

  it('drafts in the language the input names', () => {
    const notes = [{ id: 'a', text: 'Good mentoring for student teachers' }, { id: 'b', text: 'Mentoring student teachers well' }];
    const { code, out } = run([file('english.json', JSON.stringify({ prompt: 'What do we train for?', notes, language: 'en' }))]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { statement: string }).statement).toMatch(/^We train for /);
  });

  it.each([
    ['missing file', [join(dir, 'nope.json')], /cannot read/],
    ['not JSON', [file('bad.json', '{ notes: ')], /not valid JSON/],
    ['no notes', [file('nonotes.json', '{"prompt":"x"}')], /"notes" must be an array/],
    ['bad note', [file('badnote.json', '{"prompt":"x","notes":[{"id":1}]}')], /notes\[0\]/],
    ['bad sorts', [file('badsorts.json', '{"prompt":"x","notes":[],"sorts":[[["a", 2]]]}')], /sorts\[0\]\[0\]/],
    ['an unknown language', [file('badlanguage.json', '{"prompt":"x","notes":[],"language":"de"}')], /"language" must be "nl" or "en"/],
    ['no argument', [], /usage/],
  ])('refuses %s with a clear message and exit code 1', (_name, args, message) => {
    const { code, out, err } = run(args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
