import { Link, useParams } from 'react-router';

import type { GuideDetail } from '#contracts/guides.js';
import { CAUSE_LABELS, SCALE_LABELS } from '#contracts/vocabulary.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError } from '#web/lib/api-client.js';

import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useGuide } from '../api/get-guide.js';
import { CommentsSection } from '../components/comments-section.js';
import { TagLinks } from '../components/guide-meta.js';

import '../guides.css';
import { formatDate } from '#web/lib/format-date.js';

function GuideBody({ guide, isAdmin }: { guide: GuideDetail; isAdmin: boolean }) {
  return (
    <>
      <p className="guide-byline">
        By {guide.author} · <time dateTime={guide.date}>{formatDate(guide.date)}</time>
      </p>
      <TagLinks tags={guide.tags} />
      {guide.status === 'draft' ? (
        <p className="notice">This guide is a draft: only administrators can see it until it is published.</p>
      ) : null}
      {isAdmin ? (
        <p>
          <Link to={`/guides/${guide.slug}/edit`} className="button button-secondary button-small">
            Edit this guide
          </Link>
        </p>
      ) : null}
      <p className="lead">{guide.summary}</p>
      <div className="guide-layout">
        <div className="guide-main">
          <Markdown source={guide.body} author="team" headingLevel={2} />
        </div>
        <aside className="guide-aside" aria-labelledby="guide-careers-title">
          <section className="panel">
            <h2 id="guide-careers-title">Related careers</h2>
            {guide.careers.length > 0 ? (
              <ul className="link-list">
                {guide.careers.map((career) => (
                  <li key={career.id}>
                    <Link to={`/careers/${career.id}`}>{career.title}</Link>
                    {career.scale ? (
                      <span className="link-meta"> · {SCALE_LABELS[career.scale].split(':')[0]}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>This guide names no careers.</p>
            )}
            {guide.causes.length > 0 ? (
              <p className="section-note">Cause areas: {guide.causes.map((c) => CAUSE_LABELS[c]).join(', ')}</p>
            ) : null}
            <p>
              <Link to="/assessment" className="more-link">
                Find careers that match you
              </Link>
            </p>
          </section>
        </aside>
      </div>
      {guide.previous || guide.next ? (
        <nav className="guide-pager" aria-label="Previous and next guide">
          {guide.previous ? (
            <Link to={`/guides/${guide.previous.slug}`} rel="prev" className="guide-pager-prev">
              <span className="guide-pager-label">Previous guide</span>
              {guide.previous.title}
            </Link>
          ) : (
            <span />
          )}
          {guide.next ? (
            <Link to={`/guides/${guide.next.slug}`} rel="next" className="guide-pager-next">
              <span className="guide-pager-label">Next guide</span>
              {guide.next.title}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {guide.status === 'published' ? <CommentsSection slug={guide.slug} /> : null}
    </>
  );
}

export function GuidePage() {
  const { slug = '' } = useParams();
  const guide = useGuide(slug);
  const session = useSession();
  const isAdmin = Boolean(session.data?.user?.roles.includes('admin'));
  const isNotFound = guide.error instanceof ApiError && (guide.error.status === 404 || guide.error.status === 400);
  let title = 'Loading guide…';
  if (guide.data) title = guide.data.title;
  else if (isNotFound) title = 'Guide not found';
  else if (guide.isError) title = 'Guide could not be loaded';
  useDocumentTitle(
    guide.data?.title ?? (isNotFound ? 'Guide not found' : 'Guide'),
    guide.data
      ? {
          description: guide.data.summary,
          ogType: 'article',
          jsonLd: {
            '@context': 'https://schema.org',
            '@type': 'Article',
            headline: guide.data.title,
            description: guide.data.summary,
            author: { '@type': 'Person', name: guide.data.author },
            datePublished: guide.data.date,
            keywords: guide.data.tags.join(', '),
          },
        }
      : {},
  );

  return (
    <article className="guide-page" aria-labelledby="guide-title">
      <p className="breadcrumb">
        <Link to="/guides">All guides</Link>
      </p>
      <h1 id="guide-title" tabIndex={-1}>
        {title}
      </h1>
      {guide.isPending ? <LoadingMessage label="Loading guide…" /> : null}
      {isNotFound ? (
        <p>
          There is no guide at this address. <Link to="/guides">See every guide</Link> instead.
        </p>
      ) : null}
      {guide.isError && !isNotFound ? <ErrorMessage error={guide.error} onRetry={() => guide.refetch()} /> : null}
      {guide.data ? <GuideBody guide={guide.data} isAdmin={isAdmin} /> : null}
    </article>
  );
}
