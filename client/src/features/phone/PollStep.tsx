import type { PhonePoll } from '@visiebord/shared/projection';
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerFooter } from './AnswerStateLine';
import { answerKey } from './answerIntents';
import { pendingAnswer } from './outbox';
import { useAnswerStatus, useMyAnswers, useTimeUp } from './usePhoneStep';
import { useT } from '../../i18n/useT';

/**
 * A poll: large options in the script's order (a scale top to bottom), one choice or several.
 * Each tap is an answer at once; tapping another option changes it.
 */
export function PollStep({ store, stepId, poll }: { store: PhoneStore; stepId: string; poll: PhonePoll }) {
  const id = useId();
  const mine = useMyAnswers(store);
  const key = answerKey({ type: 'poll.answer', stepId, value: '' });
  const pending = useStore(store, (s) => pendingAnswer(s.outbox, key));
  const status = useAnswerStatus(store, [key], mine.poll !== undefined);
  const timeUp = useTimeUp(store);
  const [hint, setHint] = useState('');
  const t = useT('phone');
  const chosen = pending?.type === 'poll.answer' ? ([] as string[]).concat(pending.value) : (mine.poll ?? []);

  function choose(optionId: string) {
    if (!poll.multiple) {
      sendAnswer(store, { type: 'poll.answer', stepId, value: optionId });
      return;
    }
    const next = chosen.includes(optionId) ? chosen.filter((o) => o !== optionId) : [...chosen, optionId];
    if (next.length === 0) {
      setHint(t('poll.atLeastOne'));
      return;
    }
    setHint('');
    sendAnswer(store, { type: 'poll.answer', stepId, value: next });
  }

  return (
    <section className="phone-panel answer-card" aria-labelledby={`${id}-q`}>
      <fieldset className="poll" disabled={timeUp}>
        <legend id={`${id}-q`} className="answer-question">
          {poll.question}
        </legend>
        <p className="hint">{t(poll.multiple ? 'poll.chooseSeveral' : poll.kind === 'scale' ? 'poll.chooseBestFit' : 'poll.chooseOne')}</p>
        <div className={`poll-options ${poll.kind}`} data-testid="poll-options">
          {poll.options.map((option, index) => {
            const checked = chosen.includes(option.id);
            return (
              <label key={option.id} className={`poll-option${checked ? ' chosen' : ''}`} data-testid="poll-option" data-chosen={checked}>
                <input
                  type={poll.multiple ? 'checkbox' : 'radio'}
                  name={`${id}-poll`}
                  value={option.id}
                  checked={checked}
                  onChange={() => choose(option.id)}
                />
                {poll.kind === 'scale' && (
                  <span className="poll-scale-number" aria-hidden="true">
                    {index + 1}
                  </span>
                )}
                <span className="poll-label">{option.label}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {hint && (
        <p className="hint" role="status">
          {hint}
        </p>
      )}
      <AnswerFooter store={store} status={status} sentLabel={t('poll.sentLabel')} />
    </section>
  );
}
