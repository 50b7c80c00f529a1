import type { MailContent } from './mail.types.js';

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface MessageParts {
  /** Never a candidate's name or anything else personal: subjects show in notifications. */
  subject: string;
  /** Paragraphs of plain text (escaped for the HTML part). */
  paragraphs: string[];
  /** The one action: a link into the web app. */
  link: { label: string; url: string };
  calendar?: MailContent['calendar'];
}

/** The plain-text and simple-HTML versions of one message, from the same words. */
export function renderMessage(parts: MessageParts): MailContent {
  const text = [...parts.paragraphs, `${parts.link.label}: ${parts.link.url}`, '-- Interview Kit']
    .join('\n\n')
    .concat('\n');
  const html = `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5">
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(parts.link.url)}">${escapeHtml(parts.link.label)}</a></p>
<p style="color: #666">Interview Kit</p>
</body></html>
`;
  return { subject: parts.subject, text, html, calendar: parts.calendar };
}

/** An absolute link into the web app at PUBLIC_URL. */
export function appLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/** A time as people read it in a message (UTC, since the service knows no one's zone). */
export function humanTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
