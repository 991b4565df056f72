// Uses and second releases of a client after it was released: the solver's answers on each followed path, then the
// readings that need no path (a release repeated once per item, two queries' callbacks that both release, a promise
// chain that releases in two handlers, the callback of a query a release overtakes).
import type { TSESTree } from "@typescript-eslint/utils";
import type { VisitorKeys } from "../ast-walk.js";
import { overtakenCallbackAround } from "../unawaited/overtaken-callbacks.js";
import { chainDoubleReleases } from "./chain-double-release.js";
import { classifyReference } from "./client-references.js";
import type { LifetimeEvent, Tracked } from "./lifetime-model.js";
import { solveAfterRelease, type HelperSummary } from "./lifetime-solver.js";
import type { UseAfterRelease } from "./lifetime-findings.js";
import { perItemReleases } from "./per-item-releases.js";
import { isQueryRunner } from "./query-runner.js";
import type { SegmentTracker } from "./segments.js";
import { siblingQueryReleases } from "./sibling-query-releases.js";

const byPosition = (a: { range: [number, number] }, b: { range: [number, number] }) => a.range[0] - b.range[0];

/**
 * Every use after release of the followed clients, in source order, one per late reference. `forgiven` names calls
 * known not to throw after all (a throw-free helper of the file or package), for chain-double-release.ts.
 */
export function findUsesAfterRelease(
  acquisitions: readonly Tracked[],
  tracker: SegmentTracker<LifetimeEvent>,
  releasesParameter: HelperSummary,
  visitorKeys: VisitorKeys,
  forgiven: (node: TSESTree.Node) => boolean,
): UseAfterRelease[] {
  const findings: UseAfterRelease[] = [];
  for (const tracked of acquisitions) {
    // A pg-promise connection is followed for leaks only (held-clients.ts says why).
    if (tracked.acquisition!.pgPromise === true) continue;
    for (const unit of tracked.units) {
      for (const raw of solveAfterRelease(unit, tracker, releasesParameter)) {
        // A runner's second release() returns at once (TypeORM checks isReleased): only a use after it throws.
        if (raw.double && isQueryRunner(tracked.acquisition!)) continue;
        findings.push({ acquisition: tracked.acquisition!, ...raw });
      }
    }
    const acquisition = tracked.acquisition!;
    if (isQueryRunner(acquisition)) continue;
    // A release in a callback an iteration runs once per item (per-item-releases.ts).
    const releaseCalls = [...(acquisition.client?.references ?? []), ...(acquisition.releaseFunction?.references ?? [])]
      .map((reference) => reference.identifier as TSESTree.Identifier)
      .filter((identifier) => classifyReference(identifier, acquisition) === "release");
    for (const { release, iteration } of perItemReleases(releaseCalls, acquisition.owner)) {
      findings.push({ acquisition, node: release, releasedAt: release, double: true, perItem: iteration });
    }
    // The callback of a query that a release overtakes runs with the client back in the pool (overtaken-callbacks.ts).
    if (acquisition.client && releaseCalls.length > 0) {
      const held = { client: acquisition.client, owner: acquisition.owner, releases: releaseCalls, managed: false };
      const late = [...acquisition.client.references.filter((reference) => !reference.init).map((reference) => reference.identifier as TSESTree.Identifier), ...releaseCalls];
      for (const node of new Set(late)) {
        const overtaken = overtakenCallbackAround(node, held, visitorKeys);
        if (overtaken) findings.push({ acquisition, node, releasedAt: overtaken.release, double: releaseCalls.includes(node), overtakenQuery: overtaken.query });
      }
    }
    // Two queries sent one after the other, each callback releasing (sibling-query-releases.ts).
    const clients = new Set<TSESTree.Node>(acquisition.client?.references.map((reference) => reference.identifier) ?? []);
    for (const { second, first } of siblingQueryReleases(releaseCalls, clients)) {
      findings.push({ acquisition, node: second, releasedAt: first, double: true });
    }
    // A release in a promise handler, repeated by a rejection handler down the same chain (chain-double-release.ts):
    // `client.release()`, whichever way the client was taken (meltzwho/Peddle's callback checkout). A callback
    // checkout's `done()` stays out: mastodon's streaming filter calls it first in both handlers of its
    // `Promise.all(queries)`, with only reads of the results and the closure sending the event after it (safe).
    const releases = (acquisition.client?.references ?? [])
      .map((reference) => reference.identifier as TSESTree.Identifier)
      .filter((identifier) => classifyReference(identifier, acquisition) === "release");
    for (const { second, first } of chainDoubleReleases(releases, forgiven)) {
      findings.push({ acquisition, node: second, releasedAt: first, double: true });
    }
  }
  findings.sort((a, b) => byPosition(a.node, b.node));
  const seen = new Set<TSESTree.Node>();
  return findings.filter((finding) => {
    if (seen.has(finding.node)) return false;
    seen.add(finding.node);
    return true;
  });
}
