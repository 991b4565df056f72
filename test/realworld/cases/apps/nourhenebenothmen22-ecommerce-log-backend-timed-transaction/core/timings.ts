export function startTimer(): number {
  return performance.now();
}

export function elapsed(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}
