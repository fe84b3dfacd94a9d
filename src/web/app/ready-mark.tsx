import { useEffect } from 'react';

/**
 * Marks the document once React has hydrated or rendered it: before that, a server-rendered page shows but does not
 * yet react to typing. Browser tests wait for this mark instead of guessing. The server renders it in the same place
 * as the browser does (it renders nothing), so the two trees match and hydration reports no mismatch.
 */
export function ReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}
