/**
 * What a drop on the board means, as plain data. dnd-kit reports "this was dropped over that";
 * this module decides the change (dnd-kit's own practice: test `move(items, event)` alone), and the
 * board then calls one action. No React, no Yjs.
 */

/** Drop targets: the unsorted pile, the "new group" zone, or a cluster. */
export const UNSORTED_TARGET = 'unsorted';
export const NEW_CLUSTER_TARGET = 'new-cluster';
export const clusterTarget = (clusterId: string) => `cluster:${clusterId}`;

/** Draggables: a note, or a whole cluster (to merge it into another). */
export const noteDrag = (noteId: string) => `note:${noteId}`;
export const clusterDrag = (clusterId: string) => `drag-cluster:${clusterId}`;

export type BoardNote = { id: string; clusterId: string | null };
export type BoardCluster = { id: string; suggested: boolean };
export type BoardState = { notes: readonly BoardNote[]; clusters: readonly BoardCluster[] };

export type BoardChange =
  /** Put a note in a cluster (null: back to "Nog niet ingedeeld"); `accept` when the cluster was a suggestion. */
  | { kind: 'assign'; noteId: string; clusterId: string | null; accept: boolean }
  /** Make a new cluster with this note in it. */
  | { kind: 'assignToNew'; noteId: string }
  /** Move every note of one cluster into another and dissolve the first. */
  | { kind: 'merge'; fromClusterId: string; intoClusterId: string; accept: boolean };

function parse(id: string, prefix: string): string | null {
  return id.startsWith(prefix) ? id.slice(prefix.length) : null;
}

/** The change a drop makes, or null when it changes nothing (dropped where it already was, or nowhere). */
export function dropResult(board: BoardState, event: { activeId: string; overId: string | null }): BoardChange | null {
  const { activeId, overId } = event;
  if (!overId) return null;
  const overCluster = parse(overId, 'cluster:');
  const target = overCluster === null ? null : board.clusters.find((c) => c.id === overCluster);
  if (overCluster !== null && !target) return null;

  const noteId = parse(activeId, 'note:');
  if (noteId !== null) {
    const note = board.notes.find((n) => n.id === noteId);
    if (!note) return null;
    if (overId === NEW_CLUSTER_TARGET) return { kind: 'assignToNew', noteId };
    if (overId === UNSORTED_TARGET) return note.clusterId === null ? null : { kind: 'assign', noteId, clusterId: null, accept: false };
    if (!target || note.clusterId === target.id) return null;
    return { kind: 'assign', noteId, clusterId: target.id, accept: target.suggested };
  }

  const fromClusterId = parse(activeId, 'drag-cluster:');
  if (fromClusterId !== null) {
    if (!board.clusters.some((c) => c.id === fromClusterId)) return null;
    if (!target || target.id === fromClusterId) return null;
    return { kind: 'merge', fromClusterId, intoClusterId: target.id, accept: target.suggested };
  }
  return null;
}

/** The notes a merge moves: those of `fromClusterId`, in board order. */
export function notesToMerge(board: BoardState, fromClusterId: string): string[] {
  return board.notes.filter((n) => n.clusterId === fromClusterId).map((n) => n.id);
}
