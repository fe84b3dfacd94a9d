import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { type ImportCsvBody, ImportPreviewSchema, ImportResultSchema } from '#contracts/hours.js';
import { apiRequest } from '#web/lib/api-client.js';
import { useInvalidatingMutation } from '#web/lib/use-invalidating-mutation.js';
import { hoursKey } from './query-keys.js';

export function usePreviewImport() {
  return useMutation({
    mutationFn: (body: ImportCsvBody) =>
      apiRequest('/api/hours/import/preview', ImportPreviewSchema, { method: 'POST', body }),
  });
}

export function useImportCsv() {
  return useInvalidatingMutation(
    (body: ImportCsvBody): Promise<z.infer<typeof ImportResultSchema>> =>
      apiRequest('/api/hours/import', ImportResultSchema, { method: 'POST', body }),
    [hoursKey],
  );
}
