import { percentText, type SummaryFact } from '@visiebord/shared/trajectory';
import type { T } from '../../i18n';

/** One line of the trajectory's summary in the workshop's language (the Word export words it in Dutch from the same facts). */
export function summaryLine(fact: SummaryFact, t: T): string {
  if (fact.kind === 'explain') {
    const route = fact.shares.map(percentText).join(' → ');
    return t(fact.meetsNorm ? 'summary.explainMet' : 'summary.explainNotMet', { route, norm: fact.norm });
  }
  const subject = fact.aspectId === 'commitment' ? t('summary.commitment') : t('summary.aspect', { title: fact.aspectTitle });
  const values = { subject, from: fact.from, to: fact.to };
  if (fact.sessions === 1) return t('summary.stands', values);
  if (fact.to > fact.from) return t('summary.rose', values);
  if (fact.to < fact.from) return t('summary.fell', values);
  return t('summary.stayed', values);
}
