import { useId } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerStateLine } from './AnswerStateLine';
import { answerKey, type Reaction } from './answerIntents';
import { pendingAnswer, type Outbox } from './outbox';
import { useAnswerStatus, useMyAnswers } from './usePhoneStep';
import type { PhoneSentence as Sentence } from '@visiebord/shared/projection';

const keyOf = (stepId: string, sentenceKey: string) => answerKey({ type: 'vision.react', stepId, sentenceKey, reaction: 'none' });

function shownReaction(outbox: Outbox, stepId: string, sentenceKey: string, acknowledged: Record<string, 'agree' | 'question'> | undefined): Reaction {
  const body = pendingAnswer(outbox, keyOf(stepId, sentenceKey));
  if (body?.type === 'vision.react') return body.reaction;
  return acknowledged?.[sentenceKey] ?? 'none';
}

/** The draft vision, sentence by sentence, live as the facilitators write: agree, or ask about it. */
export function SynthesisStep({ store, stepId, sentences }: { store: PhoneStore; stepId: string; sentences: Sentence[] }) {
  const id = useId();
  const mine = useMyAnswers(store);
  const outbox = useStore(store, (s) => s.outbox);
  const status = useAnswerStatus(
    store,
    sentences.map((s) => keyOf(stepId, s.key)),
    Object.keys(mine.reactions ?? {}).length > 0,
  );
  const react = (sentenceKey: string, current: Reaction, reaction: 'agree' | 'question') =>
    sendAnswer(store, { type: 'vision.react', stepId, sentenceKey, reaction: current === reaction ? 'none' : reaction });

  return (
    <section className="phone-panel answer-card" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} className="answer-question">
        De conceptvisie
      </h2>
      {sentences.length === 0 ? (
        <p className="hint" role="status">
          De begeleiders schrijven de conceptvisie. Zodra er zinnen staan, verschijnen ze hier en kun je reageren.
        </p>
      ) : (
        <>
          <p className="hint">Tik per zin op Eens, of op Vraag als je er iets over wilt vragen. Nog eens tikken maakt het ongedaan.</p>
          <ol className="vision-sentences">
            {sentences.map((sentence) => {
              const reaction = shownReaction(outbox, stepId, sentence.key, mine.reactions);
              return (
                <li key={sentence.key} className={`vision-sentence reaction-${reaction}`} data-testid="vision-sentence" data-reaction={reaction}>
                  <p className="vision-text">{sentence.text}</p>
                  <div className="button-row" role="group" aria-label="Jouw reactie op deze zin">
                    <button
                      type="button"
                      className="button secondary small react agree"
                      data-testid="react-agree"
                      aria-pressed={reaction === 'agree'}
                      onClick={() => react(sentence.key, reaction, 'agree')}
                    >
                      <span aria-hidden="true">✓ </span>Eens
                    </button>
                    <button
                      type="button"
                      className="button secondary small react question"
                      data-testid="react-question"
                      aria-pressed={reaction === 'question'}
                      onClick={() => react(sentence.key, reaction, 'question')}
                    >
                      <span aria-hidden="true">? </span>Vraag
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <AnswerStateLine store={store} status={status} sentLabel="je reacties zijn verstuurd" />
    </section>
  );
}
