import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A mutation that, once the server has accepted it, marks the queries it changed as stale and waits for them to
 * refetch (so a form's pending state lasts until the page shows the new data). `invalidates` lists query keys (a
 * key's prefix covers every query under it), or derives them from the server's answer.
 */
export function useInvalidatingMutation<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  invalidates: readonly QueryKey[] | ((result: TResult) => readonly QueryKey[]),
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      const keys = typeof invalidates === 'function' ? invalidates(result) : invalidates;
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
