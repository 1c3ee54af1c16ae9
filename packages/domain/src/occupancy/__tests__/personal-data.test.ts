import { describe, expect, it } from "vitest";
import {
  canSeePersonalData,
  maskIdentityNumber,
  maskPhoneNumber,
  showIdentityNumber,
  showOwnerArchive,
  showPhoneNumber,
} from "../index.ts";
import { archive } from "./fixtures.ts";

describe("R-ARC-3 identity and phone numbers are masked for those who do not need them", () => {
  it("masks a mobile number to 138****5678", () => {
    expect(maskPhoneNumber("13812345678")).toBe("138****5678");
  });

  it("masks an 18-digit identity number to 110***********1234", () => {
    expect(maskIdentityNumber("110101199003071234")).toBe("110***********1234");
  });

  it.each([
    ["010-12345678", "010*****5678"],
    ["E12345678", "*****5678"],
    ["1234567", "*****67"],
    ["1234", "****"],
    ["", ""],
    ["  13812345678 ", "138****5678"],
  ])("masks %j as %j", (value, masked) => {
    expect(maskPhoneNumber(value)).toBe(masked);
  });

  it("customer service and the manager see numbers in full", () => {
    for (const role of ["customer_service", "manager"]) {
      expect(canSeePersonalData(role)).toBe(true);
      expect(showPhoneNumber("13812345678", role)).toBe("13812345678");
      expect(showIdentityNumber("110101199003071234", role)).toBe("110101199003071234");
    }
  });

  it.each(["security", "engineering", "cashier", "owner", "tenant", "system"])(
    "a %s sees them masked",
    (role) => {
      expect(showPhoneNumber("13812345678", role)).toBe("138****5678");
      expect(showIdentityNumber("110101199003071234", role)).toBe("110***********1234");
    },
  );

  it("an estate may grant another role full view", () => {
    const policy = { personalDataRoles: ["customer_service", "manager", "archivist"] };
    expect(showPhoneNumber("13812345678", "archivist", policy)).toBe("13812345678");
  });

  it("masks every number in an owner archive for a role without the need", () => {
    const full = archive({
      residents: [
        { name: "Wang Wei", relation: "owner" },
        {
          name: "Wang Xiao",
          relation: "familyMember",
          phone: "13700001234",
          identity: { kind: "passport", number: "E12345678" },
        },
      ],
    });
    const seen = showOwnerArchive(full, "security");
    expect(seen.phone).toBe("138****5678");
    expect(seen.identity).toEqual({ kind: "residentIdCard", number: "110***********1234" });
    expect(seen.residents?.[0]).toEqual({ name: "Wang Wei", relation: "owner" });
    expect(seen.residents?.[1]).toMatchObject({ phone: "137****1234", identity: { number: "*****5678" } });
    expect(seen.ownerName).toBe("Wang Wei");
    expect(showOwnerArchive(full, "manager")).toBe(full);
  });
});
