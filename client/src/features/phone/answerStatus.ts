import { latestAnswer, type Outbox } from './outbox';

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

export function answerStateLabel(status: AnswerStatus, online: boolean, sentLabel = 'verstuurd'): string {
  switch (status.state) {
    case 'none':
      return '';
    case 'queued':
      return online ? 'wacht op verzending' : 'wacht op verbinding — je antwoord is bewaard';
    case 'sending':
      return 'wordt verstuurd';
    case 'sent':
      return sentLabel;
    case 'failed':
      return `niet gelukt: ${status.error ?? 'onbekende reden'}`;
  }
}
