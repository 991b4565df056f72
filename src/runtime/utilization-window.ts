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
  // The slot `lastAt` lies in and its ring entry (already holding it): most observations fall in the same slot as
  // the one before, and then integrating is one multiply-add (see integrate()).
  private lastSlot = Number.NaN;
  private lastIndex = 0;
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
    const nowSlot = Math.floor(now / this.slotMs);
    if (nowSlot === this.lastSlot) {
      // The common case, every checkout and release of a busy pool: still in the slot of the last observation.
      this.area[this.lastIndex]! += this.level * (now - this.lastAt);
      this.lastAt = now;
      return false;
    }
    // A long quiet spell only matters for the last window's worth of slots.
    let from = Math.max(this.lastAt, now - (SLOTS + 1) * this.slotMs);
    const crossed = Math.floor(from / this.slotMs) !== nowSlot;
    while (from < now) {
      const slot = Math.floor(from / this.slotMs);
      const end = Math.min(now, (slot + 1) * this.slotMs);
      this.area[this.claim(slot)]! += this.level * (end - from);
      from = end;
    }
    this.lastAt = now;
    this.lastSlot = nowSlot;
    this.lastIndex = this.claim(nowSlot);
    return crossed;
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
