/**
 * Item release 物品放行 (R-REL-1…5): the pass and its lists, and one mutation per step from the
 * desk to the gate and the archive.
 */
import "./types.ts";
import "./pass.ts";
import "./mutations.ts";
