import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeleteAccountBodySchema, PersonalDataExportSchema } from '#contracts/account.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { clearSessionCookie, requireUser } from '#server/plugins/session.js';
import * as service from './account.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

export const accountRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; sections: PersonalDataSection[] }> = async (
  app,
  { db, env, sections },
) => {
  app.get(
    '/api/me/export',
    {
      schema: {
        tags: ['account'],
        summary: 'Download everything Vocare holds about you (JSON)',
        response: { 200: PersonalDataExportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      reply.header('content-disposition', 'attachment; filename="vocare-personal-data.json"');
      return service.exportPersonalData(db, user, sections);
    },
  );

  app.post(
    '/api/me/delete',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete your account and all your data (needs your password)',
        body: DeleteAccountBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await service.deleteAccount(db, user, request.body);
      clearSessionCookie(reply, env);
      return reply.status(204).send(null);
    },
  );
};
