import * as Y from 'yjs';
import { initWorkshop } from '../doc/mutations.ts';
import { scriptSchema, type Script } from '../script/schema.ts';

/** A small script with an info step and a prompt step of two canvases, one hidden until reveal. */
export const testScript: Script = scriptSchema.parse({
  id: 'test',
  title: 'Testdag',
  steps: [
    { id: 'welkom', type: 'info', title: 'Welkom', body: 'Fijn dat je er bent.' },
    {
      id: 'vragen',
      type: 'prompt',
      title: 'Vier vragen',
      canvases: [
        { id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?' },
        { id: 'spelregels', prompt: 'Wat zijn de spelregels?', reveal: 'hidden' },
      ],
    },
    { id: 'einde', type: 'close', title: 'Bedankt' },
  ],
});

export function createTestDoc(script: Script = testScript): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { script, title: 'Studiedag De Linde', now: 1_000 });
  return doc;
}

/** Ids that are predictable in tests. */
export function sequentialIds(prefix = 'n'): () => string {
  let i = 0;
  return () => `${prefix}${++i}`;
}
