import { cpuMeter, memoryBytes } from './proc.ts';
import type { RunningServer } from './servers.ts';
import { inBatches, median, sleep, summarize, watchGenerator, type GeneratorLoad, type Latency } from './stats.ts';
import { createWorkshop } from './visiebordApi.ts';
import { markersIn, YClient, type Dialect } from './yclient.ts';

export type FanoutOptions = {
  readers: number;
  measureMs: number;
  warmupMs: number;
  writeEveryMs: number;
  /** How many readers are timed as they read (default 100); the rest read when the window closes. */
  timedReaders?: number;
};

export type FanoutResult = {
  server: RunningServer['name'];
  readers: number;
  latency: Latency;
  writes: number;
  /** Deliveries (write × reader) in the window that never arrived within the drain time. */
  lost: number;
  serverCpuShare: number;
  peakRssBytes: number;
  sentBytesPerSecond: number;
  generator: GeneratorLoad;
};

type Endpoint = { url: (role: 'writer' | 'reader') => string; dialect: (role: 'writer' | 'reader') => Dialect };

/** Where the writer and the readers connect on each server, and as whom. */
async function endpoint(server: RunningServer, room: string): Promise<Endpoint> {
  if (server.name === 'visiebord') {
    // The writer is a facilitator; readers are beamers, which our server keeps read-only.
    const workshop = await createWorkshop(server.url);
    const key = (role: 'writer' | 'reader') => (role === 'writer' ? workshop.facilitatorKey : workshop.beamerKey);
    return { url: (role) => `${server.wsUrl}/sync/${workshop.id}?token=${encodeURIComponent(key(role))}`, dialect: () => ({ kind: 'y-websocket' }) };
  }
  if (server.name === 'hocuspocus') {
    return { url: () => `${server.wsUrl}/`, dialect: (role) => ({ kind: 'hocuspocus', documentName: room, token: role }) };
  }
  return { url: () => `${server.wsUrl}/${room}`, dialect: () => ({ kind: 'y-websocket' }) };
}

/**
 * The shared fan-out workload: one writer's Yjs updates (a short note's worth each) reaching N
 * read-only sockets. The same for every server, so ratios between them hold on a noisy machine.
 */
export async function runFanout(server: RunningServer, options: FanoutOptions): Promise<FanoutResult> {
  const target = await endpoint(server, `fanout-${options.readers}-${Date.now()}`);
  const sent = new Map<string, { at: number; seen: number }>();
  const latencies: number[] = [];
  let window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  const inWindow = (t: number) => t >= window.from && t <= window.to;

  const onFrame = (timed: boolean) => (data: Buffer, at: number) => {
    for (const key of markersIn(data)) {
      const write = sent.get(key);
      if (!write) continue;
      write.seen++;
      if (timed && inWindow(write.at)) latencies.push(at - write.at);
    }
  };
  // Every reader is a real socket the server writes to; one in `stride` (evenly spread over the
  // server's send order) is timed as it reads. The others hold what they are sent until the window
  // closes and then check it all arrived — otherwise the generator, handling every frame of every
  // reader on its one core, is the slowest link and the comparison measures it, not the servers.
  // What they are sent in a window (tens of KB) fits their receive buffers, so the servers' work is
  // the same as for readers that read at once.
  const stride = Math.max(1, Math.round(options.readers / (options.timedReaders ?? 100)));
  const isTimed = (index: number) => index % stride === 0;
  const readers = await inBatches(
    Array.from({ length: options.readers }, (_, i) => i),
    32,
    async (i) => {
      const timed = isTimed(i);
      const reader = new YClient({ url: target.url('reader'), dialect: target.dialect('reader'), keepDoc: false, onFrame: onFrame(timed) });
      await reader.synced;
      if (!timed) reader.ws.pause();
      return reader;
    },
  );
  const writer = new YClient({ url: target.url('writer'), dialect: target.dialect('writer'), keepDoc: true });
  await writer.synced;
  const notes = writer.doc?.getMap<string>('benchFanout');
  if (!notes) throw new Error('writer has no document');

  let seq = 0;
  let writes = 0;
  const write = () => {
    const key = `f${seq++}`;
    const at = performance.now();
    sent.set(key, { at, seen: 0 });
    if (inWindow(at)) writes++;
    notes.set(`note-${seq % 64}`, `Een notitie van de schrijver, die iedereen moet zien bm:${key};`);
  };
  const timer = setInterval(write, options.writeEveryMs);
  await sleep(options.warmupMs);
  // Every reader is sent the same; the timed ones, reading as it comes, say how much.
  const timedReaders = readers.filter((_, i) => isTimed(i));
  const bytesAtStart = timedReaders.reduce((sum, r) => sum + r.bytesReceived, 0);
  const generator = watchGenerator();
  const cpu = cpuMeter(server.pid);
  window = { from: performance.now(), to: performance.now() + options.measureMs };
  await sleep(options.measureMs);
  const serverCpu = cpu.stop();
  const load = generator.stop();
  const bytesAtEnd = timedReaders.reduce((sum, r) => sum + r.bytesReceived, 0);
  clearInterval(timer);
  for (const reader of readers) reader.ws.resume();
  const expected = () => [...sent.values()].filter((w) => inWindow(w.at)).reduce((sum, w) => sum + (options.readers - w.seen), 0);
  const drainUntil = Date.now() + 5_000;
  while (Date.now() < drainUntil && expected() > 0) await sleep(50);
  const lost = expected();
  const peakRss = memoryBytes(server.pid, 'VmHWM');

  for (const reader of readers) reader.close();
  writer.close();
  await sleep(200);

  return {
    server: server.name,
    readers: options.readers,
    latency: summarize(latencies),
    writes,
    lost,
    serverCpuShare: serverCpu.cpuShare,
    peakRssBytes: peakRss,
    sentBytesPerSecond: ((bytesAtEnd - bytesAtStart) * (readers.length / timedReaders.length)) / (options.measureMs / 1000),
    generator: load,
  };
}

/** One server at one size over several rounds: the median of each figure, so no single noisy round decides. */
export type FanoutSummary = {
  server: RunningServer['name'];
  readers: number;
  rounds: number;
  /** Rounds in which the generator kept up; the medians are theirs. */
  kept: number;
  p50: number;
  p95: number;
  p95Range: [number, number];
  p99: number;
  cpuShare: number;
  peakRssBytes: number;
  sentBytesPerSecond: number;
  lost: number;
};

export function summarizeRounds(results: readonly FanoutResult[]): FanoutSummary[] {
  const groups = new Map<string, FanoutResult[]>();
  for (const result of results) {
    const key = `${result.server}\u0000${result.readers}`;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as FanoutResult;
    const kept = group.filter((r) => !r.generator.saturated);
    const p95s = kept.map((r) => r.latency.p95);
    return {
      server: first.server,
      readers: first.readers,
      rounds: group.length,
      kept: kept.length,
      p50: median(kept.map((r) => r.latency.p50)),
      p95: median(p95s),
      p95Range: [Math.min(...p95s), Math.max(...p95s)],
      p99: median(kept.map((r) => r.latency.p99)),
      cpuShare: median(kept.map((r) => r.serverCpuShare)),
      peakRssBytes: median(kept.map((r) => r.peakRssBytes)),
      sentBytesPerSecond: median(kept.map((r) => r.sentBytesPerSecond)),
      lost: group.reduce((sum, r) => sum + r.lost, 0),
    };
  });
}
