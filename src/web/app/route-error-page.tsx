import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Last line of defence when a page throws while rendering (including a failed download
 * of a page's code after a new release). Plain markup, no data fetching, so it cannot fail too.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;
  return (
    <main id="main" className="container site-main">
      <div className="narrow">
        <h1>Something went wrong</h1>
        <p>This page could not be shown{detail ? ` (${detail})` : ''}. Reloading often helps after an update.</p>
        <p>
          <a href={window.location.href}>Reload this page</a> or <a href="/">go to the home page</a>.
        </p>
      </div>
    </main>
  );
}
