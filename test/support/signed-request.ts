import { generateKeyPairSync, sign } from 'node:crypto';

/** Signs requests the way Discord does: Ed25519 over `timestamp + body`. */
export interface Signer {
  /** The raw 32-byte public key as hex, the form the Developer Portal shows. */
  publicKeyHex: string;
  /** Returns the hex signature for the X-Signature-Ed25519 header. */
  sign(body: string | Buffer, timestamp: string): string;
}

export interface PostSignedOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: string;
  /** Extra headers, applied last so they can replace the signature headers. */
  headers?: Record<string, string>;
}

export function createSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The SPKI DER encoding ends with the raw 32-byte key.
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKeyHex: spki.subarray(-32).toString('hex'),
    sign: (body, timestamp) =>
      sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex'),
  };
}

export function unixSeconds(ms: number = Date.now()): string {
  return String(Math.floor(ms / 1000));
}

export interface SignedHeaders {
  'Content-Type': string;
  'X-Signature-Ed25519': string;
  'X-Signature-Timestamp': string;
}

/** The headers of a request signed by `signer`, as Discord would send them. */
export function signedHeaders(body: string | Buffer, signer: Signer, timestamp: string = unixSeconds()): SignedHeaders {
  return {
    'Content-Type': 'application/json',
    'X-Signature-Ed25519': signer.sign(body, timestamp),
    'X-Signature-Timestamp': timestamp,
  };
}

/** POSTs `body` (an object is sent as JSON) with Discord's signature headers. */
export function postSigned(
  url: string,
  body: string | Buffer | object,
  signer: Signer,
  options: PostSignedOptions = {},
): Promise<Response> {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return fetch(url, {
    method: 'POST',
    headers: { ...signedHeaders(payload, signer, options.timestamp), ...options.headers },
    body: payload,
  });
}
