import type { CanvasView, Spotlight } from '@visiebord/shared/doc';
import { useT } from '../../i18n/useT';
import type { WorkshopActions } from '../../state/workshopActions';
import { Board } from '../board/Board';

/** One canvas: how many notes, the two switches the room notices (show answers, close), and the board. */
export function ConsoleCanvas({ canvas, actions, spotlight }: { canvas: CanvasView; actions: WorkshopActions; spotlight: Spotlight | null }) {
  const t = useT('console');
  const total = canvas.notes.length;
  const hidden = total - canvas.notes.filter((n) => !n.hidden).length;
  const titleId = `console-canvas-${canvas.id}`;
  return (
    <article className="card console-canvas" aria-labelledby={titleId} data-testid="console-canvas" data-canvas-id={canvas.id}>
      <header className="console-canvas-header">
        <h3 id={titleId}>{canvas.prompt}</h3>
        <p className="note-count" aria-live="polite" data-testid="console-note-count">
          {t('canvas.notes', { count: total })}
          {hidden > 0 && ` ${t('canvas.hiddenNotes', { count: hidden })}`}
        </p>
      </header>
      <div className="canvas-switches">
        <CanvasSwitch
          on={canvas.revealed}
          state={canvas.revealed ? t('canvas.answersVisible') : t('canvas.answersHidden')}
          action={canvas.revealed ? t('canvas.hideAnswers') : t('canvas.showAnswers')}
          // Showing answers is the step's usual next move, so until then it is the prominent button.
          prominent={!canvas.revealed}
          onToggle={() => actions.setCanvasRevealed(canvas.id, !canvas.revealed)}
          testId="canvas-reveal"
          data={{ 'data-revealed': canvas.revealed }}
        />
        <CanvasSwitch
          on={!canvas.locked}
          state={canvas.locked ? t('canvas.locked') : t('canvas.open')}
          action={canvas.locked ? t('canvas.reopen') : t('canvas.close')}
          prominent={false}
          onToggle={() => actions.setCanvasLocked(canvas.id, !canvas.locked)}
          testId="canvas-lock"
          data={{ 'data-locked': canvas.locked }}
        />
      </div>
      {canvas.notes.length === 0 && canvas.clusters.length === 0 ? <p className="hint">{t('canvas.empty')}</p> : <Board canvas={canvas} actions={actions} spotlight={spotlight} />}
    </article>
  );
}

type CanvasSwitchProps = {
  /** Whether the chip shows the open/visible look. */
  on: boolean;
  state: string;
  action: string;
  prominent: boolean;
  onToggle: () => void;
  /** `<testId>` on the button, `<testId>-state` on the chip. */
  testId: string;
  data: Record<`data-${string}`, boolean>;
};

/** A state chip and the button that flips it. */
function CanvasSwitch({ on, state, action, prominent, onToggle, testId, data }: CanvasSwitchProps) {
  return (
    <div className="canvas-switch">
      <span className={on ? 'state-chip on' : 'state-chip off'} data-testid={`${testId}-state`}>
        {state}
      </span>
      <button type="button" className={prominent ? 'button small' : 'button secondary small'} onClick={onToggle} data-testid={testId} {...data}>
        {action}
      </button>
    </div>
  );
}
