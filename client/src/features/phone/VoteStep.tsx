import type { PhoneVote } from '@visiebord/shared/projection';
import { useId, useMemo } from 'react';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerCard } from './AnswerCard';
import { AnswerFooter } from './AnswerStateLine';
import { answerKey } from './answerIntents';
import { pendingAnswer } from './outbox';
import { useAnswerStatus, useAnswering } from './usePhoneStep';
import { addBlockedReason, canAddDot, canRemoveDot, dotsPerTarget, remainingLabel } from './voteMath';
import { useT } from '../../i18n/useT';

/** Dot voting: + and − per answer, the dots left always in view, the server's limits in the buttons. */
export function VoteStep({ store, stepId, vote }: { store: PhoneStore; stepId: string; vote: PhoneVote }) {
  const id = useId();
  const { mine, outbox, timeUp } = useAnswering(store);
  const t = useT('phone');
  const keyOf = (targetId: string) => answerKey({ type: 'vote.set', stepId, targetId, count: 0 });
  const keys = useMemo(() => vote.targets.map((target) => answerKey({ type: 'vote.set', stepId, targetId: target.id, count: 0 })), [vote.targets, stepId]);
  const status = useAnswerStatus(store, keys, Object.keys(mine.votes ?? {}).length > 0);
  const counts = dotsPerTarget(
    vote.targets.map((target) => target.id),
    mine.votes,
    (targetId) => {
      const body = pendingAnswer(outbox, keyOf(targetId));
      return body?.type === 'vote.set' ? body.count : undefined;
    },
  );
  const rules = { budget: vote.budget, maxPerTarget: vote.maxPerTarget };
  const set = (targetId: string, count: number) => sendAnswer(store, { type: 'vote.set', stepId, targetId, count });

  return (
    <AnswerCard question={vote.question}>
      <p className="vote-remaining" data-testid="vote-remaining" aria-live="polite">
        {remainingLabel(counts, vote.budget)}
        {vote.maxPerTarget < vote.budget && <span className="hint"> · {t('vote.maxHint', { max: vote.maxPerTarget })}</span>}
      </p>
      {vote.targets.length === 0 ? (
        <p className="hint">{t('vote.nothingYet')}</p>
      ) : (
        <ul className="vote-list">
          {vote.targets.map((target) => {
            const count = counts[target.id] ?? 0;
            // The budget being spent shows in the line above; the limit per answer is said here.
            const atMax = !timeUp && count >= rules.maxPerTarget && count > 0;
            const labelId = `${id}-${target.id}`;
            return (
              <li key={target.id} className={`vote-target${count > 0 ? ' has-dots' : ''}`} data-testid="vote-target" data-count={count}>
                <p id={labelId} className="vote-label">
                  {target.label}
                </p>
                <div className="vote-controls">
                  <button
                    type="button"
                    className="button secondary vote-button"
                    data-testid="vote-minus"
                    aria-label={t('vote.remove', { label: target.label })}
                    disabled={timeUp || !canRemoveDot(counts, target.id)}
                    onClick={() => set(target.id, count - 1)}
                  >
                    −
                  </button>
                  <span className="vote-count">
                    <span aria-hidden="true" className="vote-dots">
                      {count === 0 ? '0' : '●'.repeat(count)}
                    </span>
                    <span className="visually-hidden">
                      {t('vote.dots', { count })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button vote-button"
                    data-testid="vote-plus"
                    aria-label={t('vote.add', { label: target.label })}
                    aria-describedby={atMax ? `${labelId}-why` : undefined}
                    disabled={timeUp || !canAddDot(counts, target.id, rules)}
                    onClick={() => set(target.id, count + 1)}
                  >
                    +
                  </button>
                </div>
                {atMax && (
                  <p id={`${labelId}-why`} className="hint vote-why">
                    {addBlockedReason({ [target.id]: count }, target.id, { budget: Infinity, maxPerTarget: rules.maxPerTarget })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AnswerFooter store={store} status={status} sentLabel={t('vote.sentLabel')} />
    </AnswerCard>
  );
}
