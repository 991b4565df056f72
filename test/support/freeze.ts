// Freezes a PostgreSQL server's processes (SIGSTOP) as a stuck server or a partition that drops packets would look
// to its clients: sockets stay open, nothing answers. Only for a server of the test's own (never the shared one).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface FrozenServer {
  /** The postmaster and its children, frozen in that order. */
  pids: number[];
  /** SIGCONT to every frozen process; safe to call twice. Call it in a `finally`. */
  resume(): void;
}

async function parentOf(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** The postmaster's pid, from postmaster.pid in the data directory the server reports. */
export async function postmasterPid(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    const text = await readFile(path.join(rows[0]!.data_directory, "postmaster.pid"), "utf8");
    return Number(text.split("\n")[0]);
  } finally {
    await client.end();
  }
}

export async function freezeServer(url: string): Promise<FrozenServer> {
  const postmaster = await postmasterPid(url);
  const frozen: number[] = [];
  const resume = () => {
    for (const pid of frozen.splice(0).reverse()) {
      try {
        process.kill(pid, "SIGCONT");
      } catch {
        // Gone meanwhile: nothing to resume.
      }
    }
  };
  try {
    // The postmaster first, so that it forks nothing new while its children are being frozen.
    process.kill(postmaster, "SIGSTOP");
    frozen.push(postmaster);
    for (const entry of await readdir("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || pid === postmaster) continue;
      if ((await parentOf(pid)) !== postmaster) continue;
      try {
        process.kill(pid, "SIGSTOP");
        frozen.push(pid);
      } catch {
        // Exited meanwhile.
      }
    }
  } catch (error) {
    resume();
    throw error;
  }
  return { pids: [...frozen], resume };
}
