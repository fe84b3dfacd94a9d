import { z } from 'zod';
import { RoleSchema, SELF_SERVICE_ROLES } from './vocabulary.js';

export const EmailSchema = z
  .string()
  .trim()
  .max(254, 'email must be at most 254 characters')
  .pipe(z.email('email must be a valid email address'))
  .transform((v) => v.toLowerCase());

export const PasswordSchema = z
  .string()
  .min(10, 'password must be at least 10 characters')
  .max(256, 'password must be at most 256 characters');

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'displayName is required')
  .max(80, 'displayName must be at most 80 characters');

export const SelfServiceRoleSchema = z.enum(SELF_SERVICE_ROLES);

export const SignUpBodySchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  roles: z.array(SelfServiceRoleSchema).max(5).optional(),
});
export type SignUpBody = z.infer<typeof SignUpBodySchema>;

export const SignInBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, 'password is required').max(256, 'password must be at most 256 characters'),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'currentPassword is required').max(256),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
});
export type User = z.infer<typeof UserSchema>;

export const SessionResponseSchema = z.object({
  user: UserSchema.nullable(),
  /** Echo this in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserResponseSchema = z.object({ user: UserSchema });

export const AddRoleBodySchema = z.object({ role: SelfServiceRoleSchema });
export const SetRolesBodySchema = z.object({ roles: z.array(RoleSchema).min(1, 'roles must hold at least one role') });
export const UserIdParamsSchema = z.object({ id: z.uuid('id must be a user id (uuid)') });
