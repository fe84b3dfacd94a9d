import type { PublicComment } from '#contracts/guides.js';
import { toSafeHref } from '#domain/markdown/safe-href.js';
import { Markdown } from '#web/components/markdown.js';
import { formatDateTime } from '#web/lib/format-date.js';

/** The commenter's name, linked to their website when they gave one (rel="nofollow ugc": it is their link, not ours). */
export function CommentAuthor({ comment }: { comment: Pick<PublicComment, 'authorName' | 'website' | 'isStaff'> }) {
  // The server only accepts http(s) addresses; checking again costs nothing and guards old rows.
  const website = comment.website ? toSafeHref(comment.website) : null;
  return (
    <>
      <span className="comment-author">
        {website ? (
          <a href={website} rel="nofollow ugc">
            {comment.authorName}
          </a>
        ) : (
          comment.authorName
        )}
      </span>
      {comment.isStaff ? <span className="tag tag-curated">Vocare team</span> : null}
    </>
  );
}

/** One comment; `isPending` marks the author's own comment still held for moderation (only they see it). */
export function CommentItem({ comment, isPending = false }: { comment: PublicComment; isPending?: boolean }) {
  return (
    <article
      className={isPending ? 'comment comment-pending' : 'comment'}
      id={`comment-${comment.id}`}
      aria-label={`${isPending ? 'Your comment, waiting for moderation' : `Comment by ${comment.authorName}`}`}
      tabIndex={isPending ? -1 : undefined}
    >
      <header className="comment-meta">
        <CommentAuthor comment={comment} />
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {isPending ? (
          <span className="tag tag-muted">Waiting for moderation: only you can see it until it is approved</span>
        ) : null}
      </header>
      <Markdown source={comment.comment} author="user" headingLevel={null} isCompact />
    </article>
  );
}
