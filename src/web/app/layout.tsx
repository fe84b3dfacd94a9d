import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AccountMenu } from '../features/auth/components/account-menu.js';
import { useAttribution } from '../lib/get-attribution.js';
import { useSessionUser } from '../lib/session.js';
import { navItemsFor } from '../lib/web-feature.js';
import { NAV_ITEMS } from './features.js';

function readFlash(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

/**
 * A client-side navigation leaves focus on a link that no longer exists. Moving it to the
 * new page's heading tells screen-reader users where they are and starts Tab from the top.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const isFirst = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per path change
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: true });
  }, [pathname]);
}

function SiteFooter() {
  const attribution = useAttribution();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div className="footer-about">
          <p className="footer-brand">Vocare</p>
          <p>From a wish to help others to a licensed, sustainable working life.</p>
          <nav aria-label="Footer">
            <ul className="footer-links">
              <li>
                <Link to="/atlas">Career atlas</Link>
              </li>
              <li>
                <Link to="/map">Micro-to-macro map</Link>
              </li>
              <li>
                {/* Served by the API, not a page of this app: a full page load. */}
                <a href="/api/docs">API documentation</a>
              </li>
            </ul>
          </nav>
        </div>
        <div className="footer-credits">
          <h2 className="footer-heading">Data sources</h2>
          <p>
            {attribution.data?.onet ??
              'This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.'}{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0 license text</a>
          </p>
          <p>{attribution.data?.bls ?? 'Pay, employment and outlook figures: U.S. Bureau of Labor Statistics.'}</p>
        </div>
      </div>
    </footer>
  );
}

export function RootLayout() {
  const location = useLocation();
  const flash = readFlash(location.state);
  const { user } = useSessionUser();
  const navItems = navItemsFor(NAV_ITEMS, user?.roles);
  useFocusOnNavigation();
  // On narrow screens the main navigation folds behind a Menu button (CSS shows the button under 600 px only);
  // following a link folds it again.
  const menuId = useId();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every path change
  useEffect(() => setIsMenuOpen(false), [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Vocare
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={isMenuOpen}
            aria-controls={menuId}
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            <span aria-hidden="true" className="menu-icon" />
            Menu
          </button>
          <nav aria-label="Main" className="main-nav">
            <ul id={menuId} className={isMenuOpen ? 'is-open' : undefined}>
              {navItems.map((item) => (
                <li key={item.to}>
                  {/* "Hours" is not current on the supervisor inbox, which has its own entry. */}
                  <NavLink to={item.to} end={item.to === '/hours'} className="nav-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main">
        <div role="status" className={flash ? 'notice notice-success flash' : 'flash-empty'}>
          {flash ?? ''}
        </div>
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
