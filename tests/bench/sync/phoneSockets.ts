import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GENERATOR_LIMITS, type GeneratorLoad } from './stats.ts';

export type ChildRequest = { t: 'open'; urls: string[] } | { t: 'count' } | { t: 'watch' } | { t: 'load' } | { t: 'close' };
export type ChildReply =
  | { t: 'open'; ok: true }
  | { t: 'open'; ok: false; message: string }
  | { t: 'count'; bytes: number; frames: number; dropped: number }
  | { t: 'watch' }
  | { t: 'load'; load: GeneratorLoad }
  | { t: 'close' };

type Reply<T extends ChildRequest['t']> = Extract<ChildReply, { t: T }>;

/** What the processes holding phone sockets did during the window. */
export type ReceiverLoad = {
  processes: number;
  /** Their CPU shares of one core, summed. */
  cpuShare: number;
  /** The busiest one's share: one process uses at most one core. */
  maxCpuShare: number;
  lagP99Ms: number;
  /** Sockets the server closed while they were open. */
  dropped: number;
  /**
   * A receiver that used most of its core, or a socket the server dropped: phones then read more
   * slowly than a room of real phones would, and the server's work is not what it would be.
   * Their event-loop delay is reported, not judged: nothing they do is timed.
   */
  saturated: boolean;
};

const CHILD = fileURLToPath(new URL('./phoneSocketsChild.ts', import.meta.url));

/** Phones per receiving process: about what one process reads without coming near its core's limit. */
export const PHONES_PER_PROCESS = 400;

function ask<T extends ChildRequest['t']>(child: ChildProcess, request: Extract<ChildRequest, { t: T }>): Promise<Reply<T>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildReply) => {
      if (message.t !== request.t) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Reply<T>);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`phone socket process exited (${code}) before answering ${request.t}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(request);
  });
}

/**
 * Phones' live sockets, held by separate processes so that reading every broadcast to hundreds of
 * phones does not slow the process that times posts against the beamer. Each socket is a real
 * websocket to the server, read to the end of every frame and counted; none is decoded.
 */
export async function openPhoneSockets(urls: readonly string[], processes = Math.max(1, Math.ceil(urls.length / PHONES_PER_PROCESS))) {
  const children = Array.from({ length: Math.min(processes, Math.max(1, urls.length)) }, () =>
    fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  const all = <T>(each: (child: ChildProcess) => Promise<T>) => Promise.all(children.map(each));
  const close = async () => {
    await all((child) => (child.connected ? ask(child, { t: 'close' }).catch(() => undefined) : Promise.resolve(undefined)));
    for (const child of children) if (child.exitCode === null) child.kill();
  };
  try {
    const opened = await all((child) => ask(child, { t: 'open', urls: urls.filter((_, i) => children[i % children.length] === child) }));
    const failed = opened.find((o) => !o.ok);
    if (failed && !failed.ok) throw new Error(failed.message);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    pids: children.map((c) => c.pid ?? 0),
    /** Bytes and frames every phone socket has received so far, and sockets dropped. */
    async count(): Promise<{ bytes: number; frames: number; dropped: number }> {
      const counts = await all((child) => ask(child, { t: 'count' }));
      return counts.reduce((sum, c) => ({ bytes: sum.bytes + c.bytes, frames: sum.frames + c.frames, dropped: sum.dropped + c.dropped }), { bytes: 0, frames: 0, dropped: 0 });
    },
    /** Starts watching the processes' CPU and event loops; `load()` ends it. */
    async watch(): Promise<void> {
      await all((child) => ask(child, { t: 'watch' }));
    },
    async load(dropped: number): Promise<ReceiverLoad> {
      const loads = (await all((child) => ask(child, { t: 'load' }))).map((r) => r.load);
      const maxCpuShare = Math.max(...loads.map((l) => l.cpuShare));
      return {
        processes: children.length,
        cpuShare: loads.reduce((sum, l) => sum + l.cpuShare, 0),
        maxCpuShare,
        lagP99Ms: Math.max(...loads.map((l) => l.lagP99Ms)),
        dropped,
        saturated: !(maxCpuShare <= GENERATOR_LIMITS.cpuShare) || dropped > 0,
      };
    },
    close,
  };
}

export type PhoneSockets = Awaited<ReturnType<typeof openPhoneSockets>>;
