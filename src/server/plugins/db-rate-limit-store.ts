import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

type IncrCallback = (err: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store kept in the database: every app process counts against the same
 * row, so running several processes does not multiply the allowance.
 */
export function createDbRateLimitStore(db: Db, prefix = 'rl') {
  return class DbRateLimitStore {
    private readonly routeKey: string;

    // The plugin constructs the store with its options; child() passes the route key.
    constructor(routeKeyOrOptions?: unknown) {
      this.routeKey = typeof routeKeyOrOptions === 'string' ? routeKeyOrOptions : '';
    }

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const fullKey = `${prefix}:${this.routeKey}:${key}`;
      db.execute(sql`
        insert into rate_limits (key, count, reset_at)
        values (${fullKey}, 1, now() + (${timeWindow} * interval '1 millisecond'))
        on conflict (key) do update set
          count = case when rate_limits.reset_at <= now() then 1 else rate_limits.count + 1 end,
          reset_at = case when rate_limits.reset_at <= now()
            then now() + (${timeWindow} * interval '1 millisecond') else rate_limits.reset_at end
        returning count, greatest(0, (extract(epoch from (reset_at - now())) * 1000))::int as ttl`)
        .then((result) => {
          const row = (result as unknown as { rows: { count: number; ttl: number }[] }).rows[0];
          callback(null, { current: Number(row?.count ?? 1), ttl: Number(row?.ttl ?? timeWindow) });
        })
        .catch((err: Error) => callback(err));
    }

    // The plugin passes its merged params with the route under routeInfo; the typings say otherwise.
    child(routeOptions: object): DbRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string; url?: string } }).routeInfo;
      return new DbRateLimitStore(`${route?.method ?? ''}${route?.url ?? ''}`);
    }
  };
}
