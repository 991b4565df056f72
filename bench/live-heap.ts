// A host application's live heap, synthetic: what a server keeps between requests (a cache of records — ids,
// strings, dates, small arrays and nested objects — and their index), built to a stated size and held until the
// process ends. The micro-benchmark's figures move with the heap they are taken in (docs/benchmarks.md, "The
// heap the micro-benchmark is taken in"), so a figure says which heap it was taken at.

/** Held here so that nothing collects it: the point is a heap that stays live. */
const retained: unknown[] = [];

interface HostRecord {
  id: number;
  name: string;
  email: string;
  createdAt: Date;
  tags: string[];
  meta: { visits: number; plan: string; flags: boolean[] };
}

function record(id: number): HostRecord {
  return {
    id,
    name: `customer ${id}`,
    email: `customer-${id}@example.test`,
    createdAt: new Date(1_700_000_000_000 + id * 1000),
    tags: [`t${id % 7}`, `t${id % 13}`],
    meta: { visits: id % 1000, plan: id % 3 === 0 ? "pro" : `plan-${id % 11}`, flags: [id % 2 === 0, id % 5 === 0] },
  };
}

/** Grows the live heap by about `mebibytes` MiB (measured after a collection); returns the MiB added. */
export function growLiveHeap(mebibytes: number, collect: () => void): number {
  if (mebibytes <= 0) return 0;
  collect();
  const before = process.memoryUsage().heapUsed;
  const goal = before + mebibytes * 1024 * 1024;
  let id = retained.length;
  while (process.memoryUsage().heapUsed < goal) {
    const batch = new Map<number, HostRecord>();
    for (let i = 0; i < 10_000; i++, id++) batch.set(id, record(id));
    retained.push(batch);
  }
  collect();
  return (process.memoryUsage().heapUsed - before) / (1024 * 1024);
}

/** The heap in use now, MiB. */
export function heapUsedMiB(): number {
  return process.memoryUsage().heapUsed / (1024 * 1024);
}
