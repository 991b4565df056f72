// PLACEHOLDER: replaced by the module that implements `poolguard migrate`.
export async function run(_argv: string[]): Promise<number> {
  console.log("poolguard migrate: not built yet");
  return 0;
}
