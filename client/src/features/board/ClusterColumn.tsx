import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Children, useState, type ReactNode } from 'react';
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
  const { cluster, notes } = group;
  const [showAll, setShowAll] = useState(false);
  const cards = Children.toArray(children);
  // A big group stays readable: the first few cards, and the rest on request.
  const folded = !showAll && cards.length > FOLD_AFTER;
  const name = clusterName(cluster);
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: clusterTarget(cluster.id), data: { label: `groep ‘${name}’`, order } });
  const { setNodeRef: setDragRef, attributes, listeners, isDragging } = useDraggable({
    id: clusterDrag(cluster.id),
    data: { label: `groep ‘${name}’` },
    attributes: { roleDescription: 'versleepbare groep' },
  });
  const className = ['cluster', cluster.suggested && 'suggested', isOver && 'over', isDragging && 'dragging', spotlighted && 'spotlighted']
    .filter(Boolean)
    .join(' ');
  return (
    <section ref={setDropRef} className={className} aria-label={`Groep ${name}`} data-testid="cluster" data-cluster-id={cluster.id} data-drop-id={clusterTarget(cluster.id)} data-suggested={cluster.suggested} data-origin={originOf(cluster)}>
      <header ref={setDragRef} className="cluster-header">
        <button type="button" className="drag-handle" aria-label={`Groep slepen om samen te voegen: ${name}`} data-testid="cluster-drag-handle" {...attributes} {...listeners}>
          <span aria-hidden="true">⠿</span>
        </button>
        <ClusterName name={name} autoEdit={justCreated} onRename={(label) => onRename(cluster.id, label)} />
        <OriginBadge cluster={cluster} />
        <span className="cluster-count">{notes.length}</span>
      </header>
      <div className="cluster-actions">
        {cluster.suggested && (
          <button type="button" className="button small" onClick={() => onAccept(cluster.id)} data-testid="cluster-accept" aria-label={`Voorstel overnemen: ${name}`}>
            Overnemen
          </button>
        )}
        <MoveToMenu label="Samenvoegen met…" subject={`groep ${name}`} destinations={others} onChoose={(into) => onMerge(cluster.id, into)} testId="cluster-merge" />
        <button type="button" className="button secondary small" onClick={() => onDissolve(cluster.id)} data-testid="cluster-dissolve" aria-label={`Groep opheffen: ${name}`}>
          Groep opheffen
        </button>
        <button
          type="button"
          className={spotlighted ? 'button small' : 'button secondary small'}
          aria-pressed={spotlighted}
          aria-label={`Spotlight op de beamer: groep ${name}`}
          onClick={() => onSpotlight(cluster.id, !spotlighted)}
          disabled={notes.length === 0}
          data-testid="cluster-spotlight"
        >
          Spotlight
        </button>
      </div>
      {notes.length === 0 ? (
        <p className="hint cluster-empty">Sleep notities hierheen of gebruik ‘Verplaats naar…’.</p>
      ) : (
        <ul className="board-notes">{folded ? cards.slice(0, FOLD_SHOW) : cards}</ul>
      )}
      {cards.length > FOLD_AFTER && (
        <button type="button" className="button secondary small cluster-more" aria-expanded={!folded} onClick={() => setShowAll(folded)} data-testid="cluster-show-all">
          {folded ? `Toon alle ${cards.length} notities` : 'Toon minder'}
        </button>
      )}
    </section>
  );
}

/** Who shaped a group: the facilitator's own, the room's sorting, or the engine reading the text. */
const originOf = (cluster: { suggested: boolean; origin?: string }): 'facilitator' | 'room' | 'engine' =>
  !cluster.suggested ? 'facilitator' : cluster.origin === 'room' ? 'room' : 'engine';

const ORIGIN_BADGE = {
  engine: { text: 'voorstel', title: 'Voorstel van de computer, op grond van de tekst van de notities' },
  room: { text: 'voorstel van de zaal', title: 'Voorstel uit hoe de zaal de notities sorteerde op de telefoons' },
  facilitator: { text: 'eigen groep', title: 'Door jou gemaakt of overgenomen; een nieuw voorstel laat deze groep staan' },
} as const;

function OriginBadge({ cluster }: { cluster: { suggested: boolean; origin?: string } }) {
  const origin = originOf(cluster);
  const badge = ORIGIN_BADGE[origin];
  return (
    <span className={`badge origin-badge origin-${origin}${cluster.suggested ? ' suggested-badge' : ''}`} title={badge.title} data-testid={cluster.suggested ? 'cluster-suggested' : 'cluster-own'}>
      {badge.text}
    </span>
  );
}
