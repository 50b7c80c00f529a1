import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './server.js';

export interface Received {
  /** The envelope's recipients, as the server saw them. */
  rcptTo: string[];
  raw: string;
  mail: ParsedMail;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that parses what arrives (mailparser). It can
 * be stopped and started again on the same port (an outage), and told to refuse recipients.
 */
export class Mailbox {
  readonly received: Received[] = [];
  /** Recipients answered with 550 (mailbox unavailable): a permanent failure. */
  readonly refuse = new Set<string>();
  port = 0;
  private server?: SMTPServer;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refuse.has(address.address)) return callback();
        const error = new Error('mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (mail) => {
              this.received.push({
                rcptTo: session.envelope.rcptTo.map((r) => r.address),
                raw,
                mail,
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  /** Closes the server (and every open connection): what an SMTP outage looks like. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): Received[] {
    return this.received.filter((r) => r.rcptTo.includes(address));
  }
}
