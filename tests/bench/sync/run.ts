/**
 * `pnpm bench:sync` — how Visiebord holds up with a room full of phones, and how it compares with
 * Hocuspocus and the y-websocket reference server on the same fan-out work. Run by hand, not by
 * CI (CI runs `server/test/benchSmoke.test.ts`). Loopback only; every loop is bounded.
 *
 * Options: `--phones=50,200,500,1000` `--measure=15` (seconds per step) `--rounds=3` (fan-out rounds;
 * the comparison uses their medians) `--skip=phones,single,fanout,peers,late,coldload` (`single`: the
 * phone steps only on several instances) `--profile=DIR`
 * (every Visiebord server the bench starts writes a `node --cpu-prof` profile there; the busiest
 * functions are printed at the end) `--instances=3` (also runs the phone steps on that many
 * instances sharing one Postgres and Redis: p95 post→beamer across instances, and their total CPU
 * beside the single instance's; needs TEST_DATABASE_URL / TEST_REDIS_URL or the local defaults).
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { startCluster } from './cluster.ts';
import { runColdLoad, type ColdLoad } from './coldLoad.ts';
import { runFanout, summarizeRounds, type FanoutResult } from './fanout.ts';
import { runLateJoiner, type LateJoinerResult } from './lateJoiner.ts';
import { phonePageWeight, ROUTE_FILES } from './pageWeight.ts';
import { runPhoneStep, type PhoneStepResult } from './phones.ts';
import { CORES, pinGenerator, setOwnPriority, TIMING_PRIORITY, unpinGenerator } from './proc.ts';
import { readProfiles } from './profile.ts';
import { repoRoot, startPeer, startVisiebord, type PeerKind, type RunningServer } from './servers.ts';
import { round } from './stats.ts';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const STEPS = arg('phones', '50,200,500,1000').split(',').map(Number).filter((n) => n > 0 && n <= 5000);
const MEASURE_MS = Math.min(120, Math.max(2, Number(arg('measure', '15')))) * 1000;
const SKIP = new Set(arg('skip', '').split(','));
const ROUNDS = Math.min(9, Math.max(1, Number(arg('rounds', '3')) || 3));
const PROFILE_DIR = arg('profile', '');
const INSTANCES = Math.min(8, Math.max(1, Number(arg('instances', '1')) || 1));
const PROFILE_ARGS = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE_DIR)}`] : [];
const PEERS: PeerKind[] = ['hocuspocus', 'y-websocket-server'];
const TARGET = { p95Ms: 50, phones: 500, lateJoinMs: 150, phoneJsGzipBytes: 150 * 1024, promptMs: 3000, bytesPerPhone: 50 * 1024 };

const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const pct = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(0)}%`);
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
/** The timing process's CPU, then the socket-holding processes' (summed), each a share of one core. */
const generatorCpu = (s: PhoneStepResult) => `${pct(s.mainGenerator.cpuShare)} + ${pct(s.receivers.cpuShare)}${s.receivers.dropped ? ` (${s.receivers.dropped} dropped)` : ''}`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Largest N whose p95 stays under 100 ms, among steps the generator could keep up with. */
function maxUnder100(steps: Array<{ n: number; p95: number; saturated: boolean }>): number {
  return Math.max(0, ...steps.filter((s) => !s.saturated && s.p95 < 100).map((s) => s.n));
}

async function withServer<T>(start: () => Promise<RunningServer>, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await work(server);
  } catch (error) {
    console.error(`${server.name} output:\n${server.output()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

async function main() {
  const pinned = pinGenerator();
  console.log(`Visiebord sync benchmark — node ${process.version}, ${pinned && CORES ? `server on core ${CORES.server}, generator on core ${CORES.generator}` : 'not pinned (no taskset or one core)'}, ${MEASURE_MS / 1000} s per step\n`);

  // 1. The study-day workload: a fresh server per N, so its peak RSS belongs to that N.
  const phoneSteps: PhoneStepResult[] = [];
  for (const phones of SKIP.has('phones') || SKIP.has('single') ? [] : STEPS) {
    const result = await withServer(() => startVisiebord(PROFILE_ARGS), (server) =>
      runPhoneStep(server, { phones, measureMs: MEASURE_MS, warmupMs: 3_000, postEveryMs: 5_000 }),
    );
    phoneSteps.push(result);
    console.log(`  phones ${phones}: p95 ${ms(result.latency.p95)} ms${result.generator.saturated ? ' (generator saturated: step discarded)' : ''}; machine load ${result.loadAverage.toFixed(1)} on ${cpus().length} cores`);
    if (result.failedPosts > 0) console.log(`  failed posts: ${JSON.stringify(result.failures)}`);
  }
  if (phoneSteps.length > 0) console.log('\nPhones post a note every 5 s over HTTP intents; latency is post → note in the beamer\'s Y.Doc; phone p95 is post → own note back on the phone\'s live socket (12 observing phones). Gen CPU: the timing process + the processes holding the other phones\' sockets.');
  if (phoneSteps.length > 0) console.log(
    table(
      ['phones', 'notes', 'p50 ms', 'p95 ms', 'p99 ms', 'lost', 'failed', 'phone p95', 'server CPU', 'CPU ms/note', 'RSS before', 'peak RSS', 'per phone', 'sent/s', 'gen lag p99', 'gen CPU', 'step'],
      phoneSteps.map((s) => [
        String(s.phones), String(s.posted), ms(s.latency.p50), ms(s.latency.p95), ms(s.latency.p99), String(s.lost), String(s.failedPosts), ms(s.phoneLatency.p95),
        pct(s.serverCpuShare), ms(s.cpuMsPerNote ?? NaN), mb(s.rssBeforeBytes), mb(s.peakRssBytes), kb(s.bytesPerPhone), kb(s.sentBytesPerSecond),
        `${ms(s.generator.lagP99Ms)} ms`, generatorCpu(s), s.generator.saturated ? 'DISCARDED (generator saturated)' : 'kept',
      ]),
    ),
  );
  // 1b. The same workload on several instances: phones spread over them, the beamer on the last.
  const clusterSteps: Array<PhoneStepResult & { cpuRatio: number | null; cpuPerNoteRatio: number | null }> = [];
  // The instances are not pinned (a host runs them side by side), so neither is the generator here.
  const clustered = INSTANCES > 1 && !SKIP.has('phones');
  if (clustered && pinned) unpinGenerator();
  const favoured = clustered && setOwnPriority(TIMING_PRIORITY);
  for (const phones of clustered ? STEPS : []) {
    const cluster = await startCluster(INSTANCES, PROFILE_ARGS);
    let result: PhoneStepResult;
    try {
      result = await runPhoneStep(cluster.instances, { phones, measureMs: MEASURE_MS, warmupMs: 3_000, postEveryMs: 5_000 });
      // Refused posts are the instances' to explain.
      if (result.failedPosts > 0) {
        console.error(`  failed posts: ${JSON.stringify(result.failures)}`);
        for (const s of cluster.instances) console.error(`instance ${s.port} said:\n${s.output().slice(-3_000)}`);
      }
    } catch (error) {
      for (const s of cluster.instances) console.error(`instance output:\n${s.output()}`);
      throw error;
    } finally {
      await cluster.stop();
    }
    // Only beside a single-instance step that was kept: a saturated generator understates its CPU.
    const single = phoneSteps.find((s) => s.phones === phones && !s.generator.saturated)?.serverCpuShare;
    const cpuRatio = result.serverCpuShare !== null && single ? round(result.serverCpuShare / single, 2) : null;
    // Per note, beside the single instance's step of the same size, kept or not: less dependent on the machine's load (see `cpuMsPerNote`).
    const singlePerNote = phoneSteps.find((s) => s.phones === phones)?.cpuMsPerNote;
    const cpuPerNoteRatio = result.cpuMsPerNote !== null && singlePerNote ? round(result.cpuMsPerNote / singlePerNote, 2) : null;
    clusterSteps.push({ ...result, cpuRatio, cpuPerNoteRatio });
    console.log(`  ${INSTANCES} instances, phones ${phones}: p95 across instances ${ms(result.latency.p95)} ms${result.generator.saturated ? ' (generator saturated: step discarded)' : ''}; machine load ${result.loadAverage.toFixed(1)} on ${cpus().length} cores`);
  }
  if (clustered && pinned) pinGenerator();
  if (favoured) setOwnPriority(0);
  if (clusterSteps.length > 0) {
    console.log(`\n${INSTANCES} instances on one Postgres and Redis, none of them (nor the generator) pinned to a core${favoured ? `; the timing process at nice ${TIMING_PRIORITY}, the phones' socket processes at 0` : ''}; phones spread over them, beamer and facilitator on the last; timed are notes posted on another instance than the beamer's.`);
    console.log(
      table(
        ['phones', 'timed notes', 'p50 ms', 'p95 ms', 'p99 ms', 'lost', 'failed', 'phone p95', 'CPU (sum)', 'CPU vs 1 instance', 'CPU ms/note', 'per note vs 1', 'peak RSS (sum)', 'gen lag p99', 'gen CPU', 'step'],
        clusterSteps.map((s) => [
          String(s.phones), String(s.posted), ms(s.latency.p50), ms(s.latency.p95), ms(s.latency.p99), String(s.lost), String(s.failedPosts), ms(s.phoneLatency.p95),
          pct(s.serverCpuShare), s.cpuRatio === null ? '–' : `${s.cpuRatio}×`, ms(s.cpuMsPerNote ?? NaN), s.cpuPerNoteRatio === null ? '–' : `${s.cpuPerNoteRatio}×`, mb(s.peakRssBytes),
          `${ms(s.generator.lagP99Ms)} ms`, generatorCpu(s), s.generator.saturated ? 'DISCARDED (generator saturated)' : 'kept',
        ]),
      ),
    );
  }
  const maxPhones = maxUnder100(phoneSteps.map((s) => ({ n: s.phones, p95: s.latency.p95, saturated: s.generator.saturated })));

  // 2. The shared fan-out workload against us and both peers, in rounds: each round starts every
  // server afresh in a rotated order, and the figures compared are the medians over the rounds.
  const fanout: Array<FanoutResult & { round: number }> = [];
  const contenders: Array<{ name: RunningServer['name']; start: () => Promise<RunningServer> }> = [
    { name: 'visiebord', start: () => startVisiebord(PROFILE_ARGS) },
    ...(SKIP.has('peers') ? [] : PEERS.map((kind) => ({ name: kind, start: () => startPeer(kind) }))),
  ];
  for (let round = 0; round < (SKIP.has('fanout') ? 0 : ROUNDS); round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length] as (typeof contenders)[number]);
    for (const contender of order) {
      await withServer(contender.start, async (server) => {
        for (const readers of STEPS) {
          const result = await runFanout(server, { readers, measureMs: MEASURE_MS, warmupMs: 1_500, writeEveryMs: 50 });
          fanout.push({ ...result, round });
          console.log(`  round ${round + 1}: ${server.name} ${readers} readers: p95 ${ms(result.latency.p95)} ms, CPU ${pct(result.serverCpuShare)}${result.generator.saturated ? ' (generator saturated: discarded)' : ''}`);
        }
      });
    }
  }
  const summaries = summarizeRounds(fanout);
  if (summaries.length > 0) {
    console.log(`\nShared fan-out: one writer, 20 updates/s, reaching N read-only sockets; medians of ${ROUNDS} round(s) (Visiebord stores each update in SQLite first; the peers store nothing).`);
    console.log(
      table(
        ['server', 'readers', 'rounds kept', 'p50 ms', 'p95 ms', 'p95 range', 'p99 ms', 'lost', 'server CPU', 'peak RSS', 'sent/s'],
        summaries.map((f) => [
          f.server, String(f.readers), `${f.kept}/${f.rounds}`, ms(f.p50), ms(f.p95), `${ms(f.p95Range[0])}–${ms(f.p95Range[1])}`, ms(f.p99), String(f.lost),
          pct(f.cpuShare), mb(f.peakRssBytes), kb(f.sentBytesPerSecond),
        ]),
      ),
    );
  }

  // 3. Late joiners, 4. page weight, 5. cold load.
  const late: LateJoinerResult | null = SKIP.has('late') ? null : await withServer(() => startVisiebord(PROFILE_ARGS), (server) => runLateJoiner(server));
  if (late) {
    console.log(`\nLate joiner, workshop with ${late.notes} notes (median / max of 7):`);
    console.log(`  phone, canvases hidden:   ${ms(late.phoneHidden.p50)} / ${ms(late.phoneHidden.max)} ms`);
    console.log(`  phone, canvases revealed: ${ms(late.phoneRevealed.p50)} / ${ms(late.phoneRevealed.max)} ms (${kb(late.phoneRevealedBytes)})`);
    console.log(`  beamer (y-websocket sync): ${ms(late.beamer.p50)} / ${ms(late.beamer.max)} ms (${kb(late.beamerBytes)})`);
  }

  const dist = join(repoRoot, 'client', 'dist');
  const weight = existsSync(join(dist, ROUTE_FILES)) ? phonePageWeight(dist) : null;
  if (weight) {
    console.log(`\nPhone route (/j/<CODE>), gzipped, as the build lists it (client/dist/${ROUTE_FILES}):`);
    for (const f of weight.files) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(10)} → ${kb(f.gzipBytes)}`);
    console.log(`  JS ${kb(weight.jsGzipBytes)} + CSS ${kb(weight.cssGzipBytes)}${weight.unwanted.length ? `; loads what it should not: ${weight.unwanted.join(', ')}` : '; no facilitator, beamer, Yjs or zod chunks'}`);
  } else console.log('\nPhone route weight: no client build in client/dist (run `pnpm build`).');

  let cold: ColdLoad | null = null;
  if (!SKIP.has('coldload') && weight && existsSync('/usr/bin/chromium')) {
    cold = await withServer(() => startVisiebord(), (server) => runColdLoad(server.url));
    console.log(`\nCold load of /j/<CODE> in Chromium, Slow 4G (562.5 ms, 1.44 Mbit/s down):`);
    console.log(`  joined before (stored session) → prompt: ${ms(cold.storedMs)} ms, ${kb(cold.transferredBytes)} transferred`);
    console.log(`  first visit → name form: ${ms(cold.formMs)} ms; → joined and prompt shown: ${ms(cold.formToPromptMs)} ms`);
  }

  // Targets and the one-line summary.
  const at = (list: PhoneStepResult[]) => list.find((s) => s.phones === TARGET.phones) ?? list[list.length - 1];
  const ours500 = at(phoneSteps);
  const fan = (server: string) => summaries.filter((f) => f.server === server);
  const fanAt = (server: string) => fan(server).find((f) => f.readers === TARGET.phones) ?? fan(server)[fan(server).length - 1];
  const fanMax = (server: string) => maxUnder100(fan(server).map((f) => ({ n: f.readers, p95: f.p95, saturated: f.kept === 0 })));
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? round(a / b, 2) : null);
  const peers: Record<string, { p95Ratio: number | null; cpuRatio: number | null; maxPhonesRatio: number | null }> = {};
  const roundRatios: Record<string, string> = {};
  for (const peer of SKIP.has('peers') || SKIP.has('fanout') ? [] : PEERS) {
    peers[peer] = {
      p95Ratio: ratio(fanAt('visiebord')?.p95, fanAt(peer)?.p95),
      cpuRatio: ratio(fanAt('visiebord')?.cpuShare, fanAt(peer)?.cpuShare),
      maxPhonesRatio: ratio(fanMax('visiebord'), fanMax(peer)),
    };
    // The same ratio round by round, to show how much of it is the machine's noise.
    const readers = fanAt(peer)?.readers;
    const perRound = Array.from({ length: ROUNDS }, (_, round) => {
      const of = (server: string) => fanout.find((f) => f.round === round && f.server === server && f.readers === readers && !f.generator.saturated);
      return ratio(of('visiebord')?.latency.p95, of(peer)?.latency.p95);
    });
    const paired = perRound.filter((r): r is number => r !== null);
    roundRatios[peer] = `${perRound.map((r) => r ?? '–').join(' · ')} (at or below 1 in ${paired.filter((r) => r <= 1).length} of ${paired.length})`;
  }
  // Measured at the target room size: at 50 phones the server's own first-use allocations dominate.
  const perPhone = ours500?.bytesPerPhone ?? 0;
  console.log('\nTargets:');
  if (ours500) console.log(`  p95 post→beamer ≤ ${TARGET.p95Ms} ms at ${TARGET.phones} phones: ${ms(ours500?.latency.p95 ?? NaN)} ms${ours500?.generator.saturated ? ' (step discarded: generator saturated)' : ''} — ${mark((ours500?.latency.p95 ?? Infinity) <= TARGET.p95Ms && !ours500?.generator.saturated)}`);
  for (const [peer, r] of Object.entries(peers)) {
    console.log(`  fan-out vs ${peer} (medians): p95 ratio ${r.p95Ratio}, CPU ratio ${r.cpuRatio}, largest-N ratio ${r.maxPhonesRatio} — ${mark((r.p95Ratio ?? 9) <= 1 && (r.cpuRatio ?? 9) <= 1 && (r.maxPhonesRatio ?? 0) >= 1)}; p95 ratio per round ${roundRatios[peer]}`);
  }
  if (late) {
    const lateWorst = Math.max(late.phoneRevealed.p50, late.beamer.p50);
    console.log(`  late joiner with ${late.notes} notes ≤ ${TARGET.lateJoinMs} ms (median): phone ${ms(late.phoneRevealed.p50)} ms, beamer ${ms(late.beamer.p50)} ms — ${mark(lateWorst <= TARGET.lateJoinMs)}`);
  }
  if (weight) console.log(`  phone route ≤ 150 KB JS gz: ${kb(weight.jsGzipBytes)} — ${mark(weight.jsGzipBytes <= TARGET.phoneJsGzipBytes)}`);
  if (cold) console.log(`  prompt within 3 s on Slow 4G: ${ms(cold.storedMs)} ms (stored session) — ${mark(cold.storedMs <= TARGET.promptMs)}`);
  if (ours500) {
    console.log(`  server memory ≤ 50 KB per connected phone: ${kb(perPhone)} at ${ours500.phones} phones — ${mark(perPhone <= TARGET.bytesPerPhone)}`);
    console.log(`  largest N with p95 < 100 ms: ${maxPhones}`);
  }

  const clusterAt = at(clusterSteps) as (typeof clusterSteps)[number] | undefined;
  if (clusterAt) {
    for (const s of clusterSteps) console.log(`  ${INSTANCES} instances: p95 post→beamer across instances ≤ ${TARGET.p95Ms} ms at ${s.phones} phones: ${ms(s.latency.p95)} ms, CPU ${s.cpuRatio ?? '–'}× one instance's (per note ${s.cpuPerNoteRatio ?? '–'}×) — ${mark(s.latency.p95 <= TARGET.p95Ms && !s.generator.saturated)}`);
  }

  if (PROFILE_DIR) {
    for (const profile of readProfiles(resolve(PROFILE_DIR))) {
      console.log(`\nProfile ${profile.file}: ${(profile.busyMs / 1000).toFixed(1)} s busy; busiest functions (self time):`);
      for (const spot of profile.spots) console.log(`  ${ms(spot.ms).padStart(8)} ms ${pct(spot.share).padStart(4)}  ${spot.name}`);
    }
  }

  // A step the generator could not keep up with has no figure to give.
  const p95Ms = ours500 && !ours500.generator.saturated ? round(ours500.latency.p95) : null;
  const cluster = clusterAt
    ? {
        instances: INSTANCES,
        phones: clusterAt.phones,
        p95Ms: clusterAt.generator.saturated ? null : round(clusterAt.latency.p95),
        cpuRatio: clusterAt.cpuRatio,
        cpuPerNoteRatio: clusterAt.cpuPerNoteRatio,
        steps: clusterSteps.map((s) => ({
          phones: s.phones,
          p95Ms: s.generator.saturated ? null : round(s.latency.p95),
          cpuRatio: s.cpuRatio,
          cpuMsPerNote: s.cpuMsPerNote === null ? null : round(s.cpuMsPerNote, 2),
          cpuPerNoteRatio: s.cpuPerNoteRatio,
        })),
      }
    : undefined;
  console.log(JSON.stringify({ phones: ours500?.phones ?? null, p95Ms, maxPhonesP95Under100: maxPhones, peers, ...(cluster ? { cluster } : {}) }));
}

// Whatever happens, the run ends by itself: nothing here may keep a server or a socket alive.
const deadline = setTimeout(() => {
  console.error('bench:sync: gave up after 30 minutes');
  process.exit(2);
}, 30 * 60_000);
deadline.unref();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
