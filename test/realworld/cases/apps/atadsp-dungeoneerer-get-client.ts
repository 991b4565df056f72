// Source: atadsp/dungeoneerer — server/database/database.ts at 1fc52b6 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the old pg-docs getClient: the connect callback wraps `done` in a releasing closure and passes the client and that closure to the caller's callback
import pg = require("pg");

const pool = new pg.Pool();

module.exports = {
  query(text: string, params: any, callback: any) {
    return pool.query(text, params, callback);
  },
  getClient(callback: any) {
    pool.connect((err: any, client: any, done: any) => {
      const query = client.query.bind(client);
      client.query = () => {
        client.lastQuery = arguments;
        client.query.apply(client, arguments);
      };
      const timer = setTimeout(() => {
        console.error(`checked out for more than 5 seconds; last query: ${client.lastQuery}`);
      }, 5000);
      const release = (releaseError: any) => {
        done(releaseError);
        clearTimeout(timer);
        client.query = query;
      };
      callback(err, client, release);
    });
  },
};
