import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import {
  EstateIndicatorsDocument,
  type EstateIndicatorsQuery,
  type IndicatorPeriodInput,
} from "../generated/graphql.ts";

/** An estate's service indicators 服务指标 over a period, each with its formula and rules. */
export type EstateIndicators = NonNullable<EstateIndicatorsQuery["indicators"]>;

/** Indicators: collection rate, complaints and repairs on time, satisfaction… for managers and partners. */
export class IndicatorsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** An estate's indicators from `period.from` to `period.to` (business dates); `null` if not visible. */
  async get(
    estateId: string,
    period: IndicatorPeriodInput,
    options: WuyeRequestOptions = {},
  ): Promise<EstateIndicators | null> {
    return (await this.#core.execute(EstateIndicatorsDocument, { estateId, period }, options)).data
      .indicators;
  }
}
