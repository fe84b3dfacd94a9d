import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title.js';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="link-list">
        <li>
          <Link to="/">Home</Link>
        </li>
        <li>
          <Link to="/atlas">Career atlas</Link>
        </li>
      </ul>
    </div>
  );
}
