import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';

/** What every board route plugin is given. */
export interface BoardRouteOptions {
  db: Db;
  /** The app's clock: listings close, go stale and remind by it. */
  now: Clock;
}

/** The OpenAPI tag of every board route. */
export const BOARD_TAG = ['board'];

/** The error answers of a route for a signed-in person that checks ids and ownership. */
export const SIGNED_IN_ERRORS = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};
