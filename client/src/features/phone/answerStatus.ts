import { latestAnswer, type Outbox } from './outbox';
import '../../i18n/sources/phone';
import { t } from '../../i18n';

/** Where an answer is, as the person should know it: the same states a note shows. */
export type AnswerState = 'none' | 'queued' | 'sending' | 'sent' | 'failed';
export type AnswerStatus = { state: AnswerState; error?: string; entryId?: string };

/**
 * One status for one or more answers (a vote has one per target, a rubric one per aspect): a
 * refusal comes first, then what is on its way; otherwise it is sent if the server holds an answer.
 */
export function answerStatus(outbox: Outbox, keys: readonly string[], acknowledged: boolean): AnswerStatus {
  const latest = keys.map((key) => latestAnswer(outbox, key)).filter((e) => e !== undefined);
  const failed = latest.find((e) => e.state === 'failed');
  if (failed) return { state: 'failed', error: failed.error, entryId: failed.id };
  if (latest.some((e) => e.state === 'sending')) return { state: 'sending' };
  if (latest.some((e) => e.state === 'queued')) return { state: 'queued' };
  return { state: acknowledged ? 'sent' : 'none' };
}

/** How an answer or a note on its way reads: the same words for both, until it arrived or was refused. */
export function deliveryLabel(state: 'queued' | 'sending', online: boolean, offlineKey = 'delivery.queuedOffline'): string {
  if (state === 'sending') return t('phone', 'delivery.sending');
  return t('phone', online ? 'delivery.queued' : offlineKey);
}

/** Why the server said no, or that nobody knows. */
export const refusalReason = (error: string | undefined): string => error ?? t('phone', 'delivery.unknownReason');

export function answerStateLabel(status: AnswerStatus, online: boolean, sentLabel = t('phone', 'delivery.sent')): string {
  switch (status.state) {
    case 'none':
      return '';
    case 'queued':
    case 'sending':
      return deliveryLabel(status.state, online);
    case 'sent':
      return sentLabel;
    case 'failed':
      return t('phone', 'delivery.failed', { reason: refusalReason(status.error) });
  }
}
