import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api';
import { emptyOutbox, enqueueAdd, type IntentBody, type Outbox } from './outbox';
import { createOutboxDriver } from './outboxDriver';

function setup(send: (body: IntentBody) => Promise<{ noteId?: string }>) {
  let n = 0;
  const newId = () => `id-${++n}`;
  let outbox: Outbox = emptyOutbox();
  const acknowledged = vi.fn();
  const unauthorized = vi.fn();
  const driver = createOutboxDriver({ read: () => outbox, write: (o) => (outbox = o), send, acknowledged, unauthorized, random: () => 1 });
  const add = (text: string) => {
    outbox = enqueueAdd(outbox, { canvasId: 'c', text }, newId).outbox;
    driver.kick();
  };
  return { driver, add, acknowledged, unauthorized, outbox: () => outbox };
}

describe('outbox driver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('retries a lost request with the same id until the server answers, then sends the next', async () => {
    const seen: string[] = [];
    let online = false;
    const send = vi.fn(async (body: IntentBody) => {
      seen.push(body.id);
      if (!online) throw new ApiError(0, 'network', 'offline');
      return { noteId: `note-${body.id}` };
    });
    const t = setup(send);
    t.add('een');
    t.add('twee');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.outbox().entries.map((e) => e.state)).toEqual(['queued', 'queued']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(['id-1', 'id-1']);
    online = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual(['id-1', 'id-1', 'id-1', 'id-2']);
    expect(t.outbox()).toEqual(emptyOutbox());
    expect(t.acknowledged).toHaveBeenCalledTimes(2);
  });

  it('marks a refusal as failed and carries on', async () => {
    const send = vi.fn(async (body: IntentBody) => {
      if (body.type === 'note.add' && body.text === 'slecht') throw new ApiError(409, 'step_not_current', 'Deze vraag is nu niet open.');
      return { noteId: 'n' };
    });
    const t = setup(send);
    t.add('slecht');
    t.add('goed');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.outbox().entries).toEqual([expect.objectContaining({ state: 'failed', error: 'Deze vraag is nu niet open.' })]);
  });

  it('stops on 401 and asks the page to join again', async () => {
    const t = setup(async () => {
      throw new ApiError(401, 'unauthorized', 'Niet aangemeld.');
    });
    t.add('een');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.unauthorized).toHaveBeenCalledTimes(1);
    expect(t.outbox().entries[0]).toMatchObject({ state: 'queued', attempts: 1 });
  });
});
