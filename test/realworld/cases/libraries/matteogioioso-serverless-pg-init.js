// Source: MatteoGioioso/serverless-pg — src/index.js (ServerlessClient.prototype._init), reduced by hand, not copied
// Label: hand-over
// Why: serverless-postgres keeps one `pg.Client` per Lambda container on `this._client`, connects it once and reuses it across invocations; its own end() and clean() close it. A standalone Client kept on the instance, no pool checkout
function ServerlessClient(config) {
  this._config = config;
  this._library = config.library || require("pg");
  this._client = null;
  this._logger = config.debug ? console.log : () => {};
}

ServerlessClient.prototype._init = async function () {
  if (this._client !== null && !this._credentialsChanged) {
    return;
  }
  if (this._client !== null && this._credentialsChanged) {
    this._client.end();
  }

  this._client = new this._library.Client(this._config);
  this._credentialsChanged = false;

  this._client.on("error", (err) => {
    if (err.message === "Connection terminated unexpectedly") {
      this._logger("Swallowed error: ", err.message);
    } else {
      throw err;
    }
  });

  await this._client.connect();
  this._logger("Connected...");
};

ServerlessClient.prototype.end = async function () {
  await this._client.end();
  this._client = null;
};

module.exports = { ServerlessClient };
