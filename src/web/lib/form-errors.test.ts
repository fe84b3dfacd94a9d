import { describe, expect, it } from 'vitest';
import { SignUpBodySchema } from '../../contracts/auth.js';
import { ApiError } from './api-client.js';
import { humanizeMessage, splitSubmitError, validateWithSchema } from './form-errors.js';

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
