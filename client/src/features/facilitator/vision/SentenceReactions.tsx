import type { Results } from '@visiebord/shared/doc';

type Sentence = Results['reactions'][number]['sentences'][number];

/** How the phones react to each sentence of the statement: agree, or a question. No red/green: blue and orange. */
export function SentenceReactions({ sentences }: { sentences: readonly Sentence[] }) {
  if (sentences.length === 0) return <p className="hint">Zodra er een visietekst is, reageren de telefoons per zin.</p>;
  return (
    <ol className="sentence-reactions" aria-live="polite" data-testid="vision-reactions">
      {sentences.map((s) => (
        <li key={s.key} data-testid="vision-reaction">
          <span className="sentence-text">{s.text}</span>
          <span className="reaction agree" data-testid="vision-reaction-agree">
            {s.agree} eens
          </span>
          <span className="reaction question" data-testid="vision-reaction-question">
            {s.question} {s.question === 1 ? 'vraag' : 'vragen'}
          </span>
        </li>
      ))}
    </ol>
  );
}
