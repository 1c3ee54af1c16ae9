import type { ViewerRole } from "../../src/auth/index.ts";
import type { WuyeDb } from "../../src/db/index.ts";
import { STAFF_ROLES, type World } from "../support/world.ts";

/**
 * One row of the authorization matrix: the roles allowed to call an operation and a sample
 * document. `variables` may create the records the sample acts on (it gets the database), so an
 * area keeps its fixtures in its own matrix file.
 */
export interface MatrixEntry {
  readonly allowed: readonly ViewerRole[];
  readonly document: string;
  readonly variables?: (
    world: World,
    prisma: WuyeDb,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

export type MatrixRows = Readonly<Record<string, MatrixEntry>>;

export const everyone: readonly ViewerRole[] = [...STAFF_ROLES, "owner", "tenant", "apiKey", "anonymous"];
export const signedIn: readonly ViewerRole[] = [...STAFF_ROLES, "owner", "tenant", "apiKey"];
export const staff: readonly ViewerRole[] = STAFF_ROLES;
