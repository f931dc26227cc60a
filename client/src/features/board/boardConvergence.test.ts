import { addNote, initWorkshop, readVision, readWorkshop } from '@visiebord/shared/doc';
import type { Script } from '@visiebord/shared/script';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkshopActions } from '../../state/workshopActions';
import { layoutBoard } from './boardModel';

const script = {
  id: 'test',
  title: 'Test',
  locale: 'nl',
  steps: [{ id: 'vragen', type: 'prompt', title: 'Vragen', canvases: [{ id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?', reveal: 'open' }] }],
} as Script;

/** Two facilitators' documents that hold their updates until `exchange` delivers them, in a seeded random order. */
function twoFacilitators(seed: number) {
  const a = new Y.Doc();
  initWorkshop(a, { script, title: 'Studiedag', now: 1 });
  for (let i = 0; i < 6; i++) addNote(a, { id: `n${i}`, canvasId: 'wedstrijd', text: `notitie ${i}`, authorId: 'p', createdAt: 10 + i });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const outbox: Array<{ to: Y.Doc; update: Uint8Array }> = [];
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && outbox.push({ to: b, update }));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && outbox.push({ to: a, update }));
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const exchange = () => {
    while (outbox.length > 0) {
      const [message] = outbox.splice(Math.floor(random() * outbox.length), 1);
      if (message) Y.applyUpdate(message.to, message.update, 'remote');
    }
  };
  return { a, b, actionsA: createWorkshopActions(a), actionsB: createWorkshopActions(b), exchange };
}

describe('two facilitators on one board', () => {
  for (const seed of [1, 7, 42, 1234]) {
    it(`end with the same groups after concurrent moves (seed ${seed})`, () => {
      const { a, b, actionsA, actionsB, exchange } = twoFacilitators(seed);
      const k1 = actionsA.createCluster('wedstrijd', 'Samen', 'n0');
      exchange();
      // At the same moment: A drags n1 into k1, renames k1 and makes a group with n3; B makes a
      // new group with n1, moves n2 into k1 and sends n3 back to the unsorted pile.
      actionsA.assignNote('wedstrijd', 'n1', k1);
      actionsA.renameCluster('wedstrijd', k1, 'Samen opleiden');
      const k2 = actionsB.createCluster('wedstrijd', 'Tijd', 'n1');
      actionsB.assignNote('wedstrijd', 'n2', k1);
      actionsA.createCluster('wedstrijd', 'Kinderen', 'n3');
      actionsB.assignNote('wedstrijd', 'n3', null);
      exchange();
      expect(readWorkshop(b)).toEqual(readWorkshop(a));

      const board = readWorkshop(a).canvases[0]!;
      const k2Notes = board.notes.filter((n) => n.clusterId === k2).map((n) => n.id);
      actionsA.mergeClusters('wedstrijd', k2, k1, k2Notes);
      actionsB.assignNote('wedstrijd', 'n4', k2);
      exchange();
      const left = readWorkshop(a);
      expect(readWorkshop(b)).toEqual(left);
      // Every note is in exactly one place on both boards.
      const layout = layoutBoard(left.canvases[0]!);
      const placed = [...layout.unsorted, ...layout.groups.flatMap((g) => g.notes)].map((n) => n.id).sort();
      expect(placed).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    });
  }

  it('keep both people’s words when they type in the vision at once', () => {
    const { a, b, actionsA, actionsB, exchange } = twoFacilitators(3);
    actionsA.spliceVisionText('_statement', 0, 0, 'Wij leren samen.');
    exchange();
    actionsA.spliceVisionText('_statement', 0, 0, 'Samen: ');
    actionsB.spliceVisionText('_statement', 'Wij leren samen.'.length, 0, ' Elke dag.');
    exchange();
    expect(readVision(a).statement).toBe('Samen: Wij leren samen. Elke dag.');
    expect(readVision(b).statement).toBe(readVision(a).statement);
  });
});
