// Source: a-jackson/stridemate — src/tracking/data-tracker.ts (DataTracker.run), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: createUnitOfWork() (./unit-of-work) checks a client out of the pool and wraps it in a unit of work whose only releases are complete() and release(); run() reads through it, returns early when there is nothing, and otherwise finishes without calling either, so every run keeps one client checked out
import { inject, injectable } from "inversify";
import type { UnitOfWorkFactory } from "./unit-of-work";

interface Tracker {
  onLocation(location: { latitude: number; longitude: number; time: Date; device: string; user: string }): Promise<void>;
}

@injectable()
export class DataTracker {
  constructor(
    @inject("UnitOfWorkFactory") private unitOfWorkFactory: UnitOfWorkFactory,
    @inject("Tracker") private tracker: Tracker,
  ) {}

  public async run() {
    const unitOfWork = await this.unitOfWorkFactory.createUnitOfWork();

    const locations = await unitOfWork.locationRepository.getTimeRange(
      new Date("2022-02-03T17:45:00Z"),
      new Date("2022-02-03T20:00:00Z"),
    );
    if (locations.length === 0) {
      return;
    }

    const user = `${new Date().getHours()}:${new Date().getMinutes()}`;
    for (const location of locations) {
      await this.tracker.onLocation({ ...location, device: "test", user });
    }

    console.log("complete");
  }
}
