// The shared `settings.poolguard` block, read once per settings object and validated: a bad value never crashes
// ESLint; it falls back to the default and says once, on the process warning channel, what was wrong.
import type { TSESLint } from "@typescript-eslint/utils";

export interface PoolSettings {
  /** Ask the type checker about pools (set by `recommended-type-checked`). */
  typeAware: boolean;
  /** Tested against an identifier or a member's last property name. */
  poolNamePattern: RegExp;
  /** Extra type names that are pools, beside `Pool` from `pg` / `pg-pool`. */
  poolTypes: ReadonlySet<string>;
}

export const DEFAULT_POOL_NAME_PATTERN = "pool$";

const cache = new WeakMap<object, PoolSettings>();
const defaults: PoolSettings = {
  typeAware: false,
  poolNamePattern: new RegExp(DEFAULT_POOL_NAME_PATTERN, "i"),
  poolTypes: new Set(),
};
const warned = new Set<string>();

/** Emits a configuration warning once per distinct message for the life of the process. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, { code: "POOLGUARD_SETTINGS" });
}

/** The validated `settings.poolguard` of the file being linted. */
export function readPoolSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PoolSettings {
  const raw: unknown = (context.settings as Record<string, unknown> | undefined)?.poolguard;
  if (raw === undefined || raw === null) return defaults;
  if (typeof raw !== "object") {
    warnOnce(`poolguard: settings.poolguard must be an object, got ${describe(raw)}; using the defaults. Fix it in your ESLint config.`);
    return defaults;
  }
  const known = cache.get(raw);
  if (known) return known;
  const parsed = parse(raw as Record<string, unknown>);
  cache.set(raw, parsed);
  return parsed;
}

function parse(raw: Record<string, unknown>): PoolSettings {
  let typeAware = defaults.typeAware;
  if (raw.typeAware !== undefined) {
    if (typeof raw.typeAware === "boolean") typeAware = raw.typeAware;
    else warnOnce(`poolguard: settings.poolguard.typeAware must be true or false, got ${describe(raw.typeAware)}; using false.`);
  }

  let poolNamePattern = defaults.poolNamePattern;
  if (raw.poolNamePattern !== undefined) {
    if (typeof raw.poolNamePattern !== "string") {
      warnOnce(
        `poolguard: settings.poolguard.poolNamePattern must be a string (a regular expression source such as "pool$"), ` +
          `got ${describe(raw.poolNamePattern)}; using "${DEFAULT_POOL_NAME_PATTERN}".`,
      );
    } else {
      try {
        poolNamePattern = new RegExp(raw.poolNamePattern, "i");
      } catch (error) {
        warnOnce(
          `poolguard: settings.poolguard.poolNamePattern ${JSON.stringify(raw.poolNamePattern)} is not a valid regular ` +
            `expression (${(error as Error).message}); using "${DEFAULT_POOL_NAME_PATTERN}". Fix the pattern in your ESLint config.`,
        );
      }
    }
  }

  let poolTypes = defaults.poolTypes;
  if (raw.poolTypes !== undefined) {
    if (Array.isArray(raw.poolTypes) && raw.poolTypes.every((name) => typeof name === "string" && name.length > 0)) {
      poolTypes = new Set(raw.poolTypes as string[]);
    } else {
      warnOnce(
        `poolguard: settings.poolguard.poolTypes must be an array of type names such as ["DbPool"], ` +
          `got ${describe(raw.poolTypes)}; ignoring it.`,
      );
    }
  }

  return { typeAware, poolNamePattern, poolTypes };
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
