// Source: h0yta/telldusManager — src/shl/index.js at 58747de (getNextGame), reduced by hand, not copied
// Label: safe
// Why: `shl.connect(options)` builds an open-shl API client (hockey fixtures for the home display) inside a Promise executor; it is an HTTP client, not a pg checkout
const shl = require("open-shl");
const config = require("../../settings/keys.json");

const options = {
  clientId: config.shlClientId,
  clientSecret: config.shlClientSecret,
  userAgent: config.shlUserAgent,
};

const getNextGame = (teamCode) => {
  return new Promise((resolve, reject) => {
    const client = shl.connect(options);
    client
      .season(2019)
      .games({ teamIds: [teamCode] })
      .then((games) => {
        const unplayed = games.filter((game) => !game.played);
        resolve(unplayed[0]);
      })
      .catch((error) => {
        console.error(error);
        reject(error);
      });
  });
};

module.exports = { getNextGame };
