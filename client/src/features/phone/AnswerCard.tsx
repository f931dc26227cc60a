import { useId, type ReactNode } from 'react';

/** The card of a step that takes answers: its question as the heading that names the card for screen readers. */
export function AnswerCard({ question, children }: { question: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="phone-panel answer-card" aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} className="answer-question">
        {question}
      </h2>
      {children}
    </section>
  );
}
