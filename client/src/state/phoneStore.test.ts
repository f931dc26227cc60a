import type { PhoneNote } from '@visiebord/shared/projection';
import { describe, expect, it } from 'vitest';
import { emptyOutbox } from '../features/phone/outbox';
import { applyLiveMessage, createPhoneStore, parseLiveMessage } from './phoneStore';

const note = (id: string, text = id): PhoneNote => ({ id, canvasId: 'c', text, mine: false, hidden: false, updatedAt: 1 });

describe('phone store', () => {
  it('applies note deltas and resets', () => {
    const store = createPhoneStore({ title: '', name: '', outbox: emptyOutbox() });
    const apply = (data: string) => {
      const message = parseLiveMessage(data);
      if (message) store.setState(applyLiveMessage(store.getState(), message));
    };
    apply(JSON.stringify({ t: 'notes', reset: true, upsert: [note('a'), note('b')], remove: [] }));
    apply(JSON.stringify({ t: 'notes', reset: false, upsert: [note('a', 'A')], remove: ['b'] }));
    expect(store.getState().others).toEqual({ a: note('a', 'A') });
    apply(JSON.stringify({ t: 'notes', reset: true, upsert: [note('c')], remove: [] }));
    expect(Object.keys(store.getState().others)).toEqual(['c']);
    apply(JSON.stringify({ t: 'deleted' }));
    expect(store.getState().live).toBe('gone');
  });

  it('ignores frames it does not understand', () => {
    expect(parseLiveMessage('{')).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ t: 'notes' }))).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ t: 'surprise' }))).toBeNull();
    expect(parseLiveMessage(new ArrayBuffer(2))).toBeNull();
  });
});
