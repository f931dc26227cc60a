import type { CanvasView } from '@visiebord/shared/doc';
import { ClusteredWall } from './ClusteredWall';
import { fitKey } from './logic/fitKey';
import { answersText } from './logic/pollBars';
import { useFitFontSize } from './useFitFontSize';
import { useT } from '../../i18n/useT';

/**
 * A canvas as the room sees it: the prompt and its visible notes as sticky notes that fill the
 * space, or the facilitator's clusters as labelled groups. Until the canvas is revealed only the
 * count shows — the texts are not even in the page. Hidden (moderated) notes never show.
 */
export function BeamerCanvas({ canvas, compact = false }: { canvas: CanvasView; compact?: boolean }) {
  const visible = canvas.notes.filter((n) => !n.hidden);
  const t = useT('beamer');
  const clusters = canvas.revealed ? canvas.clusters.filter((c) => !c.suggested) : [];
  return (
    <section className="beamer-canvas" aria-label={canvas.prompt} data-testid="beamer-canvas" data-canvas={canvas.id}>
      {compact && canvas.title ? (
        <h2 className="beamer-canvas-prompt compact">
          <span className="beamer-canvas-heading">
            {canvas.title}
            <span className="beamer-canvas-question">{canvas.prompt}</span>
          </span>
          <span className="beamer-canvas-count" aria-label={answersText(visible.length)}>
            {visible.length}
          </span>
        </h2>
      ) : (
        <h2 className="beamer-canvas-prompt">
          {canvas.prompt}
          <span className="beamer-canvas-count" aria-label={answersText(visible.length)}>
            {visible.length}
          </span>
        </h2>
      )}
      {!canvas.revealed ? (
        <p className="beamer-canvas-waiting" data-testid="beamer-canvas-hidden" aria-live="polite">
          {visible.length === 0 ? t('canvas.noAnswers') : t('canvas.hidden', { answers: answersText(visible.length) })}
        </p>
      ) : visible.length === 0 ? (
        <p className="beamer-canvas-waiting">{t('canvas.writeOnPhone')}</p>
      ) : clusters.length > 0 ? (
        <ClusteredWall notes={visible} clusters={clusters} />
      ) : (
        <NoteWall notes={visible} />
      )}
    </section>
  );
}

function NoteWall({ notes }: { notes: CanvasView['notes'] }) {
  const { ref, capacity } = useFitFontSize<HTMLUListElement>(fitKey(notes), { min: 15, max: 44 });
  // More notes than fit readably: show the newest, and say how many more there are.
  const shown = notes.length > capacity ? notes.slice(notes.length - (capacity - 1)) : notes;
  const more = notes.length - shown.length;
  const t = useT('beamer');
  return (
    <ul className="beamer-wall" ref={ref}>
      {more > 0 && (
        <li className="beamer-more" data-testid="beamer-more">
          {t('canvas.more', { count: more })}
        </li>
      )}
      {shown.map((note) => (
        <li key={note.id} className="beamer-note" data-testid="beamer-note">
          {note.text}
        </li>
      ))}
    </ul>
  );
}
