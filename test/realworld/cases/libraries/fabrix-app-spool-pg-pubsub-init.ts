// Source: fabrix-app/spool-pg-pubsub — lib/Utils.ts (init), reduced by hand, not copied
// Label: safe
// Why: `_pgpubsub` is a pg-pubsub instance (its own LISTEN client and reconnects), not a pg pool; its connect() checks nothing out
import PGPubsub from "pg-pubsub";

type FabrixApp = { spools: { pgpubsub: { _pgpubsub: PGPubsub } } };

export const Utils = {
  init: (app: FabrixApp): Promise<void> => {
    return app.spools.pgpubsub._pgpubsub.connect();
  },
};
