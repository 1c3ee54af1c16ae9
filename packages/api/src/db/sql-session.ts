import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The little raw SQL the migration runner needs, over either driver: `exec` runs a script of
 * several statements (simple protocol), `query` one parameterised statement.
 */
export interface SqlSession {
  exec(script: string): Promise<void>;
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    async exec(script) {
      await db.exec(script);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return result.rows;
    },
  };
}

/** A session on one `pg` client connection (advisory locks and transactions are per connection). */
export function pgSession(client: pg.ClientBase): SqlSession {
  return {
    async exec(script) {
      await client.query(script);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(sql, [...params]);
      return result.rows;
    },
  };
}
