import type { z } from 'zod';
import { ApiError } from './api-client.js';

/** A field's label by its name (a dotted path such as `requirements.0.hours` for nested fields). */
export type FieldLabels = Readonly<Record<string, string>> | ((field: string) => string);

/**
 * Which form field an error path belongs to, or null when the form has no such field. The API names fields by
 * where they arrived (`body.email`); forms know `email`. The default keeps the rest of the path.
 */
export type FieldOfPath = (path: string) => string | null;

const REQUEST_PART = /^(body|query|params)(\.|$)/;

export function labelOf(labels: FieldLabels, field: string): string {
  return typeof labels === 'function' ? labels(field) : (labels[field] ?? field);
}

/** An error path without the request part it arrived in: "body.requirements.0.hours" -> "requirements.0.hours". */
export function stripRequestPart(path: string): string {
  return path.replace(REQUEST_PART, '');
}

/** The default: the first segment of the path ("body.items.2.label" -> "items"), for forms of flat fields. */
export function topLevelField(path: string): string | null {
  return stripRequestPart(path).split('.')[0] || null;
}

/**
 * The longest prefix of `path` that is a known field, so an error deep inside a value (`questions.3`) lands on
 * the input that holds it (`questions`). Null when none is known.
 */
export function knownFieldOf(known: ReadonlySet<string> | readonly string[]): FieldOfPath {
  const set = known instanceof Set ? known : new Set(known);
  return (path) => {
    const parts = stripRequestPart(path).split('.');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (set.has(candidate)) return candidate;
    }
    return null;
  };
}

/**
 * The contracts word their messages with field ids ("displayName is required"); people
 * see the field's label instead, so the message matches what is on screen.
 */
export function humanizeMessage(field: string, message: string, label: string, path: string = field): string {
  // The schema may name the body's field (`hoursPerWeek`) where the form's input is another (`hours`).
  // A label that already ends with that name ("Requirement 1 (…): hours") keeps the message as written.
  const bodyNames = [stripRequestPart(path), stripRequestPart(path).split('.').at(-1)].filter(
    (name) => name && !label.toLowerCase().endsWith(name.toLowerCase()),
  );
  const names = [field, field.split('.').at(-1), ...bodyNames];
  for (const name of names) {
    if (!name) continue;
    if (message.toLowerCase().startsWith(`${name.toLowerCase()} `)) return `${label}${message.slice(name.length)}`;
  }
  // Server details are often predicates ("is already registered") that need their subject.
  if (/^(is|are|must|does|do|should|has|was)\b/.test(message)) return `${label} ${message}`;
  return message;
}

function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * One message per field from a list of (path, message) problems, worded with the field's label. An empty text
 * field gets "Enter your …" rather than the schema's length rule, which reads oddly for a blank box.
 */
export function toFieldMessages(
  problems: readonly { path: string; message: string }[],
  values: unknown,
  labels: FieldLabels,
  fieldOf: FieldOfPath = topLevelField,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (!field || field in errors) continue;
    const label = labelOf(labels, field);
    const value = valueAt(values, field);
    errors[field] =
      typeof value === 'string' && value.trim() === ''
        ? `Enter your ${label.toLowerCase()}`
        : humanizeMessage(field, problem.message, label, problem.path);
  }
  return errors;
}

/** Checks form values with the same schema the server uses; returns field -> message (empty when valid). */
export function validateWithSchema(
  schema: z.ZodType,
  values: Record<string, unknown>,
  labels: FieldLabels,
): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const problems = result.error.issues.map((issue) => ({ path: String(issue.path[0] ?? ''), message: issue.message }));
  return toFieldMessages(problems, values, labels);
}

/** A problem with no input of its own, worded with its label when the form names it ("The form has expired"). */
function describeUnplaced(detail: { path: string; message: string }, labels: FieldLabels): string {
  const top = topLevelField(detail.path);
  const label = top ? labelOf(labels, top) : null;
  if (top && label && label !== top) return humanizeMessage(top, detail.message, label);
  return `${stripRequestPart(detail.path) || 'request'}: ${detail.message}`;
}

/**
 * Splits a failed submit into per-field messages and one message for the form as a whole. Details whose path
 * names no field of this form are kept in the form message, so nothing the server said is lost.
 */
export function splitSubmitError(
  error: unknown,
  labels: FieldLabels,
  fieldOf: FieldOfPath = topLevelField,
): { fieldErrors: Record<string, string>; formError: string | null } {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, formError: 'Something went wrong. Please try again.' };
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const detail of error.details) {
    const field = fieldOf(detail.path);
    if (!field) unplaced.push(describeUnplaced(detail, labels));
    else if (!(field in fieldErrors))
      fieldErrors[field] = humanizeMessage(field, detail.message, labelOf(labels, field));
  }
  // When every problem is already shown beside its field, a second copy adds noise.
  const isAllPlaced = Object.keys(fieldErrors).length > 0 && unplaced.length === 0;
  const formError = isAllPlaced && error.code === 'BAD_REQUEST' ? null : [error.message, ...unplaced].join(' ');
  return { fieldErrors, formError };
}

/** A react-hook-form error tree flattened to `path -> message` (the shape the error summary lists). */
export function flattenFieldErrors(errors: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (errors === null || typeof errors !== 'object') return out;
  const node = errors as Record<string, unknown>;
  if (prefix && typeof node.message === 'string' && typeof node.type === 'string') {
    out[prefix] = node.message;
    return out;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || child === undefined) continue;
    // `root` holds a field array's own error (too few items): it belongs to the array; at the top, to the form.
    if (key === 'root') {
      if (prefix) Object.assign(out, flattenFieldErrors(child, prefix));
      continue;
    }
    Object.assign(out, flattenFieldErrors(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}
