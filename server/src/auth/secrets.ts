import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@visiebord/shared/api';

/** A long random secret for a URL fragment or bearer header: 256 bits, base64url. */
export const createSecret = (): string => randomBytes(32).toString('base64url');

/**
 * Secrets are stored only as hashes. They carry 256 bits of randomness, so a fast hash is enough:
 * there is nothing to guess that a slow hash would protect.
 */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export const createId = (): string => randomUUID();

/** A short code for the room to type: unambiguous letters and digits only. */
export function createJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The bearer secret of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S{10,200})\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
