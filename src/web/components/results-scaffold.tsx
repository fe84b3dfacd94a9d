import { type ReactNode, useEffect, useRef } from 'react';
import { pageCountOf, type ResultState, type ResultStatusLabels, resultStatus } from '../lib/result-status.js';
import { ErrorMessage } from './query-status.js';
import { ResultPagination } from './result-pagination.js';

/** The shape every paged list endpoint answers with (extra fields such as guide tags are fine). */
export interface ResultPage<T> {
  items: T[];
  total: number;
  pageSize: number;
}

export interface ResultsQuery<T> extends ResultState<ResultPage<T>> {
  error: unknown;
  refetch: () => unknown;
}

/** Spread onto the page's own list element so it is named by the results heading and busy while reloading. */
export interface ResultListProps {
  'aria-labelledby': string;
  'aria-busy': boolean;
}

interface ResultsScaffoldProps<T> {
  /** Id of the region; the heading gets `${id}-title`. */
  id: string;
  className?: string;
  /**
   * A fixed heading ("Results") with the count as a polite status line beside it. Without a title the count
   * itself is the heading, and the heading is the polite live region.
   */
  title?: string;
  query: ResultsQuery<T>;
  labels: ResultStatusLabels<ResultPage<T>>;
  page: number;
  pageHref: (page: number) => string;
  /** Controls beside the heading, such as a sort order. */
  toolbar?: ReactNode;
  /** Shown above the list whatever the state, such as a compare tray. */
  aside?: ReactNode;
  /** Replaces the generic error notice, for a failure the page explains better itself. */
  error?: ReactNode;
  /** Shown when the query answered with no items. */
  empty: ReactNode;
  children: (items: T[], listProps: ResultListProps) => ReactNode;
}

/**
 * The one results region of a search page (atlas, board, guides): heading and announced count, error and empty
 * states, the page's list, and paging that moves focus to the heading once the next page has arrived.
 */
export function ResultsScaffold<T>({
  id,
  className,
  title,
  query,
  labels,
  page,
  pageHref,
  toolbar,
  aside,
  error,
  empty,
  children,
}: ResultsScaffoldProps<T>) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wantsFocus = useRef(false);
  const titleId = `${id}-title`;
  const { data, isPlaceholderData } = query;

  // After choosing another page of results, start reading at the top of the new page.
  useEffect(() => {
    if (wantsFocus.current && !isPlaceholderData && data) {
      wantsFocus.current = false;
      headingRef.current?.focus();
    }
  }, [isPlaceholderData, data]);

  const status = resultStatus(query, labels);
  const heading = title ? (
    <div className="results-header">
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {toolbar}
    </div>
  ) : (
    <>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="results-header" aria-live="polite">
        {status}
      </h2>
      {toolbar}
    </>
  );

  return (
    <section className={className} id={id} tabIndex={-1} aria-labelledby={titleId}>
      {heading}
      {aside}
      {query.isError ? (error ?? <ErrorMessage error={query.error} onRetry={() => query.refetch()} />) : null}
      {data && data.items.length === 0 ? <div className="empty-state">{empty}</div> : null}
      {data && data.items.length > 0
        ? children(data.items, { 'aria-labelledby': titleId, 'aria-busy': isPlaceholderData })
        : null}
      {data ? (
        <ResultPagination
          page={page}
          pageCount={pageCountOf(data.total, data.pageSize)}
          pageHref={pageHref}
          onNavigate={() => {
            wantsFocus.current = true;
          }}
        />
      ) : null}
    </section>
  );
}
