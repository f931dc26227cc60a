import { answersText } from '../logic/pollBars';

/**
 * Results the script keeps hidden until the facilitator shows them: the room sees that answers
 * come in, not what they are, so nobody follows the crowd.
 */
export function HiddenResults({ question, answers }: { question: string; answers: number }) {
  return (
    <section className="beamer-poll" aria-labelledby="beamer-hidden-question">
      <h2 id="beamer-hidden-question" className="beamer-question">
        {question}
      </h2>
      <div className="beamer-hidden-results" data-testid="beamer-results-hidden">
        <p className="beamer-big-number" aria-live="polite">
          {answersText(answers)}
        </p>
        <p className="beamer-hidden-note">Resultaten volgen</p>
      </div>
    </section>
  );
}
