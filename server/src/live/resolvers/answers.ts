/**
 * Small helpers shared by every resolver: name normalisation, TXT character-string decoding
 * (UTF-8 when valid, else one latin-1 character per byte) and the fixed answers for timeouts
 * and cancellation.
 */
import type { Answer } from '../resolver';

/** Lower case, without the trailing dot (the root stays `.`). */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  if (lower === '.' || lower === '') return '.';
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

// ignoreBOM keeps a leading U+FEFF: it is part of the text (and not ASCII).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One TXT character-string as text: UTF-8 when it decodes, else bytes as latin-1 characters. */
export function decodeCharString(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}

export const CANCELLED: Answer = { kind: 'error', message: 'cancelled' };
export const TIMEOUT: Answer = { kind: 'timeout' };

/** A message for an unknown thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
