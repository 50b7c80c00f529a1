import type { Logger } from '@nestjs/common';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config/config.js';
import type { MailContent } from './mail.types.js';

export interface Envelope {
  id: string;
  kind: string;
  to: string;
  content: MailContent;
}

/** How a send failed: `permanent` when trying again cannot help (the server said 5xx). */
export interface SendFailure {
  message: string;
  permanent: boolean;
}

export interface MailTransport {
  /** Resolves on success, or with the failure (never rejects). */
  send(mail: Envelope): Promise<SendFailure | null>;
  close(): void;
}

/**
 * SMTP through nodemailer when SMTP_URL is set. Without it, every message is written to the
 * log and counts as sent: recipient, subject and text (links included) outside production,
 * where that and the /dev/mail inbox are the mailbox; recipient, subject and kind only in
 * production, where the text may hold a secret link.
 */
export function createMailTransport(config: AppConfig, logger: Logger): MailTransport {
  const transporter = config.SMTP_URL
    ? nodemailer.createTransport({
        url: config.SMTP_URL,
        connectionTimeout: config.MAIL_TIMEOUT_MS,
        greetingTimeout: config.MAIL_TIMEOUT_MS,
        socketTimeout: config.MAIL_TIMEOUT_MS,
        dnsTimeout: config.MAIL_TIMEOUT_MS,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({
          from: config.MAIL_FROM,
          to: mail.to,
          subject: mail.content.subject,
          text: mail.content.text,
          html: mail.content.html,
          // The same Message-ID on every try: a server or client that saw it can drop a repeat.
          messageId: `<${mail.id}@interview-kit>`,
          headers: { 'X-Interview-Kit-Kind': mail.kind },
          icalEvent: mail.content.calendar
            ? {
                method: mail.content.calendar.method,
                content: mail.content.calendar.ics,
                filename: 'invite.ics',
              }
            : undefined,
        });
        if (!config.SMTP_URL) {
          // In production the text stays out of the log: it can hold an invitation's token.
          const body = config.isProduction
            ? ` (${mail.kind}; text not logged)`
            : `\n${mail.content.text}`;
          logger.log(`mail (no SMTP_URL, not sent) to ${mail.to}: ${mail.content.subject}${body}`);
        }
        return null;
      } catch (error) {
        const e = error as { message?: string; responseCode?: number; code?: string };
        const permanent =
          (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) ||
          e.code === 'EENVELOPE';
        return { message: e.message ?? String(error), permanent };
      }
    },
    close() {
      transporter.close();
    },
  };
}
