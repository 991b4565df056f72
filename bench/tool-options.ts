// The options of the small runtime tools run by hand (runtime-ab, runtime-profile, runtime-windows):
// `--name value` pairs, read with a fallback, and numbers that must be positive.

/** The value after `name` in `args`, or `fallback` when `name` is absent ("" when it ends the line). */
export function toolOption(args: readonly string[], name: string, fallback: string): string {
  const index = args.indexOf(name);
  return index === -1 ? fallback : (args[index + 1] ?? "");
}

/** `name`'s value as a positive number; an error naming the tool and the bad value otherwise. */
export function positiveOption(tool: string, args: readonly string[], name: string, fallback: number): number {
  const text = toolOption(args, name, String(fallback));
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${tool}: ${name} must be a positive number, got "${text}"`);
  return value;
}
