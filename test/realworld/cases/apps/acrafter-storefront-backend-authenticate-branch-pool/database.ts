import { Pool } from "pg";

const { PGHOST, PGTESTHOST, NODE_ENV } = process.env;

// The pool is picked by environment: the module's default export is a `let` assigned in both branches.
let Store: any;

if (NODE_ENV === "test") {
  Store = new Pool({ host: PGTESTHOST });
} else {
  Store = new Pool({ host: PGHOST });
}

export default Store;
