import { type WuyeClientOptions, WuyeCore, type WuyeRequestOptions } from "./core/core.ts";
import type { WuyeDocument } from "./core/document.ts";
import { subscribeOverSse, type WuyeSubscribeOptions } from "./core/subscribe.ts";
import { AnnouncementsResource } from "./resources/announcements.ts";
import { AuthResource } from "./resources/auth.ts";
import { BillsResource } from "./resources/bills.ts";
import { ComplaintsResource } from "./resources/complaints.ts";
import { EstatesResource } from "./resources/estates.ts";
import { IndicatorsResource } from "./resources/indicators.ts";
import { PaymentsResource } from "./resources/payments.ts";
import { RepairsResource } from "./resources/repairs.ts";
import { UnitsResource } from "./resources/units.ts";

/**
 * The Wuye API client: one resource per API area (`client.complaints` ↔ the API's
 * `schema/complaints.ts` ↔ the domain's `complaints`), plus `request` and `subscribe` for any
 * document of your own.
 */
export interface WuyeClient {
  readonly auth: AuthResource;
  readonly estates: EstatesResource;
  readonly units: UnitsResource;
  readonly bills: BillsResource;
  readonly payments: PaymentsResource;
  readonly complaints: ComplaintsResource;
  readonly repairs: RepairsResource;
  readonly announcements: AnnouncementsResource;
  readonly indicators: IndicatorsResource;
  /** The transport shared by the resources (sessions, retries, logging). */
  readonly core: WuyeCore;
  /**
   * Sends any query or mutation and returns its `data`, typed by the document (a generated
   * `TypedDocumentString` or `TypedDocumentNode`, or a string with an explicit type argument).
   * GraphQL `errors` are thrown as `WuyeGraphQLError`; a mutation's typed errors stay in `data`.
   */
  request<TResult, TVariables>(
    document: WuyeDocument<TResult, TVariables>,
    variables?: TVariables,
    options?: WuyeRequestOptions,
  ): Promise<TResult>;
  /** Any subscription document over SSE, as an async iterator of its results. */
  subscribe<TResult, TVariables>(
    document: WuyeDocument<TResult, TVariables>,
    variables?: TVariables,
    options?: WuyeSubscribeOptions,
  ): AsyncGenerator<TResult, void, undefined>;
}

/**
 * Creates a client. Defaults are set once here (retries, token storage, logger) and apply to every
 * call; each call can still override them with its own options.
 *
 * ```ts
 * const client = createWuyeClient({ url: "https://wuye.example.com/graphql" });
 * await client.auth.login({ phone: "13800000008", password: "…" });
 * for await (const unit of client.units.list()) console.log(unit.number);
 * ```
 */
export function createWuyeClient(options: WuyeClientOptions): WuyeClient {
  const core = new WuyeCore(options);
  return {
    core,
    auth: new AuthResource(core),
    estates: new EstatesResource(core),
    units: new UnitsResource(core),
    bills: new BillsResource(core),
    payments: new PaymentsResource(core),
    complaints: new ComplaintsResource(core),
    repairs: new RepairsResource(core),
    announcements: new AnnouncementsResource(core),
    indicators: new IndicatorsResource(core),
    async request(document, variables, requestOptions) {
      return (await core.execute(document, variables, requestOptions)).data;
    },
    subscribe(document, variables, subscribeOptions) {
      return subscribeOverSse(core, document, variables, subscribeOptions);
    },
  };
}
