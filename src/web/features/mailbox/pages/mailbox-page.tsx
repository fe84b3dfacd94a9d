import { Fragment } from 'react';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useMailbox } from '../api/get-mailbox.js';

const LINK = /(https?:\/\/[^\s<>"]+)/g;

/** Splits text into plain runs and links, each keyed by where it starts in the text. */
function segmentsOf(text: string): { at: number; text: string; isLink: boolean }[] {
  const segments: { at: number; text: string; isLink: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ at: last, text: text.slice(last, at), isLink: false });
    segments.push({ at, text: match[0], isLink: true });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ at: last, text: text.slice(last), isLink: false });
  return segments;
}

/** The plain-text body with its links made clickable (text only: nothing from a message is rendered as HTML). */
function MessageText({ text }: { text: string }) {
  return (
    <pre className="mailbox-text" style={{ whiteSpace: 'pre-wrap' }}>
      {segmentsOf(text).map((segment) =>
        segment.isLink ? (
          <a key={segment.at} href={segment.text}>
            {segment.text}
          </a>
        ) : (
          <Fragment key={segment.at}>{segment.text}</Fragment>
        ),
      )}
    </pre>
  );
}

/** The dev Mailbox: what the outbox holds on a machine without SMTP_URL (ADR 0018). */
export function MailboxPage() {
  useDocumentTitle('Mailbox');
  const mailbox = useMailbox();
  return (
    <div>
      <h1 tabIndex={-1}>Mailbox</h1>
      <p>Messages Vocare would send, newest first. This page exists only on a development setup.</p>
      {mailbox.isPending ? <p role="status">Loading messages…</p> : null}
      {mailbox.isError ? <p role="alert">{describeError(mailbox.error)}</p> : null}
      {mailbox.data && mailbox.data.messages.length === 0 ? <p>No messages yet.</p> : null}
      {mailbox.data?.messages.map((m) => (
        <article key={m.id} aria-labelledby={`mail-${m.id}`} className="card">
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p>
            To {m.to} · {m.status} · {new Date(m.createdAt).toLocaleString()}
          </p>
          <MessageText text={m.text} />
        </article>
      ))}
    </div>
  );
}
