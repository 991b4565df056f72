// Snippets for rewrite-faults.test.ts (they run in rewrite-behaviour.test.ts's paths too? no: only the faults file).
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

export const faultCases: BehaviourCase[] = [];
