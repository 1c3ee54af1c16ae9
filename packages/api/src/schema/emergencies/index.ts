/**
 * Emergencies 应急 (R-EMG-1…3): plans, drills and incidents (types), the lists with the plan
 * review and drill coverage (queries), and their mutations.
 */
import "./types.ts";
import "./queries.ts";
import "./mutations.ts";
