import { createPublicKey, verify, type KeyObject } from 'node:crypto';

// DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

export type VerifyFailure = 'missing' | 'malformed' | 'bad-signature' | 'stale';
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

export interface SignedRequest {
  /** Hex of the raw 32-byte key, or a key already parsed with parsePublicKey. */
  publicKey: string | KeyObject;
  /** Hex from the X-Signature-Ed25519 header. */
  signature: string | undefined;
  /** Unix seconds from the X-Signature-Timestamp header. */
  timestamp: string | undefined;
  body: Buffer;
  /** Current time in milliseconds; defaults to Date.now(). */
  now?: number;
  maxSkewSeconds?: number;
}

/** Parses the application's public key (64 hex characters); throws on a malformed key. */
export function parsePublicKey(hex: string): KeyObject {
  if (!PUBLIC_KEY_HEX.test(hex)) {
    throw new Error('Discord public key must be 64 hexadecimal characters (the raw 32-byte Ed25519 key)');
  }
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** Checks Discord's Ed25519 signature over `timestamp + body`; never throws on request input. */
export function verifyDiscordSignature(request: SignedRequest): VerifyResult {
  const { signature, timestamp, body, now = Date.now(), maxSkewSeconds = 300 } = request;
  if (!signature || !timestamp) return fail('missing');
  if (!SIGNATURE_HEX.test(signature) || !UNIX_SECONDS.test(timestamp)) return fail('malformed');
  const key = toKey(request.publicKey);
  if (!key) return fail('malformed');

  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!verify(null, signed, key, Buffer.from(signature, 'hex'))) return fail('bad-signature');
  // Checked after the signature so that 'stale' always means an authentic request replayed late.
  if (Math.abs(now / 1000 - Number(timestamp)) > maxSkewSeconds) return fail('stale');
  return { ok: true };
}

function toKey(publicKey: string | KeyObject): KeyObject | undefined {
  if (typeof publicKey !== 'string') return publicKey;
  try {
    return parsePublicKey(publicKey);
  } catch {
    return undefined;
  }
}

function fail(reason: VerifyFailure): VerifyResult {
  return { ok: false, reason };
}
