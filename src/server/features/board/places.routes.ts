import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlaceListSchema } from '#contracts/board.js';
import { BOARD_TAG, type BoardRouteOptions } from './board-route-schemas.js';
import * as opportunities from './opportunities.service.js';

/** The cities "near" accepts by name. */
export const placesRoutes: FastifyPluginAsyncZod<BoardRouteOptions> = async (app, { db }) => {
  app.get(
    '/api/places',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Cities that "near" accepts by name, with their approximate coordinates',
        response: { 200: PlaceListSchema },
      },
    },
    async () => opportunities.listPlaces(db),
  );
};
