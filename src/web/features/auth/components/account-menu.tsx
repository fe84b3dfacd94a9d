import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '#web/lib/session.js';
import { SignOutButton } from './sign-out-button.js';

/**
 * Sign-in link, or a disclosure (button + list of links) for a signed-in person. A
 * disclosure rather than an ARIA menu: the items are ordinary links and one button,
 * and Tab moves through them as people expect.
 */
export function AccountMenu() {
  const session = useSession();
  const location = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A new page means the person chose something; the menu has done its job.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing on navigation is the point
  useEffect(() => setIsOpen(false), [location.key]);

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setIsOpen(false);
        buttonRef.current?.focus();
      }
    }
    function onPointerDown(event: PointerEvent) {
      if (rootRef.current && event.target instanceof Node && !rootRef.current.contains(event.target)) setIsOpen(false);
    }
    function onFocusIn(event: FocusEvent) {
      if (rootRef.current && event.target instanceof Node && !rootRef.current.contains(event.target)) setIsOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [isOpen]);

  const user = session.data?.user;
  // Until the session is known, offering "Sign in" to someone already signed in would mislead.
  if (session.isPending) return <span className="account-menu" />;
  if (!user) {
    return (
      <NavLink to="/signin" className="nav-link nav-signin">
        Sign in
      </NavLink>
    );
  }
  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="visually-hidden">Account: </span>
        <span className="account-name">{user.displayName}</span>
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </button>
      <div id={panelId} className="account-panel" hidden={!isOpen}>
        <p className="account-panel-email">{user.email}</p>
        <ul>
          <li>
            <Link to="/account">Your account</Link>
          </li>
          <li>
            <Link to="/account/password">Change password</Link>
          </li>
        </ul>
        <SignOutButton className="button button-secondary button-small" />
      </div>
    </div>
  );
}
