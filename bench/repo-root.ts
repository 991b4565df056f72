// The repository the benchmark measures. The measurements run from a transpiled copy in a temporary directory
// (see build.ts), where paths relative to the module would point into that copy: the launcher says where the
// repository is.
import { join } from "node:path";

export const repoRoot = process.env.POOLGUARD_REPO_ROOT ?? join(import.meta.dirname, "..");
