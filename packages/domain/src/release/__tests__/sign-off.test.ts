import { describe, expect, it } from "vitest";
import { checkReleaseSignOff, layoutReleasePassLines, type ReleasePassSignOff } from "../index.ts";
import { at, cartons, consent, request, sofa } from "./fixtures.ts";

const signature = (name: string) => ({ name, signedAt: at });
const fullSignOff: ReleasePassSignOff = {
  deskOfficer: signature("Li"),
  carrier: signature("Zhao"),
  owner: signature("Wang"),
  blankLinesStruckThrough: true,
};
const tenant = { name: "Zhao Min", identityNumber: "310101199201011234", relation: "tenant" as const };

function codes(pass: ReturnType<typeof request>, signOff: ReleasePassSignOff): string[] {
  return checkReleaseSignOff(pass, signOff).map((r) => r.code);
}

describe("R-REL-5 blank lines are struck through", () => {
  it("fills the form's five lines and strikes the unused ones", () => {
    expect(layoutReleasePassLines([sofa, cartons])).toEqual([
      { line: 1, kind: "item", description: "three-seat sofa", quantity: 1 },
      { line: 2, kind: "item", description: "book cartons", quantity: 6 },
      { line: 3, kind: "struckThrough" },
      { line: 4, kind: "struckThrough" },
      { line: 5, kind: "struckThrough" },
    ]);
  });

  it("continues on a second form when the items overflow", () => {
    const lines = layoutReleasePassLines(Array.from({ length: 6 }, () => sofa));
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => l.kind === "struckThrough").map((l) => l.line)).toEqual([7, 8, 9, 10]);
  });

  it("a full form has nothing to strike", () => {
    const lines = layoutReleasePassLines([sofa, cartons], { formItemLines: 2 });
    expect(lines.every((l) => l.kind === "item")).toBe(true);
    const unstruck = { ...fullSignOff, blankLinesStruckThrough: false };
    expect(checkReleaseSignOff(request({ items: [sofa, cartons] }), unstruck, { formItemLines: 2 })).toEqual(
      [],
    );
  });
});

describe("R-REL-5 desk officer, carrier and owner sign", () => {
  it("a complete sign-off passes", () => {
    expect(codes(request({ carrier: tenant }), fullSignOff)).toEqual([]);
  });

  it("lists every missing signature and the unstruck lines at once", () => {
    expect(
      codes(request({ carrier: tenant }), {
        deskOfficer: { name: " ", signedAt: at },
        carrier: { name: "Zhao", signedAt: new Date("nonsense") },
        blankLinesStruckThrough: false,
      }),
    ).toEqual([
      "REL_DESK_SIGNATURE_MISSING",
      "REL_CARRIER_SIGNATURE_MISSING",
      "REL_OWNER_SIGNATURE_MISSING",
      "REL_BLANK_LINES_NOT_STRUCK",
    ]);
  });

  it("the owner's phoned consent noted on the pass stands in for the owner's signature", () => {
    const { owner: _absent, ...withoutOwner } = fullSignOff;
    expect(codes(request({ carrier: tenant, ownerConsent: consent() }), withoutOwner)).toEqual([]);
    expect(
      codes(request({ carrier: tenant, ownerConsent: consent({ outcome: "unreachable" }) }), withoutOwner),
    ).toEqual(["REL_OWNER_SIGNATURE_MISSING"]);
  });

  it("when the owner carries, the carrier's signature is the owner's", () => {
    const { owner: _absent, ...withoutOwner } = fullSignOff;
    expect(codes(request(), withoutOwner)).toEqual([]);
  });

  it("states how many lines must be struck", () => {
    const [refusal] = checkReleaseSignOff(request(), { ...fullSignOff, blankLinesStruckThrough: false });
    expect(refusal?.message).toBe("4 blank line(s) on the pass must be struck through");
    expect(refusal?.rule).toBe("R-REL-5");
  });
});
