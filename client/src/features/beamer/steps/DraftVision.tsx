import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { visionLayout, type ReactedSentence } from '../logic/visionLayout';
import { useFitFontSize } from '../useFitFontSize';
import { useT } from '../../../i18n/useT';

/**
 * The synthesis step: the draft vision as the facilitators type it, per question, as large as
 * the wall allows — with the statement on top when it says more than the questions — and the
 * room's agree/question counts per sentence, kept quiet.
 */
export function DraftVision({ step, store }: { step: StepOf<'synthesis'>; store: WorkshopStore }) {
  const vision = useStore(store, (s) => s.vision);
  const t = useT('beamer');
  const canvases = useStore(store, (s) => s.snapshot?.canvases);
  const reactions = useStore(store, (s) => s.results?.reactions.find((r) => r.stepId === step.id)?.sentences);
  const parts = step.canvasIds.map((id) => {
    const part = vision?.parts.find((p) => p.canvasId === id);
    return { id, prompt: part?.prompt ?? canvases?.find((c) => c.id === id)?.prompt ?? id, text: part?.text ?? '' };
  });
  const statementText = vision?.statement ?? '';
  const layout = visionLayout(statementText, parts, reactions);
  const empty = layout.statement === null && layout.parts.every((p) => p.sentences.length === 0);
  const { ref } = useFitFontSize<HTMLDivElement>(`${statementText}|${parts.map((p) => p.text).join('|')}`, { min: 14, max: 46 });
  return (
    <section className="beamer-vision" aria-label={t('vision.label')} ref={ref} data-testid="beamer-vision" aria-live="polite">
      {empty && <p className="beamer-waiting-inline beamer-vision-waiting">{t('vision.writing')}</p>}
      {layout.statement && (
        <div className="beamer-statement" data-testid="beamer-statement">
          <Sentences sentences={layout.statement} />
        </div>
      )}
      <ul className={`beamer-vision-parts ${layout.statement ? 'secondary' : ''}`}>
        {layout.parts.map((part) => (
          <li key={part.id} className="beamer-vision-part" data-testid="beamer-vision-part" data-canvas={part.id}>
            <h2>{part.prompt}</h2>
            {part.sentences.length > 0 ? <Sentences sentences={part.sentences} /> : <p className="beamer-waiting-inline">{t('vision.noText')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sentences({ sentences }: { sentences: ReactedSentence[] }) {
  const t = useT('beamer');
  return (
    <p>
      {sentences.map((sentence) => (
        <span key={sentence.key} className="beamer-sentence">
          {sentence.text}
          {(sentence.agree > 0 || sentence.question > 0) && (
            <span className="beamer-reactions" data-testid="beamer-reactions" data-agree={sentence.agree} data-question={sentence.question}>
              <span aria-hidden="true">
                ✓ {sentence.agree} · ? {sentence.question}
              </span>
              <span className="visually-hidden">
                {t('vision.reactions', { agree: sentence.agree, question: sentence.question })}
              </span>
            </span>
          )}{' '}
        </span>
      ))}
    </p>
  );
}
