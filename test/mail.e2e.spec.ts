import type { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createApp } from '../src/app.factory.js';
import type { Principal } from '../src/common/request-context.js';
import { RequestContext } from '../src/common/request-context.js';
import { loadConfig } from '../src/config/config.js';
import { Database } from '../src/database/database.service.js';
import { MailDeliveryWorker } from '../src/integration/mail/mail-delivery.worker.js';
import { MailOutbox, type OutgoingMail } from '../src/integration/mail/mail-outbox.service.js';
import { createMailTransport } from '../src/integration/mail/mail-transport.js';
import { Role } from '../src/common/role.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { seedTenant, type SeededTenant } from './helpers/fixtures.js';
import { Mailbox } from './helpers/mailbox.js';
import { waitFor } from './helpers/wait.js';
import { adminQuery } from './helpers/server.js';

/** Fast retries: 50 ms base, 300 ms cap, 1 s SMTP timeouts. */
const FAST = {
  MAIL_RETRY_BASE_MS: '50',
  MAIL_RETRY_CAP_MS: '300',
  MAIL_TIMEOUT_MS: '1000',
  MAIL_FROM: 'Interview Kit <kit@mail.example>',
};

const message = (to: string, n: number | string, extra: Partial<OutgoingMail> = {}) => ({
  kind: 'test',
  to,
  content: {
    subject: `Message ${n}`,
    text: `Plain text ${n}: http://localhost:3000/sign-in`,
    html: `<p>HTML ${n}: <a href="http://localhost:3000/sign-in">sign in</a></p>`,
  },
  ...extra,
});

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  content: boolean;
}
const rows = (t: TestApp) =>
  adminQuery<Row>(
    `SELECT id, status::text, attempts, last_error, content_ciphertext IS NOT NULL AS content
       FROM mail_messages ORDER BY created_at, id`,
    [],
    t.database,
  );

/** Queues messages outside any request, as a background job of the service would. */
const queue = (t: TestApp, tenantId: string, mails: OutgoingMail[]) =>
  t.app.get(Database).withTenant(tenantId, async (em) => {
    for (const mail of mails) await t.app.get(MailOutbox).send(em, tenantId, mail);
  });

describe('mail through SMTP', () => {
  let t: TestApp;
  let acme: SeededTenant;
  const mailbox = new Mailbox();

  beforeAll(async () => {
    await mailbox.start();
    t = await startTestApp({ ...FAST, SMTP_URL: mailbox.url });
    acme = await seedTenant(t, 'mail');
  });
  afterAll(async () => {
    await t?.close();
    await mailbox.stop();
  });

  it('sends text, HTML and a calendar part after commit, and erases the content once sent', async () => {
    await queue(t, acme.id, [
      message('ada@mail.example', 1, {
        content: {
          subject: 'Subject one',
          text: 'Text one http://localhost:3000/interviews/x',
          html: '<p>HTML one</p>',
          calendar: {
            method: 'REQUEST',
            ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n',
          },
        },
      }),
    ]);
    const [got] = await waitFor(
      'the message',
      () => mailbox.to('ada@mail.example').length > 0 && mailbox.to('ada@mail.example'),
    );
    expect(got.mail.subject).toBe('Subject one');
    expect(got.mail.text).toContain('Text one http://localhost:3000/interviews/x');
    expect(got.mail.html).toContain('<p>HTML one</p>');
    expect(got.mail.from?.value[0]).toMatchObject({
      name: 'Interview Kit',
      address: 'kit@mail.example',
    });
    expect(got.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(got.mail.messageId).toMatch(/^<[0-9a-f-]{36}@interview-kit>$/);
    const [row] = await waitFor('recorded', async () => {
      const r = await rows(t);
      return r[0]?.status === 'SENT' && r;
    });
    expect(row).toMatchObject({ attempts: 1, last_error: null, content: false });
  });

  it('sends nothing when the change rolls back', async () => {
    const before = (await rows(t)).length;
    const ctx = new RequestContext('rollback-test', '127.0.0.1', t.app.get(Database));
    ctx.setPrincipal({
      kind: 'user',
      userId: acme.userIds.ADMIN,
      actingUserId: acme.userIds.ADMIN,
      tenantId: acme.id,
      sessionId: '',
      role: Role.ADMIN,
    } as Principal);
    await expect(
      ctx.write(async (em) => {
        await t.app.get(MailOutbox).send(em, acme.id, message('rollback@mail.example', 'r'));
        throw new Error('the change fails after queueing');
      }),
    ).rejects.toThrow('fails after queueing');
    expect(await ctx.finish(true)).toBe(true);
    // A message queued after it is delivered: the worker was running all along.
    await queue(t, acme.id, [message('after@mail.example', 'a')]);
    await waitFor('the later message', () => mailbox.to('after@mail.example').length > 0);
    expect(mailbox.to('rollback@mail.example')).toHaveLength(0);
    expect(await rows(t)).toHaveLength(before + 1);
    const [{ jobs }] = await adminQuery<{ jobs: number }>(
      `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'mail-delivery'
          AND data->>'messageId' NOT IN (SELECT id::text FROM mail_messages)`,
      [],
      t.database,
    );
    expect(jobs).toBe(0);
  });

  it('retries with backoff while the SMTP server is down, and loses nothing', async () => {
    await mailbox.stop();
    const before = (await rows(t)).length;
    await queue(t, acme.id, [
      message('outage@mail.example', 'o1'),
      message('outage@mail.example', 'o2'),
    ]);
    const failing = await waitFor('two failed tries each', async () => {
      const r = (await rows(t)).slice(before);
      return r.every((m) => m.status === 'RETRYING' && m.attempts >= 2) && r;
    });
    expect(failing[0].last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(mailbox.to('outage@mail.example')).toHaveLength(0);
    await mailbox.start();
    const sent = await waitFor('both sent', async () => {
      const r = (await rows(t)).slice(before);
      return r.every((m) => m.status === 'SENT') && r;
    });
    expect(sent.every((m) => m.attempts >= 3)).toBe(true);
    const got = mailbox
      .to('outage@mail.example')
      .map((r) => r.mail.subject)
      .sort();
    expect(got).toEqual(['Message o1', 'Message o2']);
  });

  it('gives up at once on a permanent refusal (5xx) and says why', async () => {
    mailbox.refuse.add('nobody@mail.example');
    const before = (await rows(t)).length;
    await queue(t, acme.id, [message('nobody@mail.example', 'n')]);
    const [dead] = await waitFor('dead', async () => {
      const r = (await rows(t)).slice(before);
      return r[0]?.status === 'DEAD' && r;
    });
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toMatch(/550/);
  });

  it('never sends a message twice, with two workers and every job doubled', async () => {
    const second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DEMO_SEED: 'false',
        DEFAULT_PACKS: '',
        DATABASE_URL: t.databaseUrl,
        DATABASE_POOL_SIZE: '4',
        SMTP_URL: mailbox.url,
        ...FAST,
      }),
    );
    try {
      const before = (await rows(t)).length;
      const n = 30;
      await t.app.get(Database).withTenant(acme.id, async (em) => {
        const outbox = t.app.get(MailOutbox);
        for (let i = 0; i < n; i += 1) {
          await outbox.send(em, acme.id, message('pair@mail.example', `p${i}`));
        }
        // Every message gets a second job, as a sweep racing a late job would give it.
        const queued: { id: string }[] = await em.query(
          `SELECT id FROM mail_messages WHERE to_address = 'pair@mail.example'`,
        );
        for (const { id } of queued) {
          await outbox.schedule(em, { tenantId: acme.id, messageId: id, attempt: 0 });
        }
      });
      await waitFor('all sent', async () => {
        const r = (await rows(t)).slice(before);
        return r.length === n && r.every((m) => m.status === 'SENT');
      });
      // Both job copies of every message have run (and the second found it taken).
      await waitFor('every job done', async () => {
        const [{ open }] = await adminQuery<{ open: number }>(
          `SELECT count(*)::int AS open FROM pgboss.job
            WHERE name = 'mail-delivery' AND state NOT IN ('completed', 'failed', 'cancelled')`,
          [],
          t.database,
        );
        return open === 0;
      });
      const ids = mailbox.to('pair@mail.example').map((r) => r.mail.messageId);
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
    } finally {
      await second.app.close();
    }
  }, 60_000);

  it('re-queues a message whose job was lost, and sends it', async () => {
    await t.app.get(MailDeliveryWorker).sweep();
    const before = (await rows(t)).length;
    // A message row without its job, overdue: what a long outage of pg-boss would leave.
    const id = '00000000-0000-4000-8000-000000000001';
    await adminQuery(
      `INSERT INTO mail_messages (tenant_id, id, kind, to_address, content_ciphertext, next_attempt_at)
       VALUES ($1, $2, 'test', 'lost@mail.example', NULL, now() - interval '1 day')`,
      [acme.id, id],
      t.database,
    );
    expect(await t.app.get(MailDeliveryWorker).sweep()).toBe(1);
    const r = await waitFor('tried', async () => {
      const all = (await rows(t)).slice(before);
      return all[0]?.status === 'DEAD' && all;
    });
    // No content to send (inserted bare above): dead on its first try, and said so.
    expect(r[0].last_error).toMatch(/no content/);
  });
});

describe('mail without SMTP_URL', () => {
  describe.each([
    ['development', true],
    ['test', false],
  ])('with NODE_ENV=%s', (env, inbox) => {
    let t: TestApp;
    let acme: SeededTenant;
    beforeAll(async () => {
      t = await startTestApp({ ...FAST, NODE_ENV: env });
      acme = await seedTenant(t, `nosmtp${env}`);
    });
    afterAll(() => t?.close());

    it(
      inbox ? 'logs it and shows it in /dev/mail' : 'logs it; /dev/mail is not served',
      async () => {
        await queue(t, acme.id, [message('dev@mail.example', '<b>dev</b>')]);
        await waitFor('sent to the log', async () => (await rows(t))[0]?.status === 'SENT');
        const res = await t.http().get('/dev/mail').set('accept', 'text/html');
        if (!inbox) {
          expect(res.status).toBe(404);
          return;
        }
        expect(res.status).toBe(200);
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
        expect(res.text).toContain('Message &lt;b&gt;dev&lt;/b&gt;');
        expect(res.text).toContain('http://localhost:3000/sign-in');
        expect(res.text).toContain('dev@mail.example');
        expect(res.text).not.toContain('<b>dev</b>');
      },
    );
  });
});

describe('mail without SMTP_URL', () => {
  const envelope = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'invitation',
    to: 'new@acme.example',
    content: {
      subject: 'You are invited to Acme',
      text: 'Accept: http://localhost:3000/accept-invitation#token=secret-token-value',
      html: '<p>Accept</p>',
    },
  };
  const logged = async (env: Record<string, string>) => {
    const lines: string[] = [];
    const logger = { log: (line: string) => lines.push(line) } as unknown as Logger;
    const transport = createMailTransport(loadConfig(env), logger);
    expect(await transport.send(envelope)).toBeNull();
    transport.close();
    return lines.join('\n');
  };

  it('logs the text outside production, and never the text (a token) in production', async () => {
    expect(await logged({ NODE_ENV: 'test' })).toContain('secret-token-value');
    const production = await logged({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(production).toContain('new@acme.example: You are invited to Acme (invitation');
    expect(production).not.toContain('secret-token-value');
  });
});

describe('mail settings', () => {
  it('are validated at start, naming the variable', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(
      /SMTP_URL: must be an smtp/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ MAIL_RETRY_BASE_MS: '5000', MAIL_RETRY_CAP_MS: '100' })).toThrow(
      /MAIL_RETRY_CAP_MS/,
    );
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@smtp.example:465' }).SMTP_URL).toBe(
      'smtps://u:p@smtp.example:465',
    );
  });
});
