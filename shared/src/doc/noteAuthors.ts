import * as Y from 'yjs';

/**
 * Which notes each author has on a canvas, kept up to date by the notes map's own events. A phone
 * posting a note is checked against its per-canvas limit; counting by reading every note on the
 * canvas made each post cost the whole canvas — thousands of notes in a big room, on every
 * instance. The index only narrows the search: the caller still reads each of the author's notes.
 */
type AuthorIndex = { keysOf: Map<string, Set<string>>; authorOf: Map<string, string> };

const indexes = new WeakMap<Y.Map<unknown>, AuthorIndex>();
const NONE: ReadonlySet<string> = new Set();

const authorIn = (value: unknown): string | null => {
  const author = value instanceof Y.Map ? value.get('authorId') : undefined;
  return typeof author === 'string' ? author : null;
};

function forget(index: AuthorIndex, key: string): void {
  const author = index.authorOf.get(key);
  if (author === undefined) return;
  index.authorOf.delete(key);
  index.keysOf.get(author)?.delete(key);
}

function remember(index: AuthorIndex, key: string, value: unknown): void {
  const author = authorIn(value);
  if (author === null) return;
  index.authorOf.set(key, author);
  let keys = index.keysOf.get(author);
  if (!keys) index.keysOf.set(author, (keys = new Set()));
  keys.add(key);
}

function indexOf(notes: Y.Map<unknown>): AuthorIndex {
  let index = indexes.get(notes);
  if (index) return index;
  const made: AuthorIndex = { keysOf: new Map(), authorOf: new Map() };
  notes.forEach((value, key) => remember(made, key, value));
  notes.observe((event) => {
    for (const [key, change] of event.changes.keys) {
      forget(made, key);
      if (change.action !== 'delete') remember(made, key, notes.get(key));
    }
  });
  indexes.set(notes, (index = made));
  return index;
}

/**
 * The keys of the notes `authorId` wrote on this notes map. Inside a transaction the map's events
 * have not fired yet, so there every key is a candidate (the caller's check reads them all).
 */
export function noteKeysBy(notes: Y.Map<unknown>, authorId: string): Iterable<string> {
  if (notes.doc?._transaction) return notes.keys();
  return indexOf(notes).keysOf.get(authorId) ?? NONE;
}
