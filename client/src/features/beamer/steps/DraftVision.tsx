import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useFitFontSize } from '../useFitFontSize';

/**
 * The synthesis step: the draft vision as the facilitators type it — the statement large, each
 * question's text below — with the room's agree/question counts per sentence, kept quiet.
 */
export function DraftVision({ step, store }: { step: StepOf<'synthesis'>; store: WorkshopStore }) {
  const vision = useStore(store, (s) => s.vision);
  const canvases = useStore(store, (s) => s.snapshot?.canvases);
  const reactions = useStore(store, (s) => s.results?.reactions.find((r) => r.stepId === step.id)?.sentences);
  const parts = step.canvasIds.map((id) => {
    const part = vision?.parts.find((p) => p.canvasId === id);
    return { id, prompt: part?.prompt ?? canvases?.find((c) => c.id === id)?.prompt ?? id, text: part?.text.trim() ?? '' };
  });
  const statement = vision?.statement.trim() ?? '';
  const sentences = reactions && reactions.length > 0 ? reactions : statement ? [{ key: 'all', text: statement, agree: 0, question: 0 }] : [];
  const { ref } = useFitFontSize<HTMLDivElement>(`${statement}|${parts.map((p) => p.text).join('|')}`, { min: 14, max: 34 });
  return (
    <section className="beamer-vision" aria-label="Concept van de gedeelde visie" ref={ref}>
      <div className="beamer-statement" data-testid="beamer-statement" aria-live="polite">
        {sentences.length === 0 ? (
          <p className="beamer-waiting-inline">De visie wordt nu samen geschreven…</p>
        ) : (
          <p>
            {sentences.map((sentence) => (
              <span key={sentence.key} className="beamer-sentence">
                {sentence.text}
                {(sentence.agree > 0 || sentence.question > 0) && (
                  <span className="beamer-reactions" data-testid="beamer-reactions" aria-label={`${sentence.agree} eens, ${sentence.question} met een vraag`}>
                    <span aria-hidden="true">
                      ✓ {sentence.agree} · ? {sentence.question}
                    </span>
                  </span>
                )}{' '}
              </span>
            ))}
          </p>
        )}
      </div>
      <ul className="beamer-vision-parts">
        {parts.map((part) => (
          <li key={part.id} className="beamer-vision-part" data-testid="beamer-vision-part" data-canvas={part.id}>
            <h2>{part.prompt}</h2>
            <p className={part.text ? '' : 'beamer-waiting-inline'}>{part.text || 'Nog geen tekst'}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
