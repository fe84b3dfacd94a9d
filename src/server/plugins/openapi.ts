import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI is generated from the route schemas: /api/openapi.json, with a docs page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vocare API',
        version: '0.1.0',
        description:
          'Every error has the shape { error: { code, message, details? } }. State-changing requests need the ' +
          'X-CSRF-Token header (GET /api/auth/session returns the token). Career figures carry their source and year.',
      },
      tags: [
        { name: 'auth', description: 'Accounts and sessions' },
        { name: 'account', description: 'Your personal data: export and deletion' },
        { name: 'careers', description: 'The career atlas' },
        { name: 'matching', description: 'Self-assessment, explained career matches, saved assessments' },
        { name: 'guides', description: 'Guides and their moderated comments' },
        { name: 'hours', description: 'Supervised hours log, supervisor sign-off, progress toward a license' },
        { name: 'admin', description: 'Administration (admin role)' },
        { name: 'meta', description: 'Health and attribution' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
