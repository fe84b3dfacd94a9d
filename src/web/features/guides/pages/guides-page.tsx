import { Link } from 'react-router';
import type { GuideSummary } from '#contracts/guides.js';
import { ResultsScaffold } from '#web/components/results-scaffold.js';
import { SearchBox } from '#web/components/search-box.js';
import { useSession } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAdminGuides } from '../api/list-admin-guides.js';
import { guideFilters, useGuideList } from '../api/list-guides.js';
import { useReplies } from '../api/list-replies.js';
import { TagLinks, tagLabel } from '../components/guide-meta.js';
import '../guides.css';
import { formatDate } from '#web/lib/format-date.js';
import { useUrlFilters } from '#web/lib/use-url-filters.js';

function GuideCard({ guide }: { guide: GuideSummary }) {
  return (
    <li className="guide-card">
      <h3 className="guide-card-title">
        <Link to={`/guides/${guide.slug}`}>{guide.title}</Link>
      </h3>
      <p>{guide.summary}</p>
      <p className="guide-byline">
        {guide.author} · <time dateTime={guide.date}>{formatDate(guide.date)}</time>
        {guide.status === 'draft' ? ' · Draft' : ''}
      </p>
      <TagLinks tags={guide.tags} />
    </li>
  );
}

function StaffTools() {
  const drafts = useAdminGuides(true);
  const draftItems = drafts.data?.items.filter((g) => g.status === 'draft') ?? [];
  return (
    <section className="panel" aria-labelledby="staff-tools-title">
      <h2 id="staff-tools-title">For administrators</h2>
      <p className="form-actions">
        <Link to="/guides/new" className="button button-small">
          Write a guide
        </Link>
        <Link to="/guides/moderation" className="button button-secondary button-small">
          Moderate comments
        </Link>
      </p>
      {draftItems.length > 0 ? (
        <>
          <h3>Drafts</h3>
          <ul className="link-list">
            {draftItems.map((g) => (
              <li key={g.slug}>
                <Link to={`/guides/${g.slug}`}>{g.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function RepliesLink() {
  const replies = useReplies();
  const unread = replies.data?.unread ?? 0;
  return (
    <p>
      <Link to="/guides/replies">Replies to your comments{unread > 0 ? ` (${unread} new)` : ''}</Link>
    </p>
  );
}

function describeCount(total: number, filters: { q: string; tag: string }): string {
  let status = `${total} ${total === 1 ? 'guide' : 'guides'}`;
  if (filters.q) status += ` for “${filters.q}”`;
  if (filters.tag) status += ` on ${tagLabel(filters.tag).toLowerCase()}`;
  return status;
}

export function GuidesPage() {
  const { filters, setFilters, hrefFor } = useUrlFilters(guideFilters);
  const list = useGuideList(filters);
  const session = useSession();
  const user = session.data?.user ?? null;
  useDocumentTitle(filters.q ? `“${filters.q}” in guides` : 'Guides');

  const data = list.data;

  return (
    <div className="guides">
      <h1 tabIndex={-1}>Guides</h1>
      <p className="lead">
        Practical, plain-language guides for every step: choosing a cause, studying, gaining experience, getting
        licensed and staying well in the work.
      </p>
      {user?.roles.includes('admin') ? <StaffTools /> : null}
      {user ? <RepliesLink /> : null}
      <SearchBox
        landmark="Guides"
        label="Search guides"
        placeholder="e.g. licensure, volunteering, burnout"
        value={filters.q}
        onSearch={(q) => setFilters({ q })}
      />
      {data && data.tags.length > 0 ? (
        <nav aria-label="Topics" className="guide-topics">
          <ul className="guide-tags">
            <li>
              <Link
                to={hrefFor({ tag: '' })}
                className={filters.tag ? 'tag tag-muted' : 'tag tag-curated'}
                aria-current={filters.tag ? undefined : 'page'}
              >
                All topics
              </Link>
            </li>
            {data.tags.map(({ tag, count }) => (
              <li key={tag}>
                <Link
                  to={hrefFor({ tag })}
                  className={filters.tag === tag ? 'tag tag-curated' : 'tag tag-muted'}
                  aria-current={filters.tag === tag ? 'page' : undefined}
                >
                  {tagLabel(tag)}{' '}
                  <span className="visually-hidden">
                    ({count} {count === 1 ? 'guide' : 'guides'})
                  </span>
                  <span aria-hidden="true">({count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ResultsScaffold
        id="guide-results"
        query={list}
        labels={{
          loading: 'Loading guides…',
          failed: 'The guides could not be loaded.',
          describe: (result) => describeCount(result.total, filters),
        }}
        page={filters.page}
        pageHref={(page) => hrefFor({ page })}
        empty={
          <p>
            No guide matches. Try other words, or <Link to="/guides">see every guide</Link>.
          </p>
        }
      >
        {(guides) => (
          <ol className="guide-list">
            {guides.map((guide) => (
              <GuideCard key={guide.slug} guide={guide} />
            ))}
          </ol>
        )}
      </ResultsScaffold>
    </div>
  );
}
