import { dataloaderGetter } from "@pothos/plugin-dataloader";
import type {
  Renovation,
  RenovationStatus,
  RenovationViolation,
  RenovationViolationStatus,
} from "@wuye/domain";
import { prismaOf } from "../../context.ts";
import { renovationFromHistory, violationFromHistory } from "../../services/renovation/index.ts";
import { loadHistory } from "../history.ts";

/**
 * The domain records behind the renovation types, rebuilt from the history the `history` field
 * loads anyway (one batched query per page, see `history.ts`), once per record and request.
 */
const renovations = new WeakMap<object, Map<string, Promise<Renovation | undefined>>>();
const violations = new WeakMap<object, Map<string, Promise<RenovationViolation | undefined>>>();

function cached<T>(store: WeakMap<object, Map<string, T>>, context: object, id: string, make: () => T): T {
  let byId = store.get(context);
  if (!byId) {
    byId = new Map();
    store.set(context, byId);
  }
  let value = byId.get(id);
  if (value === undefined) {
    value = make();
    byId.set(id, value);
  }
  return value;
}

/** The renovation as the domain knows it; null when its file was not recorded through the API. */
export async function renovationOf(
  context: object,
  row: { readonly id: string; readonly unitId: string; readonly status: RenovationStatus },
): Promise<Renovation | undefined> {
  return cached(renovations, context, `${row.id}:${row.status}`, async () =>
    renovationFromHistory(row, await loadHistory(context, "renovation", row.id)),
  );
}

/** The violation as the domain knows it (its renovation's unit is the domain's `unitId`). */
export async function violationOf(
  context: object,
  row: {
    readonly id: string;
    readonly applicationId: string;
    readonly status: RenovationViolationStatus;
    readonly application: { readonly unitId: string };
  },
): Promise<RenovationViolation | undefined> {
  return cached(violations, context, `${row.id}:${row.status}`, async () =>
    violationFromHistory(
      row,
      row.application.unitId,
      await loadHistory(context, "renovation violation", row.id),
    ),
  );
}

/** A daily round on record (R-REN-7): its day and department. */
export interface DailyRound {
  readonly inspectedOn: Date;
  readonly department: string;
}

const dailyRoundsLoader = dataloaderGetter<string, DailyRound[], string>(
  undefined,
  async (renovationIds, context) => {
    const rows = await prismaOf(context).renovationInspection.findMany({
      where: { applicationId: { in: [...renovationIds] }, kind: "daily" },
      select: { applicationId: true, inspectedOn: true, department: true },
    });
    const grouped = new Map<string, DailyRound[]>(renovationIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.applicationId)?.push(row);
    return renovationIds.map((id) => grouped.get(id) ?? []);
  },
  undefined,
  false,
);

/**
 * The daily rounds of a renovation, loaded for every renovation of a page in one query (the
 * `inspections` connection has its own arguments, so the rounds are not a second selection of it).
 */
export function dailyRoundsOf(context: object, renovationId: string): Promise<DailyRound[]> {
  return dailyRoundsLoader(context).load(renovationId);
}
