/**
 * Which of a workshop's intents are stored, here or (heard through Redis) on another instance. A
 * phone sends each note as an intent with an id of its own; an id not among these is no retry, so
 * only a retry costs a look-up of its first answer in the store. Not knowing (a room made without
 * the list) means every intent may be a retry.
 */
export class StoredIntents {
  private readonly ids: Set<string> | null;

  constructor(ids?: Iterable<string>) {
    this.ids = ids ? new Set(ids) : null;
  }

  /**
   * Whether the intent might be stored already (and so must be answered from the store): false
   * only for an id known not to be. An intent stored elsewhere whose word has not arrived yet is
   * refused by the store as a whole write, and answered from there (`Room.rewind`).
   */
  mayHaveStored(intentId: string): boolean {
    return this.ids === null || this.ids.has(intentId);
  }

  /** Intents stored here or on another instance. */
  learn(intentIds: Iterable<string>): void {
    if (this.ids) for (const id of intentIds) this.ids.add(id);
  }
}
