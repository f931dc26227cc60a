/** What an instance hears about a workshop from the other instances serving it. */
export type PeerHandlers = {
  /**
   * Updates another instance stored in one write (`count` of them, merged into one), ending at
   * sequence number `lastSeq`, and the intents that write answered. A write of intents alone
   * comes with `count` 0 and an empty update.
   */
  onUpdate(update: Uint8Array, lastSeq: number, count: number, intentIds: readonly string[]): void;
  /** Presence (y-protocols awareness) from a facilitator or beamer on another instance. */
  onAwareness(update: Uint8Array): void;
  /** The workshop was deleted on another instance. */
  onDeleted(): void;
};

/**
 * The other instances of a deployment, as one room sees them (`REDIS_URL`; see docs/deploy.md).
 * Without it there are none, and nothing here is called.
 */
export interface Peers {
  /** Starts hearing one workshop; resolves once nothing said from now on can be missed. */
  join(workshopId: string, handlers: PeerHandlers): Promise<void>;
  leave(workshopId: string): void;
  /** What one write stored: `count` updates merged into one, the last numbered `lastSeq`, and the intents it answered. */
  publishUpdate(workshopId: string, update: Uint8Array, lastSeq: number, count?: number, intentIds?: readonly string[]): void;
  publishAwareness(workshopId: string, update: Uint8Array): void;
  /** The participants with a phone open on this instance; sent about once a second. */
  publishOnline(workshopId: string, participantIds: readonly string[]): void;
  /** The participants with a phone open on other instances (as they last said, recently). */
  onlineElsewhere(workshopId: string): ReadonlySet<string>;
  publishDeleted(workshopId: string): void;
  /** `fn` runs after the link to the other instances was lost and is back: what was said meanwhile is missed. */
  onReconnect(fn: () => void): void;
  close(): Promise<void>;
}
