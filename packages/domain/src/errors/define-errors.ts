import { type BilingualMessage, DomainError, type Refusal } from "./refusal.ts";

/** How one error code is described: its messages (from parameters) and, optionally, its rule. */
export interface ErrorDefinition<P> {
  readonly rule?: string;
  readonly message: (params: P) => BilingualMessage;
}

/** One entry of an area's catalogue: build the refusal as a value, or throw it. */
export interface ErrorKind<P> {
  readonly code: string;
  readonly rule?: string;
  /** The messages with each parameter shown as `{name}`, for the documentation. */
  readonly template: BilingualMessage;
  refuse(params: P, path?: readonly string[]): Refusal;
  error(params: P, path?: readonly string[]): DomainError;
}

// biome-ignore lint/suspicious/noExplicitAny: parameter types are inferred per entry
type Definitions = Record<string, ErrorDefinition<any>>;

export type ErrorCatalog<D extends Definitions> = {
  readonly [K in keyof D]: ErrorKind<D[K] extends ErrorDefinition<infer P> ? P : never>;
};

/** An area's catalogue together with its name, as listed in `errors/all.ts` for the docs. */
export interface AreaErrors {
  readonly area: string;
  readonly kinds: readonly ErrorKind<never>[];
}

/**
 * Declares an area's error codes in one place (dinero.js keeps its messages the same way), so a
 * reader finds every refusal of an area in its `errors.ts` and the README table is generated.
 */
export function defineErrors<const D extends Definitions>(definitions: D): ErrorCatalog<D> {
  const catalog = {} as Record<string, ErrorKind<unknown>>;
  for (const [code, definition] of Object.entries(definitions)) {
    const build = (params: unknown, path?: readonly string[]): Refusal => {
      const { en, zh } = definition.message(params);
      return {
        code,
        message: en,
        messageZh: zh,
        ...(path ? { path } : {}),
        ...(definition.rule ? { rule: definition.rule } : {}),
      };
    };
    catalog[code] = {
      code,
      ...(definition.rule ? { rule: definition.rule } : {}),
      template: definition.message(placeholders),
      refuse: build,
      error: (params, path) => new DomainError(build(params, path)),
    };
  }
  return catalog as ErrorCatalog<D>;
}

// Renders `p.area` as `{area}` so templates document themselves without example values.
const placeholders = new Proxy({}, { get: (_target, key) => `{${String(key)}}` });

/** Names a catalogue for the generated documentation. */
export function areaErrors(area: string, catalog: ErrorCatalog<Definitions>): AreaErrors {
  return { area, kinds: Object.values(catalog) as ErrorKind<never>[] };
}
