import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../../auth/policy.decorator.js';
import { AppConfig } from '../../config/config.js';
import { Database } from '../../database/database.service.js';
import { allTenantIds } from '../jobs/sweep-tenants.js';
import { mailContentKey, openContent } from './mail-crypto.js';
import { latestMessages, type InboxRow } from './mail-outbox.repository.js';
import { escapeHtml as escape } from './mail-render.js';

export const DEV_MAIL_PATH = '/dev/mail';
const SHOWN = 50;

/**
 * `GET /dev/mail` in development only (see AppModule): the latest messages of every tenant,
 * read from the outbox itself (no process memory: every replica shows the same inbox), so a
 * newcomer without an SMTP server sees invitations and their links.
 */
@Controller(DEV_MAIL_PATH.slice(1))
export class DevMailController {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly db: Database,
  ) {
    this.key = mailContentKey(config);
  }

  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @Header(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  )
  async inbox(): Promise<string> {
    const tenants = await allTenantIds(this.db);
    const rows: InboxRow[] = [];
    for (const { id } of tenants) {
      rows.push(...(await this.db.withTenant(id, (em) => latestMessages(em, SHOWN))));
    }
    rows.sort((a, b) => +b.created_at - +a.created_at);
    const items = rows.slice(0, SHOWN).map((row) => {
      let subject = '(content erased once sent)';
      let text = '';
      if (row.content_ciphertext) {
        try {
          const content = openContent(this.key, row.content_ciphertext, row.tenant_id, row.id);
          subject = content.subject;
          text =
            content.text + (content.calendar ? `\n\n[calendar: ${content.calendar.method}]` : '');
        } catch {
          subject = '(cannot be decrypted with this key)';
        }
      }
      return `<article>
  <h2>${escape(subject)}</h2>
  <p>To ${escape(row.to_address)} · ${escape(row.kind)} · ${escape(row.status)} after ${row.attempts} attempt(s) · ${new Date(row.created_at).toISOString()}${row.last_error ? ` · ${escape(row.last_error)}` : ''}</p>
  <pre>${escape(text)}</pre>
</article>`;
    });
    return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="robots" content="noindex" />
    <title>Development inbox</title>
    <style>body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; } pre { white-space: pre-wrap; } article { border-bottom: 1px solid #ccc; }</style>
  </head>
  <body>
    <h1>Development inbox</h1>
    <p>The latest ${SHOWN} messages of every tenant, newest first. Development only; with SMTP_URL set they are also sent.</p>
    ${items.join('\n    ') || '<p>No messages yet.</p>'}
  </body>
</html>
`;
  }
}
