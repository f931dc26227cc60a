import { describe, expect, it } from 'vitest';
import { buildTrajectory, percentText, type SessionInput } from './model.ts';

const aspects = [
  { id: 'commitment', title: 'Commitment' },
  { id: 'doorleefd', title: 'Hoe breed gedragen en doorleefd' },
];
const phaseNames = ['Verkennen', 'Opbouwen', 'Gedragen', 'Vanzelfsprekend'];
const roles = [
  { id: 'leraar', label: 'Leraar' },
  { id: 'schoolleiding', label: 'Schoolleiding' },
];

/** `people`: [participant, role, commitment phase, doorleefd phase, explains]. */
function session(id: string, date: number, kind: SessionInput['kind'], people: Array<[string, string, number, number, boolean]>): SessionInput {
  const explaining = people.filter((p) => p[4]).length;
  return {
    id,
    title: id,
    date,
    kind,
    rubric: { aspects, phaseNames, answers: new Map(people.map(([p, , c, d]) => [p, { commitment: c, doorleefd: d }])) },
    explain: { norm: 80, participants: people.length, submitted: people.length, explaining, explains: new Map(people.map((p) => [p[0], p[4]])) },
    roles: new Map(people.filter((p) => p[1]).map((p) => [p[0], p[1]])),
  };
}

const studyDay = session('studiedag', 1, 'studiedag', [
  ['a', 'leraar', 2, 1, true],
  ['b', 'leraar', 2, 2, false],
  ['c', 'leraar', 2, 2, true],
  ['d', 'leraar', 1, 2, false],
  ['e', 'leraar', 3, 2, true],
  ['f', 'schoolleiding', 3, 3, true],
  ['g', 'schoolleiding', 2, 2, false],
  ['h', '', 2, 2, false],
]);
const followUp = session('vervolg', 2, 'vervolg', [
  ['p', 'leraar', 3, 3, true],
  ['q', 'leraar', 3, 3, true],
  ['r', 'leraar', 3, 2, true],
  ['s', 'leraar', 3, 3, true],
  ['t', 'leraar', 2, 3, true],
  ['u', 'schoolleiding', 4, 3, false],
]);

describe('buildTrajectory', () => {
  const trajectory = buildTrajectory([followUp, studyDay], roles);

  it('orders sessions by date and gives each aspect its spread and median phase', () => {
    expect(trajectory.sessions.map((s) => s.id)).toEqual(['studiedag', 'vervolg']);
    expect(trajectory.sessions[0]?.rubric?.commitment).toEqual({ spread: [1, 5, 2, 0], median: 2, respondents: 8 });
    expect(trajectory.sessions[1]?.rubric?.commitment).toEqual({ spread: [0, 1, 4, 1], median: 3, respondents: 6 });
    expect(trajectory.phaseNames).toEqual(phaseNames);
  });

  it('compares the explain score with the norm, unrounded', () => {
    expect(trajectory.sessions[0]?.explain).toMatchObject({ share: 0.5, meetsNorm: false, norm: 80 });
    expect(trajectory.sessions[1]?.explain?.share).toBeCloseTo(5 / 6);
    expect(trajectory.sessions[1]?.explain?.meetsNorm).toBe(true);
    // 7999 of 10000 is 79.99%: not the norm, though it would round to 80%.
    const justUnder = buildTrajectory([{ ...studyDay, explain: { ...studyDay.explain!, participants: 10000, explaining: 7999 } }], roles);
    expect(justUnder.sessions[0]?.explain?.meetsNorm).toBe(false);
    expect(percentText(0.7999)).toBe('79%');
    expect(percentText(0.82)).toBe('82%');
  });

  it('splits by role only where a role has five answers, and hides a role with fewer', () => {
    const [day, later] = trajectory.sessions;
    expect(day?.byRole.map((r) => r.roleId)).toEqual(['leraar']);
    expect(day?.byRole[0]?.rubric?.commitment?.spread).toEqual([1, 3, 1, 0]);
    expect(day?.byRole[0]?.explain).toMatchObject({ explaining: 3, submitted: 5, share: 0.6 });
    expect(later?.byRole.map((r) => r.roleId)).toEqual(['leraar']);
    expect(JSON.stringify(trajectory)).not.toContain('schoolleiding');
  });

  it("counts a role's explain share of everyone of that role who joined, as the whole school's share", () => {
    // Six leraren joined, five explained (four explain the vision), one joined without answering.
    const people: Array<[string, string, number, number, boolean]> = [
      ['a', 'leraar', 3, 3, true],
      ['b', 'leraar', 3, 3, true],
      ['c', 'leraar', 3, 3, true],
      ['d', 'leraar', 3, 3, true],
      ['e', 'leraar', 3, 3, false],
    ];
    const input = session('dag', 1, 'studiedag', people);
    const withSilent: SessionInput = {
      ...input,
      explain: { ...input.explain!, participants: 6 },
      roles: new Map([...input.roles, ['stil', 'leraar']]),
    };
    const [day] = buildTrajectory([withSilent], roles).sessions;
    expect(day?.explain).toMatchObject({ explaining: 4, participants: 6, submitted: 5, meetsNorm: false });
    expect(day?.byRole[0]?.explain).toMatchObject({ explaining: 4, participants: 6, submitted: 5, meetsNorm: false });
    expect(day?.byRole[0]?.explain?.share).toBeCloseTo(4 / 6);
    // Four of five is exactly the norm: met, for the role as for the whole.
    const [met] = buildTrajectory([input], roles).sessions;
    expect(met?.byRole[0]?.explain).toMatchObject({ share: 0.8, meetsNorm: true });
  });

  it('says in plain Dutch what changed', () => {
    expect(trajectory.summary).toEqual([
      'Het draagvlak steeg van fase 2 naar fase 3.',
      '“Hoe breed gedragen en doorleefd” steeg van fase 2 naar fase 3.',
      '50% → 83% kan de visie in eigen woorden uitleggen; de norm van 80% is gehaald.',
    ]);
    expect(buildTrajectory([studyDay], roles).summary[0]).toBe('Het draagvlak staat in fase 2.');
  });
});
