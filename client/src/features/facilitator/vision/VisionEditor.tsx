import { STATEMENT_KEY, type CanvasView } from '@visiebord/shared/doc';
import { useStore } from 'zustand';
import { useT } from '../../../i18n/useT';
import type { WorkshopActions } from '../../../state/workshopActions';
import type { WorkshopStore } from '../../../state/workshopStore';
import { SentenceReactions } from './SentenceReactions';
import { SharedTextArea } from './SharedTextArea';
import './vision.css';

/** The draft vision: one shared text per question and the assembled statement, with the room's reactions. */
export function VisionEditor({ store, actions, stepId, canvases }: { store: WorkshopStore; actions: WorkshopActions; stepId: string; canvases: readonly CanvasView[] }) {
  const t = useT('console');
  const sentences = useStore(store, (s) => s.results?.reactions.find((r) => r.stepId === stepId)?.sentences) ?? [];
  return (
    <section className="card vision-editor" aria-labelledby="vision-title" data-testid="vision-editor">
      <h3 id="vision-title">{t('vision.title')}</h3>
      <p className="hint">{t('vision.hint')}</p>
      <div className="vision-parts">
        {canvases.map((canvas) => (
          <SharedTextArea key={canvas.id} store={store} actions={actions} textKey={canvas.id} label={canvas.prompt} rows={6} testId="vision-part" />
        ))}
      </div>
      <SharedTextArea
        store={store}
        actions={actions}
        textKey={STATEMENT_KEY}
        label={t('vision.statement')}
        hint={t('vision.statementHint')}
        rows={6}
        testId="vision-statement"
      />
      <h4>{t('vision.reactionsTitle')}</h4>
      <SentenceReactions sentences={sentences} />
    </section>
  );
}
