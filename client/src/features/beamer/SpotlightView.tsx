import type { SpotlightContent } from './logic/spotlightContent';
import { useFitFontSize } from './useFitFontSize';
import { useT } from '../../i18n/useT';

/** One note, or a cluster with its notes, filling the wall in huge type while the facilitator points at it. */
export function SpotlightView({ content }: { content: SpotlightContent }) {
  const t = useT('beamer');
  const { ref } = useFitFontSize<HTMLDivElement>(`${content.label ?? ''}|${content.notes.map((n) => `${n.id}:${n.text.length}`).join('|')}`, {
    min: 18,
    max: content.kind === 'note' ? 110 : 64,
  });
  return (
    <section className={`beamer-spotlight ${content.kind}`} data-testid="beamer-spotlight" data-kind={content.kind} aria-live="polite" aria-label={t('spotlight')}>
      <p className="beamer-spotlight-prompt">{content.prompt}</p>
      <div className="beamer-spotlight-body" ref={ref}>
        {content.label !== null && <h2 className="beamer-spotlight-label">{content.label}</h2>}
        {content.kind === 'note' ? (
          <blockquote className="beamer-spotlight-note">{content.notes[0]?.text}</blockquote>
        ) : (
          <ul className="beamer-spotlight-notes">
            {content.notes.map((note) => (
              <li key={note.id} className="beamer-note">
                {note.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
