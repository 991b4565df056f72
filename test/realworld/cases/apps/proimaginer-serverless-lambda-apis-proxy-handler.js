// Source: proimaginer/serverless-nodejs-lambda-apis — src/posts/proxy.js (handler), reduced by hand, not copied
// Label: safe
// Why: the Lambda handler lends the client to the routed module through `request.proxy_data = { db }` while it awaits it, and keeps the release in its own finally; the thrown 400 and the ROLLBACK path pass it
const fs = require('fs');
const pg = require('../../lib/pg');
const { setHeaders } = require('../../lib/utils');
const { errorResponse } = require('../../lib/error');

exports.handler = async (event) => {
  if (event?.healthCheck && Object.keys(event).length === 1) {
    return {};
  }

  const db = await pg.connect();

  try {
    const request = event;
    await db.query('BEGIN');
    const proxyPath = event.pathParameters.proxy.split('/').join('/');
    if (!fs.existsSync(`./src/posts/${proxyPath}`)) {
      const error = new Error('Bad Request');
      Object.assign(error, { statusCode: 400 });
      throw error;
    }
    request.proxy_data = { db };
    const route = require(`./${proxyPath}/${event.httpMethod.toLowerCase()}`);
    let response = await route(request);
    response = await setHeaders(event, response);
    await db.query('COMMIT');
    return response;
  } catch (e) {
    await db.query('ROLLBACK');
    return errorResponse(e, event);
  } finally {
    db.release();
  }
};
