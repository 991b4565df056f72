// Source: mshick/hapi-piggy — lib/create-connection.js at 94112ee (createConnection, exposed as the hapi server method `piggy.createConnection`), reduced by hand, not copied
// Label: hand-over
// Why: the hapi plugin's server method checks a client out of the named pool (created lazily in the plugin state's `_openPools`) and resolves `{ client }` to the caller, who owns it; only watched clients are released by the plugin's onPreStop
const applyToDefaults = require("hoek").applyToDefaults;

let pg;
try {
  pg = require("pg").native;
} catch (e) {
  pg = require("pg");
}

const createConnection = function (userOptions, plugin) {
  const { options: pluginOptions, state: pluginState } = plugin;
  const options = applyToDefaults(pluginOptions, userOptions || {});
  const { url: connectionUrl, connectionName, connection: connectionOptions } = options;
  const { _openPools } = pluginState;

  if (!_openPools[connectionName]) {
    const config = applyToDefaults({ connectionString: connectionUrl }, connectionOptions);
    _openPools[connectionName] = new pg.Pool(config);
  }

  return _openPools[connectionName].connect().then((client) => {
    return { client };
  });
};

module.exports = createConnection;
