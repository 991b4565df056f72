// A fixed-bucket latency histogram: constant memory however many values it sees, percentiles by interpolation.
// The buckets are in seconds (Prometheus and OpenTelemetry convention); values are recorded in milliseconds.

/** Upper bounds in seconds, from 100 µs (a pool hand-out) to a minute (a held LISTEN or leaked client). */
export const BUCKET_BOUNDS_SECONDS: readonly number[] = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];

export interface HistogramSnapshot {
  count: number;
  sumSeconds: number;
  /** Cumulative counts; `le` in seconds, the last bucket is `Infinity`. */
  buckets: Array<{ le: number; count: number }>;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

const BOUNDS_MS = BUCKET_BOUNDS_SECONDS.map((s) => s * 1000);

// Values are recorded into a small buffer and counted into the buckets a batch at a time, when it fills or when
// anything is read: `record` runs at every checkout and release, inside the application's calls, where the bucket
// search and five field updates on a histogram the rest of the request has pushed out of the CPU's caches cost
// several times what they cost in a loop (bench/runtime-micro.ts against the in-place throughput bench). Every read
// drains the buffer first, so what is read is exactly what immediate counting would give.
const PENDING = 32;

export class Histogram {
  // One slot per bound plus the overflow bucket; counts are per bucket, made cumulative only in snapshot().
  private readonly counts = new Float64Array(BOUNDS_MS.length + 1);
  private readonly pending = new Float64Array(PENDING);
  private pendingCount = 0;
  private total = 0;
  private sum = 0;
  private max = 0;
  private min = Infinity;

  record(ms: number): void {
    this.pending[this.pendingCount++] = ms;
    if (this.pendingCount === PENDING) this.drain();
  }

  get count(): number {
    this.drain();
    return this.total;
  }

  get sumMs(): number {
    this.drain();
    return this.sum;
  }

  get maxMs(): number {
    this.drain();
    return this.max;
  }

  get minMs(): number {
    this.drain();
    return this.min;
  }

  get meanMs(): number {
    this.drain();
    return this.total === 0 ? 0 : this.sum / this.total;
  }

  /** The q-quantile (0..1) in ms, interpolated inside its bucket and never above the largest value seen. */
  quantileMs(q: number): number {
    this.drain();
    if (this.total === 0) return 0;
    const rank = q * this.total;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const inBucket = this.counts[i]!;
      if (inBucket === 0) continue;
      if (seen + inBucket >= rank) {
        // The observed extremes tighten the bucket: one value alone is its own every percentile.
        const lower = Math.max(i === 0 ? 0 : BOUNDS_MS[i - 1]!, this.min);
        const upper = i < BOUNDS_MS.length ? Math.min(BOUNDS_MS[i]!, this.max) : this.max;
        const fraction = (rank - seen) / inBucket;
        return Math.min(this.max, lower + (Math.max(upper, lower) - lower) * fraction);
      }
      seen += inBucket;
    }
    return this.max;
  }

  snapshot(): HistogramSnapshot {
    this.drain();
    const buckets: Array<{ le: number; count: number }> = [];
    let cumulative = 0;
    for (let i = 0; i < this.counts.length; i++) {
      cumulative += this.counts[i]!;
      buckets.push({ le: i < BUCKET_BOUNDS_SECONDS.length ? BUCKET_BOUNDS_SECONDS[i]! : Infinity, count: cumulative });
    }
    return {
      count: this.total,
      sumSeconds: this.sum / 1000,
      buckets,
      p50Ms: this.quantileMs(0.5),
      p95Ms: this.quantileMs(0.95),
      p99Ms: this.quantileMs(0.99),
      maxMs: this.max,
    };
  }

  /** Counts the buffered values, in the order they were recorded. */
  private drain(): void {
    const n = this.pendingCount;
    if (n === 0) return;
    this.pendingCount = 0;
    for (let k = 0; k < n; k++) {
      let ms = this.pending[k]!;
      if (!(ms >= 0)) ms = 0;
      let i = 0;
      // Linear scan: 19 slots, most values land in the first few, and it beats a binary search at this size.
      while (i < BOUNDS_MS.length && ms > BOUNDS_MS[i]!) i++;
      this.counts[i]!++;
      this.total++;
      this.sum += ms;
      if (ms > this.max) this.max = ms;
      if (ms < this.min) this.min = ms;
    }
  }
}
