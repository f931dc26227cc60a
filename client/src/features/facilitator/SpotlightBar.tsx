import type { CanvasView, Spotlight } from '@visiebord/shared/doc';
import { useT } from '../../i18n/useT';
import { clusterName } from '../board/boardModel';

/** What the beamer shows large right now, and the way to turn it off. */
export function SpotlightBar({ spotlight, canvases, onOff }: { spotlight: Spotlight | null; canvases: readonly CanvasView[]; onOff: () => void }) {
  const t = useT('console');
  if (!spotlight) return null;
  const canvas = canvases.find((c) => c.id === spotlight.canvasId);
  const cluster = canvas?.clusters.find((c) => c.id === spotlight.id);
  const what =
    spotlight.kind === 'note'
      ? t('spotlight.note', { text: canvas?.notes.find((n) => n.id === spotlight.id)?.text ?? '…' })
      : t('spotlight.group', { name: clusterName(cluster) });
  return (
    <div className="spotlight-bar" role="status" data-testid="spotlight-bar">
      <span>
        <strong>{t('spotlight.label')}</strong> {what}
      </span>
      <button type="button" className="button small" onClick={onOff} data-testid="spotlight-off">
        {t('spotlight.off')}
      </button>
    </div>
  );
}
