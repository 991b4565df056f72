// The harness lives beside the demo that also needs it; tests import it from here.
export { startPostgres, type PostgresHandle } from "../../src/cli/embedded-postgres.js";
