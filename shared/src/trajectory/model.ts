import { medianPhase } from '../doc/results.ts';
import { roleGroups } from '../doc/roleGroups.ts';
import { meetsNorm } from '../rules/explainNorm.ts';

/**
 * A school's trajectory ("traject"): the study day and each follow-up, side by side. Pure: the
 * server gathers each session's answers, this adds them up per rubric aspect and per role (only
 * roles with enough answers, see `roleGroups`) and says in plain Dutch what changed.
 */

export type Phases = [number, number, number, number];
export type Spread = { spread: Phases; median: number | null; respondents: number };

export type SessionInput = {
  id: string;
  title: string;
  /** When the session was made (ms since epoch). */
  date: number;
  kind: 'studiedag' | 'vervolg';
  rubric: { aspects: Array<{ id: string; title: string }>; phaseNames: string[]; answers: ReadonlyMap<string, Readonly<Record<string, number>>> } | null;
  /**
   * As the explain score has it: `participants` everyone who joined, `explaining` those whose words
   * explain the vision; `explains`: per participant who answered, whether their words explain it.
   */
  explain: { norm: number; participants: number; submitted: number; explaining: number; explains: ReadonlyMap<string, boolean> } | null;
  /** Participant → role id, for everyone who picked one when joining (answered or not). */
  roles: ReadonlyMap<string, string>;
};

/** `share` is `explaining` of `participants` (everyone who joined, or everyone of the role), as the norm is judged. */
export type ExplainFigure = { share: number; participants: number; submitted: number; explaining: number; norm: number; meetsNorm: boolean };
export type Figures = { rubric: Record<string, Spread> | null; explain: ExplainFigure | null };

export type TrajectorySession = Figures & {
  id: string;
  title: string;
  date: number;
  kind: 'studiedag' | 'vervolg';
  /** Only roles with at least `ROLE_MIN_ANSWERS` answers to that part; smaller roles stay in the whole. */
  byRole: Array<{ roleId: string; label: string } & Figures>;
};

export type Trajectory = {
  aspects: Array<{ id: string; title: string }>;
  phaseNames: string[];
  sessions: TrajectorySession[];
  /** Plain Dutch sentences, first to last session, e.g. "Het draagvlak steeg van fase 2 naar fase 3." */
  summary: string[];
  /** The same summary as facts, for screens that say it in the workshop's language. */
  facts: SummaryFact[];
};

/** One line of the summary: where an aspect went from the first session to the last, or the explain score's route. */
export type SummaryFact =
  | { kind: 'phase'; aspectId: string; aspectTitle: string; sessions: number; from: number; to: number }
  | { kind: 'explain'; shares: number[]; norm: number; meetsNorm: boolean };

const DEFAULT_PHASES = ['Fase 1', 'Fase 2', 'Fase 3', 'Fase 4'];

export function buildTrajectory(inputs: readonly SessionInput[], roleLabels: ReadonlyArray<{ id: string; label: string }>): Trajectory {
  const ordered = [...inputs].sort((a, b) => a.date - b.date);
  const withRubric = ordered.filter((s) => s.rubric);
  const latest = withRubric.at(-1)?.rubric;
  const aspects = latest?.aspects ?? [];
  const sessions = ordered.map((input) => sessionOf(input, aspects, roleLabels));
  const facts = summaryFacts(sessions, aspects);
  return { aspects, phaseNames: latest?.phaseNames ?? DEFAULT_PHASES, sessions, summary: facts.map(dutchLine), facts };
}

function sessionOf(input: SessionInput, aspects: Trajectory['aspects'], roleLabels: ReadonlyArray<{ id: string; label: string }>): TrajectorySession {
  const order = roleLabels.map((r) => r.id);
  const rubricAnswers = input.rubric?.answers ?? new Map<string, Record<string, number>>();
  const rubricByRole = new Map(roleGroups(rubricAnswers, input.roles, order).map((g) => [g.roleId, g.answers]));
  const explainByRole = new Map(roleGroups(input.explain?.explains ?? new Map<string, boolean>(), input.roles, order).map((g) => [g.roleId, g.answers]));
  const byRole = roleLabels.flatMap(({ id, label }) => {
    const rubric = rubricByRole.get(id);
    const explains = explainByRole.get(id);
    if (!rubric && !explains) return [];
    return [
      {
        roleId: id,
        label,
        rubric: rubric && input.rubric ? rubricFigures(rubric, aspects) : null,
        explain: explains && input.explain ? explainFigure(explains.filter(Boolean).length, participantsOfRole(input.roles, id), explains.length, input.explain.norm) : null,
      },
    ];
  });
  return {
    id: input.id,
    title: input.title,
    date: input.date,
    kind: input.kind,
    rubric: input.rubric ? rubricFigures([...rubricAnswers.values()], aspects) : null,
    explain: input.explain ? explainFigure(input.explain.explaining, input.explain.participants, input.explain.submitted, input.explain.norm) : null,
    byRole,
  };
}

/** Per aspect, how many placed the school in each phase, and the median phase. */
export function rubricFigures(answers: ReadonlyArray<Readonly<Record<string, number>>>, aspects: Trajectory['aspects']): Record<string, Spread> {
  const figures: Record<string, Spread> = {};
  for (const aspect of aspects) {
    const spread: Phases = [0, 0, 0, 0];
    for (const answer of answers) {
      const phase = answer[aspect.id];
      if (phase !== undefined && phase >= 1 && phase <= 4) spread[phase - 1] = (spread[phase - 1] ?? 0) + 1;
    }
    figures[aspect.id] = { spread, median: medianPhase(spread), respondents: spread.reduce((a, b) => a + b, 0) };
  }
  return figures;
}

/**
 * The explain figure as the whole school's score defines it: a share of everyone who joined (for a
 * role, everyone of that role), judged by the one norm rule, unrounded.
 */
function explainFigure(explaining: number, participants: number, submitted: number, norm: number): ExplainFigure {
  return { share: participants === 0 ? 0 : explaining / participants, participants, submitted, explaining, norm, meetsNorm: meetsNorm(explaining, participants, norm) };
}

function participantsOfRole(roles: ReadonlyMap<string, string>, roleId: string): number {
  return [...roles.values()].filter((r) => r === roleId).length;
}

/** A share as people read it: whole percents, rounded down so 79.9% never reads as the 80% norm. */
export function percentText(share: number): string {
  return `${Math.floor(share * 100 + 1e-9)}%`;
}

/** What changed from the first session to the last, per aspect and for the explain score. */
export function summaryFacts(sessions: readonly TrajectorySession[], aspects: Trajectory['aspects']): SummaryFact[] {
  const facts: SummaryFact[] = [];
  for (const aspect of aspects) {
    const medians = sessions.flatMap((s) => {
      const m = s.rubric?.[aspect.id]?.median;
      return m == null ? [] : [m];
    });
    const from = medians[0];
    const to = medians.at(-1);
    if (from === undefined || to === undefined) continue;
    facts.push({ kind: 'phase', aspectId: aspect.id, aspectTitle: aspect.title, sessions: medians.length, from, to });
  }
  const explained = sessions.flatMap((s) => (s.explain && s.explain.submitted > 0 ? [s.explain] : []));
  const last = explained.at(-1);
  if (last) facts.push({ kind: 'explain', shares: explained.map((e) => e.share), norm: last.norm, meetsNorm: last.meetsNorm });
  return facts;
}

/** A fact in plain Dutch, as the Word export prints it (its English twin is in the export's words). */
export function dutchLine(fact: SummaryFact): string {
  if (fact.kind === 'explain') {
    const norm = fact.meetsNorm ? `de norm van ${fact.norm}% is gehaald` : `de norm is ${fact.norm}%`;
    return `${fact.shares.map(percentText).join(' → ')} kan de visie in eigen woorden uitleggen; ${norm}.`;
  }
  const subject = fact.aspectId === 'commitment' ? 'Het draagvlak' : `“${fact.aspectTitle}”`;
  if (fact.sessions === 1) return `${subject} staat in fase ${fact.from}.`;
  if (fact.to > fact.from) return `${subject} steeg van fase ${fact.from} naar fase ${fact.to}.`;
  if (fact.to < fact.from) return `${subject} daalde van fase ${fact.from} naar fase ${fact.to}.`;
  return `${subject} bleef in fase ${fact.from}.`;
}
