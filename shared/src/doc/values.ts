/** Small guards for reading untrusted values out of a document. */
export const asString = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
export const asNumber = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
export const asBoolean = (v: unknown, fallback = false): boolean => (typeof v === 'boolean' ? v : fallback);
export const asNullableString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Reads each named field of a document map through its guard, so a field's name is written once:
 * `readFields(meta, { title: asString, schemaVersion: asNumber })`.
 */
export function readFields<F extends Record<string, (v: unknown) => unknown>>(map: { get(key: string): unknown }, guards: F): { [K in keyof F]: ReturnType<F[K]> } {
  const fields: Record<string, unknown> = {};
  for (const [key, guard] of Object.entries(guards)) fields[key] = guard(map.get(key));
  return fields as { [K in keyof F]: ReturnType<F[K]> };
}
