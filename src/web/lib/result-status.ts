/** What a results region knows about its query, without depending on TanStack Query's types. */
export interface ResultState<D> {
  data: D | undefined;
  isError: boolean;
  /** The previous results are still shown while the next ones load. */
  isPlaceholderData: boolean;
}

export interface ResultStatusLabels<D> {
  loading: string;
  failed: string;
  /** Said while older results stay on screen; without it the older count stays until the new one arrives. */
  searching?: string;
  describe: (data: D) => string;
}

/** The one line a results region announces: loading, failed, searching, or the count. */
export function resultStatus<D>(state: ResultState<D>, labels: ResultStatusLabels<D>): string {
  if (state.isError) return labels.failed;
  if (state.isPlaceholderData && labels.searching) return labels.searching;
  if (state.data !== undefined) return labels.describe(state.data);
  return labels.loading;
}

/** How many pages a result list has; at least one, so "Page 1 of 1" never becomes "of 0". */
export function pageCountOf(total: number, pageSize: number): number {
  if (!(pageSize > 0)) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}
