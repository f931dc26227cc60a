import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { checkText, EXPLANATION_MAX_LENGTH } from '@visiebord/shared/rules';
import { AnswerFooter } from './AnswerStateLine';
import { TextAnswerBox } from './TextAnswerBox';
import { useT } from '../../i18n/useT';
import { answerKey } from './answerIntents';
import { pendingAnswer } from './outbox';
import { forgetDraft, loadDraft, saveDraft } from './phoneDrafts';
import { useAnswerStatus, useMyAnswers, useTimeUp } from './usePhoneStep';


/** Explain the vision in your own words; what you typed is kept on the phone until it is sent, and stays editable. */
export function ExplainStep({ store, stepId, prompt, code }: { store: PhoneStore; stepId: string; prompt: string; code: string }) {
  const id = useId();
  const mine = useMyAnswers(store);
  const key = answerKey({ type: 'explain.submit', stepId, text: '' });
  const pending = useStore(store, (s) => pendingAnswer(s.outbox, key));
  const sent = pending?.type === 'explain.submit' ? pending.text : mine.explanation;
  const draftKey = `explain:${stepId}`;
  // null until the person types here: then the box shows what the server holds (also after a reload).
  const [typed, setTyped] = useState<string | null>(() => {
    const saved = loadDraft(code, draftKey);
    return typeof saved === 'string' ? saved : null;
  });
  const text = typed ?? sent ?? '';
  const timeUp = useTimeUp(store);
  const status = useAnswerStatus(store, [key], mine.explanation !== undefined);
  const t = useT('phone');

  const { problem, text: cleaned } = checkText(text, EXPLANATION_MAX_LENGTH);
  const unchanged = sent !== undefined && cleaned === sent;

  function change(value: string) {
    setTyped(value);
    saveDraft(code, draftKey, value);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (problem || unchanged) return;
    sendAnswer(store, { type: 'explain.submit', stepId, text: text.trim() });
    forgetDraft(code, draftKey);
    setTyped(null);
  }

  return (
    <form className="phone-panel answer-card" onSubmit={submit} aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} className="answer-question">
        {prompt}
      </h2>
      <TextAnswerBox
        id={id}
        label={t('explain.label')}
        text={text}
        onChange={change}
        rows={7}
        max={EXPLANATION_MAX_LENGTH}
        // A cap against a runaway paste only: the limit is in visible characters, and an emoji such as 👩‍🏫 is five code units.
        maxLength={EXPLANATION_MAX_LENGTH * 12}
        placeholder={t('explain.placeholder')}
        disabled={timeUp}
        inputTestId="explain-input"
        countTestId="explain-count"
      >
        <button type="submit" className="button" data-testid="explain-submit" disabled={timeUp || problem !== null || unchanged}>
          {sent === undefined ? t('send') : !unchanged ? t('sendChange') : status.state === 'sent' ? t('sent') : t('send')}
        </button>
      </TextAnswerBox>
      <AnswerFooter store={store} status={status} sentLabel={t('explain.sentLabel')} />
    </form>
  );
}
