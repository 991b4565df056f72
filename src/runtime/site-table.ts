// Per pool: which acquire sites hold clients, how often they check out and for how long. Bounded: at most
// `maxSites` sites, the least recently seen evicted, each with a fixed-size histogram — so ten thousand
// generated call sites cost no more than two hundred.
import type { AcquireSite } from "./acquire-site.js";
import { Histogram } from "./histogram.js";

export interface SiteStats {
  /** `path/file.ts:42:13`, relative to `process.cwd()` when inside it. */
  site: string;
  fn: string;
  checkouts: number;
  /** Clients acquired here and not yet released. */
  held: number;
  holdMsMean: number;
  holdMsP95: number;
  holdMsMax: number;
  /** How long the longest-held client still out from here has been held (0 when none is): hold times cover returns only. */
  heldMsMax: number;
  /** Checkouts from here that leak detection reported. */
  leaks: number;
}

/** A checkout counted at a site, by when it started (`performance.now()`). */
export interface HeldCheckout {
  readonly startedAt: number;
  /** The client handed out, when known: whether a query is in flight on it (waiting-callers.ts). */
  readonly client?: object | undefined;
}

export class SiteEntry {
  checkouts = 0;
  held = 0;
  leaks = 0;
  readonly hold = new Histogram();
  // The attributed checkouts still out: at most the pool's checked-out clients, each leaving at its release.
  readonly holding = new Set<HeldCheckout>();

  constructor(
    readonly site: string,
    readonly fn: string,
    readonly line: string,
  ) {}

  private oldestHeldMs(now: number): number {
    let oldest = now;
    for (const checkout of this.holding) if (checkout.startedAt < oldest) oldest = checkout.startedAt;
    return now - oldest;
  }

  toStats(): SiteStats {
    return {
      site: this.site,
      fn: this.fn,
      checkouts: this.checkouts,
      held: this.held,
      holdMsMean: this.hold.meanMs,
      holdMsP95: this.hold.quantileMs(0.95),
      holdMsMax: this.hold.maxMs,
      heldMsMax: this.oldestHeldMs(performance.now()),
      leaks: this.leaks,
    };
  }
}

export class SiteTable {
  // A Map iterates in insertion order: re-inserting on every sighting keeps the least recently seen first.
  private readonly entries = new Map<string, SiteEntry>();

  constructor(private readonly maxSites: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry for a site, created or moved to most recently seen; evicts the least recently seen over the bound. */
  touch(site: AcquireSite): SiteEntry {
    let entry = this.entries.get(site.site);
    if (entry) {
      this.entries.delete(site.site);
    } else {
      entry = new SiteEntry(site.site, site.fn, site.line);
    }
    this.entries.set(site.site, entry);
    if (this.entries.size > this.maxSites) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return entry;
  }

  checkout(site: AcquireSite, checkout: HeldCheckout): SiteEntry {
    const entry = this.touch(site);
    entry.checkouts++;
    entry.held++;
    entry.holding.add(checkout);
    return entry;
  }

  /** Forgets every site (the pool ended: nobody checks out from it again). */
  clear(): void {
    this.entries.clear();
  }

  /** Most held first, then most total hold time. */
  sorted(): SiteEntry[] {
    return [...this.entries.values()].sort((a, b) => b.held - a.held || b.hold.sumMs - a.hold.sumMs);
  }
}

/** Releases a checkout attributed to `entry` (which may have been evicted meanwhile: then nobody reads it). */
export function releaseFromSite(entry: SiteEntry, holdMs: number, checkout: HeldCheckout): void {
  forgetAtSite(entry, checkout);
  entry.hold.record(holdMs);
}

/** A checkout that left without a release (its client was removed from the pool): no longer held, no hold time. */
export function forgetAtSite(entry: SiteEntry, checkout: HeldCheckout): void {
  if (entry.holding.delete(checkout) && entry.held > 0) entry.held--;
}
