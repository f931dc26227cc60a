import '../../i18n/sources/phone';
import { t } from '../../i18n';

/** "2 van 4 onderdelen ingevuld": how far this phone is with the rubric. */
export function rubricProgress(aspectIds: readonly string[], chosen: (aspectId: string) => number | undefined): { done: number; total: number; label: string } {
  const done = aspectIds.filter((id) => chosen(id) !== undefined).length;
  const total = aspectIds.length;
  const label = done === total ? t('phone', 'rubric.allDone', { count: total }) : t('phone', 'rubric.progress', { done, count: total });
  return { done, total, label };
}

/** What a phase cell says; the seed leaves some phases without a description. */
export const phaseText = (text: string | null): string => text ?? t('phone', 'rubric.noDescription');
