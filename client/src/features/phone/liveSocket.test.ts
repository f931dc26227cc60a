import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdSocket, liveUrl, openEarlyLive, takeEarlyLive } from './earlyLive';
import { connectLive } from './liveSocket';

/** Just enough of a browser WebSocket: tests play the server's part with `open`, `receive`, `drop`. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static made: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  closedByUs = false;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(data: string) {
    this.onmessage?.({ data });
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  close() {
    this.closedByUs = true;
    this.readyState = 3;
  }
}

const URL = 'ws://visiebord.test/live/w1?token=t1';

function listen(adopt?: Parameters<typeof connectLive>[0]['adopt']) {
  const events: string[] = [];
  const live = connectLive({
    url: URL,
    onMessage: (data) => events.push(`message ${String(data)}`),
    onStatus: (status) => events.push(status),
    onFinal: (code) => events.push(`final ${code}`),
    adopt,
  });
  return { live, events };
}

const held = () => holdSocket(new FakeSocket(URL) as unknown as WebSocket);
const fake = (index: number) => FakeSocket.made[index] as FakeSocket;

beforeEach(() => {
  FakeSocket.made = [];
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.useFakeTimers();
});
afterEach(() => {
  takeEarlyLive('');
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('connectLive taking over a socket opened early', () => {
  it('replays what the held socket saw, in order, and opens no second socket', () => {
    const socket = held();
    fake(0).open();
    fake(0).receive('hello');
    fake(0).receive('step');
    const { events } = listen(() => socket);
    expect(events).toEqual(['connecting', 'open', 'message hello', 'message step']);
    fake(0).receive('notes');
    expect(events.at(-1)).toBe('message notes');
    expect(FakeSocket.made).toHaveLength(1);
  });

  it('waits for a held socket that is still connecting', () => {
    const socket = held();
    const { events } = listen(() => socket);
    expect(events).toEqual(['connecting']);
    fake(0).open();
    fake(0).receive('hello');
    expect(events).toEqual(['connecting', 'open', 'message hello']);
  });

  it('stops when the held socket was refused for good before anyone listened', () => {
    const socket = held();
    fake(0).drop(4401);
    const { events } = listen(() => socket);
    expect(events).toEqual(['connecting', 'final 4401']);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(1);
  });

  it('reconnects as usual when the held socket dropped before anyone listened', () => {
    const socket = held();
    fake(0).open();
    fake(0).receive('hello');
    fake(0).drop(1006);
    const { events } = listen(() => socket);
    expect(events).toEqual(['connecting', 'open', 'message hello', 'closed']);
    vi.advanceTimersByTime(20_000);
    expect(FakeSocket.made).toHaveLength(2);
    expect(fake(1).url).toBe(URL);
  });

  it('asks for a held socket on the first attempt only', () => {
    const adopt = vi.fn(() => null);
    listen(adopt);
    fake(0).open();
    fake(0).drop(1006);
    vi.advanceTimersByTime(20_000);
    expect(FakeSocket.made).toHaveLength(2);
    expect(adopt).toHaveBeenCalledTimes(1);
    expect(adopt).toHaveBeenCalledWith(URL);
  });
});

describe('openEarlyLive', () => {
  const stored = new Map<string, string>();
  beforeEach(() => {
    stored.clear();
    vi.stubGlobal('location', { protocol: 'http:', host: 'visiebord.test' });
    vi.stubGlobal('localStorage', { getItem: (key: string) => stored.get(key) ?? null });
  });
  const session = { workshopId: 'w1', participantId: 'p1', participantToken: 't1', name: 'Anna', title: 'Studiedag' };

  it('opens the live socket of a phone that joined this workshop before, for the app to take once', () => {
    stored.set('visiebord:phone:ABC234', JSON.stringify(session));
    openEarlyLive('/j/abc234');
    expect(FakeSocket.made.map((s) => s.url)).toEqual([liveUrl(session)]);
    expect(liveUrl(session)).toBe(URL);
    expect(takeEarlyLive(URL)?.ws).toBe(fake(0));
    expect(takeEarlyLive(URL)).toBeNull();
    expect(fake(0).closedByUs).toBe(false);
  });

  it('does nothing on other pages, for a bad code, or without a stored session', () => {
    stored.set('visiebord:phone:ABC234', JSON.stringify(session));
    for (const path of ['/', '/f/w1', '/b/w1', '/j/AB', '/j/XYZ999', '/j/ABC234/extra']) openEarlyLive(path);
    stored.set('visiebord:phone:XYZ999', '{"workshopId": 5}');
    openEarlyLive('/j/XYZ999');
    expect(FakeSocket.made).toHaveLength(0);
  });

  it('closes a socket held for another address, and one nobody takes', () => {
    stored.set('visiebord:phone:ABC234', JSON.stringify(session));
    openEarlyLive('/j/ABC234');
    expect(takeEarlyLive('ws://visiebord.test/live/w1?token=other')).toBeNull();
    expect(fake(0).closedByUs).toBe(true);
    openEarlyLive('/j/ABC234');
    vi.advanceTimersByTime(60_000);
    expect(fake(1).closedByUs).toBe(true);
    expect(takeEarlyLive(URL)).toBeNull();
  });
});
