import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PlaceListSchema, PlaceSuggestionsQuerySchema, PlaceSuggestionsSchema } from '#contracts/board.js';
import { suggestPlaces } from '#domain/board/gazetteer.js';
import { BOARD_TAG, type BoardRouteOptions } from './board-route-schemas.js';
import { GAZETTEER_SOURCE, gazetteer } from './gazetteer.loader.js';
import * as opportunities from './opportunities.service.js';

/** The cities an organization can pick for its address, and place names suggested as a person types. */
export const placesRoutes: FastifyPluginAsyncZod<BoardRouteOptions> = async (app, { db }) => {
  app.get(
    '/api/places',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Cities an organization can pick for its address, with their approximate coordinates',
        response: { 200: PlaceListSchema },
      },
    },
    async () => opportunities.listPlaces(db),
  );

  app.get(
    '/api/places/suggestions',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Up to 8 US places or ZIP codes that start with what was typed, largest places first',
        querystring: PlaceSuggestionsQuerySchema,
        response: { 200: PlaceSuggestionsSchema },
      },
    },
    async (request) => ({ suggestions: suggestPlaces(gazetteer(), request.query.q), source: GAZETTEER_SOURCE }),
  );
};
