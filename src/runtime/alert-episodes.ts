// An alert is an episode, not an instant: it opens the first time its condition is seen, and closes only after the
// condition has been seen clear for `minClearMs` without a relapse. A condition that flaps (a pool of 2 with 3 busy
// callers has someone waiting one instant and nobody the next) raises one alert, not one per flap.

export class AlertEpisode {
  private open = false;
  // When the condition was first seen clear since it was last seen active; undefined while active.
  private clearSince: number | undefined;

  constructor(private readonly minClearMs: number) {}

  get isOpen(): boolean {
    return this.open;
  }

  /** Feeds one observation; true exactly when it opens a new episode (raise the alert then). */
  observe(active: boolean, now: number): boolean {
    if (!active) {
      if (this.open) {
        this.clearSince ??= now;
        if (now - this.clearSince >= this.minClearMs) this.close();
      }
      return false;
    }
    // Clear since `clearSince` with no active sighting in between: that episode ended even if nobody looked.
    if (this.open && this.clearSince !== undefined && now - this.clearSince >= this.minClearMs) this.close();
    this.clearSince = undefined;
    if (this.open) return false;
    this.open = true;
    return true;
  }

  private close(): void {
    this.open = false;
    this.clearSince = undefined;
  }
}
