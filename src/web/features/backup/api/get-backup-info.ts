import { useQuery } from '@tanstack/react-query';
import { BackupInfoSchema } from '#contracts/backup.js';
import { apiRequest } from '#web/lib/api-client.js';

export function getBackupInfo() {
  return apiRequest('/api/admin/backup/info', BackupInfoSchema);
}

export function useBackupInfo(isEnabled: boolean) {
  return useQuery({ queryKey: ['admin', 'backup-info'], queryFn: getBackupInfo, enabled: isEnabled });
}
