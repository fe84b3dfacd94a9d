import { Link } from 'react-router';

interface ResultPaginationProps {
  page: number;
  pageCount: number;
  /** The URL of a page of results, so paging lives in the address like every other filter. */
  pageHref: (page: number) => string;
  /** Called before navigating, so the page can move focus to the new results. */
  onNavigate?: () => void;
}

/** Previous / "Page N of M" / next for a paged result list; renders nothing for a single page. */
export function ResultPagination({ page, pageCount, pageHref, onNavigate }: ResultPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Result pages">
      {page > 1 ? (
        <Link to={pageHref(page - 1)} onClick={onNavigate}>
          <span aria-hidden="true">← </span>Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="page-of">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link to={pageHref(page + 1)} onClick={onNavigate}>
          Next page<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
