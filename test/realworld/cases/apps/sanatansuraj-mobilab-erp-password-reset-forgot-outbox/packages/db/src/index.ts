// @instigenie/db's entry (reduced): the pool maker, the RLS transaction helper and the outbox writer
export { makeDb } from "./pool.js";
export { withOrg } from "./with-org.js";
export { enqueueOutbox, type OutboxEvent } from "./outbox.js";
