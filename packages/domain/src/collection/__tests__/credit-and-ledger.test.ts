import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Money, negateMoney, sumMoney } from "../../money/index.ts";
import {
  allocatePayment,
  applyCredit,
  type CollectionEntry,
  creditBalanceOf,
  type OutstandingLine,
  type PaymentAllocation,
  reverseCollectionEntry,
  settledOnLine,
} from "../index.ts";
import { at, cashier, line, record, yuan } from "./fixtures.ts";

const november = line("nov", "300.00", { period: "2026-11", dueDate: "2026-11-30" });
const novParking = line("nov-parking", "150.00", { period: "2026-11", dueDate: "2026-11-30" });
const later = new Date("2026-11-25T03:00:00Z");
const supervisor = { id: "staff-2", role: "finance_supervisor" };

function overpay(): PaymentAllocation {
  const result = allocatePayment({
    paymentId: "pay-1",
    unitId: "3-1-502",
    amount: yuan("1000.00"),
    lines: [line("oct", "300.00")],
    ...record,
  });
  if (!result.ok) throw new Error("refused");
  return result;
}

describe("R-FEE-6 prepaid credit applied to later bills", () => {
  it("applies credit to the new lines oldest first and reports what is left", () => {
    const result = applyCredit({
      applicationId: "credit-1",
      unitId: "3-1-502",
      available: yuan("400.00"),
      lines: [novParking, november, line("dec", "300.00", { period: "2026-12", dueDate: "2026-12-31" })],
      ...record,
    });
    expect(result.settlements.map((s) => [s.lineId, s.amount])).toEqual([
      ["nov-parking", yuan("150.00")],
      ["nov", yuan("250.00")],
    ]);
    expect(result.applied).toBe(yuan("400.00"));
    expect(result.remaining).toBe(0n);
    expect(result.entries.every((e) => e.kind === "creditToLine" && e.sourceId === "credit-1")).toBe(true);
  });

  it("keeps unused credit when the lines need less", () => {
    const result = applyCredit({
      applicationId: "credit-1",
      unitId: "3-1-502",
      available: yuan("400.00"),
      lines: [november],
      ...record,
    });
    expect(result.applied).toBe(yuan("300.00"));
    expect(result.remaining).toBe(yuan("100.00"));
  });

  it("does nothing with zero credit, and refuses negative credit", () => {
    const none = applyCredit({
      applicationId: "c",
      unitId: "3-1-502",
      available: yuan("0"),
      lines: [november],
      ...record,
    });
    expect(none.entries).toEqual([]);
    expect(() =>
      applyCredit({ applicationId: "c", unitId: "3-1-502", available: yuan("-1.00"), lines: [], ...record }),
    ).toThrow(expect.objectContaining({ code: "COL_NEGATIVE_CREDIT" }));
  });

  it("reads the unit's credit balance and a line's settled amount from the ledger", () => {
    const payment = overpay();
    const credit = applyCredit({
      applicationId: "credit-1",
      unitId: "3-1-502",
      available: creditBalanceOf(payment.entries, "3-1-502"),
      lines: [november],
      ...record,
    });
    const ledger = [...payment.entries, ...credit.entries];
    expect(creditBalanceOf(payment.entries, "3-1-502")).toBe(yuan("700.00"));
    expect(creditBalanceOf(ledger, "3-1-502")).toBe(yuan("400.00"));
    expect(creditBalanceOf(ledger, "3-1-501")).toBe(0n);
    expect(settledOnLine(ledger, "nov")).toBe(yuan("300.00"));
  });

  it("property: credit applied plus credit left equals the credit available", () => {
    const lines = fc.array(fc.bigInt({ min: 0n, max: 100_000n }), { maxLength: 8 }).map((amounts) =>
      amounts.map(
        (amount, i): OutstandingLine => ({
          ...november,
          lineId: `l${i}`,
          amount: amount as Money,
          settled: 0n as Money,
        }),
      ),
    );
    fc.assert(
      fc.property(lines, fc.bigInt({ min: 0n, max: 500_000n }), (ls, available) => {
        const result = applyCredit({
          applicationId: "c",
          unitId: "3-1-502",
          available: available as Money,
          lines: ls,
          ...record,
        });
        expect(result.applied + result.remaining).toBe(available);
        expect(sumMoney(result.entries.map((e) => e.amount))).toBe(result.applied);
      }),
    );
  });
});

describe("R-FEE-9 every money movement has an author, a time and a reason", () => {
  it("stamps every entry with who, when and why", () => {
    for (const entry of overpay().entries) {
      expect(entry).toMatchObject({
        author: cashier,
        at,
        reason: "WeChat Pay 4200001234",
        unitId: "3-1-502",
      });
    }
  });

  it("refuses a movement without a reason, an author or a valid time", () => {
    const base = { paymentId: "p", unitId: "3-1-502", amount: yuan("1.00"), lines: [] };
    expect(() => allocatePayment({ ...base, ...record, reason: "  " })).toThrow(
      expect.objectContaining({ code: "COL_MISSING_REASON", rule: "R-FEE-9" }),
    );
    expect(() => allocatePayment({ ...base, ...record, author: { id: "", role: "cashier" } })).toThrow(
      expect.objectContaining({ code: "COL_MISSING_AUTHOR" }),
    );
    expect(() => allocatePayment({ ...base, ...record, at: new Date("nonsense") })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_TIME" }),
    );
  });

  describe("a correction is a new reversing entry, never an edit", () => {
    it("reverses a line settlement with the opposite amount, naming the original", () => {
      const payment = overpay();
      const original = payment.entries[0] as CollectionEntry;
      const frozen = structuredClone(original);
      const result = reverseCollectionEntry(
        original,
        { author: supervisor, at: later, reason: "Posted to the wrong unit" },
        payment.entries,
      );
      expect(result).toEqual({
        ok: true,
        entry: {
          entryId: "pay-1/1/reversal",
          sourceId: "pay-1",
          kind: "paymentToLine",
          unitId: "3-1-502",
          lineId: "oct",
          billId: "bill-oct",
          amount: negateMoney(yuan("300.00")),
          author: supervisor,
          at: later,
          reason: "Posted to the wrong unit",
          reverses: "pay-1/1",
        },
      });
      expect(original).toEqual(frozen);
      if (result.ok) expect(settledOnLine([...payment.entries, result.entry], "oct")).toBe(0n);
    });

    it("reverses unspent credit, bringing the balance back to zero", () => {
      const payment = overpay();
      const deposit = payment.entries[1] as CollectionEntry;
      const result = reverseCollectionEntry(deposit, { ...record, at: later }, payment.entries);
      expect(result.ok).toBe(true);
      if (result.ok) expect(creditBalanceOf([...payment.entries, result.entry], "3-1-502")).toBe(0n);
    });

    it("refuses to take back credit already spent on bills", () => {
      const payment = overpay();
      const spent = applyCredit({
        applicationId: "credit-1",
        unitId: "3-1-502",
        available: yuan("700.00"),
        lines: [november],
        ...record,
      });
      const result = reverseCollectionEntry(payment.entries[1] as CollectionEntry, { ...record, at: later }, [
        ...payment.entries,
        ...spent.entries,
      ]);
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["COL_CREDIT_ALREADY_SPENT"]);
    });

    it("refuses a second reversal, the reversal of a reversal, and a reversal dated before the entry", () => {
      const payment = overpay();
      const original = payment.entries[0] as CollectionEntry;
      const first = reverseCollectionEntry(original, { ...record, at: later }, payment.entries);
      if (!first.ok) throw new Error("refused");
      const ledger = [...payment.entries, first.entry];
      const again = reverseCollectionEntry(original, { ...record, at: later }, ledger);
      expect(again.ok || again.refusals.map((r) => r.code)).toEqual(["COL_ALREADY_REVERSED"]);
      const ofReversal = reverseCollectionEntry(first.entry, { ...record, at: later }, ledger);
      expect(ofReversal.ok || ofReversal.refusals.map((r) => r.code)).toEqual(["COL_REVERSAL_OF_REVERSAL"]);
      const backdated = reverseCollectionEntry(
        original,
        { ...record, at: new Date("2026-11-01T00:00:00Z") },
        payment.entries,
      );
      expect(backdated.ok || backdated.refusals.map((r) => r.code)).toEqual(["COL_REVERSAL_BEFORE_ENTRY"]);
    });

    it("requires a reason for the reversal too", () => {
      const payment = overpay();
      expect(() =>
        reverseCollectionEntry(
          payment.entries[0] as CollectionEntry,
          { ...record, reason: "" },
          payment.entries,
        ),
      ).toThrow(expect.objectContaining({ code: "COL_MISSING_REASON" }));
    });
  });
});
