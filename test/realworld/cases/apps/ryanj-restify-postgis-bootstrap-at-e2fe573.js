// Source: ryanj/restify-postGIS — bootstrap.js at e2fe573 (the restify app's database bootstrap), reduced by hand, not copied
// Label: safe
// Why: pg 2.7's module-level `pg.connect(conString, cb)`: a connect error returns before any client is held; every query callback of the CREATE EXTENSION → CREATE TABLE → CREATE INDEX → INSERT chain calls `done()` on its error branch and the last one on success, and the surrounding catch calls `done()` too
var config = require("config"),
  pg = require("pg");

var pg_config = config.pg_config,
  table_name = config.table_name;

pg.connect(pg_config + "/" + table_name, function (err, db, done) {
  try {
    if (err) {
      return console.error("could not connect to postgres", err);
    }
    db.query("CREATE EXTENSION postgis;", function (err, result) {
      if (err) {
        done();
        return console.error("error running query", err);
      }
      db.query("CREATE TABLE " + table_name + " (gid serial NOT NULL, name varchar(240), the_geom geometry);", function (err, result) {
        if (err) {
          done();
          return console.error("error creating table", err);
        }
        db.query("CREATE INDEX " + table_name + "_geom_gist ON " + table_name + " USING gist (the_geom);", function (err, result) {
          if (err) {
            done();
            return console.error("error adding index", err);
          }
          db.query("INSERT INTO " + table_name + " (name, the_geom) VALUES ('Acadia National Park', ST_GeomFromText('POINT(-68.04902 44.454)', 4326));", function (err, result) {
            if (err) {
              done();
              return console.error("error loading map data", err);
            }
            done();
            return result;
          });
        });
      });
    });
  } catch (err) {
    console.log("parks data has been loaded.");
    done();
  }
});
