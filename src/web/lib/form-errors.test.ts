import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SignUpBodySchema } from '#contracts/auth.js';
import { ApiError } from './api-client.js';
import {
  flattenFieldErrors,
  humanizeMessage,
  knownFieldOf,
  splitSubmitError,
  stripRequestPart,
  toFieldMessages,
  topLevelField,
  validateWithSchema,
} from './form-errors.js';
import { schemaResolver } from './use-schema-form.js';

const LABELS = { displayName: 'Name', email: 'Email', password: 'Password' };

describe('form errors', () => {
  it('words contract messages with the label people see', () => {
    expect(humanizeMessage('displayName', 'displayName is required', 'Name')).toBe('Name is required');
    expect(humanizeMessage('email', 'is already registered', 'Email')).toBe('Email is already registered');
    expect(humanizeMessage('email', 'Invalid input', 'Email')).toBe('Invalid input');
  });

  it('checks a form with the shared schema, one message per field', () => {
    const errors = validateWithSchema(SignUpBodySchema, { displayName: '', email: 'nope', password: 'short' }, LABELS);
    expect(errors).toEqual({
      displayName: 'Enter your name',
      email: 'Email must be a valid email address',
      password: 'Password must be at least 10 characters',
    });
  });

  it('maps API details ("body.email") to form fields and keeps the message for conflicts', () => {
    const error = new ApiError(409, 'CONFLICT', 'An account with this email already exists. Sign in instead.', [
      { path: 'body.email', message: 'is already registered' },
    ]);
    expect(splitSubmitError(error, LABELS)).toEqual({
      fieldErrors: { email: 'Email is already registered' },
      formError: 'An account with this email already exists. Sign in instead.',
    });
    const invalid = new ApiError(400, 'BAD_REQUEST', 'Invalid body', [{ path: 'body.password', message: 'too short' }]);
    expect(splitSubmitError(invalid, LABELS)).toEqual({ fieldErrors: { password: 'too short' }, formError: null });
  });
});

describe('form errors: nested fields and paths', () => {
  it('places a deep error path on the longest known field', () => {
    const fieldOf = knownFieldOf(['questions', 'requirements.0.label']);
    expect(fieldOf('body.questions.3')).toBe('questions');
    expect(fieldOf('body.requirements.0.label')).toBe('requirements.0.label');
    expect(fieldOf('body.version')).toBeNull();
    expect(topLevelField('body.items.2.label')).toBe('items');
    expect(topLevelField('body')).toBeNull();
  });

  it('keeps server problems that name no field in the form message, worded by label when the form has one', () => {
    const error = new ApiError(400, 'BAD_REQUEST', 'Invalid body', [
      { path: 'body.comment', message: 'comment is required' },
      { path: 'body.formToken', message: 'has expired: reload the page and try again' },
      { path: 'body.version', message: 'must be 2' },
    ]);
    const labels = { comment: 'Comment', formToken: 'The form' };
    expect(splitSubmitError(error, labels, knownFieldOf(['comment']))).toEqual({
      fieldErrors: { comment: 'Comment is required' },
      formError: 'Invalid body The form has expired: reload the page and try again version: must be 2',
    });
  });

  it('flattens a react-hook-form error tree to dotted paths, a field array’s root error on the array', () => {
    const tree = {
      title: { type: 'validate', message: 'Enter your title' },
      requirements: Object.assign(
        [undefined, { target: { type: 'server', message: 'hours must be greater than 0' } }],
        {
          root: { type: 'validate', message: 'requirements must hold one' },
        },
      ),
      root: { type: 'server', message: 'form-level' },
    };
    expect(flattenFieldErrors(tree)).toEqual({
      title: 'Enter your title',
      'requirements.1.target': 'hours must be greater than 0',
      requirements: 'requirements must hold one',
    });
  });

  it('words messages for nested fields by their last segment and asks for empty boxes', () => {
    const messages = toFieldMessages(
      [
        { path: 'requirements.0.label', message: 'label is required' },
        { path: 'site', message: 'site must be at least 1 character' },
        { path: 'site', message: 'a second message for the same field is dropped' },
      ],
      { requirements: [{ label: 'x' }], site: '  ' },
      (field) => (field === 'site' ? 'Site or setting' : 'Requirement 1: label'),
      stripRequestPart,
    );
    // The rule editor's target input is labelled with the body's name, so the message stays as written.
    expect(
      toFieldMessages(
        [{ path: 'requirements.0.hours', message: 'hours must be greater than 0' }],
        { requirements: [{ target: '-5' }] },
        () => 'Requirement 1 (Total hours): hours',
        () => 'requirements.0.target',
      ),
    ).toEqual({ 'requirements.0.target': 'hours must be greater than 0' });
    expect(messages).toEqual({
      'requirements.0.label': 'Requirement 1: label is required',
      site: 'Enter your site or setting',
    });
  });
});

describe('schemaResolver', () => {
  // A form schema derived from a contract schema: text in, body out, as the opportunity form does.
  const BodySchema = z.object({
    hoursPerWeek: z.number('hoursPerWeek must be a number').positive('hoursPerWeek must be more than 0'),
  });
  const FormSchema = z
    .object({ hours: z.string() })
    .transform((v): z.input<typeof BodySchema> => ({ hoursPerWeek: Number(v.hours) }))
    .pipe(BodySchema);
  const resolver = schemaResolver(FormSchema, { hours: 'Hours per week' }, (path) =>
    path === 'hoursPerWeek' ? 'hours' : path,
  );
  const options = { fields: {}, names: ['hours' as const], shouldUseNativeValidation: false };

  it('puts a problem found in the body on the input that produced it, worded with its label', async () => {
    const result = await resolver({ hours: '-2' }, undefined, options);
    expect(flattenFieldErrors(result.errors)).toEqual({ hours: 'Hours per week must be more than 0' });
  });

  it('hands the request body to the submit handler when the values pass', async () => {
    const result = await resolver({ hours: '2.5' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ hoursPerWeek: 2.5 });
  });
});
