import nodemailer from 'nodemailer';
import type { Envelope, MailTransport } from './mail-message.js';

/** Timeouts stay well inside the worker's lease, so a live worker never loses a row it is still sending. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export class PermanentMailError extends Error {
  readonly permanent = true;
}

/** nodemailer over SMTP_URL (smtp://user:pass@host:port or smtps://...). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // A plain smtp:// URL to this machine (a test or a local relay) is not upgraded to TLS.
    ignoreTLS: url.searchParams.get('tls') === 'off',
    ...SMTP_TIMEOUTS,
  });
  return {
    async send(envelope: Envelope) {
      try {
        await transporter.sendMail({
          from: envelope.from,
          to: envelope.to,
          subject: envelope.subject,
          text: envelope.text,
          html: envelope.html,
          messageId: envelope.messageId,
          headers: envelope.headers,
        });
      } catch (err) {
        const code = (err as { responseCode?: unknown }).responseCode;
        const message = err instanceof Error ? err.message : String(err);
        // 5xx is the server's final answer for this message; 4xx and network trouble may pass on a later try.
        if (typeof code === 'number' && code >= 500 && code < 600) throw new PermanentMailError(message);
        throw err;
      }
    },
    close() {
      transporter.close();
    },
  };
}
