import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ImportPreviewSchema, ImportResultSchema } from '#contracts/hours.js';
import { apiRequest } from '#web/lib/api-client.js';
import { hoursKey } from './query-keys.js';

export function usePreviewImport() {
  return useMutation({
    mutationFn: (csv: string) =>
      apiRequest('/api/hours/import/preview', ImportPreviewSchema, { method: 'POST', body: { csv } }),
  });
}

export function useImportCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string): Promise<z.infer<typeof ImportResultSchema>> =>
      apiRequest('/api/hours/import', ImportResultSchema, { method: 'POST', body: { csv } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hoursKey }),
  });
}
