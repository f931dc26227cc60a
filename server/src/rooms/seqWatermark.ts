/**
 * Which stored updates a room holds, by sequence number. Several instances write to one workshop,
 * so updates can arrive out of order: `upTo` is the highest number below which none is missing,
 * the one point up to which the room may fold the log into a snapshot.
 */
export class SeqWatermark {
  private readonly ahead = new Set<number>();

  constructor(private reached: number) {}

  get upTo(): number {
    return this.reached;
  }

  /** Whether some update past `upTo` has arrived while one before it has not. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** Marks the `count` updates ending at `lastSeq` as held. */
  mark(lastSeq: number, count: number): void {
    for (let seq = lastSeq - count + 1; seq <= lastSeq; seq++) if (seq > this.reached) this.ahead.add(seq);
    while (this.ahead.delete(this.reached + 1)) this.reached++;
  }

  /** Everything up to `seq` is held (after reading the store). */
  reach(seq: number): void {
    if (seq <= this.reached) return;
    this.reached = seq;
    for (const held of this.ahead) if (held <= seq) this.ahead.delete(held);
    while (this.ahead.delete(this.reached + 1)) this.reached++;
  }
}
