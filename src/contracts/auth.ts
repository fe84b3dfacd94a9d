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

export const SessionUserSchema = UserSchema.extend({
  /** False until the person follows the verification link sent to their address. */
  emailVerified: z.boolean(),
});

export const SessionResponseSchema = z.object({
  user: SessionUserSchema.nullable(),
  /** Echo this in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserResponseSchema = z.object({ user: UserSchema });

/**
 * Sign-up's answer: the same for a new address and for one that already has an account (ADR 0024), so it says
 * only where the message went. It opens no session: the person signs in with the password they chose.
 */
export const SignUpResponseSchema = z.object({
  email: z.string(),
  next: z.literal('check-email'),
});
export type SignUpResponse = z.infer<typeof SignUpResponseSchema>;

export const AddRoleBodySchema = z.object({ role: SelfServiceRoleSchema });
export const SetRolesBodySchema = z.object({ roles: z.array(RoleSchema).min(1, 'roles must hold at least one role') });
export const UserIdParamsSchema = z.object({ id: z.uuid('id must be a user id (uuid)') });

/** A one-time link's token, as it arrives from the page the link opens. */
export const AccountTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'token is not a valid link token: open the link from the message again');

export const VerifyEmailBodySchema = z.object({ token: AccountTokenSchema });
export const PasswordResetRequestBodySchema = z.object({ email: EmailSchema });
export const PasswordResetCompleteBodySchema = z.object({ token: AccountTokenSchema, password: PasswordSchema });
export const ChangeEmailBodySchema = z.object({
  newEmail: EmailSchema,
  currentPassword: z.string().min(1, 'currentPassword is required').max(256),
});
export const ConfirmEmailChangeBodySchema = z.object({ token: AccountTokenSchema });

/** The same answer for every request of a kind, whoever asked: nothing tells whether an address has an account. */
export const AcceptedResponseSchema = z.object({ message: z.string() });
export const EmailVerifiedResponseSchema = z.object({ email: z.string(), emailVerified: z.literal(true) });
