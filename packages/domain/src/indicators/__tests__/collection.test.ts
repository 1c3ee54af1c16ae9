import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "../../money/index.ts";
import { arrearsRecoveryRateIndicator, collectionRateIndicator } from "../index.ts";
import { november, thrownCode } from "./fixtures.ts";

const charge = (id: string, dueOn: string, receivable: string, collected: string) => ({
  id,
  dueOn,
  receivable: parseMoney(receivable),
  collected: parseMoney(collected),
});

describe("R-QLT-1 / R-FEE-8 collection rate", () => {
  it("collected ÷ receivable for the charges due in the period, in exact fen", () => {
    const result = collectionRateIndicator(
      [
        charge("a", "2026-11-05", "268.11", "268.11"),
        charge("b", "2026-11-05", "312.50", "100.00"),
        charge("c", "2026-11-30", "0.03", "0.00"),
        charge("d", "2026-12-05", "268.11", "268.11"),
      ],
      november,
    );
    expect(result).toMatchObject({ status: "ok", percentage: "63.40%", rules: ["R-QLT-1", "R-FEE-8"] });
    if (result.status !== "ok") return;
    expect(formatMoney(result.numerator)).toBe("368.11");
    expect(formatMoney(result.denominator)).toBe("580.64");
  });

  it("collection beyond a charge is prepayment, not collection of the period", () => {
    const result = collectionRateIndicator([charge("a", "2026-11-05", "100.00", "600.00")], november);
    expect(result.status === "ok" && [formatMoney(result.numerator), result.percentage]).toEqual([
      "100.00",
      "100.00%",
    ]);
  });

  it("nothing receivable: no data", () => {
    expect(collectionRateIndicator([], november).status).toBe("noData");
    expect(collectionRateIndicator([charge("z", "2026-11-05", "0", "0")], november).status).toBe("noData");
  });

  it("refuses negative amounts and non-dates", () => {
    expect(
      thrownCode(() => collectionRateIndicator([charge("n", "2026-11-05", "-1.00", "0")], november)),
    ).toBe("IND_INVALID_RECORD");
    expect(thrownCode(() => collectionRateIndicator([charge("n", "November", "1.00", "0")], november))).toBe(
      "IND_INVALID_RECORD",
    );
  });
});

describe("R-QLT-1 / R-FEE-8 arrears-recovery rate", () => {
  const arrears = (id: string, dueOn: string, outstanding: string, recovered: string) => ({
    id,
    dueOn,
    outstandingAtStart: parseMoney(outstanding),
    recovered: parseMoney(recovered),
  });

  it("recovered ÷ prior-period arrears outstanding at the start; this period's charges excluded", () => {
    const result = arrearsRecoveryRateIndicator(
      [
        arrears("a", "2026-08-05", "804.33", "268.11"),
        arrears("b", "2025-12-05", "3217.32", "0"),
        arrears("c", "2026-11-05", "268.11", "268.11"),
      ],
      november,
    );
    expect(result).toMatchObject({ status: "ok", percentage: "6.67%" });
    if (result.status === "ok") expect(formatMoney(result.denominator, { symbol: true })).toBe("¥4,021.65");
  });

  it("recovery is capped at what was owed", () => {
    const result = arrearsRecoveryRateIndicator([arrears("a", "2026-08-05", "100.00", "150.00")], november);
    expect(result.status === "ok" && result.percentage).toBe("100.00%");
  });

  it("no prior arrears: no data", () => {
    expect(arrearsRecoveryRateIndicator([], november).status).toBe("noData");
  });

  it("refuses a negative recovery", () => {
    expect(
      thrownCode(() => arrearsRecoveryRateIndicator([arrears("a", "2026-08-05", "1.00", "-1.00")], november)),
    ).toBe("IND_INVALID_RECORD");
  });
});
