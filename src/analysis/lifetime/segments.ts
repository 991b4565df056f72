// Follows ESLint's code path analysis while a file is linted: which segments are current in which code path
// (`codePath.currentSegments` is gone since ESLint 9), where each segment starts, and which `return`/`throw`/
// `break`/`continue` ends it. Events that matter to the lifetime analysis are appended to every current segment
// of a tracked code path; the analysis reads them back once every path it follows has ended. State lives in Maps
// keyed by segment, never on the segment objects, which every rule shares.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

export type CodePath = TSESLint.CodePath;
export type Segment = TSESLint.CodePathSegment;

/** One code path being traversed. */
interface PathState {
  codePath: CodePath;
  node: TSESTree.Node;
  current: Set<Segment>;
  tracked: boolean;
}

/** Callbacks into the analysis, fired as the traversal enters a code path. */
export interface SegmentTrackerHooks<Event> {
  /** A code path starts; `appendToParent` appends to the current segments of the enclosing path (null at Program). */
  onPathStart(node: TSESTree.Node, codePath: CodePath, appendToParent: ((event: Event) => void) | null): void;
}

/** The segment bookkeeping for one linted file, plus the code path handlers that feed it. */
export class SegmentTracker<Event> {
  private readonly stack: PathState[] = [];
  private readonly startNodes = new Map<Segment, TSESTree.Node>();
  private readonly exitNodes = new Map<Segment, TSESTree.Node>();
  private readonly events = new Map<Segment, Event[]>();
  private readonly startedAt = new Map<CodePath, Map<TSESTree.Node, Segment[]>>();

  constructor(private readonly hooks: SegmentTrackerHooks<Event>) {}

  /** Start recording events and exits in the code path currently being traversed (call it when the path starts). */
  trackCurrentPath(): CodePath | null {
    const top = this.stack.at(-1);
    if (!top) return null;
    top.tracked = true;
    return top.codePath;
  }

  /** The node that started the code path being traversed. */
  currentNode(): TSESTree.Node | undefined {
    return this.stack.at(-1)?.node;
  }

  /** Whether the code path being traversed records events. */
  isTracked(): boolean {
    return this.stack.at(-1)?.tracked ?? false;
  }

  /** Append an event to every current segment of the current path, if it is tracked. */
  append(event: Event): void {
    const top = this.stack.at(-1);
    if (top?.tracked) appendTo(this.events, top.current, event);
  }

  /** Remember that the current segments end with this `return`/`throw`/`break`/`continue`. */
  markExit(node: TSESTree.Node): void {
    const top = this.stack.at(-1);
    if (!top?.tracked) return;
    for (const segment of top.current) if (!this.exitNodes.has(segment)) this.exitNodes.set(segment, node);
  }

  eventsOf(segment: Segment): readonly Event[] {
    return this.events.get(segment) ?? [];
  }

  startNodeOf(segment: Segment): TSESTree.Node | undefined {
    return this.startNodes.get(segment);
  }

  exitNodeOf(segment: Segment): TSESTree.Node | undefined {
    return this.exitNodes.get(segment);
  }

  /**
   * The segments of a finished code path by the node they start at (catch clauses, finally blocks, branches). Built
   * once per path: several clients in one function share it, which keeps the solver linear in the function. Held
   * here, with the file's other bookkeeping, and let go of with it.
   */
  segmentsByStart(codePath: CodePath): ReadonlyMap<TSESTree.Node, Segment[]> {
    const cached = this.startedAt.get(codePath);
    if (cached) return cached;
    const startedAt = new Map<TSESTree.Node, Segment[]>();
    const seen = new Set<Segment>();
    const stack = [codePath.initialSegment];
    while (stack.length > 0) {
      const segment = stack.pop()!;
      if (seen.has(segment)) continue;
      seen.add(segment);
      const node = this.startNodes.get(segment);
      if (node) {
        const list = startedAt.get(node);
        if (list) list.push(segment);
        else startedAt.set(node, [segment]);
      }
      for (const next of segment.nextSegments) if (!seen.has(next)) stack.push(next);
    }
    this.startedAt.set(codePath, startedAt);
    return startedAt;
  }

  /**
   * Handlers for ESLint's code path events, by event name: as listeners, or replayed (traversal-replay.ts). The
   * paths they see must nest (each one that starts also ends); a replay may start at any path.
   */
  handlers(): {
    onCodePathStart(codePath: CodePath, node: TSESTree.Node): void;
    onCodePathEnd(codePath: CodePath, node: TSESTree.Node): void;
    onCodePathSegmentStart(segment: Segment, node: TSESTree.Node): void;
    onCodePathSegmentEnd(segment: Segment, node: TSESTree.Node): void;
  } {
    // Only a tracked path's segments are ever read back: the others (most of a file) are not followed at all.
    // (A path is tracked from its start, before its first segment starts: see trackCurrentPath.)
    const onStart = (segment: Segment, node: TSESTree.Node): void => {
      const top = this.stack.at(-1);
      if (!top?.tracked) return;
      top.current.add(segment);
      this.startNodes.set(segment, node);
    };
    const onEnd = (segment: Segment): void => {
      this.stack.at(-1)?.current.delete(segment);
    };
    return {
      onCodePathStart: (codePath: CodePath, node: TSESTree.Node) => {
        const parent = this.stack.at(-1);
        this.stack.push({ codePath, node, current: new Set(), tracked: false });
        // A path is tracked (or not) from its start, so an untracked parent needs no function that would do nothing.
        const appendToParent = parent?.tracked
          ? (event: Event) => appendTo(this.events, parent.current, event)
          : null;
        this.hooks.onPathStart(node, codePath, appendToParent);
      },
      onCodePathEnd: () => {
        this.stack.pop();
      },
      // Reachable segments only: the solver never reads an unreachable one (nothing there runs), so code after a
      // `return` appends to no segment. A back edge (onCodePathSegmentLoop) adds no current segment, and
      // prevSegments already hold it (paths are computed before rules run). Neither needs a listener, and every
      // listener is an ESLint dispatch on each such event of every file.
      onCodePathSegmentStart: onStart,
      onCodePathSegmentEnd: onEnd,
    };
  }
}

function appendTo<Event>(events: Map<Segment, Event[]>, segments: Iterable<Segment>, event: Event): void {
  for (const segment of segments) {
    const list = events.get(segment);
    if (list) list.push(event);
    else events.set(segment, [event]);
  }
}
