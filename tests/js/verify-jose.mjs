// Verifying a Hookline webhook in Node.js with `jose`, using nothing but the published JWKS.
// This file is run by Hookline's test suite (tests/core/tst_independentverification.cpp) and
// quoted verbatim in docs/receivers.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, jwtVerify } from 'jose';

// The headers covered by headers_sha256, in this order, as `name:value\n`.
const SIGNED_HEADERS = ['content-type', 'x-webhook-id', 'x-idempotency-key', 'x-webhook-event',
                        'x-webhook-timestamp', 'x-webhook-test-mode'];

const sha256 = (data) => createHash('sha256').update(data).digest('base64url');

// headers: names in lower case (as Node's req.headers has them); rawBody: the exact bytes
// received (a Buffer), before any JSON parsing. Returns the claims or throws.
export async function verifyHookline(jwks, headers, rawBody) {
  const token = headers['x-webhook-signature'];
  if (!token) throw new Error('missing X-Webhook-Signature');
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
    algorithms: ['RS256'],
    issuer: 'hookline',
    audience: headers['x-webhook-id'], // aud is the webhook id of the endpoint
    requiredClaims: ['iat', 'exp', 'jti'],
    clockTolerance: 60,
  });
  if (payload.body_sha256 !== sha256(rawBody)) throw new Error('body_sha256 mismatch');
  const canonical = SIGNED_HEADERS.map((name) => `${name}:${headers[name] ?? ''}\n`).join('');
  if (payload.headers_sha256 !== sha256(canonical)) throw new Error('headers_sha256 mismatch');
  // Deliveries are at least once: deduplicate on payload.idempotency_key (and reject a jti you
  // have seen before if replays matter to you).
  return payload;
}

// node verify-jose.mjs JWKS.json DIR...   each DIR holds headers.json and body.bin;
// prints one line per DIR: "ok" or "rejected: <reason>".
if (import.meta.url === `file://${process.argv[1]}`) {
  const jwks = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  for (const dir of process.argv.slice(3)) {
    const headers = JSON.parse(readFileSync(`${dir}/headers.json`, 'utf8'));
    try {
      await verifyHookline(jwks, headers, readFileSync(`${dir}/body.bin`));
      console.log('ok');
    } catch (e) {
      console.log(`rejected: ${e.code ?? ''} ${e.message}`);
    }
  }
}
