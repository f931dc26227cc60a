import type { ReactNode } from 'react';

/** A result on the wall under the question it answers; the question names the section for screen readers. */
export function QuestionSection({ id, className, question, children }: { id: string; className: string; question: string; children: ReactNode }) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} className="beamer-question">
        {question}
      </h2>
      {children}
    </section>
  );
}
