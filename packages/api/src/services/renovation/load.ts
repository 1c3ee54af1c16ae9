import {
  businessDateOf,
  type IsoDate,
  type Renovation,
  type RenovationViolation,
  type RenovationViolationStatus,
} from "@wuye/domain";
import { visibleRenovations, visibleRenovationViolations } from "../../auth/visibility.ts";
import type { WuyeTx } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { type EstateRenovationSettings, estateRenovationSettings } from "./policy.ts";
import { renovationFromHistory, violationFromHistory } from "./record.ts";
import type { StoredEvent } from "./stored-record.ts";

/** A history event's columns as the record rebuilders read them. */
const EVENT_COLUMNS = {
  action: true,
  fromState: true,
  toState: true,
  actorId: true,
  actorRole: true,
  at: true,
  data: true,
} as const;

/** What loading needs of the database: the client, or a transaction that also writes the step. */
export type RenovationReader = Pick<
  WuyeTx,
  | "renovationApplication"
  | "renovationViolation"
  | "workflowEvent"
  | "renovationDeposit"
  | "renovationPenalty"
  | "renovationDepositSettlement"
>;

export async function eventsOf(
  prisma: RenovationReader,
  workflow: "renovation" | "renovation violation",
  recordIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const rows = await prisma.workflowEvent.findMany({
    where: { workflow, recordId: { in: [...recordIds] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { ...EVENT_COLUMNS, recordId: true },
  });
  const grouped = new Map<string, StoredEvent[]>(recordIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.recordId)?.push(row);
  return grouped;
}

function unrecordedFile(what: string, path: readonly string[]): ValidationError {
  return new ValidationError([
    {
      path: [...path],
      message: `This ${what} was not recorded through the API, so its file is incomplete; it can be read but not acted on`,
    },
  ]);
}

/** Everything a renovation step needs: the row, its estate's settings, the domain record. */
export interface LoadedRenovation {
  readonly row: {
    readonly id: string;
    readonly number: string;
    readonly estateId: string;
    readonly unitId: string;
    readonly applicantId: string;
    readonly status: Renovation["status"];
    readonly version: number;
  };
  readonly estate: { readonly id: string; readonly companyId: string; readonly timeZone: string };
  readonly unit: { readonly buildingArea: { toFixed(places: number): string } };
  readonly settings: EstateRenovationSettings;
  readonly renovation: Renovation;
  /** The user who applied (or the applicant's login), who may follow the renovation. */
  readonly applicantUserId: string | null;
  /** Today in the estate's time zone. */
  readonly today: IsoDate;
}

/** Loads a renovation the viewer may see and rebuilds its domain record (else not found). */
export async function loadRenovation(
  sc: ServiceContext,
  globalId: GlobalId,
  path: readonly string[] = ["input", "renovationId"],
  db: RenovationReader = sc.prisma,
): Promise<LoadedRenovation> {
  const id = idOf(globalId, "Renovation", "renovation", path);
  const row = await db.renovationApplication.findFirst({
    where: { id, AND: [visibleRenovations(sc.viewer)] },
    select: {
      id: true,
      number: true,
      estateId: true,
      unitId: true,
      applicantId: true,
      status: true,
      version: true,
      estate: { select: { id: true, companyId: true, timeZone: true, policy: true } },
      unit: { select: { buildingArea: true } },
      applicant: { select: { user: { select: { id: true } } } },
    },
  });
  if (!row) throw new NotFoundError("renovation", path);
  const events = (await eventsOf(db, "renovation", [id])).get(id) ?? [];
  const renovation = renovationFromHistory(row, events);
  if (!renovation) throw unrecordedFile("renovation", path);
  const settings = estateRenovationSettings(row.estate);
  return {
    row,
    estate: row.estate,
    unit: row.unit,
    settings,
    renovation,
    applicantUserId: row.applicant.user?.id ?? null,
    today: businessDateOf(sc.now, settings.policy.timeZone),
  };
}

/** A violation and its renovation, rebuilt, for a step of the notice. */
export interface LoadedViolation {
  readonly row: {
    readonly id: string;
    readonly applicationId: string;
    readonly status: RenovationViolationStatus;
  };
  readonly violation: RenovationViolation;
  readonly renovation: LoadedRenovation;
}

export async function loadViolation(
  sc: ServiceContext,
  globalId: GlobalId,
  path: readonly string[] = ["input", "violationId"],
): Promise<LoadedViolation> {
  const id = idOf(globalId, "RenovationViolation", "renovation violation", path);
  const row = await sc.prisma.renovationViolation.findFirst({
    where: { id, AND: [visibleRenovationViolations(sc.viewer)] },
    select: { id: true, applicationId: true, status: true },
  });
  if (!row) throw new NotFoundError("renovation violation", path);
  const renovation = await loadRenovation(sc, { typename: "Renovation", id: row.applicationId }, path);
  const events = (await eventsOf(sc.prisma, "renovation violation", [id])).get(id) ?? [];
  const violation = violationFromHistory(row, renovation.row.unitId, events);
  if (!violation) throw unrecordedFile("renovation violation", path);
  return { row, violation, renovation };
}

/** Every violation recorded on a renovation, as the domain knows them (R-REN-7, R-REN-9). */
export async function violationsOf(
  db: RenovationReader,
  renovation: LoadedRenovation,
): Promise<RenovationViolation[]> {
  const rows = await db.renovationViolation.findMany({
    where: { applicationId: renovation.row.id },
    orderBy: [{ foundAt: "asc" }, { id: "asc" }],
    select: { id: true, applicationId: true, status: true },
  });
  const events = await eventsOf(
    db,
    "renovation violation",
    rows.map((r) => r.id),
  );
  return rows.flatMap((row) => {
    const violation = violationFromHistory(row, renovation.row.unitId, events.get(row.id) ?? []);
    return violation ? [violation] : [];
  });
}
