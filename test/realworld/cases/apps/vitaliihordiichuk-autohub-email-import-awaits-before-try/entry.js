// Source: VitaliiHordiichuk/autohub — src/services/EmailImportService.js (EmailImportService.run), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the lock's checkout comes from acquireRunLock() (./lock.js), but two awaited state updates run before the try whose finally calls releaseRunLock; when either rejects the locked client is never released
import { acquireRunLock, releaseRunLock } from "./lock.js";
import { EmailImportStateRepository } from "@autohub/repositories";

export const EmailImportService = {
  async run({ source, accountKey }) {
    if (!accountKey) {
      throw new Error("GMAIL_USER is missing");
    }

    const runLockDb = await acquireRunLock();

    if (!runLockDb) {
      return { status: "SKIPPED_ALREADY_RUNNING", source };
    }

    const state = await EmailImportStateRepository.getOrCreate({ accountKey, mailbox: "INBOX" });

    await EmailImportStateRepository.markStarted({ id: state.id, source });

    try {
      const processed = await EmailImportStateRepository.processNew(state.id);
      return { status: "DONE", source, processed };
    } finally {
      await releaseRunLock(runLockDb);
    }
  },
};
