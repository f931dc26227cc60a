import { answersText } from '../logic/pollBars';
import { useT } from '../../../i18n/useT';
import { QuestionSection } from './QuestionSection';

/**
 * Results the script keeps hidden until the facilitator shows them: the room sees that answers
 * come in, not what they are, so nobody follows the crowd.
 */
export function HiddenResults({ question, answers }: { question: string; answers: number }) {
  const t = useT('beamer');
  return (
    <QuestionSection id="beamer-hidden-question" className="beamer-poll" question={question}>
      <div className="beamer-hidden-results" data-testid="beamer-results-hidden">
        <p className="beamer-big-number" aria-live="polite">
          {answersText(answers)}
        </p>
        <p className="beamer-hidden-note">{t('resultsFollow')}</p>
      </div>
    </QuestionSection>
  );
}
