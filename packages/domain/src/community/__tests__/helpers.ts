import { isDomainError, type Refusal } from "../../errors/index.ts";

/** The refusal a bad-input check throws, or undefined when it throws nothing. */
export function thrown(run: () => unknown): Refusal | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.toRefusal();
    throw error;
  }
  return undefined;
}
