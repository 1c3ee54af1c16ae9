import { DomainError } from "../../errors/index.ts";

/** The code a call throws, so tests can name the refusal they expect. */
export function thrownCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
