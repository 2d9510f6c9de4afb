// Verifying a Hookline webhook sent with the Standard Webhooks scheme, with the official
// `standardwebhooks` package. Run by Hookline's test suite and quoted in docs/receivers.md.
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';

// secret: the endpoint's whsec_… secret; headers: lower-case names; rawBody: the exact bytes.
export function verifyStandardWebhook(secret, headers, rawBody) {
  return new Webhook(secret).verify(rawBody.toString('utf8'), headers); // throws when invalid
}

// node verify-standardwebhooks.mjs SECRET DIR...   (DIR as for verify-jose.mjs)
if (import.meta.url === `file://${process.argv[1]}`) {
  const secret = process.argv[2];
  for (const dir of process.argv.slice(3)) {
    const headers = JSON.parse(readFileSync(`${dir}/headers.json`, 'utf8'));
    try {
      verifyStandardWebhook(secret, headers, readFileSync(`${dir}/body.bin`));
      console.log('ok');
    } catch (e) {
      console.log(`rejected: ${e.message}`);
    }
  }
}
