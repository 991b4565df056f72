// Second module of the case: the base class, reduced from src/base.ts (QueryIterable.registerFinishCleanup)
export type Cleanup = () => void;

export class QueryIterable {
  private cleanups: Cleanup[] = [];

  protected onFinish(fn: Cleanup) {
    this.cleanups.push(fn);
  }

  protected runCleanups() {
    this.cleanups.forEach((fn) => fn());
    this.cleanups.length = 0;
  }
}
