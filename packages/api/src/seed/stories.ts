import { writeAccess } from "./access.ts";
import { writeCommunity } from "./community.ts";
import { writeComplaints } from "./complaints.ts";
import type { SeedContext } from "./context.ts";
import { writeEmergencies } from "./emergencies.ts";
import { writeFacilities } from "./facilities.ts";
import { writeGovernance } from "./governance.ts";
import type { UnitAccount } from "./payments.ts";
import { writeReleasePasses } from "./release-passes.ts";
import { writeRenovations } from "./renovations.ts";
import { writeRepairs } from "./repairs.ts";
import type { UnitLife } from "./residents.ts";
import { writeServiceRequests } from "./service-requests.ts";
import { RecordNumbers } from "./story-kit.ts";
import { writeTakeover } from "./takeover.ts";

/** What the stories draw on: every unit's life and the featured units' accounts. */
export interface StoryInput {
  readonly lives: readonly UnitLife[];
  readonly accounts: ReadonlyMap<string, UnitAccount>;
}

/** Every workflow of the demo estate, each walked into every one of its states by the rules. */
export function writeStories(ctx: SeedContext, input: StoryInput): void {
  const numbers = new RecordNumbers();
  writeTakeover(ctx);
  writeComplaints(ctx, input.lives, numbers);
  writeServiceRequests(ctx, input.lives, numbers);
  writeRepairs(ctx, input.lives, numbers);
  writeRenovations(ctx, input.lives, numbers);
  writeReleasePasses(ctx, input.lives, input.accounts, numbers);
  const facilities = writeFacilities(ctx, numbers);
  writeEmergencies(ctx, input.lives);
  writeCommunity(ctx, input.lives);
  writeAccess(ctx, input.lives);
  writeGovernance(ctx, input.lives, facilities);
}
