import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';

/**
 * How a server frames the y-websocket protocol: plainly (ours, the reference server), or with the
 * document name in front of every message and a token first (Hocuspocus).
 */
export type Dialect = { kind: 'y-websocket' } | { kind: 'hocuspocus'; documentName: string; token: string };

const MESSAGE = { sync: 0, auth: 2 } as const;
const HOCUSPOCUS_AUTH = { token: 0, permissionDenied: 1 } as const;

export type YClientOptions = {
  url: string;
  dialect: Dialect;
  /** Keep a Y.Doc (facilitator, beamer, writer); a bare reader only counts and timestamps frames. */
  keepDoc: boolean;
  /** Every frame as it arrives, with its arrival time (performance.now()). */
  onFrame?: (data: Buffer, at: number) => void;
  /** Gives up on connecting and syncing after this long. */
  timeoutMs?: number;
};

/**
 * A lightweight protocol client — no provider, no awareness, no timers — so one process can hold a
 * thousand of them. It asks for the document (sync step 1) and counts it synced at sync step 2.
 */
export class YClient {
  readonly doc: Y.Doc | null;
  readonly ws: WebSocket;
  bytesReceived = 0;
  framesReceived = 0;
  /** Milliseconds from opening the socket to the applied sync step 2. */
  readonly synced: Promise<number>;
  private readonly started = performance.now();

  constructor(private readonly options: YClientOptions) {
    this.doc = options.keepDoc ? new Y.Doc() : null;
    this.ws = new WebSocket(options.url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    this.synced = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync within ${options.timeoutMs ?? 15_000} ms`)), options.timeoutMs ?? 15_000);
      this.onSynced = () => {
        clearTimeout(timer);
        resolve(performance.now() - this.started);
      };
      this.ws.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      this.ws.once('close', (code) => {
        clearTimeout(timer);
        reject(new Error(`closed ${code} before sync`));
      });
    });
    // A rejection nobody awaits must not end the run.
    this.synced.catch(() => undefined);
    this.ws.on('open', () => this.open());
    this.ws.on('message', (data: Buffer) => this.receive(data));
    this.doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send((e) => syncProtocol.writeUpdate(e, update));
    });
  }

  private onSynced: () => void = () => undefined;

  private open(): void {
    const { dialect } = this.options;
    if (dialect.kind === 'hocuspocus') {
      const auth = this.encoder();
      encoding.writeVarUint(auth, MESSAGE.auth);
      encoding.writeVarUint(auth, HOCUSPOCUS_AUTH.token);
      encoding.writeVarString(auth, dialect.token);
      this.ws.send(encoding.toUint8Array(auth));
    }
    const doc = this.doc ?? new Y.Doc();
    this.send((e) => syncProtocol.writeSyncStep1(e, doc));
  }

  private encoder(): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (this.options.dialect.kind === 'hocuspocus') encoding.writeVarString(encoder, this.options.dialect.documentName);
    return encoder;
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const encoder = this.encoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    write(encoder);
    this.ws.send(encoding.toUint8Array(encoder));
  }

  private receive(data: Buffer): void {
    const at = performance.now();
    this.bytesReceived += data.byteLength;
    this.framesReceived++;
    this.options.onFrame?.(data, at);
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      if (this.options.dialect.kind === 'hocuspocus') decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE.auth && this.options.dialect.kind === 'hocuspocus') {
        if (decoding.readVarUint(decoder) === HOCUSPOCUS_AUTH.permissionDenied) this.ws.close();
        return;
      }
      if (type !== MESSAGE.sync) return;
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        // A writer answers with what it has; a bare reader has nothing to say.
        if (this.doc) {
          const doc = this.doc;
          const stateVector = decoding.readVarUint8Array(decoder);
          this.send((e) => syncProtocol.writeSyncStep2(e, doc, stateVector));
        }
        return;
      }
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        if (this.doc) Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), this);
        if (syncType === syncProtocol.messageYjsSyncStep2) this.onSynced();
      }
    } catch {
      // A frame we do not understand changes nothing we measure.
    }
  }

  close(): void {
    this.ws.terminate();
    this.doc?.destroy();
  }
}

/** Markers we put into text so a receiver can tell which write a frame carries: `bm:<key>;`. */
export const MARKER_PREFIX = Buffer.from('bm:');

/** Every marker key in a frame or update (a coalesced frame may carry several). */
export function markersIn(bytes: Uint8Array): string[] {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys: string[] = [];
  let from = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const at = buffer.indexOf(MARKER_PREFIX, from);
    if (at < 0) break;
    const end = buffer.indexOf(0x3b /* ; */, at + MARKER_PREFIX.length);
    if (end < 0 || end - at > 40) break;
    keys.push(buffer.toString('latin1', at + MARKER_PREFIX.length, end));
    from = end + 1;
  }
  return keys;
}
