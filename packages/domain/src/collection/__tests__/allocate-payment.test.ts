import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Money, subtractMoney, sumMoney } from "../../money/index.ts";
import { allocatePayment, type OutstandingLine, type PaymentAllocation } from "../index.ts";
import { line, record, yuan } from "./fixtures.ts";

const september = line("sep", "300.00", { period: "2026-09", dueDate: "2026-09-30" });
const october = line("oct", "300.00", { period: "2026-10", dueDate: "2026-10-31" });
const parking = line("oct-parking", "150.00", { period: "2026-10", dueDate: "2026-10-31" });

function pay(amount: string, lines: readonly OutstandingLine[], designatedLineIds?: string[]) {
  return allocatePayment({
    paymentId: "pay-1",
    unitId: "3-1-502",
    amount: yuan(amount),
    lines,
    ...(designatedLineIds ? { designatedLineIds } : {}),
    ...record,
  });
}

function accepted(result: ReturnType<typeof pay>): PaymentAllocation {
  if (!result.ok) throw new Error(`refused: ${result.refusals.map((r) => r.code).join(", ")}`);
  return result;
}

describe("R-FEE-6 payment allocation", () => {
  describe("oldest first", () => {
    it("pays the oldest due date first, whatever order the lines come in", () => {
      const result = accepted(pay("400.00", [october, september]));
      expect(result.order).toBe("oldestFirst");
      expect(result.settlements.map((s) => [s.lineId, s.amount])).toEqual([
        ["sep", yuan("300.00")],
        ["oct", yuan("100.00")],
      ]);
      expect(result.settlements[1]?.outstandingAfter).toBe(yuan("200.00"));
      expect(result.creditDeposited).toBe(0n);
    });

    it("breaks a tie of due dates by period, then by the order given", () => {
      const lateBilledAugust = line("aug", "50.00", { period: "2026-08", dueDate: "2026-10-31" });
      const result = accepted(pay("120.00", [parking, october, lateBilledAugust]));
      expect(result.settlements.map((s) => s.lineId)).toEqual(["aug", "oct-parking"]);
      expect(result.settlements.map((s) => s.amount)).toEqual([yuan("50.00"), yuan("70.00")]);
    });

    it("pays only what is still owed on a part-paid line", () => {
      const partPaid = line("sep", "300.00", { period: "2026-09", dueDate: "2026-09-30", settled: "250.00" });
      const result = accepted(pay("100.00", [partPaid, october]));
      expect(result.settlements.map((s) => [s.lineId, s.amount])).toEqual([
        ["sep", yuan("50.00")],
        ["oct", yuan("50.00")],
      ]);
    });

    it("leaves lines of other units alone", () => {
      const neighbours = line("n-1", "80.00", { unitId: "3-1-501", dueDate: "2026-01-31" });
      const result = accepted(pay("100.00", [neighbours, october]));
      expect(result.settlements.map((s) => s.lineId)).toEqual(["oct"]);
    });
  });

  describe("excess becomes prepaid credit", () => {
    it("keeps what is left after every line is paid as credit on the unit, in the ledger", () => {
      const result = accepted(pay("1000.00", [september, october]));
      expect(result.allocated).toBe(yuan("600.00"));
      expect(result.creditDeposited).toBe(yuan("400.00"));
      expect(result.entries.map((e) => [e.entryId, e.kind, e.lineId, e.amount])).toEqual([
        ["pay-1/1", "paymentToLine", "sep", yuan("300.00")],
        ["pay-1/2", "paymentToLine", "oct", yuan("300.00")],
        ["pay-1/3", "paymentToCredit", undefined, yuan("400.00")],
      ]);
    });

    it("turns a payment with nothing owed entirely into credit", () => {
      const result = accepted(pay("88.00", []));
      expect(result.settlements).toEqual([]);
      expect(result.creditDeposited).toBe(yuan("88.00"));
    });
  });

  describe("designated lines", () => {
    it("pays only the designated lines, and keeps the rest as credit rather than paying older lines", () => {
      const result = accepted(pay("200.00", [september, october, parking], ["oct-parking"]));
      expect(result.order).toBe("designated");
      expect(result.settlements.map((s) => [s.lineId, s.amount])).toEqual([["oct-parking", yuan("150.00")]]);
      expect(result.creditDeposited).toBe(yuan("50.00"));
    });

    it("spreads a short payment over designated lines oldest first", () => {
      const result = accepted(pay("350.00", [september, october, parking], ["oct", "sep"]));
      expect(result.settlements.map((s) => [s.lineId, s.amount])).toEqual([
        ["sep", yuan("300.00")],
        ["oct", yuan("50.00")],
      ]);
    });

    it("refuses a designated line that is already paid", () => {
      const paid = line("sep", "300.00", { settled: "300.00" });
      const result = pay("100.00", [paid, october], ["sep"]);
      expect(result).toEqual({
        ok: false,
        refusals: [expect.objectContaining({ code: "COL_DESIGNATED_LINE_SETTLED", rule: "R-FEE-6" })],
      });
    });

    it("refuses a designated line of another unit, and one not given at all, naming both", () => {
      const neighbours = line("n-1", "80.00", { unitId: "3-1-501" });
      const result = pay("100.00", [neighbours, october], ["n-1", "ghost"]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusals.map((r) => [r.code, r.path])).toEqual([
        ["COL_DESIGNATED_LINE_OTHER_UNIT", ["designatedLineIds", "0"]],
        ["COL_DESIGNATED_LINE_UNKNOWN", ["designatedLineIds", "1"]],
      ]);
      expect(result.refusals[0]?.messageZh).toContain("3-1-501");
    });

    it("throws for a line designated twice", () => {
      expect(() => pay("100.00", [october], ["oct", "oct"])).toThrow(
        expect.objectContaining({ code: "COL_DUPLICATE_LINE" }),
      );
    });
  });

  describe("bad input", () => {
    it("refuses a payment of zero or less", () => {
      for (const amount of ["0.00", "-5.00"]) {
        expect(() => pay(amount, [october])).toThrow(
          expect.objectContaining({ code: "COL_NON_POSITIVE_PAYMENT", rule: "R-FEE-6", path: ["amount"] }),
        );
      }
    });

    it("refuses malformed lines", () => {
      expect(() => pay("1.00", [october, october])).toThrow(
        expect.objectContaining({ code: "COL_DUPLICATE_LINE" }),
      );
      expect(() => pay("1.00", [line("x", "-1.00")])).toThrow(
        expect.objectContaining({ code: "COL_LINE_NEGATIVE_AMOUNT" }),
      );
      expect(() => pay("1.00", [line("x", "10.00", { settled: "11.00" })])).toThrow(
        expect.objectContaining({ code: "COL_LINE_SETTLED_OUT_OF_RANGE" }),
      );
      expect(() => pay("1.00", [line("x", "10.00", { dueDate: "2026-02-30" })])).toThrow(
        expect.objectContaining({ code: "CAL_INVALID_DATE", path: ["lines", "0", "dueDate"] }),
      );
      expect(() => pay("1.00", [line("x", "10.00", { period: "2026-13" })])).toThrow(
        expect.objectContaining({ code: "COL_INVALID_PERIOD" }),
      );
    });
  });
});

// ── properties ─────────────────────────────────────────────────────────────────────────
const dueDates = ["2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31"];
const arbitraryLines = fc
  .array(
    fc.record({
      amount: fc.bigInt({ min: 0n, max: 500_000n }),
      paidShare: fc.integer({ min: 0, max: 100 }),
      due: fc.constantFrom(...dueDates),
    }),
    { maxLength: 12 },
  )
  .map((specs) =>
    specs.map(({ amount, paidShare, due }, index): OutstandingLine => {
      const settled = paidShare === 100 ? amount : paidShare < 50 ? 0n : amount / 2n;
      return {
        lineId: `l${index}`,
        billId: `b${index}`,
        unitId: "3-1-502",
        period: due.slice(0, 7),
        dueDate: due,
        amount: amount as Money,
        settled: settled as Money,
      };
    }),
  );
const positivePayment = fc.bigInt({ min: 1n, max: 3_000_000n }).map((n) => n as Money);

describe("R-FEE-6 properties", () => {
  it("property: allocation plus credit always equals the payment exactly", () => {
    fc.assert(
      fc.property(arbitraryLines, positivePayment, (lines, amount) => {
        const result = accepted(
          allocatePayment({ paymentId: "p", unitId: "3-1-502", amount, lines, ...record }),
        );
        expect(result.allocated + result.creditDeposited).toBe(amount);
        expect(sumMoney(result.entries.map((e) => e.amount))).toBe(amount);
        for (const s of result.settlements) expect(s.amount).toBeGreaterThan(0n);
        // Credit only once every line is paid in full.
        if (result.creditDeposited > 0n)
          expect(result.allocated).toBe(sumMoney(lines.map((l) => subtractMoney(l.amount, l.settled))));
      }),
    );
  });

  it("property: oldest first never leaves an older line unpaid while a newer one got money", () => {
    fc.assert(
      fc.property(arbitraryLines, positivePayment, (lines, amount) => {
        const result = accepted(
          allocatePayment({ paymentId: "p", unitId: "3-1-502", amount, lines, ...record }),
        );
        const paid = new Map(result.settlements.map((s) => [s.lineId, s]));
        for (const newer of result.settlements) {
          for (const older of lines) {
            if (older.dueDate >= newer.dueDate) continue;
            const owedAfter = older.amount - older.settled - (paid.get(older.lineId)?.amount ?? 0n);
            expect(owedAfter).toBe(0n);
          }
        }
      }),
    );
  });

  it("property: no line is paid more than it owes", () => {
    fc.assert(
      fc.property(arbitraryLines, positivePayment, (lines, amount) => {
        const result = accepted(
          allocatePayment({ paymentId: "p", unitId: "3-1-502", amount, lines, ...record }),
        );
        for (const s of result.settlements) {
          const l = lines.find((x) => x.lineId === s.lineId);
          expect(s.amount).toBeLessThanOrEqual((l?.amount ?? 0n) - (l?.settled ?? 0n));
        }
      }),
    );
  });
});
