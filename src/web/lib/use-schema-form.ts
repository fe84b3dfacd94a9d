import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, type SubmitHandler, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  type FieldLabels,
  type FieldOfPath,
  flattenFieldErrors,
  labelOf,
  splitSubmitError,
  stripRequestPart,
  toFieldMessages,
} from './form-errors.js';

/**
 * zodResolver, with messages worded by the field's label and error paths moved onto the form's own fields. A
 * form schema is the contract schema with a `transform` in front (strings in, request body out), so a problem
 * found in the body (`lat`) lands on the input that produced it.
 */
export function schemaResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput, TValues>,
  labels: FieldLabels,
  fieldOf: FieldOfPath = stripRequestPart,
): Resolver<TValues, unknown, TOutput> {
  const resolve = zodResolver(schema);
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    const problems = Object.entries(flattenFieldErrors(result.errors)).map(([path, message]) => ({ path, message }));
    if (problems.length === 0) return result;
    const messages = toFieldMessages(problems, values, labels, fieldOf);
    const errors = Object.fromEntries(
      Object.entries(messages).map(([field, message]) => [field, { type: 'validate', message }]),
    );
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

interface SchemaFormOptions<TValues extends FieldValues, TOutput> {
  /** Form values in, request body out: a contract schema, or one derived from it with a transform. */
  schema: z.ZodType<TOutput, TValues>;
  defaultValues: DefaultValues<TValues>;
  labels: FieldLabels;
  /** Where an error path (client or server) lands; the default keeps the path without `body.`. */
  fieldOf?: FieldOfPath;
}

/**
 * The one form approach: react-hook-form checked with the server's Zod schema, server errors placed beside their
 * fields, and the props for `ErrorSummary`. Focus goes to the summary after a failed submit (not to the first
 * field), so the person hears how many problems there are; its links move focus to each field.
 */
export function useSchemaForm<TValues extends FieldValues, TOutput>({
  schema,
  defaultValues,
  labels,
  fieldOf = stripRequestPart,
}: SchemaFormOptions<TValues, TOutput>) {
  const form = useForm<TValues, unknown, TOutput>({
    resolver: schemaResolver(schema, labels, fieldOf),
    defaultValues,
    shouldFocusError: false,
    // Checking again only on submit keeps the summary from changing (and taking focus) while someone types.
    reValidateMode: 'onSubmit',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = flattenFieldErrors(form.formState.errors);

  /** Puts a failed request's field errors beside their fields and the rest at the top of the form. */
  function showSubmitError(error: unknown): void {
    const split = splitSubmitError(error, labels, fieldOf);
    for (const [field, message] of Object.entries(split.fieldErrors)) {
      // The path comes from the server; react-hook-form accepts any dotted path at run time.
      form.setError(field as Parameters<typeof form.setError>[0], { type: 'server', message });
    }
    setFormError(split.formError);
  }

  function onSubmit(handler: SubmitHandler<TOutput>) {
    return form.handleSubmit(
      (values) => {
        setFormError(null);
        return handler(values);
      },
      () => setFormError(null),
    );
  }

  return {
    form,
    register: form.register,
    control: form.control,
    /** The message for one field (dotted path), if any. */
    errorOf: (field: string): string | undefined => fieldErrors[field],
    onSubmit,
    showSubmitError,
    summary: {
      message: formError,
      fieldErrors,
      fieldLabels: Object.fromEntries(Object.keys(fieldErrors).map((f) => [f, labelOf(labels, f)])),
      submitCount: form.formState.submitCount,
    },
  };
}
