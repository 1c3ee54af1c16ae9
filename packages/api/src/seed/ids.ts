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
  private readonly saltHex: string;
  /** Everything but the counter's low 32 bits, while those are below 2³² (rebuilt past it). */
  private prefix = "";
  private prefixHigh = -1;

  constructor(epoch: Date, salt: number) {
    this.timeHex = Math.max(0, Math.floor(epoch.getTime())).toString(16).padStart(12, "0").slice(-12);
    // The RFC's variant bits 10, then 30 bits of salt.
    this.saltHex = (((0b10 << 30) | (salt & 0x3fff_ffff)) >>> 0).toString(16).padStart(8, "0");
  }

  next(): string {
    this.counter += 1;
    // rand_a (12 bits): the counter's bits 32–43; rand_b (62 bits): the salt, then bits 0–31.
    const high = Math.floor(this.counter / 2 ** 32) & 0xfff;
    if (high !== this.prefixHigh) {
      const t = this.timeHex;
      const v = this.saltHex;
      this.prefix = `${t.slice(0, 8)}-${t.slice(8, 12)}-7${high.toString(16).padStart(3, "0")}-${v.slice(0, 4)}-${v.slice(4, 8)}`;
      this.prefixHigh = high;
    }
    return this.prefix + (this.counter >>> 0).toString(16).padStart(8, "0");
  }

  /** How many ids were handed out. */
  get count(): number {
    return this.counter;
  }
}
