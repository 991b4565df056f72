// Utilisation judged over time: the time-weighted mean of the pool's used count over the last `windowMs`. A pool at
// 89 % on average dips at every release; judged instant by instant it would never count as "sustained".
// Fixed slots in a ring (the window's resolution is windowMs / SLOTS), so memory and the work per observation are
// bounded whatever the traffic.

const SLOTS = 20;

export class UtilizationWindow {
  private readonly slotMs: number;
  // Area (used × ms) per slot, and which slot number each ring entry currently holds.
  private readonly area = new Float64Array(SLOTS + 1);
  private readonly slotOf = new Float64Array(SLOTS + 1).fill(-1);
  private level = 0;
  private lastAt: number;
  private readonly startedAt: number;

  constructor(
    private readonly windowMs: number,
    now: number,
  ) {
    this.slotMs = windowMs / SLOTS;
    this.lastAt = now;
    this.startedAt = now;
  }

  /** The used count is `level` from `now` on. True when a slot boundary was crossed (time to re-judge the mean). */
  observe(level: number, now: number): boolean {
    const crossed = this.integrate(now);
    this.level = level;
    return crossed;
  }

  /** The time-weighted mean used count over the last window; undefined until a whole window has been seen. */
  mean(now: number): number | undefined {
    if (this.windowMs === 0) return this.level;
    this.integrate(now);
    if (now - this.startedAt < this.windowMs) return undefined;
    const current = Math.floor(now / this.slotMs);
    const first = current - SLOTS + 1;
    let sum = 0;
    for (let i = 0; i <= SLOTS; i++) {
      const slot = this.slotOf[i]!;
      if (slot >= first && slot <= current) sum += this.area[i]!;
    }
    const covered = now - first * this.slotMs;
    return covered > 0 ? sum / covered : this.level;
  }

  private integrate(now: number): boolean {
    if (this.windowMs === 0 || now <= this.lastAt) return false;
    // A long quiet spell only matters for the last window's worth of slots.
    let from = Math.max(this.lastAt, now - (SLOTS + 1) * this.slotMs);
    const crossed = Math.floor(from / this.slotMs) !== Math.floor(now / this.slotMs);
    while (from < now) {
      const slot = Math.floor(from / this.slotMs);
      const end = Math.min(now, (slot + 1) * this.slotMs);
      const index = slot % (SLOTS + 1);
      if (this.slotOf[index] !== slot) {
        this.slotOf[index] = slot;
        this.area[index] = 0;
      }
      this.area[index]! += this.level * (end - from);
      from = end;
    }
    this.lastAt = now;
    return crossed;
  }
}
