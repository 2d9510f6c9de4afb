// The plain Node.js sender Hookline's engine is compared with: the same signed request (RS256 JWT
// over the same claims and headers, ~1 KiB body) POSTed with undici to the same receiver, with
// nothing written to disk and no retries. Prints deliveries/s, CPU per delivery and latency.
//
//   node sender.mjs --url https://127.0.0.1:PORT/hooks --ca ca.pem [--events 20000] [--concurrency 64]
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { SignJWT, generateKeyPair } from 'jose';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    ca: { type: 'string' },
    events: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '64' },
  },
});
const url = new URL(values.url);
const events = Number(values.events);
const concurrency = Number(values.concurrency);
const pool = new Pool(url.origin, {
  connections: concurrency,
  pipelining: 1,
  connect: { ca: readFileSync(values.ca), servername: undefined },
});
const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });

const sha256 = (data) => createHash('sha256').update(data).digest('base64url');
const padding = 'x'.repeat(700);

async function deliver(i) {
  const eventId = `evt_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    id: eventId, type: 'webhook.test', environment: 'sandbox',
    created_at: new Date().toISOString(), api_version: '2026-11-01',
    data: { message: 'throughput', sequence: i, padding },
    delivery: { attempt: 1, sent_at: new Date().toISOString(), event_age_ms: 0 },
  });
  const headers = {
    'content-type': 'application/json',
    'x-webhook-id': 'wh_bench',
    'x-idempotency-key': `${eventId}:ep_bench`,
    'x-webhook-event': 'webhook.test',
    'x-webhook-timestamp': String(timestamp),
    'x-webhook-test-mode': 'true',
  };
  const canonical = Object.entries(headers).map(([k, v]) => `${k}:${v}\n`).join('');
  const jwt = await new SignJWT({
    iss: 'hookline', aud: 'wh_bench', iat: timestamp, exp: timestamp + 300, jti: randomUUID(),
    event_id: eventId, event_type: 'webhook.test', idempotency_key: headers['x-idempotency-key'],
    test_mode: true, method: 'POST', url: url.href,
    body_sha256: sha256(body), headers_sha256: sha256(canonical),
  }).setProtectedHeader({ alg: 'RS256', kid: 'bench', typ: 'JWT' }).sign(privateKey);
  headers['x-webhook-signature'] = jwt;
  const res = await pool.request({ path: url.pathname, method: 'POST', headers, body });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
}

const latencies = [];
let next = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < events) {
    const i = next++;
    const s = performance.now();
    await deliver(i);
    latencies.push(performance.now() - s);
  }
}));
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`node baseline (undici ${(await import('undici/package.json', { with: { type: 'json' } })).default.version}, node ${process.version}): ` +
  `${events} deliveries in ${seconds.toFixed(2)} s = ${(events / seconds).toFixed(0)} deliveries/s; ` +
  `CPU ${((cpu.user + cpu.system) / 1000 / events).toFixed(3)} ms per delivery; ` +
  `latency p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms`);
await pool.close();
