import type { QuestionCoverage } from '@visiebord/shared/doc';
import { SORTS_PER_NOTE_WANTED } from '@visiebord/shared/doc';

export type CoverageRow = { canvasId: string; prompt: string; handfulsWanted: number; percent: number };

/**
 * The beamer's rows for a group step's questions: only questions with something to sort, each
 * with how far its sorts are towards the wanted sorts per note (whole percents, at most 100).
 */
export function coverageRows(questions: readonly QuestionCoverage[]): CoverageRow[] {
  return questions
    .filter((q) => q.notes >= 2)
    .map((q) => ({
      canvasId: q.canvasId,
      prompt: q.prompt,
      handfulsWanted: q.handfulsWanted,
      percent: q.handfulsWanted === 0 ? 100 : Math.min(99, Math.floor((100 * q.timesSorted) / (SORTS_PER_NOTE_WANTED * q.notes))),
    }));
}
