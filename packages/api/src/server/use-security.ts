import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";

export interface SecurityLimits {
  /** Deepest selection allowed. @default 12 */
  readonly maxDepth?: number;
  /** Aliases per operation. @default 15 */
  readonly maxAliases?: number;
  /** Tokens per document (stops huge queries before parsing finishes). @default 3000 */
  readonly maxTokens?: number;
  /** Directives per operation. @default 30 */
  readonly maxDirectives?: number;
  /** Cost: objects weigh 2, scalars 1, times depth. @default 20000 */
  readonly maxCost?: number;
}

/**
 * Query limits and no field suggestions (`@escape.tech/graphql-armor`): depth, aliases, tokens,
 * directives and cost are bounded before execution, and "Did you mean …?" hints are removed so the
 * schema cannot be mapped through error messages. Introspection stays allowed (the schema is
 * public), and is exempt from depth and cost.
 */
export function useSecurity(limits: SecurityLimits = {}): Plugin {
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: true },
    maxDepth: { n: limits.maxDepth ?? 12, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases ?? 15 },
    maxTokens: { n: limits.maxTokens ?? 3000 },
    maxDirectives: { n: limits.maxDirectives ?? 30 },
    costLimit: { maxCost: limits.maxCost ?? 20_000, ignoreIntrospection: true, objectCost: 2, scalarCost: 1 },
  }) as Plugin;
}
