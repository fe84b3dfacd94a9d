import { type DehydratedState, HydrationBoundary, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../lib/api-client.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will say the same thing again; only network trouble and 5xx are worth a retry.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
        // Catalog data changes with a data release, not while someone reads; spare slow connections.
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** `client` is given by server rendering; `state` is the data a server-rendered page was rendered with. */
export function AppProvider({
  children,
  client,
  state,
}: {
  children: ReactNode;
  client?: QueryClient;
  state?: DehydratedState;
}) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      {state ? <HydrationBoundary state={state}>{children}</HydrationBoundary> : children}
    </QueryClientProvider>
  );
}
