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

export function CommentItem({ comment }: { comment: PublicComment }) {
  return (
    <article className="comment" id={`comment-${comment.id}`} aria-label={`Comment by ${comment.authorName}`}>
      <header className="comment-meta">
        <CommentAuthor comment={comment} />
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </header>
      <Markdown source={comment.comment} author="user" headingLevel={null} isCompact />
    </article>
  );
}
