import { describe, expect, it } from 'vitest';
import { decodeLiveMessage, isOutdatedHello, LIVE_PROTOCOL_VERSION } from './live.ts';

const hello = (extra: Record<string, unknown>) => JSON.stringify({ t: 'hello', participantId: 'p', name: 'Anna', title: 'Studiedag', ...extra });

describe('live protocol', () => {
  it('reads a hello with its version, and a hello without one as version 0', () => {
    expect(decodeLiveMessage(hello({ v: LIVE_PROTOCOL_VERSION }))).toMatchObject({ t: 'hello', v: LIVE_PROTOCOL_VERSION, name: 'Anna' });
    const old = decodeLiveMessage(hello({}));
    expect(old).toMatchObject({ t: 'hello', v: 0 });
    expect(isOutdatedHello(old!)).toBe(true);
    expect(isOutdatedHello(decodeLiveMessage(hello({ v: LIVE_PROTOCOL_VERSION + 1 }))!)).toBe(true);
    expect(isOutdatedHello(decodeLiveMessage(hello({ v: LIVE_PROTOCOL_VERSION }))!)).toBe(false);
  });

  it('ignores what it cannot trust', () => {
    expect(decodeLiveMessage('{')).toBeNull();
    expect(decodeLiveMessage(42)).toBeNull();
    expect(decodeLiveMessage('null')).toBeNull();
    expect(decodeLiveMessage(JSON.stringify({ t: 'notes' }))).toBeNull();
    expect(decodeLiveMessage(JSON.stringify({ t: 'mine', stepId: 's' }))).toBeNull();
    expect(decodeLiveMessage(JSON.stringify({ t: 'surprise' }))).toBeNull();
    expect(decodeLiveMessage(JSON.stringify({ t: 'own', reset: true, upsert: [], remove: [] }))).toMatchObject({ t: 'own' });
  });
});
