import '../../../i18n/sources/beamer';
import { t } from '../../../i18n';
import type { PollResult } from '@visiebord/shared/doc';
import type { StepOf } from '@visiebord/shared/script';

export type PollBar = { id: string; label: string; count: number; /** Whole percent of respondents. */ percent: number };

/**
 * The bars of a poll. A scale keeps its order (low → high) so the room reads the shape of the
 * spread; a choice is sorted by count, ties in the script's order. Percentages are of the people
 * who answered, so a multiple choice may add up to more than 100.
 */
export function pollBars(step: Pick<StepOf<'poll'>, 'kind' | 'options'>, result: PollResult | undefined): { bars: PollBar[]; respondents: number } {
  const respondents = result?.respondents ?? 0;
  const bars = step.options.map((option) => {
    const count = result?.counts[option.id] ?? 0;
    return { id: option.id, label: option.label, count, percent: respondents === 0 ? 0 : Math.round((count / respondents) * 100) };
  });
  if (step.kind === 'choice') {
    const order = new Map(step.options.map((o, i) => [o.id, i]));
    bars.sort((a, b) => b.count - a.count || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }
  return { bars, respondents };
}

/** "1 antwoord", "12 antwoorden". */
export const answersText = (n: number) => t('beamer', 'answers', { count: n });
