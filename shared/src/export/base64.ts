/**
 * Base64 without Node's Buffer, so the same code runs in the browser (a later import screen can
 * check a file before sending it). Bytes go through `btoa` in slices: one giant
 * `String.fromCharCode(...bytes)` overflows the call stack on a large workshop.
 */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Throws on anything that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
