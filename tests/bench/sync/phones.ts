import { loadavg } from 'node:os';
import WebSocket from 'ws';
import { openPhoneSockets, type ReceiverLoad } from './phoneSockets.ts';
import { cpuMeter, memoryBytes, writtenBytes } from './proc.ts';
import { inBatches, sleep, summarize, watchGenerator, type GeneratorLoad, type Latency } from './stats.ts';
import { CANVASES, createWorkshop, goToPromptStep, join, postNote } from './visiebordApi.ts';
import { markersIn, YClient } from './yclient.ts';

export type PhoneStepOptions = {
  phones: number;
  /** How long latencies are recorded, after a warm-up. */
  measureMs: number;
  warmupMs: number;
  /** Each phone posts a note this often (its first at a random moment within the period). */
  postEveryMs: number;
  /** Phones whose live socket this process reads and times (default 12); the rest are only counted. */
  observers?: number;
  /** Processes that hold the other phones' sockets (default: one per 400 phones). */
  receivers?: number;
};

/** Enough phones, on every instance, to time the phones' side without reading every phone's traffic here. */
const OBSERVERS = 12;

export type PhoneStepResult = {
  phones: number;
  latency: Latency;
  /** Post → the note back on the posting phone's live socket, for the observing phones' notes. */
  phoneLatency: Latency;
  /** Post → its HTTP answer (the note stored), for every note acknowledged in the window. */
  ackLatency: Latency;
  /**
   * The machine's load average (1 min) at the end of the window, all processes counted: on a
   * machine shared with other work, latencies say as much about it as about Visiebord.
   */
  loadAverage: number;
  posted: number;
  /** Notes acknowledged in the window, timed or not (on several instances only those across instances are timed). */
  acknowledged: number;
  /**
   * Server CPU milliseconds (summed over the instances) per acknowledged note in the window. It
   * depends less than the CPU share on how much of the machine the server got, but not nothing: a
   * starved generator posts fewer notes, and the work done per second (projections, presence) is
   * then spread over fewer of them.
   */
  cpuMsPerNote: number | null;
  /** Posts in the window whose note never reached the beamer within the drain time. */
  lost: number;
  failedPosts: number;
  /** Why posts failed: the HTTP status, or the error the request threw, with how often. */
  failures: Record<string, number>;
  serverCpuShare: number | null;
  rssBeforeBytes: number | null;
  rssConnectedBytes: number | null;
  peakRssBytes: number | null;
  /** (RSS with every phone joined and connected − RSS before) / phones. */
  bytesPerPhone: number | null;
  /** Payload bytes the server sent to all our sockets per second, as received. */
  sentBytesPerSecond: number;
  /** What the server wrote to sockets and files per second (/proc/<pid>/io wchar). */
  writtenBytesPerSecond: number | null;
  /** The whole generator: saturated when this process or a socket-holding one is. */
  generator: GeneratorLoad;
  /** This process: the posts, the beamer, the facilitator and the observing phones; it does the timing. */
  mainGenerator: GeneratorLoad;
  receivers: ReceiverLoad;
};

type Instance = { url: string; wsUrl: string; pid: number | null };

type Phone = { token: string; timer: NodeJS.Timeout | null; notes: number };

type Observer = { bytes: number; dropped: boolean; close: () => void };

/** A phone's live socket read here: every frame counted and handed to `onFrame` with its arrival time. */
async function openObserver(url: string, onFrame: (data: Buffer, at: number) => void): Promise<Observer> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const observer: Observer = { bytes: 0, dropped: false, close: () => ws.terminate() };
  ws.on('message', (data: Buffer) => {
    observer.bytes += data.byteLength;
    onFrame(data, performance.now());
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('live socket did not open')), 15_000);
    ws.once('message', () => {
      clearTimeout(timer);
      ws.once('close', () => (observer.dropped = true));
      resolve();
    });
    ws.once('close', (code) => reject(new Error(`live socket closed ${code}`)));
  });
  return observer;
}

/**
 * The study-day workload: N phones join, open their live socket and post a note every few
 * seconds; a beamer and a facilitator watch over the y-websocket protocol. Post→beamer latency is
 * read from a marker in the note's text, as the note arrives in the beamer's Y.Doc.
 *
 * This process posts, holds the beamer and the facilitator and times; a few observing phones here
 * also time their own notes' return. The other phones' sockets are held by separate processes that
 * read and count every frame without decoding (`phoneSockets.ts`): one process reading every
 * broadcast to a thousand phones used to be slower than the servers it measured.
 *
 * Given several instances (one workshop on one Postgres and Redis), the phones are spread over
 * them as a load balancer would, the beamer and facilitator sit on the last one, and only notes
 * posted on another instance than the beamer's are timed: the latency across instances. CPU and
 * memory are the sum over the instances.
 */
export async function runPhoneStep(server: Instance | Instance[], options: PhoneStepOptions): Promise<PhoneStepResult> {
  const instances = Array.isArray(server) ? server : [server];
  const home = (phone: number) => instances[phone % instances.length]!;
  const watching = instances[instances.length - 1]!;
  const timed = (phone: number) => instances.length === 1 || home(phone) !== watching;
  const pids = instances.map((i) => i.pid).filter((p): p is number => p !== null && p > 0);
  const pid = pids.length === instances.length ? pids : null;
  const sumOver = (read: (pid: number) => number) => (pid ? pid.reduce((sum, p) => sum + read(p), 0) : null);
  const { url } = instances[0]!;
  const workshop = await createWorkshop(url);
  await goToPromptStep(url, workshop);

  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const sentToPhone = new Map<string, number>();
  const phoneLatencies: number[] = [];
  const ackLatencies: number[] = [];
  let window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  const inWindow = (t: number) => t >= window.from && t <= window.to;

  const syncUrl = (key: string) => `${watching.wsUrl}/sync/${workshop.id}?token=${encodeURIComponent(key)}`;
  const beamer = new YClient({ url: syncUrl(workshop.beamerKey), dialect: { kind: 'y-websocket' }, keepDoc: true });
  const facilitator = new YClient({ url: syncUrl(workshop.facilitatorKey), dialect: { kind: 'y-websocket' }, keepDoc: true });
  beamer.doc?.on('update', (update: Uint8Array) => {
    const now = performance.now();
    for (const key of markersIn(update)) {
      const at = sent.get(key);
      if (at === undefined) continue;
      sent.delete(key);
      if (inWindow(at)) latencies.push(now - at);
    }
  });
  await Promise.all([beamer.synced, facilitator.synced]);

  const rssBefore = sumOver((p) => memoryBytes(p, 'VmRSS'));
  const joined = await inBatches(
    Array.from({ length: options.phones }, (_, i) => i),
    16,
    (i) => join(home(i).url, workshop.joinCode, `Telefoon ${i + 1}`),
  );
  const liveUrl = (i: number) => `${home(i).wsUrl}/live/${workshop.id}?token=${encodeURIComponent(joined[i]!.participantToken)}`;
  // A few phones, spread over the instances, stay here and time their own notes as they come back
  // on their live socket; the others' sockets are read by separate processes (`phoneSockets.ts`).
  const observing = Math.min(options.observers ?? OBSERVERS, options.phones);
  const observers = await inBatches(
    Array.from({ length: observing }, (_, i) => i),
    8,
    (i) => openObserver(liveUrl(i), (data, at) => {
      for (const key of markersIn(data)) {
        const sentAt = sentToPhone.get(key);
        if (sentAt === undefined) continue;
        sentToPhone.delete(key);
        if (inWindow(sentAt)) phoneLatencies.push(at - sentAt);
      }
    }),
  );
  const others = await openPhoneSockets(Array.from({ length: options.phones - observing }, (_, i) => liveUrl(observing + i)), options.receivers);
  const phones: Phone[] = joined.map((j) => ({ token: j.participantToken, timer: null, notes: 0 }));
  const phoneBytes = async () => (await others.count()).bytes + observers.reduce((sum, o) => sum + o.bytes, 0);
  await sleep(500);
  const rssConnected = sumOver((p) => memoryBytes(p, 'VmRSS'));

  let posted = 0;
  let acknowledged = 0;
  let failedPosts = 0;
  const failures: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  const post = (phone: Phone, index: number) => {
    const n = phone.notes++;
    const key = `${index}.${n}`;
    const canvasId = CANVASES[n % CANVASES.length] ?? 'wedstrijd';
    const at = performance.now();
    const counted = timed(index);
    if (counted) sent.set(key, at);
    if (counted && inWindow(at)) posted++;
    if (index < observing) sentToPhone.set(key, at);
    const failed = (why: string) => {
      sent.delete(key);
      sentToPhone.delete(key);
      if (!counted || !inWindow(at)) return;
      failedPosts++;
      failures[why] = (failures[why] ?? 0) + 1;
    };
    const request = postNote(home(index).url, workshop.id, phone.token, canvasId, `Wij leren samen op de werkplek, telefoon ${index + 1} bm:${key};`)
      .then((status) => {
        if (status !== 200) failed(`HTTP ${status}`);
        else if (inWindow(at)) {
          acknowledged++;
          ackLatencies.push(performance.now() - at);
        }
      })
      .catch((error: unknown) => failed(error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error)))
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };
  phones.forEach((phone, index) => {
    phone.timer = setTimeout(function tick() {
      post(phone, index);
      phone.timer = setTimeout(tick, options.postEveryMs);
    }, Math.random() * options.postEveryMs);
  });

  await sleep(options.warmupMs);
  const bytesAtStart = (await phoneBytes()) + beamer.bytesReceived + facilitator.bytesReceived;
  const droppedAtStart = (await others.count()).dropped;
  const writtenAtStart = sumOver(writtenBytes) ?? 0;
  await others.watch();
  const generator = watchGenerator();
  const cpus = pid ? pid.map(cpuMeter) : null;
  window = { from: performance.now(), to: performance.now() + options.measureMs };
  await sleep(options.measureMs);
  const used = cpus?.map((c) => c.stop());
  const serverCpu = used ? { cpuShare: used.reduce((a, u) => a + u.cpuShare, 0), cpuSeconds: used.reduce((a, u) => a + u.cpuSeconds, 0) } : null;
  const load = generator.stop();
  const loadAverage = loadavg()[0] ?? 0;
  const seconds = options.measureMs / 1000;
  const bytesAtEnd = (await phoneBytes()) + beamer.bytesReceived + facilitator.bytesReceived;
  const receivers = await others.load((await others.count()).dropped - droppedAtStart + observers.filter((o) => o.dropped).length);
  const writtenAtEnd = sumOver(writtenBytes) ?? 0;
  for (const phone of phones) if (phone.timer) clearTimeout(phone.timer);
  // Let the last posts land: bounded, whatever the server does.
  await Promise.race([Promise.allSettled([...inFlight]), sleep(10_000)]);
  const drainUntil = Date.now() + 5_000;
  while (Date.now() < drainUntil && [...sent.values(), ...sentToPhone.values()].some(inWindow)) await sleep(50);
  const lost = [...sent.values()].filter(inWindow).length;
  const peakRss = sumOver((p) => memoryBytes(p, 'VmHWM'));

  for (const observer of observers) observer.close();
  await others.close();
  beamer.close();
  facilitator.close();

  return {
    phones: options.phones,
    latency: summarize(latencies),
    phoneLatency: summarize(phoneLatencies),
    ackLatency: summarize(ackLatencies),
    loadAverage,
    posted,
    acknowledged,
    cpuMsPerNote: serverCpu && acknowledged > 0 ? (serverCpu.cpuSeconds * 1000) / acknowledged : null,
    lost,
    failedPosts,
    failures,
    serverCpuShare: serverCpu ? serverCpu.cpuShare : null,
    rssBeforeBytes: rssBefore,
    rssConnectedBytes: rssConnected,
    peakRssBytes: peakRss,
    bytesPerPhone: rssBefore !== null && rssConnected !== null ? (rssConnected - rssBefore) / options.phones : null,
    sentBytesPerSecond: (bytesAtEnd - bytesAtStart) / seconds,
    writtenBytesPerSecond: pid ? (writtenAtEnd - writtenAtStart) / seconds : null,
    generator: { ...load, saturated: load.saturated || receivers.saturated },
    mainGenerator: load,
    receivers,
  };
}
