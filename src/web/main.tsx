import type { DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from './app/provider.js';
import { ReadyMark } from './app/ready-mark.js';
import { createAppRouter } from './app/router.js';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A page the server rendered carries the data it was rendered with (ADR 0030); hydrating reuses both.
const stateElement = document.getElementById('ssr-state');
const state = stateElement ? (JSON.parse(stateElement.textContent ?? '{}') as DehydratedState) : undefined;

async function start(root: HTMLElement) {
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

void start(container);
