// Second module of the case: the project's error helper (app/controllers/utils.js), reduced by hand
exports.handleError = function (err, client, done, res) {
  if (!err) return false;
  // a truthy argument makes pg 4's done() destroy the client instead of returning it
  if (client) done(client);
  res.writeHead(500, { "content-type": "text/plain" });
  res.end("An error occurred");
  return true;
};
