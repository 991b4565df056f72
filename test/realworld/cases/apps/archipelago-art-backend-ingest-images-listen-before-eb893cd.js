// Source: archipelago-art/backend — src/index.js before eb893cd "ingest-images: bracket `listenClient` acquisition" (ingestImages), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN client is checked out with no bracket: any throw from the listing, the acqrel calls or the ingestion unwinds without releasing it, and `withDb`'s `pool.end()` then hangs (the commit's own words)
const { acqrel, withDb } = require("./db/util");
const artblocks = require("./db/artblocks");
const images = require("./img/ingest");

async function ingestImages(args) {
  const [bucketName, prefix] = args;
  let newTokens = adHocPromise();
  await withDb(async ({ pool }) => {
    const listenClient = await pool.connect();
    listenClient.on("notification", (n) => {
      if (n.channel !== artblocks.newTokensChannel.name) return;
      newTokens.resolve();
    });
    await artblocks.newTokensChannel.listen(listenClient);

    const allScripts = await acqrel(pool, (client) => artblocks.getAllProjectScripts({ client }));
    const ctx = { bucketName, prefix, allScripts, pool };
    const listing = await images.list(bucketName, prefix);
    while (true) {
      const tokens = await acqrel(pool, (client) => artblocks.getTokenImageData({ client }));
      await images.ingest(ctx, tokens, listing);
      await Promise.race([sleepMs(60 * 1000), newTokens.promise]);
      newTokens = adHocPromise();
    }
  });
}

function adHocPromise() {
  let resolve;
  const promise = new Promise((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function sleepMs(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { ingestImages };
