import { describe, expect, it } from 'vitest';
import { dropResult, NEW_CLUSTER_TARGET, notesToMerge, UNSORTED_TARGET, type BoardState } from './boardMove';

const board: BoardState = {
  notes: [
    { id: 'a', clusterId: null },
    { id: 'b', clusterId: 'k1' },
    { id: 'c', clusterId: 'k1' },
    { id: 'd', clusterId: 'k2' },
  ],
  clusters: [
    { id: 'k1', suggested: false },
    { id: 'k2', suggested: true },
  ],
};

describe('dropResult', () => {
  it('puts a note in the cluster it is dropped on', () => {
    expect(dropResult(board, { activeId: 'note:a', overId: 'cluster:k1' })).toEqual({ kind: 'assign', noteId: 'a', clusterId: 'k1', accept: false });
  });

  it('accepts a suggested cluster when a note is dragged into it', () => {
    expect(dropResult(board, { activeId: 'note:b', overId: 'cluster:k2' })).toEqual({ kind: 'assign', noteId: 'b', clusterId: 'k2', accept: true });
  });

  it('sends a note back to the unsorted pile, and makes a new cluster on the new-group zone', () => {
    expect(dropResult(board, { activeId: 'note:b', overId: UNSORTED_TARGET })).toEqual({ kind: 'assign', noteId: 'b', clusterId: null, accept: false });
    expect(dropResult(board, { activeId: 'note:a', overId: NEW_CLUSTER_TARGET })).toEqual({ kind: 'assignToNew', noteId: 'a' });
  });

  it('changes nothing when dropped where it already is, nowhere, or on something unknown', () => {
    expect(dropResult(board, { activeId: 'note:b', overId: 'cluster:k1' })).toBeNull();
    expect(dropResult(board, { activeId: 'note:a', overId: UNSORTED_TARGET })).toBeNull();
    expect(dropResult(board, { activeId: 'note:a', overId: null })).toBeNull();
    expect(dropResult(board, { activeId: 'note:zz', overId: 'cluster:k1' })).toBeNull();
    expect(dropResult(board, { activeId: 'note:a', overId: 'cluster:gone' })).toBeNull();
    expect(dropResult(board, { activeId: 'something', overId: 'cluster:k1' })).toBeNull();
  });

  it('merges a cluster dropped on another, never into itself', () => {
    expect(dropResult(board, { activeId: 'drag-cluster:k1', overId: 'cluster:k2' })).toEqual({ kind: 'merge', fromClusterId: 'k1', intoClusterId: 'k2', accept: true });
    expect(dropResult(board, { activeId: 'drag-cluster:k1', overId: 'cluster:k1' })).toBeNull();
    expect(dropResult(board, { activeId: 'drag-cluster:k1', overId: UNSORTED_TARGET })).toBeNull();
  });
});

describe('notesToMerge', () => {
  it('lists the notes of the cluster that is merged away', () => {
    expect(notesToMerge(board, 'k1')).toEqual(['b', 'c']);
    expect(notesToMerge(board, 'none')).toEqual([]);
  });
});
