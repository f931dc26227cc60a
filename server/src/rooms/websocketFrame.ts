/** Opcodes of RFC 6455 §5.2 for the two kinds of data message. */
const OPCODE = { text: 0x1, binary: 0x2 } as const;
const FIN = 0x80;

/**
 * One complete, unfragmented, unmasked websocket data frame (RFC 6455 §5.2) — what a server sends.
 * The payload length takes 7 bits, or 16 bits after 126, or 64 bits after 127.
 */
export function frameOf(payload: Uint8Array, kind: keyof typeof OPCODE): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN | OPCODE[kind];
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerLength);
  return frame;
}
