import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { answersText, pollBars } from '../logic/pollBars';
import { useT } from '../../../i18n/useT';
import { QuestionSection } from './QuestionSection';

/** A poll: live bars per option (while its results are hidden, `HiddenResults` stands in). */
export function PollResults({ step, store }: { step: StepOf<'poll'>; store: WorkshopStore }) {
  const result = useStore(store, (s) => s.results?.polls.find((p) => p.stepId === step.id));
  const { bars, respondents } = pollBars(step, result);
  const t = useT('beamer');
  return (
    <QuestionSection id="beamer-poll-question" className="beamer-poll" question={step.question}>
      <ul className="beamer-bars" aria-live="polite">
        {bars.map((bar) => (
          <li key={bar.id} className="beamer-bar" data-testid="beamer-poll-bar" data-option={bar.id} data-count={bar.count}>
            <span className="beamer-bar-label">{bar.label}</span>
            <span className="beamer-bar-track" aria-hidden="true">
              <span className="beamer-bar-fill" style={{ width: `${bar.percent}%` }} />
            </span>
            <span className="beamer-bar-value">
              <strong data-testid="beamer-poll-count">{bar.count}</strong>
              <span className="beamer-bar-percent" data-testid="beamer-poll-percent">
                {bar.percent}%
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="beamer-respondents" data-testid="beamer-respondents">
        {answersText(respondents)}
        {step.kind === 'choice' && step.multiple && ` · ${t('poll.multiple')}`}
      </p>
    </QuestionSection>
  );
}
