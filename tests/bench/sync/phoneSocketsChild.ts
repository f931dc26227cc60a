/**
 * A process of the phone-step generator that holds phones' live sockets (`phoneSockets.ts`): it
 * opens them, reads every frame the server sends and counts bytes and frames, without decoding.
 * Nothing here is timed; the parent times posts against the beamer and a few observing phones.
 */
import WebSocket from 'ws';
import type { ChildReply, ChildRequest } from './phoneSockets.ts';
import { setOwnPriority } from './proc.ts';
import { inBatches, watchGenerator, type GeneratorLoad } from './stats.ts';

// The timing process may run at a higher priority (`TIMING_PRIORITY`); phones' sockets do not.
setOwnPriority(0);

const sockets: WebSocket[] = [];
let bytes = 0;
let frames = 0;
/** Sockets the server closed after they had opened: a phone that did not keep up, or a server that gave up. */
let dropped = 0;
let watching: { stop: () => GeneratorLoad } | null = null;

const reply = (message: ChildReply) => process.send?.(message);

function open(url: string): Promise<void> {
  // Phones get JSON text; these do not read it, so its UTF-8 check is skipped too.
  const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
  sockets.push(ws);
  ws.on('error', () => undefined);
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('live socket did not open')), 15_000);
    ws.once('message', () => {
      clearTimeout(timer);
      ws.on('message', (data: Buffer) => {
        bytes += data.byteLength;
        frames++;
      });
      ws.once('close', () => dropped++);
      resolve();
    });
    ws.once('close', (code) => reject(new Error(`live socket closed ${code}`)));
  });
}

process.on('message', (request: ChildRequest) => {
  if (request.t === 'open') {
    inBatches(request.urls, 32, open).then(
      () => reply({ t: 'open', ok: true }),
      (error: unknown) => reply({ t: 'open', ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (request.t === 'count') {
    reply({ t: 'count', bytes, frames, dropped });
  } else if (request.t === 'watch') {
    watching = watchGenerator();
    reply({ t: 'watch' });
  } else if (request.t === 'load') {
    const load = watching?.stop() ?? { lagP99Ms: Number.NaN, cpuShare: Number.NaN, saturated: true };
    watching = null;
    reply({ t: 'load', load });
  } else if (request.t === 'close') {
    for (const ws of sockets) {
      ws.removeAllListeners('close');
      ws.terminate();
    }
    reply({ t: 'close' });
    process.disconnect();
  }
});
