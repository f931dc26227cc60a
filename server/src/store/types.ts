/**
 * Everything Visiebord keeps, behind one small asynchronous interface: SQLite on one machine,
 * Postgres behind several instances. Every implementation runs the conformance suite in
 * `conformance.ts`.
 */

export type WorkshopRecord = {
  id: string;
  joinCode: string;
  facilitatorKeyHash: string;
  beamerKeyHash: string;
  createdAt: number;
  lastActivityAt: number;
  /** Retention (AVG): the workshop is deleted after this moment. */
  deleteAfter: number;
};

export type ParticipantRecord = { id: string; workshopId: string; tokenHash: string; createdAt: number };

export type StoredDoc = { snapshot: Uint8Array | null; updates: Uint8Array[]; lastSeq: number };

export type IntentRecord = { intentId: string; participantId: string; result: string; now: number };

/**
 * What one change of a workshop writes, all of it or nothing: the document's updates in order,
 * and the participant or intent answer that came with them.
 */
export type StoredChange = {
  updates: Uint8Array[];
  participant?: ParticipantRecord;
  intent?: IntentRecord;
};

export interface Store {
  /** The workshop, its first document state and (for an import) participants, in one write. */
  createWorkshop(workshop: WorkshopRecord, initialUpdate: Uint8Array, participants?: ParticipantRecord[]): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | undefined>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined>;
  touchWorkshop(id: string, now: number, deleteAfter: number): Promise<void>;
  /** Removes the workshop and everything in it, leaving none of its content in the data files. */
  deleteWorkshop(id: string): Promise<boolean>;
  listExpiredWorkshops(now: number): Promise<string[]>;
  countWorkshops(): Promise<number>;

  /**
   * Stores one change atomically; durable when the promise resolves. Returns the sequence number
   * of its last update (0 for a change without updates). Sequence numbers of one workshop count
   * up without gaps, also when several instances write to it.
   */
  commitChange(workshopId: string, change: StoredChange): Promise<number>;
  /**
   * Stores several changes, in order, in one transaction: all of them or none, durable when the
   * promise resolves. Returns the sequence number of the last update (0 when none has updates).
   * A busy room writes what gathered during the previous write this way: one commit, not one each.
   */
  commitChanges(workshopId: string, changes: StoredChange[]): Promise<number>;
  /** Appends one document update: `commitChange` with nothing else. */
  appendUpdate(workshopId: string, update: Uint8Array): Promise<number>;
  /** The snapshot and the updates after it, in order. */
  loadDoc(workshopId: string): Promise<StoredDoc>;
  /** Replaces the updates up to `uptoSeq` by one snapshot. */
  compact(workshopId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;

  addParticipant(participant: ParticipantRecord): Promise<void>;
  findParticipantByToken(workshopId: string, tokenHash: string): Promise<ParticipantRecord | undefined>;
  countParticipants(workshopId: string): Promise<number>;

  /** The answer given to an intent id, so a retry gets the same answer and changes nothing. */
  getIntentResult(workshopId: string, intentId: string): Promise<{ participantId: string; result: string } | undefined>;
  /** Every intent id stored for the workshop: a room that knows them asks `getIntentResult` only for a retry. */
  listIntentIds(workshopId: string): Promise<string[]>;

  close(): Promise<void>;
}
