import type { PhoneRubric } from '@visiebord/shared/projection';
import { useId, useState } from 'react';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerCard } from './AnswerCard';
import { AnswerFooter } from './AnswerStateLine';
import { answerKey } from './answerIntents';
import { pendingAnswer, type Outbox } from './outbox';
import { phaseText, rubricProgress } from './rubricProgress';
import { useAnswerStatus, useAnswering } from './usePhoneStep';
import { useT } from '../../i18n/useT';

const keyOf = (stepId: string, aspectId: string) => answerKey({ type: 'rubric.answer', stepId, aspectId, phase: 0 });

function chosenPhase(outbox: Outbox, stepId: string, aspectId: string, acknowledged: Record<string, number> | undefined): number | undefined {
  const body = pendingAnswer(outbox, keyOf(stepId, aspectId));
  return body?.type === 'rubric.answer' ? body.phase : acknowledged?.[aspectId];
}

/**
 * The rubric on a small screen: one aspect open at a time, its four phases with the seed's texts,
 * one choice per aspect; choosing opens the next aspect still to do.
 */
export function RubricStep({ store, stepId, rubric }: { store: PhoneStore; stepId: string; rubric: PhoneRubric }) {
  const id = useId();
  const { mine, outbox, timeUp } = useAnswering(store);
  const t = useT('phone');
  const chosen = (aspectId: string) => chosenPhase(outbox, stepId, aspectId, mine.rubric);
  const aspectIds = rubric.aspects.map((a) => a.id);
  const progress = rubricProgress(aspectIds, chosen);
  const [open, setOpen] = useState<string | null>(() => aspectIds.find((a) => chosen(a) === undefined) ?? null);
  const status = useAnswerStatus(
    store,
    aspectIds.map((a) => keyOf(stepId, a)),
    Object.keys(mine.rubric ?? {}).length > 0,
  );

  function choose(aspectId: string, phase: number) {
    sendAnswer(store, { type: 'rubric.answer', stepId, aspectId, phase });
    const next = aspectIds.find((a) => a !== aspectId && chosen(a) === undefined);
    if (next) setOpen(next);
  }

  return (
    <AnswerCard question={rubric.question}>
      <p className="rubric-progress" data-testid="rubric-progress" aria-live="polite">
        {progress.label}
      </p>
      <progress className="rubric-bar" max={progress.total} value={progress.done} aria-hidden="true" />
      <ul className="rubric-aspects">
        {rubric.aspects.map((aspect) => {
          const phase = chosen(aspect.id);
          const expanded = open === aspect.id;
          const panelId = `${id}-${aspect.id}`;
          return (
            <li key={aspect.id} className={`rubric-aspect${phase ? ' done' : ''}`} data-testid="rubric-aspect" data-phase={phase ?? ''}>
              <h3 className="rubric-aspect-heading">
                <button
                  type="button"
                  className="rubric-toggle"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => setOpen(expanded ? null : aspect.id)}
                >
                  <span className="rubric-aspect-title">{aspect.title}</span>
                  <span className="rubric-aspect-choice">{phase ? t('rubric.chosen', { phase, name: rubric.phaseNames[phase - 1] ?? '' }) : t('rubric.toChoose')}</span>
                </button>
              </h3>
              {expanded && (
                <fieldset id={panelId} className="rubric-phases" disabled={timeUp}>
                  <legend className="visually-hidden">{t('rubric.phaseFor', { aspect: aspect.title })}</legend>
                  {aspect.phases.map((text, index) => {
                    const value = index + 1;
                    return (
                      <label key={value} className={`rubric-phase${phase === value ? ' chosen' : ''}`} data-testid="rubric-phase">
                        <input type="radio" name={panelId} value={value} checked={phase === value} onChange={() => choose(aspect.id, value)} />
                        <span className="rubric-phase-name">
                          {value}. {rubric.phaseNames[index] ?? t('rubric.phase', { phase: value })}
                        </span>
                        <span className={`rubric-phase-text${text === null ? ' empty' : ''}`}>{phaseText(text)}</span>
                      </label>
                    );
                  })}
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
      <AnswerFooter store={store} status={status} sentLabel={t('rubric.sentLabel')} />
    </AnswerCard>
  );
}
