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
          <span className="reaction agree" title="eens">
            <span aria-hidden="true">👍</span> {s.agree} <span className="visually-hidden">eens</span>
          </span>
          <span className="reaction question" title="vraag">
            <span aria-hidden="true">?</span> {s.question} <span className="visually-hidden">met een vraag</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
