import type { Refusal } from "../errors/index.ts";
import { releaseErrors } from "./errors.ts";
import { DEFAULT_RELEASE_POLICY, type ReleasePolicy } from "./policy.ts";
import type { ReleaseItem, ReleasePass, ReleasePassSignOff, ReleaseSignature } from "./types.ts";

/** A printed line of the pass: an item, or a blank line struck through so nothing can be added. */
export type ReleasePassLine =
  | {
      readonly line: number;
      readonly kind: "item";
      readonly description: string;
      readonly quantity: number;
    }
  | { readonly line: number; readonly kind: "struckThrough" };

/**
 * R-REL-5: lays the items out on the form's lines, page after page, and strikes through every
 * blank line left on the last page ("在空白处划线") so no item can be written in afterwards.
 */
export function layoutReleasePassLines(
  items: readonly ReleaseItem[],
  policy: Pick<ReleasePolicy, "formItemLines"> = DEFAULT_RELEASE_POLICY,
): readonly ReleasePassLine[] {
  const pages = Math.max(1, Math.ceil(items.length / policy.formItemLines));
  const lines: ReleasePassLine[] = [];
  for (let index = 0; index < pages * policy.formItemLines; index++) {
    const item = items[index];
    lines.push(
      item
        ? { line: index + 1, kind: "item", description: item.description, quantity: item.quantity }
        : { line: index + 1, kind: "struckThrough" },
    );
  }
  return lines;
}

function signed(signature: ReleaseSignature | undefined): boolean {
  return (
    signature !== undefined &&
    signature.name.trim() !== "" &&
    signature.signedAt instanceof Date &&
    !Number.isNaN(signature.signedAt.getTime())
  );
}

/**
 * R-REL-5: the pass is signed by the desk officer, the carrier and the owner — or notes the
 * owner's phoned consent — with the blank lines struck through. Returns every signature missing.
 * When the owner carries the items, the carrier's signature is the owner's.
 */
export function checkReleaseSignOff(
  pass: Pick<ReleasePass, "carrier" | "ownerConsent" | "items">,
  signOff: ReleasePassSignOff,
  policy: Pick<ReleasePolicy, "formItemLines"> = DEFAULT_RELEASE_POLICY,
): readonly Refusal[] {
  const refusals: Refusal[] = [];
  if (!signed(signOff.deskOfficer)) {
    refusals.push(releaseErrors.REL_DESK_SIGNATURE_MISSING.refuse(undefined, ["signOff", "deskOfficer"]));
  }
  if (!signed(signOff.carrier)) {
    refusals.push(releaseErrors.REL_CARRIER_SIGNATURE_MISSING.refuse(undefined, ["signOff", "carrier"]));
  }
  const ownerIsCarrier = pass.carrier.relation === "owner";
  const consentNoted = pass.ownerConsent?.outcome === "agreed";
  if (!ownerIsCarrier && !consentNoted && !signed(signOff.owner)) {
    refusals.push(releaseErrors.REL_OWNER_SIGNATURE_MISSING.refuse(undefined, ["signOff", "owner"]));
  }
  const blank = layoutReleasePassLines(pass.items, policy).filter((l) => l.kind === "struckThrough").length;
  if (blank > 0 && !signOff.blankLinesStruckThrough) {
    refusals.push(
      releaseErrors.REL_BLANK_LINES_NOT_STRUCK.refuse({ count: String(blank) }, [
        "signOff",
        "blankLinesStruckThrough",
      ]),
    );
  }
  return refusals;
}
