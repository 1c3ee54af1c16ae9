import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import {
  REQUIRED_RENOVATION_DRAWINGS,
  type RenovationApplication,
  type RenovationDocument,
  type RenovationDocumentKind,
} from "./application.ts";
import { assertRenovationDate } from "./dates.ts";
import { renovationErrors } from "./errors.ts";

/**
 * R-REN-1: whether the application is complete on `decisionDate`. Returns every missing item
 * (not just the first), so customer service can ask for all of them at once; empty when complete.
 */
export function checkRenovationApplication(
  application: RenovationApplication,
  decisionDate: IsoDate,
): readonly Refusal[] {
  assertRenovationDate(decisionDate, ["decisionDate"]);
  const refusals: Refusal[] = [];
  if (!signed(application.applicationSignature?.name)) {
    refusals.push(renovationErrors.REN_APPLICATION_NOT_SIGNED.refuse(undefined, ["applicationSignature"]));
  }
  if (!signed(application.commitmentSignature?.name)) {
    refusals.push(renovationErrors.REN_COMMITMENT_NOT_SIGNED.refuse(undefined, ["commitmentSignature"]));
  }
  // R-REN-1: an agent acts only with the owner's power of attorney.
  if (application.applicant.kind === "agent") {
    checkDocument(refusals, "powerOfAttorney", application.applicant.powerOfAttorney, decisionDate, [
      "applicant",
      "powerOfAttorney",
    ]);
  }

  for (const drawing of REQUIRED_RENOVATION_DRAWINGS) {
    const provided = application.drawings.filter((d) => d.kind === drawing);
    if (provided.length === 0) {
      refusals.push(renovationErrors.REN_DRAWING_MISSING.refuse({ drawing }, ["drawings", drawing]));
    } else if (!provided.some((d) => d.contractorStamped)) {
      refusals.push(renovationErrors.REN_DRAWING_NOT_STAMPED.refuse({ drawing }, ["drawings", drawing]));
    }
  }

  const { contractor } = application;
  checkDocument(refusals, "businessLicence", contractor.businessLicence, decisionDate, [
    "contractor",
    "businessLicence",
  ]);
  checkDocument(refusals, "qualificationCertificate", contractor.qualificationCertificate, decisionDate, [
    "contractor",
    "qualificationCertificate",
  ]);
  checkDocument(refusals, "siteManagerIdentity", contractor.siteManager.identityDocument, decisionDate, [
    "contractor",
    "siteManager",
    "identityDocument",
  ]);
  // R-REN-1: commercial and key premises also need the designer's qualification.
  if (application.premises !== "residential") {
    checkDocument(refusals, "designerQualification", application.designerQualification, decisionDate, [
      "designerQualification",
    ]);
  }
  return refusals;
}

function signed(name: string | undefined): boolean {
  return name !== undefined && name.trim() !== "";
}

function checkDocument(
  refusals: Refusal[],
  document: RenovationDocumentKind,
  value: RenovationDocument | undefined,
  decisionDate: IsoDate,
  path: readonly string[],
): void {
  if (value === undefined || value.number.trim() === "") {
    refusals.push(renovationErrors.REN_DOCUMENT_MISSING.refuse({ document }, path));
    return;
  }
  if (value.validUntil === undefined) return;
  assertRenovationDate(value.validUntil, [...path, "validUntil"]);
  // Valid through its last day: a licence valid until the decision date still counts.
  if (value.validUntil < decisionDate) {
    refusals.push(
      renovationErrors.REN_DOCUMENT_EXPIRED.refuse(
        { document, validUntil: value.validUntil, date: decisionDate },
        [...path, "validUntil"],
      ),
    );
  }
}
