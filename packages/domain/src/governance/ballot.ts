import type { IsoDate } from "../calendar/index.ts";
import { epochDayOf } from "../calendar/iso-date.ts";
import type { Refusal } from "../errors/index.ts";
import { assertElectorate } from "./electorate.ts";
import { governanceErrors } from "./errors.ts";
import type { AssemblyBallot, AssemblyVote } from "./types.ts";

/**
 * R-GOV-1: whether an owner may cast this ballot on `date`. The vote must be open and the day
 * within its period; the owner must be on its register, and their voter (themself with any
 * co-owners, across all their units) must not have voted yet. Returns every reason at once.
 */
export function checkBallot(
  vote: Pick<AssemblyVote, "status" | "opensOn" | "closesOn" | "electorate" | "ballots">,
  ballot: AssemblyBallot,
  date: IsoDate,
): readonly Refusal[] {
  if (!["for", "against", "abstain"].includes(ballot.choice)) {
    throw governanceErrors.GOV_UNKNOWN_CHOICE.error({ choice: String(ballot.choice) }, ["choice"]);
  }
  const day = epochDayOf(date);
  const refusals: Refusal[] = [];
  if (vote.status !== "voting" || day < epochDayOf(vote.opensOn) || day > epochDayOf(vote.closesOn)) {
    refusals.push(
      governanceErrors.GOV_VOTE_NOT_OPEN.refuse({
        date,
        opensOn: vote.opensOn,
        closesOn: vote.closesOn,
        status: vote.status,
      }),
    );
  }
  const indexed = assertElectorate(vote.electorate);
  const voter = indexed.voterOfOwner.get(ballot.ownerId);
  if (!voter) {
    refusals.push(governanceErrors.GOV_NOT_IN_ELECTORATE.refuse({ ownerId: ballot.ownerId }, ["ownerId"]));
  } else if (vote.ballots.some((cast) => indexed.voterOfOwner.get(cast.ownerId) === voter)) {
    refusals.push(
      governanceErrors.GOV_ALREADY_VOTED.refuse(
        { ownerId: ballot.ownerId, units: voter.unitIds.join(", ") },
        ["ownerId"],
      ),
    );
  }
  return refusals;
}
