/** A message a person reads, in English and in Chinese (every refusal carries both). */
export interface BilingualMessage {
  readonly en: string;
  readonly zh: string;
}

/**
 * A typed refusal: the rules said no. Returned as a value by guards and checks so callers can
 * branch on `code`; thrown as a {@link DomainError} where the input itself is malformed.
 */
export interface Refusal {
  /** Stable machine code, e.g. `FEE_NEGATIVE_AREA`. Documented in the package README. */
  readonly code: string;
  /** English message. */
  readonly message: string;
  /** Chinese message (中文提示). */
  readonly messageZh: string;
  /** The field at fault, when one field is to blame. */
  readonly path?: readonly string[];
  /** The rule ID that made the refusal, e.g. `R-REN-9`. */
  readonly rule?: string;
}

/** Thrown for bad input: carries the same code and bilingual messages as a {@link Refusal}. */
export class DomainError extends Error implements Refusal {
  override readonly name = "DomainError";
  readonly code: string;
  readonly messageZh: string;
  readonly path?: readonly string[];
  readonly rule?: string;

  constructor(refusal: Refusal) {
    super(refusal.message);
    this.code = refusal.code;
    this.messageZh = refusal.messageZh;
    if (refusal.path) this.path = refusal.path;
    if (refusal.rule) this.rule = refusal.rule;
  }

  toRefusal(): Refusal {
    return {
      code: this.code,
      message: this.message,
      messageZh: this.messageZh,
      ...(this.path ? { path: this.path } : {}),
      ...(this.rule ? { rule: this.rule } : {}),
    };
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
