import { describe, expect, it } from 'vitest';
import { buildTrajectory, type SessionInput, type SummaryFact } from '@visiebord/shared/trajectory';
import { setLanguage, t } from '../../i18n';
import '../../i18n/sources/trajectory';
import { summaryLine } from './summaryText';

const facts: SummaryFact[] = [
  { kind: 'phase', aspectId: 'commitment', aspectTitle: 'Draagvlak', sessions: 2, from: 2, to: 3 },
  { kind: 'phase', aspectId: 'doorleefd', aspectTitle: 'Doorleefd', sessions: 2, from: 3, to: 3 },
  { kind: 'phase', aspectId: 'taal', aspectTitle: 'Gedeelde taal', sessions: 1, from: 2, to: 2 },
  { kind: 'explain', shares: [0.64, 0.82], norm: 80, meetsNorm: true },
];
const lines = () => facts.map((fact) => summaryLine(fact, (key, values) => t('trajectory', key, values)));

describe('the trajectory summary on screen', () => {
  it('says in Dutch what the export says', async () => {
    await setLanguage('nl');
    expect(lines()).toEqual([
      'Het draagvlak steeg van fase 2 naar fase 3.',
      '“Doorleefd” bleef in fase 3.',
      '“Gedeelde taal” staat in fase 2.',
      '64% → 82% kan de visie in eigen woorden uitleggen; de norm van 80% is gehaald.',
    ]);
  });

  it('says it in English for an English workshop', async () => {
    await setLanguage('en');
    expect(lines()).toEqual([
      'Support for the vision rose from phase 2 to phase 3.',
      '“Doorleefd” stayed at phase 3.',
      '“Gedeelde taal” is at phase 2.',
      '64% → 82% can explain the vision in their own words; the norm of 80% is met.',
    ]);
    await setLanguage('nl');
  });

  it('words the same facts as the Dutch summary of the trajectory model (the Word export)', async () => {
    await setLanguage('nl');
    const aspects = [
      { id: 'commitment', title: 'Commitment' },
      { id: 'doorleefd', title: 'Doorleefd' },
    ];
    const session = (id: string, date: number, phases: Array<[number, number]>, explaining: number): SessionInput => ({
      id,
      title: id,
      date,
      kind: date === 1 ? 'studiedag' : 'vervolg',
      rubric: { aspects, phaseNames: ['1', '2', '3', '4'], answers: new Map(phases.map(([c, d], i) => [`p${i}`, { commitment: c, doorleefd: d }])) },
      explain: { norm: 80, participants: phases.length, submitted: phases.length, explaining, explains: new Map(phases.map((_, i) => [`p${i}`, i < explaining])) },
      roles: new Map(),
    });
    const trajectory = buildTrajectory(
      [
        session('dag', 1, [[2, 3], [2, 3], [1, 3]], 1),
        session('vervolg', 2, [[3, 2], [3, 2], [3, 3]], 3),
      ],
      [],
    );
    expect(trajectory.summary).toHaveLength(3);
    expect(trajectory.facts.map((fact) => summaryLine(fact, (key, values) => t('trajectory', key, values)))).toEqual(trajectory.summary);
  });
});
