import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerCard } from './AnswerCard';
import { AnswerStateLine } from './AnswerStateLine';
import { answerKey, type Reaction } from './answerIntents';
import { pendingAnswer, type Outbox } from './outbox';
import { useAnswerStatus, useMyAnswers } from './usePhoneStep';
import type { PhoneSentence as Sentence } from '@visiebord/shared/projection';
import { useT } from '../../i18n/useT';

/** The two reactions a sentence can get, with the mark shown before each word. */
const REACTIONS = [
  { reaction: 'agree', mark: '✓' },
  { reaction: 'question', mark: '?' },
] as const;

const keyOf = (stepId: string, sentenceKey: string) => answerKey({ type: 'vision.react', stepId, sentenceKey, reaction: 'none' });

function shownReaction(outbox: Outbox, stepId: string, sentenceKey: string, acknowledged: Record<string, 'agree' | 'question'> | undefined): Reaction {
  const body = pendingAnswer(outbox, keyOf(stepId, sentenceKey));
  if (body?.type === 'vision.react') return body.reaction;
  return acknowledged?.[sentenceKey] ?? 'none';
}

/** The draft vision, sentence by sentence, live as the facilitators write: agree, or ask about it. */
export function SynthesisStep({ store, stepId, sentences }: { store: PhoneStore; stepId: string; sentences: Sentence[] }) {
  const mine = useMyAnswers(store);
  const outbox = useStore(store, (s) => s.outbox);
  const t = useT('phone');
  const status = useAnswerStatus(
    store,
    sentences.map((s) => keyOf(stepId, s.key)),
    Object.keys(mine.reactions ?? {}).length > 0,
  );
  const react = (sentenceKey: string, current: Reaction, reaction: 'agree' | 'question') =>
    sendAnswer(store, { type: 'vision.react', stepId, sentenceKey, reaction: current === reaction ? 'none' : reaction });

  return (
    <AnswerCard question={t('synthesis.title')}>
      {sentences.length === 0 ? (
        <p className="hint" role="status">
          {t('synthesis.waiting')}
        </p>
      ) : (
        <>
          <p className="hint">{t('synthesis.how')}</p>
          <ol className="vision-sentences">
            {sentences.map((sentence) => {
              const reaction = shownReaction(outbox, stepId, sentence.key, mine.reactions);
              return (
                <li key={sentence.key} className={`vision-sentence reaction-${reaction}`} data-testid="vision-sentence" data-reaction={reaction}>
                  <p className="vision-text">{sentence.text}</p>
                  <div className="button-row" role="group" aria-label={t('synthesis.yourReaction')}>
                    {REACTIONS.map(({ reaction: option, mark }) => (
                      <button
                        key={option}
                        type="button"
                        className={`button secondary small react ${option}`}
                        data-testid={`react-${option}`}
                        aria-pressed={reaction === option}
                        onClick={() => react(sentence.key, reaction, option)}
                      >
                        <span aria-hidden="true">{mark} </span>
                        {t(`synthesis.${option}`)}
                      </button>
                    ))}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <AnswerStateLine store={store} status={status} sentLabel={t('synthesis.sentLabel')} />
    </AnswerCard>
  );
}
