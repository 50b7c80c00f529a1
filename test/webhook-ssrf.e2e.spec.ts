import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { privateAddressProblem } from '../src/integration/webhooks/public-address.js';

const CREATE = `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [LOOP_PUBLISHED] }) { secret } }`;

describe('webhook endpoints cannot reach the internal network', () => {
  let t: TestApp;
  let acme: SeededTenant;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
    acme = await seedTenant(t, 'acme');
  });
  afterAll(() => t.close());

  it('refuses loopback, private, link-local and metadata addresses, by literal or by name', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'https://10.1.2.3/hook',
      'https://192.168.0.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hook',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
    ]) {
      const result = await t.gql(CREATE, { url }, acme.tokens.ADMIN);
      expect({ url, error: result.errors?.[0]?.extensions }).toMatchObject({
        url,
        error: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.url' }] },
      });
    }
    const listed = await t.gql('{ webhookEndpoints { id } }', {}, acme.tokens.ADMIN);
    expect(listed.data!.webhookEndpoints).toEqual([]);
  });

  it('accepts public addresses', async () => {
    expect(await privateAddressProblem('https://93.184.215.14/hook')).toBeNull();
    expect(await privateAddressProblem('https://[2606:4700::1111]/hook')).toBeNull();
  });
});
