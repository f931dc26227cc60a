/** Prints a fault test's numbers when FAULT_REPORT is set (`FAULT_REPORT=1 npx vitest run server/test/faults`). */
export function report(name: string, numbers: Record<string, unknown>): void {
  if (process.env.FAULT_REPORT) console.log(`[fault] ${name}: ${JSON.stringify(numbers)}`);
}
