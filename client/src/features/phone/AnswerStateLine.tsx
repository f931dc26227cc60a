import { useStore } from 'zustand';
import { retryAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { answerStateLabel, type AnswerStatus } from './answerStatus';
import { TimeUpNotice } from './StepTimer';
import { useTimeUp } from './usePhoneStep';
import { useT } from '../../i18n/useT';

/** Sends again what the server could not take, for a note as for an answer. */
export function RetryButton({ onRetry, className = '' }: { onRetry: () => void; className?: string }) {
  const t = useT('phone');
  return (
    <button type="button" className={`button secondary small ${className}`.trim()} onClick={onRetry}>
      {t('delivery.retry')}
    </button>
  );
}

/** Where an answer is — waiting for the network, sent, or refused and why — the way notes show it. */
export function AnswerStateLine({ store, status, sentLabel }: { store: PhoneStore; status: AnswerStatus; sentLabel?: string }) {
  const online = useStore(store, (s) => s.browserOnline && s.live !== 'closed');
  const timeUp = useTimeUp(store);
  // Once the time is up, "you can still change it" is no longer true: say only that it was sent.
  const label = answerStateLabel(status, online, timeUp ? sentLabel?.split(';')[0] : sentLabel);
  return (
    <div className="answer-state-slot" aria-live="polite">
      {label && (
        <p className={`note-state answer-state ${status.state}`} data-testid="answer-state" data-state={status.state} role={status.state === 'failed' ? 'alert' : undefined}>
          {label}
          {status.state === 'failed' && status.entryId && <RetryButton className="retry" onRetry={() => retryAnswer(store, status.entryId as string)} />}
        </p>
      )}
    </div>
  );
}

/** The end of an answer card: that the time is up, when it is, and where the answer is. */
export function AnswerFooter({ store, status, sentLabel }: { store: PhoneStore; status: AnswerStatus; sentLabel: string }) {
  const timeUp = useTimeUp(store);
  return (
    <>
      {timeUp && <TimeUpNotice />}
      <AnswerStateLine store={store} status={status} sentLabel={sentLabel} />
    </>
  );
}
