import type * as Y from 'yjs';
import { getNotesMap, readNote, roots } from '@visiebord/shared/doc';
import { diffNotes, phoneViewsOf, projectRoom, type NoteDelta, type PhoneNote, type RoomProjection } from '@visiebord/shared/projection';

/** A notes map of the current step's canvases, and whether everyone may see its notes. */
type ShownCanvas = { revealed: boolean };

/** One public view made from the one before it by re-reading `ids`. */
type Hop = { from: ReadonlyMap<string, PhoneNote>; to: ReadonlyMap<string, PhoneNote>; ids: ReadonlySet<string> };

/** Hops remembered, so a publish that missed a few projections (a phone joining) still diffs only what changed. */
const MAX_HOPS = 8;

/**
 * The phones' view of one document, kept up to date note by note. `projectRoom` reads every note of
 * the step each time; in a busy room that is most of what a publish costs, and with several
 * instances every one of them pays it for each note any of them stores. Here a transaction that
 * only adds, edits or removes notes of the step's canvases re-reads just those notes; anything
 * else (a step, a reveal, a new canvas, an answer) is projected whole, as before. The result is
 * the same as `projectRoom`'s, note for note (`projectionCache.test.ts`); only the order of the
 * maps may differ, which phones do not rely on (they sort what they show).
 */
export class ProjectionCache {
  private projection: RoomProjection | null = null;
  /** Keyed by the canvases' notes maps (Yjs types). */
  private shown = new Map<object, ShownCanvas>();
  /** The notes maps of the other steps' canvases: what changes there, phones do not see. */
  private unseen = new Set<object>();
  /** Who wrote each projected note, to find its old place when it changes. */
  private authorOf = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private whole = true;
  /** The last public views made note by note, newest last: what `publicDelta` reads. */
  private hops: Hop[] = [];
  /** Projections made whole, and notes re-read one by one: how much the cache saved (tests). */
  readonly counts = { whole: 0, notes: 0 };

  constructor(private readonly doc: Y.Doc) {
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  private readonly onTransaction = (transaction: Y.Transaction) => {
    if (this.whole) return;
    for (const [type, keys] of transaction.changed) {
      if (this.shown.has(type)) {
        // Notes added or removed: the keys are their ids.
        for (const key of keys) if (key !== null) this.dirty.add(key);
        continue;
      }
      if (this.unseen.has(type)) continue;
      // A field of a note changed: the note's key in its notes map is its id.
      const item = type._item;
      if (item && item.parentSub !== null && this.shown.has(item.parent as object)) {
        this.dirty.add(item.parentSub);
        continue;
      }
      if (item && this.unseen.has(item.parent as object)) continue;
      this.whole = true;
      return;
    }
  };

  /** The phones' view now. */
  current(): RoomProjection {
    if (this.whole || !this.projection) return this.projectWhole();
    if (this.dirty.size === 0) return this.projection;
    const publicNotes = new Map(this.projection.publicNotes);
    const ownByAuthor = new Map(this.projection.ownByAuthor);
    const copied = new Set<string>();
    const ownOf = (author: string) => {
      let own = ownByAuthor.get(author);
      if (!own || !copied.has(author)) {
        own = new Map<string, PhoneNote>(own);
        ownByAuthor.set(author, own);
        copied.add(author);
      }
      return own;
    };
    for (const id of this.dirty) {
      const before = this.authorOf.get(id);
      if (before !== undefined) {
        const own = ownOf(before);
        own.delete(id);
        if (own.size === 0) ownByAuthor.delete(before);
        this.authorOf.delete(id);
      }
      publicNotes.delete(id);
      for (const [notes, canvas] of this.shown) {
        const note = readNote((notes as Y.Map<unknown>).get(id));
        if (!note) continue;
        const views = phoneViewsOf(note);
        ownOf(note.authorId).set(id, views.own);
        this.authorOf.set(id, note.authorId);
        if (canvas.revealed && !note.hidden) publicNotes.set(id, views.shared);
        break;
      }
    }
    this.counts.notes += this.dirty.size;
    this.hops.push({ from: this.projection.publicNotes, to: publicNotes, ids: new Set(this.dirty) });
    if (this.hops.length > MAX_HOPS) this.hops.shift();
    this.dirty.clear();
    this.projection = { step: this.projection.step, publicNotes, ownByAuthor };
    return this.projection;
  }

  /**
   * What changed between two public views this cache handed out: with many notes on the beamer,
   * comparing every note at every publish cost more than re-reading the few that changed. Views
   * not made from one another note by note (a new step, a reveal) are compared whole.
   */
  publicDelta(prev: ReadonlyMap<string, PhoneNote>, next: ReadonlyMap<string, PhoneNote>): NoteDelta {
    if (prev === next) return { upsert: [], remove: [] };
    const ids = new Set<string>();
    let at = next;
    for (let i = this.hops.length - 1; i >= 0 && at !== prev; i--) {
      const hop = this.hops[i]!;
      if (hop.to !== at) break;
      for (const id of hop.ids) ids.add(id);
      at = hop.from;
    }
    if (at !== prev) return diffNotes(prev, next);
    // The same comparison as a whole diff, on the changed notes only.
    const only = (view: ReadonlyMap<string, PhoneNote>) => {
      const part = new Map<string, PhoneNote>();
      for (const id of ids) {
        const note = view.get(id);
        if (note) part.set(id, note);
      }
      return part;
    };
    return diffNotes(only(prev), only(next));
  }

  private projectWhole(): RoomProjection {
    const projection = projectRoom(this.doc);
    this.shown = new Map();
    for (const canvas of projection.step?.canvases ?? []) {
      const notes = getNotesMap(this.doc, canvas.id);
      if (notes) this.shown.set(notes, { revealed: canvas.revealed });
    }
    this.unseen = new Set();
    for (const canvasId of roots(this.doc).canvases.keys()) {
      const notes = getNotesMap(this.doc, canvasId);
      if (notes && !this.shown.has(notes)) this.unseen.add(notes);
    }
    this.authorOf = new Map();
    this.hops = [];
    for (const [author, own] of projection.ownByAuthor) for (const id of own.keys()) this.authorOf.set(id, author);
    this.dirty.clear();
    this.whole = false;
    this.counts.whole++;
    this.projection = projection;
    return projection;
  }
}
