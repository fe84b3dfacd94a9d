import type { z } from 'zod';
import { ApiError } from './api-client.js';

/**
 * The contracts word their messages with field ids ("displayName is required"); people
 * see the field's label instead, so the message matches what is on screen.
 */
export function humanizeMessage(field: string, message: string, label: string): string {
  if (message.toLowerCase().startsWith(field.toLowerCase())) {
    return `${label}${message.slice(field.length)}`;
  }
  // Server details are often predicates ("is already registered") that need their subject.
  if (/^(is|are|must|does|do|should|has|was)\b/.test(message)) return `${label} ${message}`;
  return message;
}

/** Checks form values with the same schema the server uses; returns field -> message (empty when valid). */
export function validateWithSchema(
  schema: z.ZodType,
  values: Record<string, unknown>,
  labels: Record<string, string>,
): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!field || field in errors) continue;
    const value = values[field];
    const label = labels[field] ?? field;
    errors[field] =
      typeof value === 'string' && value.trim() === ''
        ? `Enter your ${label.toLowerCase()}`
        : humanizeMessage(field, issue.message, label);
  }
  return errors;
}

/** Splits a failed submit into per-field messages and one message for the form as a whole. */
export function splitSubmitError(
  error: unknown,
  labels: Record<string, string>,
): { fieldErrors: Record<string, string>; formError: string | null } {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, formError: 'Something went wrong. Please try again.' };
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    fieldErrors[field] = humanizeMessage(field, message, labels[field] ?? field);
  }
  // When every problem is already shown beside its field, a second copy adds noise.
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return { fieldErrors, formError: hasFieldErrors && error.code === 'BAD_REQUEST' ? null : error.message };
}
