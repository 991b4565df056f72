// `npm run realworld [-- --json]`: lints the labelled real-world corpus and prints, per case, its label and what
// poolguard did, then TP/FP/FN/TN, precision and recall. Exits 1 when the corpus itself is malformed or a file
// does not parse; a case whose outcome contradicts its label is the test's business (corpus.test.ts), not this one's.
import { discoverCases, readKnownGaps, scoreCorpus, type Score } from "./corpus.js";

function ratio(value: number): string {
  return Number.isNaN(value) ? "n/a" : value.toFixed(3);
}

function printTable(score: Score): void {
  const width = Math.max(...score.cases.map((entry) => entry.id.length), 4);
  console.log(`${"case".padEnd(width)}  ${"label".padEnd(9)}  ${"outcome".padEnd(11)}  findings`);
  for (const entry of score.cases) {
    const gap =
      entry.knownGap === undefined ? "" : entry.asExpected ? "  (known gap)" : "  (known gap, now right: remove it)";
    const wrong = entry.knownGap === undefined && !entry.asExpected ? "  ✗" : "";
    console.log(
      `${entry.id.padEnd(width)}  ${entry.header.label.padEnd(9)}  ${entry.outcome.padEnd(11)}  ` +
        `${entry.findings.join(", ") || "-"}${wrong}${gap}`,
    );
  }
  console.log("");
  console.log(`TP ${score.tp}  FP ${score.fp}  FN ${score.fn}  TN ${score.tn}`);
  console.log(`precision ${ratio(score.precision)}  recall ${ratio(score.recall)}`);
  console.log(`${score.cases.length} cases from ${score.repositories} distinct sources`);
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((argument) => argument !== "--json");
  if (unknown.length > 0) {
    console.error(`realworld: unknown argument ${unknown.join(" ")}; the only flag is --json`);
    return 2;
  }
  const { cases, errors } = discoverCases();
  const score = await scoreCorpus(cases, readKnownGaps());
  if (argv.includes("--json")) {
    const { cases: scored, ...totals } = score;
    const rows = scored.map(({ id, entry, header, outcome, findings, knownGap }) => ({
      id,
      entry,
      ...header,
      outcome,
      findings,
      knownGap: knownGap ?? null,
    }));
    console.log(JSON.stringify({ ...totals, count: rows.length, errors, cases: rows }, null, 2));
  } else {
    printTable(score);
  }
  for (const message of [...errors, ...score.fatal]) console.error(`realworld: ${message}`);
  for (const difference of score.parserDifferences) console.error(`realworld: espree differs: ${difference}`);
  return errors.length > 0 || score.fatal.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`realworld: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
