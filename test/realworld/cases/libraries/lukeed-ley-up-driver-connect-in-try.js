// Source: lukeed/ley — index.js (exports.up), reduced by hand, not copied
// Label: safe
// Why: `client` is assigned inside the try from the driver's connect and ended through `driver.end(client)` in the finally when set
const $ = require("./lib/util");

exports.up = async function (opts = {}) {
  let client, { driver, migrations } = await $.parse(opts);

  try {
    client = await driver.connect(opts.config);
    const exists = await driver.setup(client);

    const fresh = $.diff(exists, migrations);
    if (!fresh.length) return [];

    const toRun = opts.single ? [fresh[0]] : fresh;
    await driver.loop(client, toRun, "up");
    return toRun.map((x) => x.name);
  } finally {
    if (client) await driver.end(client);
  }
};
