import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Children, useState, type ReactNode } from 'react';
import { useT, type T } from '../../i18n/useT';
import { clusterDrag, clusterTarget } from './boardMove';
import { clusterName, type BoardGroup } from './boardModel';
import { ClusterName } from './ClusterName';
import type { MoveDestination } from './boardModel';
import { MoveToMenu } from './MoveToMenu';

const FOLD_AFTER = 12;
const FOLD_SHOW = 8;

export type ClusterColumnProps = {
  group: BoardGroup;
  /** Place in the keyboard's drop order. */
  order: number;
  /** The other groups, for "Samenvoegen met…". */
  others: readonly MoveDestination[];
  spotlighted: boolean;
  justCreated: boolean;
  onRename: (clusterId: string, label: string) => void;
  onAccept: (clusterId: string) => void;
  onMerge: (fromId: string, intoId: string) => void;
  onDissolve: (clusterId: string) => void;
  onSpotlight: (clusterId: string, on: boolean) => void;
  children: ReactNode;
};

/** A group on the board: a drop target for notes, itself draggable onto another group to merge. */
export function ClusterColumn({ group, order, others, spotlighted, justCreated, onRename, onAccept, onMerge, onDissolve, onSpotlight, children }: ClusterColumnProps) {
  const t = useT('board');
  const { cluster, notes } = group;
  const [showAll, setShowAll] = useState(false);
  const cards = Children.toArray(children);
  // A big group stays readable: the first few cards, and the rest on request.
  const folded = !showAll && cards.length > FOLD_AFTER;
  const name = clusterName(cluster);
  const item = t('group.item', { name });
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: clusterTarget(cluster.id), data: { label: item, order } });
  const { setNodeRef: setDragRef, attributes, listeners, isDragging } = useDraggable({
    id: clusterDrag(cluster.id),
    data: { label: item },
    attributes: { roleDescription: t('group.roleDescription') },
  });
  const className = ['cluster', cluster.suggested && 'suggested', isOver && 'over', isDragging && 'dragging', spotlighted && 'spotlighted']
    .filter(Boolean)
    .join(' ');
  return (
    <section ref={setDropRef} className={className} aria-label={t('group.region', { name })} data-testid="cluster" data-cluster-id={cluster.id} data-drop-id={clusterTarget(cluster.id)} data-suggested={cluster.suggested} data-origin={originOf(cluster)}>
      <header ref={setDragRef} className="cluster-header">
        <button type="button" className="drag-handle" aria-label={t('group.dragHandle', { name })} data-testid="cluster-drag-handle" {...attributes} {...listeners}>
          <span aria-hidden="true">⠿</span>
        </button>
        <ClusterName name={name} autoEdit={justCreated} onRename={(label) => onRename(cluster.id, label)} />
        <OriginBadge t={t} cluster={cluster} />
        <span className="cluster-count">{notes.length}</span>
      </header>
      <div className="cluster-actions">
        {cluster.suggested && (
          <button type="button" className="button small" onClick={() => onAccept(cluster.id)} data-testid="cluster-accept" aria-label={t('group.acceptLabel', { name })}>
            {t('group.accept')}
          </button>
        )}
        <MoveToMenu label={t('group.mergeWith')} subject={t('group.mergeSubject', { name })} destinations={others} onChoose={(into) => onMerge(cluster.id, into)} testId="cluster-merge" />
        <button type="button" className="button secondary small" onClick={() => onDissolve(cluster.id)} data-testid="cluster-dissolve" aria-label={t('group.dissolveLabel', { name })}>
          {t('group.dissolve')}
        </button>
        <button
          type="button"
          className={spotlighted ? 'button small' : 'button secondary small'}
          aria-pressed={spotlighted}
          aria-label={t('group.spotlightLabel', { name })}
          onClick={() => onSpotlight(cluster.id, !spotlighted)}
          disabled={notes.length === 0}
          data-testid="cluster-spotlight"
        >
          {t('spotlight')}
        </button>
      </div>
      {notes.length === 0 ? (
        <p className="hint cluster-empty">{t('group.empty')}</p>
      ) : (
        <ul className="board-notes">{folded ? cards.slice(0, FOLD_SHOW) : cards}</ul>
      )}
      {cards.length > FOLD_AFTER && (
        <button type="button" className="button secondary small cluster-more" aria-expanded={!folded} onClick={() => setShowAll(folded)} data-testid="cluster-show-all">
          {folded ? t('group.showAll', { count: cards.length }) : t('group.showLess')}
        </button>
      )}
    </section>
  );
}

/** Who shaped a group: the facilitator's own, the room's sorting, or the engine reading the text. */
const originOf = (cluster: { suggested: boolean; origin?: string }): 'facilitator' | 'room' | 'engine' =>
  !cluster.suggested ? 'facilitator' : cluster.origin === 'room' ? 'room' : 'engine';

/** The badge names its origin (`origin.<origin>`) and explains it on hover (`origin.<origin>Title`). */
function OriginBadge({ t, cluster }: { t: T; cluster: { suggested: boolean; origin?: string } }) {
  const origin = originOf(cluster);
  return (
    <span className={`badge origin-badge origin-${origin}${cluster.suggested ? ' suggested-badge' : ''}`} title={t(`origin.${origin}Title`)} data-testid={cluster.suggested ? 'cluster-suggested' : 'cluster-own'}>
      {t(`origin.${origin}`)}
    </span>
  );
}
