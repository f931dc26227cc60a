import type { Results } from '@visiebord/shared/doc';
import { useT } from '../../../i18n/useT';

type Sentence = Results['reactions'][number]['sentences'][number];

/** How the phones react to each sentence of the statement: agree, or a question. No red/green: blue and orange. */
export function SentenceReactions({ sentences }: { sentences: readonly Sentence[] }) {
  const t = useT('console');
  if (sentences.length === 0) return <p className="hint">{t('vision.noStatement')}</p>;
  return (
    <ol className="sentence-reactions" aria-live="polite" data-testid="vision-reactions">
      {sentences.map((s) => (
        <li key={s.key} data-testid="vision-reaction">
          <span className="sentence-text">{s.text}</span>
          <span className="reaction agree" data-testid="vision-reaction-agree">
            {t('vision.agree', { count: s.agree })}
          </span>
          <span className="reaction question" data-testid="vision-reaction-question">
            {t('vision.questions', { count: s.question })}
          </span>
        </li>
      ))}
    </ol>
  );
}
