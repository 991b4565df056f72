// Source: erjigit17/test_task_Rick-Morty — archiv/insertingCSV.js (intializeDBAndInsert), reduced by hand, not copied
// Label: safe
// Why: a pg-promise connection taken to load a CSV: the chain's finally calls `sco.done()` whenever the connect succeeded
const fs = require("fs");
const pgp = require("pg-promise")({ capSQL: true });

const client = { host: "127.0.0.1", port: 5432, database: "erjigit", user: "erjigit" };

class CSVReader {
  constructor(filename) {
    this.reader = fs.createReadStream(filename);
  }
  read(cb) {
    this.reader.on("data", cb);
  }
  continue() {
    this.reader.resume();
  }
}

let intializeDBAndInsert = () => {
  const db = pgp(client);
  let sco;

  db.connect()
    .then((obj) => {
      sco = obj;
      let reader = new CSVReader("./data.csv");
      reader.read(() => reader.continue());
    })
    .then((data) => {
      console.log(data);
    })
    .catch((error) => {
      console.log(error);
    })
    .finally(() => {
      if (sco) {
        sco.done();
      }
    });
};

intializeDBAndInsert();
