// Utilisation judged over time: the time-weighted mean of the pool's used count over the last `windowMs`. A pool at
// 89 % on average dips at every release; judged instant by instant it would never count as "sustained".
// Fixed slots in a ring (the window's resolution is windowMs / SLOTS), so memory and the work per observation are
// bounded whatever the traffic.
import { AlertEpisode } from "./alert-episodes.js";

const SLOTS = 20;

export class UtilizationWindow {
  private readonly slotMs: number;
  // Area (used × ms) per slot, and which slot number each ring entry currently holds.
  private readonly area = new Float64Array(SLOTS + 1);
  private readonly slotOf = new Float64Array(SLOTS + 1).fill(-1);
  private level = 0;
  private lastAt: number;
  // Most observations fall in the same slot as the one before (a slot is windowMs / 20: 15 s by default), and then
  // integrating is one multiply-add on a field of this object: the area of that slot so far (`slotArea`, added to its
  // ring entry `lastIndex` when the slot is left or the mean is read), until `slotEndsAt`. At every checkout and
  // release, between the application's queries, each other object touched is a likely cache miss.
  private slotArea = 0;
  private lastIndex = 0;
  private slotEndsAt = -Infinity;
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
    this.commit();
    if (now - this.startedAt < this.windowMs) return undefined;
    const current = this.slotAt(now);
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
    if (now <= this.lastAt) return false;
    if (now < this.slotEndsAt) {
      this.slotArea += this.level * (now - this.lastAt);
      this.lastAt = now;
      return false;
    }
    if (this.windowMs === 0) return false;
    this.commit();
    const nowSlot = this.slotAt(now);
    // A long quiet spell only matters for the last window's worth of slots.
    let from = Math.max(this.lastAt, now - (SLOTS + 1) * this.slotMs);
    const crossed = this.slotAt(from) !== nowSlot;
    // Each step ends a slot or reaches `now`; the bound only guards against a slot too small for the clock's
    // precision (sustainedMs below a nanosecond), which could not advance.
    for (let step = 0; from < now && step <= SLOTS + 2; step++) {
      const slot = this.slotAt(from);
      const end = Math.min(now, (slot + 1) * this.slotMs);
      this.area[this.claim(slot)]! += this.level * (end - from);
      from = end;
    }
    this.lastAt = now;
    this.lastIndex = this.claim(nowSlot);
    this.slotEndsAt = (nowSlot + 1) * this.slotMs;
    return crossed;
  }

  /**
   * The slot `time` lies in. A slot's end, `(slot + 1) * slotMs`, can round to a value whose quotient by slotMs
   * rounds back below `slot + 1` (7 / 20 = 0.35 ms slots: 3 × 0.35 = 1.0499999999999998, ÷ 0.35 = 2.9999999999999996):
   * such a time belongs to the next slot, or integrating would stop advancing there.
   */
  private slotAt(time: number): number {
    const slot = Math.floor(time / this.slotMs);
    return (slot + 1) * this.slotMs <= time ? slot + 1 : slot;
  }

  /** Adds the current slot's area so far to its ring entry. */
  private commit(): void {
    if (this.slotArea === 0) return;
    this.area[this.lastIndex]! += this.slotArea;
    this.slotArea = 0;
  }

  /** The ring entry of `slot`, emptied first if it still holds an older slot. */
  private claim(slot: number): number {
    const index = slot % (SLOTS + 1);
    if (this.slotOf[index] !== slot) {
      this.slotOf[index] = slot;
      this.area[index] = 0;
    }
    return index;
  }
}

/** The sustained-utilisation condition as an alert episode: the window's mean above the threshold. */
export class SustainedUtilization {
  private readonly window: UtilizationWindow;
  private readonly episode: AlertEpisode;

  constructor(
    windowMs: number,
    private readonly max: number,
    private readonly thresholdPercent: number,
    clearMs: number,
    now: number,
  ) {
    this.window = new UtilizationWindow(windowMs, now);
    this.episode = new AlertEpisode(clearMs);
  }

  /** Feeds the used count; the mean utilisation (percent) when this opens a new episode, else undefined. */
  observe(used: number, now: number): number | undefined {
    return this.window.observe(used, now) ? this.judge(now) : undefined;
  }

  /** Judges the mean now (every tick; observe() judges when a slot of the window fills). */
  judge(now: number): number | undefined {
    const mean = this.window.mean(now);
    if (mean === undefined) return undefined;
    const percent = (100 * mean) / this.max;
    return this.episode.observe(percent > this.thresholdPercent, now) ? percent : undefined;
  }
}
