import type { Refusal } from "../errors/index.ts";
import type { RenovationConsent, RenovationWorkItem } from "./application.ts";
import { renovationErrors } from "./errors.ts";

/**
 * R-REN-4: work that is prohibited whatever else is approved — façade changes, window security
 * bars — and risky items that need the office's written consent or a hot-work permit first.
 * One refusal per offending item, with its index in `path`.
 */
export function checkProhibitedWork(work: readonly RenovationWorkItem[]): readonly Refusal[] {
  const refusals: Refusal[] = [];
  work.forEach((item, index) => {
    const path = ["work", String(index)];
    switch (item.kind) {
      case "facadeAlteration":
        refusals.push(renovationErrors.REN_FACADE_ALTERATION.refuse(undefined, path));
        break;
      case "windowSecurityBars":
        refusals.push(renovationErrors.REN_WINDOW_SECURITY_BARS.refuse(undefined, path));
        break;
      case "flammableMaterials":
      case "bannedMaterials":
      case "acetyleneCylinders":
      case "weldingEquipment":
        if (!granted(item.writtenConsent)) {
          refusals.push(renovationErrors.REN_WORK_WITHOUT_CONSENT.refuse({ item: item.kind }, path));
        }
        break;
      case "hotWork":
        if (!granted(item.hotWorkPermit)) {
          refusals.push(renovationErrors.REN_HOT_WORK_WITHOUT_PERMIT.refuse(undefined, path));
        }
        break;
      case "general":
        break;
    }
  });
  return refusals;
}

function granted(consent: RenovationConsent | undefined): boolean {
  return consent !== undefined && consent.reference.trim() !== "" && consent.grantedBy.trim() !== "";
}
