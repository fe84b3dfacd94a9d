import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  /** smtp://127.0.0.1:PORT?tls=off, for createSmtpTransport or SMTP_URL. */
  url: string;
  received: ParsedMail[];
  /** Makes the next `count` messages fail with `code` (4xx: try again later; 5xx: permanent). */
  failNext(count: number, code: number): void;
  /** Ends the connection of the next message after `afterMessages` were accepted (delivery killed mid-batch). */
  dropAfter(afterMessages: number): void;
  close(): Promise<void>;
}

/** A real SMTP server on a loopback port that parses what it receives with mailparser. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let failures: { count: number; code: number } = { count: 0, code: 451 };
  let dropAt: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (dropAt !== null && received.length >= dropAt) {
          dropAt = null;
          // Kill the connection without an answer: the client cannot know whether the message arrived.
          const { connections } = server as unknown as { connections: Set<{ _socket: { destroy(): void } }> };
          for (const connection of connections) connection._socket.destroy();
          return;
        }
        if (failures.count > 0) {
          failures = { ...failures, count: failures.count - 1 };
          const err = Object.assign(new Error(failures.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), {
            responseCode: failures.code,
          });
          callback(err);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            received.push(parsed);
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    received,
    failNext(count, code) {
      failures = { count, code };
    },
    dropAfter(afterMessages) {
      dropAt = afterMessages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
