/**
 * Deterministic record ids for the demo estate. The schema's ids are UUID version 7 (time
 * ordered); the seed writes its own so that two seeds with the same options give identical rows:
 * the 48-bit timestamp is the seed's fixed "now", and the 74 bits RFC 9562 leaves to the
 * generator hold a salt from the seed (30 bits) and a counter (44 bits), so ids are unique,
 * increase in creation order (good for the B-tree indexes) and stay valid v7 UUIDs.
 */
export class SeedIds {
  private counter = 0;
  private readonly timeHex: string;
  private readonly salt: number;

  constructor(epoch: Date, salt: number) {
    this.timeHex = Math.max(0, Math.floor(epoch.getTime())).toString(16).padStart(12, "0").slice(-12);
    this.salt = salt & 0x3fff_ffff;
  }

  next(): string {
    this.counter += 1;
    const counter = this.counter;
    // rand_a (12 bits): the counter's bits 32–43; rand_b (62 bits): salt (30) then counter bits 0–31.
    const randA = Math.floor(counter / 2 ** 32) & 0xfff;
    const low = counter >>> 0;
    const variantAndSalt = (0b10 << 30) | this.salt; // the RFC's variant bits 10, then the salt
    const hex32 = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
    const vs = hex32(variantAndSalt);
    const t = this.timeHex;
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${randA.toString(16).padStart(3, "0")}-${vs.slice(0, 4)}-${vs.slice(4, 8)}${hex32(low)}`;
  }

  /** How many ids were handed out. */
  get count(): number {
    return this.counter;
  }
}
