import type { BulkWriter } from "./bulk-writer.ts";
import type { PersonSeed } from "./context.ts";
import type { SeedIds } from "./ids.ts";
import { mobileNumber, personName, residentIdNumber } from "./names.ts";
import type { SeededRandom } from "./random.ts";

/**
 * The archive's people 档案: makes new people with numbers that never repeat and writes each
 * person's row once, however many units they own.
 */
export class People {
  private readonly written = new Set<string>();

  constructor(
    private readonly writer: BulkWriter,
    private readonly ids: SeedIds,
    private readonly companyId: string,
    private count: number,
  ) {}

  /** A new person (not yet written). */
  create(random: SeededRandom, name?: string): PersonSeed {
    const index = this.count++;
    return {
      id: this.ids.next(),
      name: name ?? personName(random),
      phone: mobileNumber(index),
      idNumber: residentIdNumber(index, random),
    };
  }

  /** Writes the person's archive row unless it was written already. */
  write(person: PersonSeed, at: Date, withIdentity = true): void {
    if (this.written.has(person.id)) return;
    this.written.add(person.id);
    this.writer.add("Person", {
      id: person.id,
      companyId: this.companyId,
      name: person.name,
      phone: person.phone,
      idType: withIdentity ? "residentIdCard" : null,
      idNumber: withIdentity ? person.idNumber : null,
      createdAt: at,
      updatedAt: at,
    });
  }
}
