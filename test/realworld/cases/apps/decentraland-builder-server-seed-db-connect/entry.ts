// Source: decentraland/builder-server — scripts/seed/index.ts (main block), reduced by hand, not copied
// Label: safe
// Why: `db` is the app's decentraland-server database object, whose `connect(connectionString)` opens its pool for the script; it is not a checkout, and the script exits on both paths
import { db } from "./database";
import { upsertAssetPacks } from "./packs";

export async function seed() {
  console.log("==== Asset packs ====");
  await upsertAssetPacks();
}

if (require.main === module) {
  db.connect()
    .then(seed)
    .then(() => {
      console.log("All done!");
      process.exit();
    })
    .catch((err: Error) => {
      console.error(err);
      process.exit();
    });
}
