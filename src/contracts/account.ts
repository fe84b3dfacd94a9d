import { z } from 'zod';

export const DeleteAccountBodySchema = z.object({
  password: z.string().min(1, 'password is required to delete the account').max(256),
  confirm: z.literal('delete my account', { error: 'confirm must be exactly "delete my account"' }),
});
export type DeleteAccountBody = z.infer<typeof DeleteAccountBodySchema>;

/** Everything Vocare holds about a person, one section per feature. */
export const PersonalDataExportSchema = z.object({
  exportedAt: z.string(),
  format: z.literal('vocare-personal-data/1'),
  sections: z.record(z.string(), z.unknown()),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;
