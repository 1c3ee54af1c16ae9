import type { IsoDate } from "../calendar/index.ts";
import { epochDayOf } from "../calendar/iso-date.ts";
import type { Money } from "../money/index.ts";
import { defineWorkflow } from "../workflow/index.ts";
import { assertElectorate } from "./electorate.ts";
import { governanceErrors } from "./errors.ts";
import { checkFundBalance, decideMaintenanceFundUse, type MaintenanceFundUseContext } from "./fund-use.ts";
import { ballotsByVoter } from "./tally.ts";
import type {
  AssemblyVote,
  AssemblyVoteStatus,
  MaintenanceFundUse,
  MaintenanceFundUseStatus,
} from "./types.ts";

export interface AssemblyVoteActions {
  open: undefined;
  /** The business date the vote is closed on. */
  close: { readonly date: IsoDate };
}

/**
 * The owners' assembly vote 业主大会表决 (R-GOV-1): prepared with its register of owners, open for
 * ballots during its period, then closed and counted.
 */
export const assemblyVoteWorkflow = defineWorkflow<AssemblyVoteStatus, AssemblyVoteActions, AssemblyVote>({
  name: "assembly vote",
  states: ["draft", "voting", "closed"],
  initial: "draft",
  final: ["closed"],
  transitions: [
    {
      action: "open",
      from: "draft",
      to: "voting",
      rules: ["R-GOV-1"],
      roles: ["manager"],
      note: "the register of owners is fixed and the voting period runs forward",
      guard: ({ record }) => {
        assertElectorate(record.electorate);
        return epochDayOf(record.closesOn, ["closesOn"]) < epochDayOf(record.opensOn, ["opensOn"])
          ? governanceErrors.GOV_INVALID_PERIOD.refuse(
              { opensOn: record.opensOn, closesOn: record.closesOn },
              ["closesOn"],
            )
          : undefined;
      },
    },
    {
      action: "close",
      from: "voting",
      to: "closed",
      rules: ["R-GOV-1"],
      roles: ["manager"],
      note: "after the last day of the period, or earlier once every owner has voted; the tally is kept",
      guard: ({ record, data }) => {
        if (epochDayOf(data.date) > epochDayOf(record.closesOn)) return undefined;
        const voted = ballotsByVoter(assertElectorate(record.electorate), record.ballots).size;
        const missing = record.electorate.voters.length - voted;
        return missing > 0
          ? governanceErrors.GOV_VOTE_STILL_OPEN.refuse({
              closesOn: record.closesOn,
              missing: String(missing),
            })
          : undefined;
      },
    },
  ],
});

export interface MaintenanceFundUseActions {
  approve: MaintenanceFundUseContext;
  /** What the fund holds when the money is paid out. */
  pay: { readonly fundBalance: Money };
  /** The notice shown to the owners: what was done, for how much, on what authority. */
  publish: { readonly notice: string };
  withdraw: { readonly reason: string };
}

/**
 * A use of the special maintenance fund 专项维修资金 (R-GOV-2): proposed, approved on a passed
 * assembly vote (or as emergency use where local rules allow), paid out, and published to the
 * owners. It can be withdrawn until it is paid.
 */
export const maintenanceFundUseWorkflow = defineWorkflow<
  MaintenanceFundUseStatus,
  MaintenanceFundUseActions,
  MaintenanceFundUse
>({
  name: "maintenance fund use",
  states: ["proposed", "approved", "paid", "published", "withdrawn"],
  initial: "proposed",
  final: ["published", "withdrawn"],
  transitions: [
    {
      action: "approve",
      from: "proposed",
      to: "approved",
      rules: ["R-GOV-2", "R-GOV-1"],
      roles: ["manager"],
      note: "common part out of warranty, a passed vote on the fund (or emergency use the local rules allow), within the balance",
      guard: ({ record, data }) => {
        const decision = decideMaintenanceFundUse(record, data);
        return decision.refusals.length > 0 ? decision.refusals : undefined;
      },
    },
    {
      action: "pay",
      from: "approved",
      to: "paid",
      rules: ["R-GOV-2"],
      roles: ["finance"],
      note: "the fund still holds the amount",
      guard: ({ record, data }) => {
        const refusals = checkFundBalance(record.amount, data.fundBalance);
        return refusals.length > 0 ? refusals : undefined;
      },
    },
    {
      action: "publish",
      from: "paid",
      to: "published",
      rules: ["R-GOV-2"],
      roles: ["manager", "customer_service"],
      note: "the use is published to the owners (an emergency use afterwards)",
      guard: ({ data }) =>
        data.notice.trim() === ""
          ? governanceErrors.GOV_FUND_NOTICE_MISSING.refuse(undefined, ["notice"])
          : undefined,
    },
    {
      action: "withdraw",
      from: ["proposed", "approved"],
      to: "withdrawn",
      rules: ["R-GOV-2"],
      roles: ["manager"],
      note: "before any money is paid",
    },
  ],
});
