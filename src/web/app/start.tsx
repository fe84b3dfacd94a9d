import type { DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from './provider.js';
import { ReadyMark } from './ready-mark.js';
import { createAppRouter } from './router.js';

/**
 * Renders the app into `root`: hydrates a page the server rendered, which carries the data it was rendered with
 * (ADR 0030), or renders the plain shell.
 */
export async function startApp(root: HTMLElement, stateElement: HTMLElement | null): Promise<void> {
  const state = stateElement ? (JSON.parse(stateElement.textContent ?? '{}') as DehydratedState) : undefined;
  const router = await createAppRouter({ hydrating: state !== undefined });
  const app = (
    <StrictMode>
      <AppProvider state={state}>
        <RouterProvider router={router} />
        <ReadyMark />
      </AppProvider>
    </StrictMode>
  );
  if (state) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
