import { describe, expect, it } from 'vitest';
import { parseRoute } from './router';

describe('parseRoute', () => {
  it('knows the four surfaces', () => {
    expect(parseRoute('/')).toEqual({ name: 'landing' });
    expect(parseRoute('/f/abc')).toEqual({ name: 'facilitator', workshopId: 'abc' });
    expect(parseRoute('/b/abc/')).toEqual({ name: 'beamer', workshopId: 'abc' });
    expect(parseRoute('/j/K7PQ2M')).toEqual({ name: 'phone', code: 'K7PQ2M' });
  });

  it('decodes what a phone keyboard may put in the path', () => {
    expect(parseRoute('/j/k7p%20q2m')).toEqual({ name: 'phone', code: 'k7p q2m' });
  });

  it('sends everything else to "not found"', () => {
    expect(parseRoute('/x/abc')).toEqual({ name: 'notFound' });
    expect(parseRoute('/f')).toEqual({ name: 'notFound' });
    expect(parseRoute('/f/a/b')).toEqual({ name: 'notFound' });
  });
});
