import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblems, parseScript } from './load.ts';
import { DEFAULT_ROLES, rolesOfScript } from './schema.ts';

const FILE = 'vervolg.yaml';

function followUpScript(): Record<string, unknown> & { steps: Record<string, unknown>[] } {
  return {
    id: 'vervolg',
    title: 'Vervolg',
    followUp: {},
    steps: [
      { id: 'visie', type: 'info', title: 'Onze visie', showVision: true },
      { id: 'uitleggen', type: 'explain', title: 'Uitleggen', prompt: 'Leg het uit.' },
      {
        id: 'rubric',
        type: 'rubric',
        title: 'Waar staan we?',
        phaseNames: ['Verkennen', 'Opbouwen', 'Gedragen', 'Vanzelfsprekend'],
        aspects: [{ id: 'doorleefd', title: 'Doorleefd', phases: [null, 'Weinig.', 'Het gros.', 'Iedereen.'] }],
      },
    ],
  };
}

function messagesOf(script: unknown): string[] {
  const result = parseScript(FILE, stringify(script));
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('script roles', () => {
  it('falls back to the five SO&P roles when a script names none', () => {
    const result = parseScript(FILE, stringify(followUpScript()));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(rolesOfScript(result.script).map((r) => r.id)).toEqual(['leraar', 'schoolopleider', 'instituutsopleider', 'student', 'schoolleiding']);
    expect(DEFAULT_ROLES).toHaveLength(5);
  });

  it('takes the roles a script names, and refuses a duplicate or a single one', () => {
    const named = { ...followUpScript(), roles: [{ id: 'docent', label: 'Docent' }, { id: 'ob', label: 'Onderwijsassistent' }] };
    const result = parseScript(FILE, stringify(named));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(rolesOfScript(result.script).map((r) => r.label)).toEqual(['Docent', 'Onderwijsassistent']);

    const twice = { ...followUpScript(), roles: [{ id: 'docent', label: 'Docent' }, { id: 'docent', label: 'docent' }] };
    expect(messagesOf(twice)).toEqual(['roles[1].id: rol-id "docent" komt twee keer voor', 'roles[1].label: rol "docent" komt twee keer voor']);
    expect(messagesOf({ ...followUpScript(), roles: [{ id: 'docent', label: 'Docent' }] })[0]).toMatch(/minstens twee rollen/);
    expect(messagesOf({ ...followUpScript(), roles: [{ id: 'Docent!', label: 'Docent' }, { id: 'b', label: 'B' }] })[0]).toMatch(/^roles\[0\]\.id: gebruik kleine letters/);
  });
});

describe('follow-up scripts', () => {
  it('are open for two weeks unless they say otherwise', () => {
    const result = parseScript(FILE, stringify(followUpScript()));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.script.followUp).toEqual({ openDays: 14 });
  });

  it('refuse steps that need the room, and a follow-up with nothing to compare', () => {
    const script = followUpScript();
    script.steps.push({ id: 'synthese', type: 'synthesis', title: 'Synthese', canvasIds: ['x'] });
    expect(messagesOf(script)).toContain('steps[3].type: een vervolgscript (followUp) kan geen synthesis-stap hebben: telefoons doen het in hun eigen tempo, zonder begeleider');

    const nothing = { ...followUpScript(), steps: [{ id: 'visie', type: 'info', title: 'Onze visie' }] };
    expect(messagesOf(nothing)).toEqual(['steps: een vervolgscript (followUp) heeft minstens een rubric- of explain-stap; anders valt er over de tijd niets te vergelijken']);
    expect(messagesOf({ ...followUpScript(), followUp: { openDays: 0 } })).toEqual(['followUp.openDays: minstens 1 dag']);
  });
});
